"""course end reason text: what "other" means when a course ends

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 13:00:00.000000

The end reasons and note places are stored as plain strings without a CHECK
constraint, so the new values (reason "goal_reached", places "employer" and
"video") need no migration; only the free text for "other" needs a column.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_reason_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_column("end_reason_text")
