"""The calendar's plain values, and what its readers and writers share about the rows.

A series is one `calendar_event` row with an RRULE; an occurrence changed on
its own (moved, retitled, marked as held) is a row of its own pointing at the
series (`parent_id`, `recurrence_id` = the start the rule gives it), and the
series lists that start among its `exdates` so expanding never shows it twice.
A cancelled occurrence is an exdate with no such row. The front ends never see
rows: they get `Occurrence` values and hand back `OccurrenceRef`s.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.recurrence import Recurrence, first_occurrence, rule_for
from ips_desktop.domain.validation import text_problem
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Course,
    Employer,
)

TITLE_MAX = 200
LOCATION_MAX = 200
NOTES_MAX = 4000
LONGEST = timedelta(hours=24)  # an event lasts at most a day; the window query relies on it


@dataclass(frozen=True)
class EventInput:
    kind: EventKind
    title: str
    starts_at: datetime
    ends_at: datetime
    consultant_id: uuid.UUID
    location: str = ""
    notes: str = ""
    course_id: uuid.UUID | None = None
    employer_id: uuid.UUID | None = None
    recurrence: Recurrence = Recurrence()  # noqa: RUF009 (frozen: one shared value is safe)
    skip_holidays: bool = False  # creating a series: its occurrences on public holidays go


@dataclass(frozen=True)
class OccurrenceRef:
    """What was clicked: a row, and which occurrence of it."""

    event_id: uuid.UUID  # a single event, an override row, or the series
    original_start: datetime | None  # the rule's start of this occurrence (None: no series)


@dataclass(frozen=True)
class Occurrence:
    ref: OccurrenceRef
    series_id: uuid.UUID | None  # the series this belongs to (also for an override row)
    kind: EventKind
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str
    notes: str
    consultant_id: uuid.UUID | None
    consultant_initials: str
    course_id: uuid.UUID | None
    participant: str  # "" when none
    employer_id: uuid.UUID | None
    employer_name: str
    held: bool  # a meeting with the participant marked as held
    sequence: int


class Scope(StrEnum):
    THIS = "this"
    THIS_AND_LATER = "this_and_later"
    ALL = "all"


@dataclass(frozen=True)
class MoveDone:
    ref: OccurrenceRef  # where it is now
    undo_token: object  # opaque; what undo_move takes


def iso(moment: datetime) -> str:
    """An exdate as stored: the occurrence's original start, "2026-12-23T12:30:00"."""
    return moment.replace(microsecond=0).isoformat()


def exdates_of(row: CalendarEvent) -> list[datetime]:
    return [datetime.fromisoformat(value) for value in row.exdates or ()]


def set_exdates(row: CalendarEvent, moments: Iterable[datetime]) -> None:
    row.exdates = sorted({iso(m) for m in moments})


def live_row(session: Session, event_id: uuid.UUID) -> CalendarEvent:
    row = session.get(CalendarEvent, event_id)
    if row is None or row.deleted_at is not None:
        raise LookupError("no such calendar event")
    return row


def override_for(session: Session, series_id: uuid.UUID,
                 original_start: datetime) -> CalendarEvent | None:
    """The live row that changed the series' occurrence at `original_start` alone, if any."""
    return session.scalars(select(CalendarEvent).where(
        CalendarEvent.parent_id == series_id, CalendarEvent.recurrence_id == original_start,
        CalendarEvent.deleted_at.is_(None))).first()


def overrides_of(session: Session, series_id: uuid.UUID) -> list[CalendarEvent]:
    return list(session.scalars(select(CalendarEvent).where(
        CalendarEvent.parent_id == series_id, CalendarEvent.deleted_at.is_(None))))


def field_error(field: str, code: str) -> ValidationError:
    return ValidationError([FieldError(field, message(code))])


def check_times(starts_at: datetime, ends_at: datetime) -> list[FieldError]:
    if ends_at <= starts_at:
        return [FieldError("ends_at", message("calendar_end_before_start"))]
    if ends_at - starts_at > LONGEST:
        return [FieldError("ends_at", message("calendar_too_long"))]
    return []


