"""The calendar leaving the app: the .ics file for Outlook and Google, and the week's printout.

An .ics carries a series as a series (its rule, its cancelled occurrences and
the occurrences changed on their own, RFC 5545's RECURRENCE-ID), not as the
occurrences it expands to: a calendar that imports the file then shows the
presence day every Wednesday to the end, and a second export of the same
rows (same UIDs, a higher SEQUENCE where a row changed) updates the events
instead of adding them twice. So this module reads the rows themselves, not
the expanded occurrences the week view shows (services.calendar).

Participants' names leave the encrypted database only when the user asks
("include names"): without it an event says its kind, and its place only
when the place names no one (a psychiatry unit, video, or an event that is
not about a participant). The rows here carry everything; what goes into the
file is decided by `shown_*` below, which reports/calendar_ics.py follows.

Every export and every print is an audit event with the range's dates, the
filter's ids and counts only: never a title, a name or the file's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from dateutil.rrule import rrulestr
from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import AuditAction, EventKind
from ips_desktop.domain.rules import week_bounds
from ips_desktop.domain.text_search import fold
from ips_desktop.services import audit, printing
from ips_desktop.services.calendar_model import Occurrence
from ips_desktop.services.consents import NOBODY, WithoutConsent, without_consent
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Course,
    Employer,
    Participant,
    PsychiatryUnit,
)

__all__ = ["AUDIT_ENTITY", "CalendarExport", "ExportTargetRefused", "IcsEvent", "WeekPrint",
           "calendar_export", "ics_file_name", "record_week_pdf_saved", "record_week_print",
           "save_ics", "week_file_name", "week_print"]

ExportTargetRefused = printing.ExportTargetRefused
AUDIT_ENTITY = "calendar"
VIDEO = "video"  # the location word for a meeting by video (folded)


@dataclass(frozen=True)
class IcsEvent:
    """One calendar row as the .ics writes it: a single event, a series or an override.

    `cancelled` are the series' cancelled occurrences (original starts): its
    exdates without the ones an override row stands for, which the file gives
    as their own VEVENT with RECURRENCE-ID instead. `participant` is the
    name of the course's participant ("" when none); `named_place` says the
    location names no one (a psychiatry unit, video, or not about a participant).
    """

    id: uuid.UUID
    kind: EventKind
    title: str
    starts_at: datetime  # naive: the wall clock in Denmark
    ends_at: datetime
    location: str
    notes: str
    rrule: str | None
    cancelled: tuple[datetime, ...]
    parent_id: uuid.UUID | None
    recurrence_id: datetime | None
    sequence: int
    created_at: datetime | None
    updated_at: datetime | None
    participant: str
    employer: str
    consultant_initials: str
    named_place: bool

    @property
    def uid(self) -> uuid.UUID:
        """The event the file's UID names: an override shares its series' UID."""
        return self.parent_id or self.id


@dataclass(frozen=True)
class CalendarExport:
    """The rows of a range, series first, and what the file needs to know about them."""

    first: date
    last: date
    consultant_id: uuid.UUID | None
    presence_only: bool
    include_names: bool
    events: list[IcsEvent]
    is_demo: bool
    made_at: datetime  # aware (UTC): the file's DTSTAMP
    # With names: the people named whose consent is withdrawn or missing (the front end
    # warns before the file is written; ids and counts only).
    without_consent: WithoutConsent = NOBODY

    @property
    def series(self) -> int:
        return sum(1 for e in self.events if e.rrule and e.parent_id is None)

    @property
    def overrides(self) -> int:
        return sum(1 for e in self.events if e.parent_id is not None)


def shown_title(event: IcsEvent, include_names: bool, kind_word: str) -> str:
    """The title with names, else the kind's word (a title may be "Møde med Anna")."""
    return event.title if include_names and event.title.strip() else kind_word


def shown_location(event: IcsEvent, include_names: bool) -> str:
    """The place, unless it could point at a participant and names are left out."""
    return event.location if include_names or event.named_place else ""


def shown_notes(event: IcsEvent, include_names: bool) -> str:
    """Notes are free text that may name anyone: only with names."""
    return event.notes if include_names else ""


