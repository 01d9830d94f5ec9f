"""outbox_no_pushed_at: change_log loses `pushed_at` and its index

Revision ID: 0016_outbox_no_pushed_at
Revises: 0015_course_summary
Create Date: 2026-12-03 15:00:00.000000

A pushed entry leaves the outbox (storage/sync/outbox.drop_pushed), so
`pushed_at` was never set: every entry there is unsent. The column and its
index (`pushed_at, id`) only cost a write per change.

On SQLite the table is rebuilt (batch mode). It is `AUTOINCREMENT`, and the
rebuilt table would start its ids again from the highest id left in it, none
at all when every entry was pushed: new changes would then get ids the team
database already took from this laptop (`team_device.pushed_up_to`) and be
skipped as sent. The high-water mark in `sqlite_sequence` is carried over.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_outbox_no_pushed_at"
down_revision = "0015_course_summary"
branch_labels = None
depends_on = None

INDEX = "ix_change_log_pushed_at_id"


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    high = _high_water(bind) if sqlite else None
    op.drop_index(INDEX, table_name="change_log")
    with op.batch_alter_table("change_log", schema=None,
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_column("pushed_at")
    if sqlite:
        _keep_high_water(bind, high)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(INDEX, "change_log", ["pushed_at", "id"])


def _high_water(bind: sa.Connection) -> int | None:
    return bind.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").scalar()


def _keep_high_water(bind: sa.Connection, high: int | None) -> None:
    if high is None:
        return  # no id handed out yet
    if bind.exec_driver_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) "
                            "WHERE name = 'change_log'", (high,)).rowcount == 0:
        bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES ('change_log', ?)",
                             (high,))
