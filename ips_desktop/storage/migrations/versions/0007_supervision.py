"""the weekly supervision: each course's line ticked as discussed, with its note; open follow-ups

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 23:40:00.000000

A table of its own rather than a kind of contact note: a note written in
supervision is not a contact with the participant, so it must never reset the
monthly-contact rule. One live row per course and ISO week.

The employer follow-ups still open get an index of their own: most follow-ups
are done, and the counts per consultant read every contact without it.
"""

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage.migrations.columns import record_columns

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_item",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("iso_year", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.Integer(), nullable=False),
        sa.Column("discussed_on", sa.Date(), nullable=True),
        sa.Column("discussed_by", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("note_by", sa.Uuid(), nullable=True),
        *record_columns(),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"],
                                name=op.f("fk_supervision_item_course_id_course")),
        sa.ForeignKeyConstraint(["discussed_by"], ["consultant.id"],
                                name=op.f("fk_supervision_item_discussed_by_consultant")),
        sa.ForeignKeyConstraint(["note_by"], ["consultant.id"],
                                name=op.f("fk_supervision_item_note_by_consultant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_item")),
    )
    op.create_index("ix_supervision_item_week", "supervision_item", ["iso_year", "iso_week"],
                    unique=False)
    op.create_index("ux_supervision_item_course_week", "supervision_item",
                    ["course_id", "iso_year", "iso_week"], unique=True,
                    sqlite_where=sa.text("deleted_at IS NULL"),
                    postgresql_where=sa.text("deleted_at IS NULL"))

    op.create_index("ix_employer_contact_follow_up_open", "employer_contact",
                    ["consultant_id", "follow_up_date"], unique=False,
                    sqlite_where=sa.text("follow_up_done_on IS NULL AND deleted_at IS NULL"),
                    postgresql_where=sa.text("follow_up_done_on IS NULL AND deleted_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_employer_contact_follow_up_open", table_name="employer_contact")
    op.drop_index("ux_supervision_item_course_week", table_name="supervision_item")
    op.drop_index("ix_supervision_item_week", table_name="supervision_item")
    op.drop_table("supervision_item")