def calendar_export(ctx: AppContext, first: date, last: date, *,
                    consultant_id: uuid.UUID | None = None, presence_only: bool = False,
                    include_names: bool = False) -> CalendarExport:
    """The rows whose occurrences meet `first`..`last` (inclusive days), for the .ics.

    Series whose span meets the range, with every occurrence of theirs changed
    on its own (override rows), wherever it lies: the file carries the series
    to its end, not cut at the range, so a calendar that imports it needs each
    moved occurrence as its own VEVENT, or it would show the original time
    there. And the single events overlapping the range.
    """
    start = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    with unit_of_work(ctx) as session:
        rows = _rows(session, start, end, consultant_id, presence_only)
        series = {row.id: row for row in sorted(rows, key=lambda r: (r.starts_at, r.id))
                  if row.rrule and _meets(row, start, end)}
        singles = [row for row in rows if not row.rrule]
        overrides = [row for chunk in _chunks(set(series)) for row in session.scalars(
            select(CalendarEvent).where(CalendarEvent.parent_id.in_(chunk),
                                        CalendarEvent.deleted_at.is_(None))
            .order_by(CalendarEvent.starts_at, CalendarEvent.id))]
        units = set(session.scalars(select(PsychiatryUnit.name_key)
                                    .where(PsychiatryUnit.deleted_at.is_(None))))
        named = [*series.values(), *singles, *overrides]
        names = _labels(session, named)
        lacking = without_consent(session, {r.course_id for r in named if r.course_id},
                                  date.today()) if include_names else NOBODY
    replaced: dict[uuid.UUID, set[str]] = {}
    for row in overrides:
        if row.recurrence_id is not None:
            replaced.setdefault(row.parent_id, set()).add(_iso(row.recurrence_id))  # type: ignore[arg-type]
    events = [_event(row, units, names, replaced.get(row.id, set()))
              for row in [*series.values(), *singles, *overrides]]
    return CalendarExport(first=first, last=last, consultant_id=consultant_id,
                          presence_only=presence_only, include_names=include_names,
                          events=events, is_demo=ctx.is_demo, made_at=datetime.now().astimezone(),
                          without_consent=lacking)


def _rows(session: Session, start: datetime, end: datetime, consultant_id: uuid.UUID | None,
          presence_only: bool) -> list[CalendarEvent]:
    return [row for query in _rows_queries(start, end, consultant_id, presence_only)
            for row in session.scalars(query)]


def _rows_queries(start: datetime, end: datetime, consultant_id: uuid.UUID | None,
                  presence_only: bool) -> tuple[Select[CalendarEvent], Select[CalendarEvent]]:
    """The series begun before the end, and the single events overlapping the range.

    Two queries, so that each has its index: the series the partial index over
    series rows (a consultant's few among all their events), the single events
    (consultant_id, starts_at). Whether a series' rule still runs at `start`
    is decided after (`_meets`): its UNTIL is inside the rule text. Override
    rows are read by their series.
    """
    e = CalendarEvent
    wanted: list[ColumnElement[bool]] = [e.deleted_at.is_(None), e.parent_id.is_(None)]
    if consultant_id is not None:
        wanted.append(e.consultant_id == consultant_id)
    if presence_only:
        wanted.append(e.kind == EventKind.PRESENCE_DAY.value)
    # No starts_at for the series: SQLite would take (consultant_id, starts_at) and walk
    # the consultant's whole past for them; a series begun after the range fails `_meets`.
    return (select(e).where(*wanted, e.rrule.is_not(None)),  # sorted by `calendar_export`
            select(e).where(*wanted, e.rrule.is_(None), e.starts_at < end, e.ends_at > start)
            .order_by(e.starts_at, e.id))


def _meets(row: CalendarEvent, start: datetime, end: datetime) -> bool:
    """The series has an occurrence overlapping [start, end) (cancelled ones count: the
    file still carries the rule)."""
    rule = rrulestr(row.rrule or "", dtstart=row.starts_at, ignoretz=True)
    duration = row.ends_at - row.starts_at
    found = rule.after(start - duration, inc=not duration)
    return found is not None and found < end


