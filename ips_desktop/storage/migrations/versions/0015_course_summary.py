"""course_summary: the participant list's per-course figures, kept by triggers

Revision ID: 0015_course_summary
Revises: 0014_outbox_seed
Create Date: 2026-12-03 15:00:00.000000

The list read the last note, first employer contact, profile and plan
starts and last plan review as six correlated subqueries a row; a team
database's years of history made that the list's whole cost (issue 21,
Scale). One row per course now holds them, recomputed by triggers on both
backends (storage/course_summary.py), and every course's row is computed here;
a partial index finds the open courses among the ended ones.
"""

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage import course_summary

revision = "0015_course_summary"
down_revision = "0014_outbox_seed"
branch_labels = None
depends_on = None

OPEN = sa.text("phase != 'ended' AND deleted_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "course_summary",
        sa.Column("course_id", sa.Uuid(), primary_key=True),
        sa.Column("last_note_date", sa.Date(), nullable=True),
        sa.Column("first_employer_contact_date", sa.Date(), nullable=True),
        sa.Column("profile_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("plan_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_plan_review", sa.Date(), nullable=True),
    )
    course_summary.install(op.get_bind())
    # The open courses, found without reading the ended ones (a team's years of them).
    op.create_index("ix_course_open", "course", ["phase"], sqlite_where=OPEN,
                    postgresql_where=OPEN)


def downgrade() -> None:
    op.drop_index("ix_course_open", table_name="course")
    course_summary.uninstall(op.get_bind())
    op.drop_table("course_summary")
