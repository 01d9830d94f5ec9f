"""sync_server: what only a team database has for the sync (storage/sync/schema.py)

Revision ID: 0013_sync_server
Revises: 0012_sync
Create Date: 2026-12-02 20:30:00.000000

On PostgreSQL: the sequence every accepted write takes its `server_seq`
from, the per-field stamps of the last accepted updates, the list of erased
rows, the journal of pushes, and the audit chain's number unique per laptop
(`origin`, `seq`) instead of overall. On a laptop (SQLite) nothing changes:
the revision is recorded so that both kinds of database share one chain.
"""

from alembic import op

from ips_desktop.storage.sync import schema as sync_schema

revision = "0013_sync_server"
down_revision = "0012_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        sync_schema.create_server_objects(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        sync_schema.drop_server_objects(bind)
