"""Reading the calendar: the occurrences in a window, one occurrence's values, a course's next.

The week view reads often (every step back and forth), so a window costs a
fixed few queries whatever the table's size: single events and changed
occurrences by the `starts_at` index (an event lasts at most 24 hours, so
nothing starting more than a day before the window can reach into it), plus
the few series rows, expanded in memory by dateutil.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, EventKind, NoteKind
from ips_desktop.domain.public_holidays import public_holidays
from ips_desktop.domain.recurrence import (
    last_day,
    occurrence_starts,
    recurrence_of,
    rule_for,
)
from ips_desktop.services import audit
from ips_desktop.services.calendar_model import (
    LONGEST,
    EventInput,
    Item,
    Occurrence,
    OccurrenceRef,
    live_row,
    occurrences_of,
)
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Course,
    Employer,
    Note,
    Participant,
)

# How far ahead a series without an end is looked at for its holidays (and skipped).
HOLIDAY_HORIZON = timedelta(days=2 * 366)
_NEXT_HORIZON = timedelta(days=366)


def _filtered(query: Select[*tuple[Any, ...]], consultant_ids: Sequence[uuid.UUID] | None,
              kinds: Collection[EventKind] | None,
              course_id: uuid.UUID | None = None) -> Select[*tuple[Any, ...]]:
    query = query.where(CalendarEvent.deleted_at.is_(None))
    if consultant_ids is not None:
        query = query.where(CalendarEvent.consultant_id.in_(list(consultant_ids)))
    if kinds is not None:
        query = query.where(CalendarEvent.kind.in_([EventKind(k).value for k in kinds]))
    if course_id is not None:
        query = query.where(CalendarEvent.course_id == course_id)
    return query


# Plain rows, not ORM objects: a busy week is a few hundred rows, and building (and
# tracking) an object per row costs more than the query itself.
_COLUMNS = (CalendarEvent.id, CalendarEvent.consultant_id, CalendarEvent.kind,
            CalendarEvent.title, CalendarEvent.starts_at, CalendarEvent.ends_at,
            CalendarEvent.location, CalendarEvent.rrule, CalendarEvent.course_id,
            CalendarEvent.employer_id, CalendarEvent.notes, CalendarEvent.parent_id,
            CalendarEvent.recurrence_id, CalendarEvent.sequence, CalendarEvent.held_note_id)


def _joined(*extra: Any) -> Select[*tuple[Any, ...]]:
    """The event columns with the names an occurrence shows, in the same query."""
    return (select(*_COLUMNS, *extra, Participant.name.label("participant_name"),
                   Employer.name.label("employer_name"),
                   Consultant.initials.label("consultant_initials"),
                   Note.id.label("held_note"))
            .select_from(CalendarEvent)
            .outerjoin(Course, Course.id == CalendarEvent.course_id)
            .outerjoin(Participant, Participant.id == Course.participant_id)
            .outerjoin(Employer, Employer.id == CalendarEvent.employer_id)
            .outerjoin(Consultant, Consultant.id == CalendarEvent.consultant_id)
            .outerjoin(Note, and_(Note.id == CalendarEvent.held_note_id,
                                  Note.deleted_at.is_(None))))


def window_items(session: Session, start: datetime, end: datetime, *,
                 consultant_ids: Sequence[uuid.UUID] | None = None,
                 kinds: Collection[EventKind] | None = None,
                 course_id: uuid.UUID | None = None) -> list[Item]:
    """The rows and occurrences overlapping [start, end): two queries, then dateutil.

    Each row carries the participant's and employer's names, the consultant's
    initials and whether its held note is there (`occurrences_of` reads them).
    """
    items: list[Item] = []
    singles = _filtered(_joined().where(
        CalendarEvent.rrule.is_(None), CalendarEvent.starts_at >= start - LONGEST,
        CalendarEvent.starts_at < end), consultant_ids, kinds, course_id)
    for row in session.execute(singles):
        if row.ends_at > start or row.starts_at >= start:
            items.append((row, row.recurrence_id, row.starts_at, row.ends_at))
    # Neither starts_at nor the consultant in SQL here: SQLite would walk those indexes
    # through the whole past (every single event) to find the few series, where reading
    # the table once is quicker. The course's index is narrow, so that one stays.
    series = _filtered(_joined(CalendarEvent.exdates).where(
        CalendarEvent.rrule.is_not(None)), None, kinds, course_id)
    wanted = set(consultant_ids) if consultant_ids is not None else None
    for row in session.execute(series):
        if row.starts_at >= end or (wanted is not None and row.consultant_id not in wanted):
            continue
        until = last_day(row.rrule)
        if until is not None and until < (start - LONGEST).date():
            continue
        duration = row.ends_at - row.starts_at
        cancelled = [datetime.fromisoformat(value) for value in row.exdates or ()]
        for when in occurrence_starts(row.rrule, row.starts_at, cancelled, start, end, duration):
            items.append((row, when, when, when + duration))
    return items


def _audit_names(session: Session, ctx: AppContext, found: list[Occurrence]) -> None:
    """Reading participants' names is an audited read: counts only, never who."""
    named = sum(1 for o in found if o.course_id is not None)
    if named:
        audit.record(session, ctx.actor_id, AuditAction.READ, "calendar_event", None,
                     details={"occurrences": len(found), "with_participant": named})


