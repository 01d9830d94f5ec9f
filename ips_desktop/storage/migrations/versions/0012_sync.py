"""sync: rows that travel, the change log (outbox), sync conflicts and team devices

Revision ID: 0012_sync
Revises: 0010_erasure (follows 0011_portable once that is merged: the integrator
    rewires down_revision to "0011_portable")
Create Date: 2026-12-02 19:30:00.000000

- Every table but `setting` gets `version` (the row's version counter, 1 for
  the rows already there), `origin` (the database it was made on: for the
  rows already there, this database's id), `changed_by` (phase_change has
  it already) and `server_seq` (set only by the team database; indexed there
  only).
- `form_definition.version` (the form file's version) becomes `form_version`,
  as in form_response: `version` is the row's counter on every table now.
- New tables: `change_log` (the outbox), `sync_conflict`, `team_device`.
"""

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage.audit_chain import APPEND_ONLY_TRIGGERS

revision = "0012_sync"
# Follows 0011_portable (helper pg-harness) once merged; until then the head before it.
down_revision = "0011_portable"  # rewired at the merge with pg-harness (was 0010_erasure)
branch_labels = None
depends_on = None

# The tables at 0010_erasure, all but `setting` (frozen here: a later table is not ours).
TRAVELLING = (
    "consultant", "participant", "course", "phase_change", "consent", "form_response",
    "form_answer_change", "plan_review", "form_definition", "employer",
    "employer_contact_person", "employer_contact", "job_opening", "job_opening_candidate",
    "placement", "note", "calendar_event", "psychiatry_unit", "supervision_item",
    "staffing_period", "overview_target", "overview_comment", "fidelity_review",
    "implementation_plan_item", "audit_event",
)
NEW_RECORDS = ("sync_conflict", "team_device")


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        *_travel_columns(with_changed_by=True),
    ]


def _travel_columns(*, with_changed_by: bool) -> list[sa.Column]:
    columns: list[sa.Column] = [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("origin", sa.String(length=36), nullable=True),
    ]
    if with_changed_by:
        columns.append(sa.Column("changed_by", sa.Uuid(), nullable=True))
    columns.append(sa.Column("server_seq", sa.BigInteger(), nullable=True))
    return columns


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:  # RENAME COLUMN keeps the table (and the unique index follows the column)
        op.execute("ALTER TABLE form_definition RENAME COLUMN version TO form_version")
    else:
        op.alter_column("form_definition", "version", new_column_name="form_version")
    database_id = bind.execute(sa.text(
        "SELECT value FROM setting WHERE key = 'database_id'")).scalar()
    for table in TRAVELLING:
        for column in _travel_columns(with_changed_by=table != "phase_change"):
            op.add_column(table, column)
    if database_id is not None:
        if sqlite:  # audit events are append-only: the guard steps aside for this one fill
            for name in APPEND_ONLY_TRIGGERS:
                op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in TRAVELLING:
            bind.execute(sa.text(f"UPDATE {table} SET origin = :origin"),
                         {"origin": database_id})
        if sqlite:
            for sql in APPEND_ONLY_TRIGGERS.values():
                op.execute(sql)
    op.create_table(
        "sync_conflict", *_record_columns(),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("server_actor_id", sa.Uuid(), nullable=True),
        sa.Column("server_origin", sa.String(length=36), nullable=True),
        sa.Column("server_hlc", sa.String(length=40), nullable=True),
        sa.Column("incoming_value", sa.JSON(), nullable=True),
        sa.Column("incoming_actor_id", sa.Uuid(), nullable=True),
        sa.Column("incoming_origin", sa.String(length=36), nullable=True),
        sa.Column("incoming_hlc", sa.String(length=40), nullable=True),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("resolved_value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_row", "sync_conflict", ["table_name", "row_id"])
    op.create_index("ix_sync_conflict_resolved_at", "sync_conflict", ["resolved_at"])
    op.create_table(
        "team_device", *_record_columns(),
        sa.Column("database_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.Uuid(), nullable=True),
        sa.Column("pushed_up_to", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("last_push_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_pull_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_device")),
        sa.UniqueConstraint("database_id", name=op.f("uq_team_device_database_id")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("new_version", sa.Integer(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        # Never an id twice, even after erasure purged the newest entries.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_pushed_at_id", "change_log", ["pushed_at", "id"])
    op.create_index("ix_change_log_table_name_row_id", "change_log", ["table_name", "row_id"])
    if not sqlite:  # the pull's `server_seq > last pulled`, on the team database only
        for table in (*TRAVELLING, *NEW_RECORDS):
            op.create_index(f"ix_{table}_server_seq", table, ["server_seq"])


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if not sqlite:
        for table in (*TRAVELLING, *NEW_RECORDS):
            op.drop_index(f"ix_{table}_server_seq", table_name=table)
    op.drop_table("change_log")
    op.drop_table("team_device")
    op.drop_table("sync_conflict")
    if sqlite:  # DROP COLUMN: SQLite 3.35+, without copying the table
        for name in APPEND_ONLY_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in TRAVELLING:
        names = ["version", "origin", "server_seq"]
        if table != "phase_change":
            names.append("changed_by")
        for name in names:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    if sqlite:
        for sql in APPEND_ONLY_TRIGGERS.values():
            op.execute(sql)
        op.execute("ALTER TABLE form_definition RENAME COLUMN form_version TO version")
    else:
        op.alter_column("form_definition", "form_version", new_column_name="version")