def _labels(session: Session, rows: Sequence[CalendarEvent]) -> dict[str, dict[uuid.UUID, str]]:
    """Participants' and employers' names, consultants' initials, of these rows, by id."""
    courses = {r.course_id for r in rows if r.course_id}
    employers = {r.employer_id for r in rows if r.employer_id}
    consultants = {r.consultant_id for r in rows if r.consultant_id}
    labels: dict[str, dict[uuid.UUID, str]] = {"course": {}, "employer": {}, "consultant": {}}
    for chunk in _chunks(courses):
        labels["course"].update((i, n) for i, n in session.execute(
            select(Course.id, Participant.name).join(
                Participant, Participant.id == Course.participant_id)
            .where(Course.id.in_(chunk))).all())
    for chunk in _chunks(employers):
        labels["employer"].update((i, n) for i, n in session.execute(
            select(Employer.id, Employer.name).where(Employer.id.in_(chunk))).all())
    for chunk in _chunks(consultants):
        labels["consultant"].update((i, n) for i, n in session.execute(
            select(Consultant.id, Consultant.initials).where(Consultant.id.in_(chunk))).all())
    return labels


def _chunks(ids: set[uuid.UUID], size: int = 500) -> list[list[uuid.UUID]]:
    ordered = sorted(ids)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)]


def _event(row: CalendarEvent, units: Collection[str], labels: dict[str, dict[uuid.UUID, str]],
           replaced: set[str]) -> IcsEvent:
    location = (row.location or "").strip()
    named_place = (row.course_id is None or fold(location) == VIDEO
                   or (bool(location) and name_key(location) in units))
    cancelled = tuple(sorted(
        datetime.fromisoformat(text) for text in (row.exdates or [])
        if text not in replaced)) if row.rrule else ()
    return IcsEvent(
        id=row.id, kind=EventKind(row.kind), title=row.title or "", starts_at=row.starts_at,
        ends_at=row.ends_at, location=location, notes=row.notes or "", rrule=row.rrule,
        cancelled=cancelled, parent_id=row.parent_id, recurrence_id=row.recurrence_id,
        sequence=row.sequence or 0, created_at=row.created_at, updated_at=row.updated_at,
        participant=labels["course"].get(row.course_id, "") if row.course_id else "",
        employer=labels["employer"].get(row.employer_id, "") if row.employer_id else "",
        consultant_initials=labels["consultant"].get(row.consultant_id, "")
        if row.consultant_id else "",
        named_place=named_place)


def _iso(moment: datetime) -> str:
    """An exdate as the rows store it: "2026-12-23T12:30:00"."""
    return moment.replace(microsecond=0).isoformat()


_FILE_WORDS = {"da": ("kalender", "til", "uge"), "nb": ("kalender", "til", "uke"),
               "en": ("calendar", "to", "week")}


def ics_file_name(export: CalendarExport, language: str = "da") -> str:
    """"kalender-2026-12-01-til-2027-01-31.ics": the kind of file and its dates, never a name."""
    stem, to, _ = _FILE_WORDS.get(language, _FILE_WORDS["da"])
    return f"{stem}-{export.first.isoformat()}-{to}-{export.last.isoformat()}.ics"


def save_ics(ctx: AppContext, target: Path, data: bytes, export: CalendarExport) -> None:
    """Write the .ics (whole or not at all, 0600) and record the export; a file whose
    export cannot be recorded is removed again, so that no export goes unrecorded.

    Raises ExportTargetRefused for a place inside a data directory (the
    database, its key) and OSError when the file cannot be written.
    """
    with printing.recorded_write(target, data), unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, AUDIT_ENTITY,
                     details=_export_details(export))


def _export_details(export: CalendarExport) -> dict[str, Any]:
    details: dict[str, Any] = {
        "format": "ics", "from": export.first.isoformat(), "to": export.last.isoformat(),
        "events": len(export.events), "series": export.series, "overrides": export.overrides,
        "names": export.include_names}
    if export.consultant_id is not None:
        details["consultant"] = export.consultant_id
    if export.presence_only:
        details["kind"] = EventKind.PRESENCE_DAY.value
    return details


# -- the week's printout ------------------------------------------------------------------

