"""outbox_seed: the rows from before the change log go into it, so they reach the team

Revision ID: 0014_outbox_seed
Revises: 0013_sync_server
Create Date: 2026-12-03 07:40:00.000000

Migration 0012 gave every row a version and an origin but wrote no change-log
entry for the rows already there: a laptop used before issue 21 that joins a
team would send only what changed after the upgrade. Each such row gets an
'insert' entry now (storage/sync/outbox.py). A team database (PostgreSQL) has
no outbox of its own: nothing to do there.
"""

from alembic import op

from ips_desktop.storage.sync import outbox

revision = "0014_outbox_seed"
down_revision = "0013_sync_server"
branch_labels = None
depends_on = None

# The travelling tables at 0013_sync_server (frozen here: a later table starts with its log).
TABLES = (
    "consultant", "participant", "course", "phase_change", "consent", "form_response",
    "form_answer_change", "plan_review", "form_definition", "employer",
    "employer_contact_person", "employer_contact", "job_opening", "job_opening_candidate",
    "placement", "note", "calendar_event", "psychiatry_unit", "supervision_item",
    "staffing_period", "overview_target", "overview_comment", "fidelity_review",
    "implementation_plan_item", "audit_event", "sync_conflict", "team_device",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        outbox.seed_unlogged(bind, TABLES)


def downgrade() -> None:
    """The entries stay: they are what the rows are, and sending them does no harm."""
