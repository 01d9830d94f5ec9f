"""the calendar: notes, single changed occurrences, held meetings, psychiatry units

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 20:50:00.000000

A calendar event gains its notes, the series it changes one occurrence of
(with that occurrence's original start, RFC 5545's RECURRENCE-ID), a sequence
number that rises with each change (so a second .ics export updates what an
Outlook imported), and the contact note a held meeting with a participant
became. The team's psychiatry units get a list of their own, seeded from the
places the presence days already name.
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from ips_desktop.domain.employer_names import name_key
from ips_desktop.storage.migrations.columns import add_reference, record_columns

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never batch mode (see columns.add_reference).
    op.add_column("calendar_event", sa.Column("notes", sa.Text(), nullable=False,
                                              server_default=""))
    add_reference("calendar_event", "parent_id", "calendar_event")
    op.add_column("calendar_event", sa.Column("recurrence_id", sa.DateTime(), nullable=True))
    op.add_column("calendar_event", sa.Column("sequence", sa.Integer(), nullable=False,
                                              server_default="0"))
    add_reference("calendar_event", "held_note_id", "note")
    op.create_index(op.f("ix_calendar_event_parent_id"), "calendar_event", ["parent_id"],
                    unique=False)
    op.create_index("ix_calendar_event_starts_at", "calendar_event", ["starts_at"],
                    unique=False)
    op.create_index("ix_calendar_event_series", "calendar_event", ["consultant_id"],
                    unique=False, sqlite_where=sa.text("rrule IS NOT NULL"),
                    postgresql_where=sa.text("rrule IS NOT NULL"))

    op.create_table(
        "psychiatry_unit",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        *record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psychiatry_unit")),
    )
    op.create_index(op.f("ix_psychiatry_unit_name_key"), "psychiatry_unit", ["name_key"],
                    unique=False)
    conn = op.get_bind()
    places = conn.execute(sa.text(
        "SELECT DISTINCT location FROM calendar_event WHERE kind = 'presence_day' "
        "AND location IS NOT NULL AND location != '' AND deleted_at IS NULL")).scalars().all()
    units: dict[str, str] = {}
    for place in places:
        units.setdefault(name_key(place), place.strip())
    if units:
        unit = sa.table("psychiatry_unit", sa.column("id", sa.Uuid()),
                        sa.column("name", sa.String()), sa.column("name_key", sa.String()),
                        sa.column("created_at", sa.DateTime(timezone=True)),
                        sa.column("updated_at", sa.DateTime(timezone=True)))
        now = datetime.now(UTC)
        conn.execute(unit.insert(), [{"id": uuid.uuid4(), "name": name, "name_key": key,
                                      "created_at": now, "updated_at": now}
                                     for key, name in sorted(units.items())])


def downgrade() -> None:
    """Recreates calendar_event: run it with foreign keys off (the tests do)."""
    op.drop_index(op.f("ix_psychiatry_unit_name_key"), table_name="psychiatry_unit")
    op.drop_table("psychiatry_unit")
    with op.batch_alter_table("calendar_event", schema=None) as batch_op:
        batch_op.drop_index("ix_calendar_event_series")
        batch_op.drop_index("ix_calendar_event_starts_at")
        batch_op.drop_index(batch_op.f("ix_calendar_event_parent_id"))
        batch_op.drop_column("held_note_id")
        batch_op.drop_column("sequence")
        batch_op.drop_column("recurrence_id")
        batch_op.drop_column("parent_id")
        batch_op.drop_column("notes")
