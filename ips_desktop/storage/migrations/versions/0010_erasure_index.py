"""erasure: an index on calendar_event.held_note_id

Revision ID: 0010_erasure
Revises: 0009_privacy
Create Date: 2026-12-02 06:45:00.000000

Deleting a note makes SQLite look for calendar events that point at it (the
foreign key `held_note_id`); without an index that is a scan of every event
for each note. Erasing a person (services/erasure.py) deletes all their notes:
on the large demo 77 notes took 1.25 s, nearly all of it these scans.
"""

from alembic import op

revision = "0010_erasure"
down_revision = "0009_privacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_calendar_event_held_note_id", "calendar_event", ["held_note_id"])


def downgrade() -> None:
    op.drop_index("ix_calendar_event_held_note_id", table_name="calendar_event")
