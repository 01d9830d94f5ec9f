"""portable: the same schema guarantees on SQLite and on a PostgreSQL team database

Revision ID: 0011_portable
Revises: 0010_erasure
Create Date: 2026-12-02 19:40:00.000000

- Consultants' initials are unique among the live consultants, as a partial
  unique index: two laptops (or two windows on one server) creating "SOE" at
  the same moment cannot both succeed; the service inserts with ON CONFLICT
  DO NOTHING and reports the field. A database that already holds two live
  consultants with the same initials (no check could stop that on a shared
  server) keeps the oldest as they are and gives the others a number
  ("SOE2"), so the index can be made; nothing is deleted.
- PostgreSQL only: the JSON columns become JSONB (comparable, indexable; the
  app's values are plain objects and lists, so nothing changes in them), and
  the ICU collations the lists sort with (`ips_da`, `ips_nb`, `ips_en`:
  storage/sql_functions.py) are made.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_portable"
down_revision = "0010_erasure"
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")
INITIALS_INDEX = "ux_consultant_initials_live"
# The ICU locales of the languages the app sorts in (services.collation).
COLLATIONS = {"ips_da": "da-DK", "ips_nb": "nb-NO", "ips_en": "en-GB"}
JSON_COLUMNS = (
    ("form_response", "answers"), ("form_response", "position"),
    ("form_answer_change", "old_value"), ("form_answer_change", "new_value"),
    ("calendar_event", "exdates"), ("fidelity_review", "answers"),
    ("fidelity_review", "derived"), ("audit_event", "details"),
)


def _number_duplicate_initials() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, initials FROM consultant WHERE deleted_at IS NULL "
        "ORDER BY created_at, id")).all()
    taken = {initials for _, initials in rows}
    seen: set[str] = set()
    for row_id, initials in rows:
        if initials not in seen:
            seen.add(initials)
            continue
        number = 2
        while f"{initials[:8]}{number}" in taken:
            number += 1
        new = f"{initials[:8]}{number}"
        taken.add(new)
        conn.execute(sa.text("UPDATE consultant SET initials = :new WHERE id = :id"),
                     {"new": new, "id": row_id})


def upgrade() -> None:
    _number_duplicate_initials()
    op.create_index(INITIALS_INDEX, "consultant", ["initials"], unique=True,
                    sqlite_where=_LIVE, postgresql_where=_LIVE)
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, locale in COLLATIONS.items():
        op.execute(f"CREATE COLLATION IF NOT EXISTS {name} (provider = icu, locale = '{locale}')")
    for table, column in JSON_COLUMNS:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE JSONB "
                   f"USING {column}::jsonb")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in JSON_COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE JSON "
                       f"USING {column}::json")
        for name in COLLATIONS:
            op.execute(f"DROP COLLATION IF EXISTS {name}")
    op.drop_index(INITIALS_INDEX, table_name="consultant")