def occurrences_between(ctx: AppContext, start: datetime, end: datetime, *,
                        consultant_ids: Sequence[uuid.UUID] | None = None,
                        kinds: Collection[EventKind] | None = None) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start (None filters: all)."""
    with unit_of_work(ctx) as session:
        found = occurrences_of(window_items(
            session, start, end, consultant_ids=consultant_ids, kinds=kinds))
        _audit_names(session, ctx, found)
        return found


def _series_of(session: Session, row: CalendarEvent) -> CalendarEvent | None:
    if row.rrule:
        return row
    if row.parent_id is not None:
        return session.get(CalendarEvent, row.parent_id)
    return None


def event_input(ctx: AppContext, ref: OccurrenceRef) -> EventInput:
    """What the dialog edits: this occurrence's values and its series' recurrence."""
    with unit_of_work(ctx) as session:
        row = live_row(session, ref.event_id)
        series = _series_of(session, row)
        starts, ends = row.starts_at, row.ends_at
        if row.rrule and ref.original_start is not None:
            starts, ends = ref.original_start, ref.original_start + (row.ends_at - row.starts_at)
        rec = recurrence_of(series.rrule) if series is not None else recurrence_of(None)
        consultant = row.consultant_id or ctx.actor_id  # a row from elsewhere may lack one
        if consultant is None:
            raise LookupError("calendar event without a consultant")
        return EventInput(kind=EventKind(row.kind), title=row.title, starts_at=starts,
                          ends_at=ends, consultant_id=consultant,
                          location=row.location or "", notes=row.notes or "",
                          course_id=row.course_id, employer_id=row.employer_id, recurrence=rec)


def series_start(ctx: AppContext, ref: OccurrenceRef) -> datetime | None:
    """The first start of the series the occurrence belongs to; None for a single event."""
    with unit_of_work(ctx) as session:
        series = _series_of(session, live_row(session, ref.event_id))
        return series.starts_at if series is not None else None


def series_holidays(data: EventInput, language: str) -> list[tuple[date, datetime, str]]:
    """The occurrences of the series `data` would make that fall on public holidays."""
    rule = rule_for(data.recurrence, data.starts_at)
    if rule is None:
        return []
    last = data.recurrence.until or (data.starts_at + HOLIDAY_HORIZON).date()
    days = public_holidays(data.starts_at.date(), last, language)
    if not days:
        return []
    end = datetime.combine(last + timedelta(days=1), time())
    return [(when.date(), when, days[when.date()])
            for when in occurrence_starts(rule, data.starts_at, (), data.starts_at, end)
            if when.date() in days]


def holidays_in_series(ctx: AppContext, data: EventInput, *,
                       language: str = "da") -> list[tuple[date, str]]:
    """Before saving: the holidays `skip_holidays` would skip, by day and name.

    A series without an end is looked at two years ahead. Pass the screen's
    language: Danish holidays (names in Danish or English), Norwegian for "nb";
    `create_event` skips those of the language the services speak
    (`messages.current_language()`, set with the screen's), so both agree.
    """
    del ctx  # nothing stored is needed; kept so the front end calls every use case alike
    return [(day, name) for day, _, name in series_holidays(data, language)]


def next_meetings(ctx: AppContext, course_id: uuid.UUID, *, now: datetime,
                  limit: int = 3, record_read: bool = True) -> list[Occurrence]:
    """The course's next booked events (not yet over), soonest first, at most `limit`.

    A year ahead is looked at: the course's index makes that a handful of rows.
    On the participant page (`record_read=False`) the page's own read of the
    course covers them: one event per opening, not one per part of it.
    """
    with unit_of_work(ctx) as session:
        found = occurrences_of(window_items(
            session, now, now + _NEXT_HORIZON, course_id=course_id))[:limit]
        if record_read:
            _audit_names(session, ctx, found)
        return found


def start_up_held(ctx: AppContext, course_id: uuid.UUID) -> date | None:
    """The day the joint start-up meeting was held: a held calendar event or a note of it."""
    with unit_of_work(ctx) as session:
        return session.scalar(select(func.min(Note.note_date)).where(
            Note.course_id == course_id, Note.deleted_at.is_(None),
            Note.kind == NoteKind.JOINT_START_UP.value))


__all__ = ["event_input", "holidays_in_series", "next_meetings",
           "occurrences_between", "series_start", "start_up_held", "window_items"]
