"""A meeting with a participant marked as held becomes the contact note it was.

The monthly-contact rule, the last contact and the timeline all read notes,
so a held meeting is a note, written by the same logic as a note typed on the
participant page (`courses.add_note_in`: its checks, and the first meeting it
may set), in the same transaction as the mark on the event.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import AuditAction, EventKind, NoteKind, NotePlace
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.recurrence import is_occurrence
from ips_desktop.services import audit, courses
from ips_desktop.services.calendar_model import (
    OccurrenceRef,
    field_error,
    live_row,
    override_for,
)
from ips_desktop.services.calendar_write import make_override
from ips_desktop.services.context import AppContext, write_unit
from ips_desktop.storage.models import CalendarEvent, Note, PsychiatryUnit

HELD_NOTE_KINDS = {EventKind.PARTICIPANT_MEETING: NoteKind.MEETING,
                   EventKind.JOINT_START_UP: NoteKind.JOINT_START_UP}
_DEFAULT_TEXT = {EventKind.PARTICIPANT_MEETING: "calendar_held_meeting_note",
                 EventKind.JOINT_START_UP: "calendar_held_start_up_note"}
# The note's fields as the event dialog names them.
_FIELDS = {"note_date": "starts_at", "text": "notes"}


def note_place(session: Session, location: str | None) -> NotePlace:
    """Where the meeting was: a listed psychiatry unit, by video, or out in the community."""
    key = name_key(location or "")
    if key == "video":
        return NotePlace.VIDEO
    if key and session.scalar(select(PsychiatryUnit.id).where(
            PsychiatryUnit.name_key == key, PsychiatryUnit.deleted_at.is_(None)).limit(1)):
        return NotePlace.PSYCHIATRY
    return NotePlace.COMMUNITY


def _target(session: Session, ctx: AppContext, ref: OccurrenceRef) -> CalendarEvent:
    row = live_row(session, ref.event_id)
    if not row.rrule:
        return row
    original = ref.original_start or row.starts_at
    if not is_occurrence(row.rrule, row.starts_at, original):
        raise field_error("exdate", "calendar_not_occurrence")
    return make_override(session, ctx, row, original)


def mark_held(ctx: AppContext, ref: OccurrenceRef, *, today: date, text: str = "") -> OccurrenceRef:
    """The meeting took place: its note is written and the (override) row points at it."""
    with write_unit(ctx) as session:
        row = live_row(session, ref.event_id)
        kind = EventKind(row.kind)
        if kind not in HELD_NOTE_KINDS:
            raise field_error("kind", "calendar_held_kind")
        if row.course_id is None:
            raise field_error("course_id", "calendar_held_no_participant")
        starts = ref.original_start if row.rrule and ref.original_start else row.starts_at
        if starts.date() > today:
            raise field_error("starts_at", "calendar_held_future")
        target = _target(session, ctx, ref)
        if target.held_note_id is not None:
            note = session.get(Note, target.held_note_id)
            if note is not None and note.deleted_at is None:
                return OccurrenceRef(target.id, target.recurrence_id)
        if target.starts_at.date() > today:
            raise field_error("starts_at", "calendar_held_future")
        data = courses.NoteInput(target.starts_at.date(), HELD_NOTE_KINDS[kind],
                                 note_place(session, target.location),
                                 text.strip() or message(_DEFAULT_TEXT[kind]))
        assert target.course_id is not None
        try:
            added = courses.add_note_in(session, ctx, target.course_id, data, today=today)
        except ValidationError as error:
            raise ValidationError([FieldError(_FIELDS.get(e.field, e.field), e.message)
                                   for e in error.errors]) from None
        target.held_note_id = added.note.id
        target.sequence = (target.sequence or 0) + 1
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "calendar_event", target.id,
                     details={"kind": target.kind, "held": True, "note": added.note.id})
        return OccurrenceRef(target.id, target.recurrence_id)


def unmark_held(ctx: AppContext, ref: OccurrenceRef) -> None:
    """Not held after all: the note it became goes (soft-deleted) and the mark is cleared.

    A first-meeting date the note set stays: it is the consultant's to change
    on the referral tab, as after any other note.
    """
    with write_unit(ctx) as session:
        row = live_row(session, ref.event_id)
        if row.rrule:  # the series' occurrence: its mark is on the row it became, if any
            found = override_for(session, row.id, ref.original_start or row.starts_at)
            if found is None:
                return
            row = found
        if row.held_note_id is None:
            return
        note = session.get(Note, row.held_note_id)
        if note is not None and note.deleted_at is None:
            note.deleted_at = datetime.now(UTC)
            audit.record(session, ctx.actor_id, AuditAction.DELETE, "note", note.id,
                         details={"course": note.course_id})
        row.held_note_id = None
        row.sequence = (row.sequence or 0) + 1
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "calendar_event", row.id,
                     details={"kind": row.kind, "held": False})