def check_input(session: Session, data: EventInput, *, series: bool = True) -> str | None:
    """Every problem of `data` at its field (ValidationError), else the RRULE it makes.

    `series=False` checks an occurrence changed alone: its recurrence is the
    series' business and is not looked at.
    """
    errors: list[FieldError] = []
    for field, value, longest, multiline, required in (
            ("title", data.title, TITLE_MAX, False, True),
            ("location", data.location, LOCATION_MAX, False, False),
            ("notes", data.notes, NOTES_MAX, True, False)):
        problem = text_problem(value, max_len=longest, required=required, multiline=multiline)
        if problem:
            errors.append(FieldError(field, problem))
    errors += check_times(data.starts_at, data.ends_at)
    rule = rule_for(data.recurrence, data.starts_at) if series else None
    if rule is not None and first_occurrence(rule, data.starts_at) is None:
        errors.append(FieldError("recurrence", message("calendar_no_occurrence")))
    try:
        EventKind(data.kind)
    except ValueError:
        errors.append(FieldError("kind", message("required")))
    consultant = session.get(Consultant, data.consultant_id)
    if consultant is None or consultant.deleted_at is not None:
        errors.append(FieldError("consultant_id", message("contact_unknown_consultant")))
    if data.course_id is not None:
        course = session.get(Course, data.course_id)
        if course is None or course.deleted_at is not None:
            errors.append(FieldError("course_id", message("contact_unknown_participant")))
    if data.employer_id is not None:
        employer = session.get(Employer, data.employer_id)
        if employer is None or employer.deleted_at is not None:
            errors.append(FieldError("employer_id", message("contact_unknown_employer")))
    if errors:
        raise ValidationError(errors)
    return rule


def apply_input(row: CalendarEvent, data: EventInput) -> None:
    """The values of `data` onto `row` (not its rule or exdates: the caller decides those)."""
    row.kind = EventKind(data.kind).value
    row.title = data.title.strip()
    row.starts_at = data.starts_at
    row.ends_at = data.ends_at
    row.location = data.location.strip() or None
    row.notes = data.notes.strip()
    row.consultant_id = data.consultant_id
    row.course_id = data.course_id
    row.employer_id = data.employer_id


def copy_row(row: CalendarEvent, **changes: object) -> CalendarEvent:
    """A new row with `row`'s values (a fresh id, sequence 0), `changes` applied."""
    values: dict[str, object] = {
        "consultant_id": row.consultant_id, "kind": row.kind, "title": row.title,
        "starts_at": row.starts_at, "ends_at": row.ends_at, "location": row.location,
        "rrule": row.rrule, "exdates": list(row.exdates or ()), "course_id": row.course_id,
        "employer_id": row.employer_id, "notes": row.notes or "", "parent_id": None,
        "recurrence_id": None, "sequence": 0, "held_note_id": None}
    values.update(changes)
    return CalendarEvent(**values)


Item = tuple[Any, datetime | None, datetime, datetime]
"""A plain result row (the event's columns, and the names `occurrences_of` shows), the
original start of the occurrence (None: not of a series), its start and end."""


def occurrences_of(items: list[Item]) -> list[Occurrence]:
    """The items (rows from `calendar_read.window_items`, names joined) as `Occurrence`s,
    sorted by start."""
    found = []
    for row, original, starts, ends in items:
        series = row.id if row.rrule else row.parent_id
        found.append(Occurrence(
            OccurrenceRef(row.id, original), series, EventKind(row.kind), row.title, starts,
            ends, row.location or "", row.notes or "", row.consultant_id,
            row.consultant_initials or "", row.course_id, row.participant_name or "",
            row.employer_id, row.employer_name or "", row.held_note is not None,
            row.sequence or 0))
    found.sort(key=lambda o: (o.starts_at, o.ends_at, o.title))
    return found
