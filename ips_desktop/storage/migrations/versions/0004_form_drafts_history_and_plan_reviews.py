"""form drafts: resume position, answer history, plan reviews

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:20:00.000000

A draft remembers where the wizard was left (`form_response.position`); every
changed answer gets a row in `form_answer_change` (who, when, old and new
value), so a completed form reopened and changed keeps its history; and
"mark as reviewed" stamps a `plan_review`, which the list's quarterly review
rule reads instead of the plan's last-edited time.
"""

import sqlalchemy as sa
from alembic import op

from ips_desktop.storage.migrations.columns import record_columns

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None



def upgrade() -> None:
    with op.batch_alter_table("form_response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.JSON(), nullable=True))

    op.create_table(
        "form_answer_change",
        sa.Column("response_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("field_name", sa.String(length=200), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        *record_columns(),
        sa.ForeignKeyConstraint(["actor_id"], ["consultant.id"],
                                name=op.f("fk_form_answer_change_actor_id_consultant")),
        sa.ForeignKeyConstraint(["response_id"], ["form_response.id"],
                                name=op.f("fk_form_answer_change_response_id_form_response")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_answer_change")),
    )
    with op.batch_alter_table("form_answer_change", schema=None) as batch_op:
        batch_op.create_index("ix_form_answer_change_response_at", ["response_id", "at"],
                              unique=False)

    op.create_table(
        "plan_review",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        *record_columns(),
        sa.ForeignKeyConstraint(["course_id"], ["course.id"],
                                name=op.f("fk_plan_review_course_id_course")),
        sa.ForeignKeyConstraint(["reviewed_by"], ["consultant.id"],
                                name=op.f("fk_plan_review_reviewed_by_consultant")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_review")),
    )
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.create_index("ix_plan_review_course_reviewed", ["course_id", "reviewed_on"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_review", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_review_course_reviewed")
    op.drop_table("plan_review")
    with op.batch_alter_table("form_answer_change", schema=None) as batch_op:
        batch_op.drop_index("ix_form_answer_change_response_at")
    op.drop_table("form_answer_change")
    with op.batch_alter_table("form_response", schema=None) as batch_op:
        batch_op.drop_column("position")
