"""Column helpers the migrations share, so each revision does not write its own copy."""

import sqlalchemy as sa
from alembic import op


def record_columns() -> list[sa.Column]:
    """The columns every table has (storage.models.Record), as a migration creates them."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def add_reference(table: str, column: str, target: str) -> None:
    """A nullable column with a named foreign key, added without recreating the table.

    Alembic will not put a constraint into SQLite's ADD COLUMN, though SQLite
    takes one there; other databases add the constraint after the column.
    Recreating a table in batch mode under the rows that point at it would
    break their foreign keys mid-migration.
    """
    name = f"fk_{table}_{column}_{target}"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} CHAR(32) "
                   f"CONSTRAINT {name} REFERENCES {target} (id)")
    else:
        op.add_column(table, sa.Column(column, sa.Uuid(), nullable=True))
        op.create_foreign_key(name, table, target, [column], ["id"])
