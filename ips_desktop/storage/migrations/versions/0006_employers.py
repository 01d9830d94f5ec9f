"""employers: an index for the register's live contact counts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 18:00:00.000000

The employer list counts each employer's contacts and reads the last one,
skipping deleted contacts. With only (employer_id, contact_date) indexed,
SQLite fetched every one of 100,000 rows to read its deleted_at (2.6 s on the
large demo database); with deleted_at in the index the count is read from
the index alone (about 40 ms). The same index serves an employer's page.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_employer_contact_employer_live", "employer_contact",
                    ["employer_id", "deleted_at", "contact_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_employer_contact_employer_live", table_name="employer_contact")