@dataclass(frozen=True)
class WeekPrint:
    """One week of occurrences as reports/calendar_pdf.py prints it.

    `days` are the columns (Monday..Friday or ..Sunday); `holidays` name the
    public holidays among them; `hours` is the range of hours printed
    (widened to take in every occurrence).
    """

    week: tuple[int, int]  # ISO year and week
    days: tuple[date, ...]
    occurrences: tuple[Occurrence, ...]
    holidays: dict[date, str]
    hours: tuple[int, int]
    consultants: str  # "AB – Anne Berg", or the initials of several; "" for the whole team
    is_demo: bool
    made_at: datetime


def week_days(week: tuple[int, int], *, full_week: bool = False) -> tuple[date, ...]:
    monday, _ = week_bounds(week)
    return tuple(monday + timedelta(days=i) for i in range(7 if full_week else 5))


def record_week_print(ctx: AppContext, week: tuple[int, int],
                      occurrences: Sequence[Occurrence], *, language: str = "da",
                      full_week: bool = False, hours: tuple[int, int] = (8, 16),
                      consultant_ids: Sequence[uuid.UUID] | None = None) -> WeekPrint:
    """The week's printout from occurrences already read (the week view's), and its audit.

    Printing is reading: a PRINT event with the week, the consultants' ids and
    the count. The days outside `days` (a weekend in a work-week view) are left out.
    """
    from ips_desktop.domain.public_holidays import public_holidays

    days = week_days(week, full_week=full_week)
    shown = tuple(o for o in occurrences
                  if o.starts_at.date() <= days[-1] and o.ends_at.date() >= days[0])
    first_hour = min([hours[0], *(o.starts_at.hour for o in shown)])
    last_hour = max([hours[1], *((o.ends_at - timedelta(seconds=1)).hour + 1 for o in shown
                                 if o.ends_at.date() == o.starts_at.date())])
    label = ""
    with unit_of_work(ctx) as session:
        if consultant_ids:
            found = {c.id: c for c in session.scalars(
                select(Consultant).where(Consultant.id.in_(list(consultant_ids))))}
            people = [found[i] for i in consultant_ids if i in found]
            label = f"{people[0].initials} – {people[0].name}" if len(people) == 1 \
                else ", ".join(p.initials for p in people)
        details: dict[str, Any] = {"format": "pdf", "week": f"{week[0]}-W{week[1]:02d}",
                                   "events": len(shown)}
        if consultant_ids and len(consultant_ids) == 1:
            details["consultant"] = consultant_ids[0]
        elif consultant_ids:
            details["consultants"] = len(consultant_ids)  # the audit keeps single ids only
        audit.record(session, ctx.actor_id, AuditAction.PRINT, AUDIT_ENTITY, details=details)
    return WeekPrint(week=week, days=days, occurrences=shown,
                     holidays=public_holidays(days[0], days[-1], language),
                     hours=(max(0, first_hour), min(24, last_hour)), consultants=label,
                     is_demo=ctx.is_demo, made_at=datetime.now())


def week_print(ctx: AppContext, week: tuple[int, int], *,
               consultant_ids: Sequence[uuid.UUID] | None = None,
               kinds: Collection[EventKind] | None = None, language: str = "da",
               full_week: bool = False, hours: tuple[int, int] = (8, 16)) -> WeekPrint:
    """The week's printout read afresh (the command line, or a caller without occurrences)."""
    from ips_desktop.services import calendar

    days = week_days(week, full_week=full_week)
    found = calendar.occurrences_between(
        ctx, datetime.combine(days[0], time.min),
        datetime.combine(days[-1] + timedelta(days=1), time.min),
        consultant_ids=consultant_ids, kinds=kinds)
    return record_week_print(ctx, week, found, language=language, full_week=full_week,
                             hours=hours, consultant_ids=consultant_ids)


def week_file_name(printout: WeekPrint, language: str = "da") -> str:
    """"kalender-uge-49-2026.pdf": the week, never a name."""
    stem, _, week = _FILE_WORDS.get(language, _FILE_WORDS["da"])
    return f"{stem}-{week}-{printout.week[1]}-{printout.week[0]}.pdf"


def record_week_pdf_saved(ctx: AppContext, printout: WeekPrint) -> None:
    """The week's printout saved from the preview (which wrote it): an export event."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, AUDIT_ENTITY, details={
            "format": "pdf", "week": f"{printout.week[0]}-W{printout.week[1]:02d}",
            "events": len(printout.occurrences)})
