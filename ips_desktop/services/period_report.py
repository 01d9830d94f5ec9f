"""The period report for national reporting: what the municipal case system and STAR need.

STAR asks the municipality to mark each IPS course in its case system (the
"IPS STAR" marker) and to enter its start and end dates there by hand; IPS
outcome tools collect a few figures per quarter. Both come out of the
caseload here, so nothing is typed twice:

- `started`: the courses whose IPS course began in the period, i.e. whose
  first meeting (`Course.first_meeting_date`, the start of the IPS course as
  `domain.rules.course_start` reads it) lies in it. A course referred but not
  met yet is not started: it is listed in the period its meeting is held in,
  so a course is never listed as started twice.
- `ended`: the courses whose `ended_on` lies in the period, with the reason
  (a course ended before any first meeting is listed too, without that date).
- `quarters`: each calendar quarter overlapping the period, its figures
  counted over the part of the quarter inside the period (a period of
  15.2.–15.5. gives 15.2.–31.3. and 1.4.–15.5., both marked as partial), so
  the quarters add up to the period (`totals`). Figures: referrals (courses
  referred), profiles started (a vocational profile created), job starts of
  at least 4 paid hours a week (jobs on ordinary terms with hours_per_week
  >= 4; education and jobs on other terms are not job starts), and people in
  work at the span's end (distinct participants in an open course holding a
  job on ordinary terms that covers that day; no minimum of hours, as the
  team overview's in_job). What was left out of the job starts is counted
  by reason (under 4 hours, hours not recorded, not on ordinary terms) and
  every job start of the period is listed in `job_starts` with why it was
  or was not counted, so an unknown number of hours can be looked up and
  entered.

Who sees what: a team lead gets the team (or one consultant's courses); a
consultant gets only the courses they hold (`consultant_id` is theirs
whatever was asked), and the report says so (`PeriodReport.own_courses`).
A course is the current consultant's (`Course.consultant_id`: no history of
reassignment is kept).

Reading the report is audited (READ), and so are its print and export
(`record_print`, `record_export`): the period, the consultant's id and the
row counts, never a name, a CPR number or the file's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain import star_figures
from ips_desktop.domain.enums import AuditAction, EndReason, PlacementKind, Role
from ips_desktop.domain.star_figures import CourseFact, PlacementFact
from ips_desktop.services import audit
from ips_desktop.services.caseload import PROFILE_FORM
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.dates import local_date
from ips_desktop.storage.models import Consultant, Course, FormResponse, Participant, Placement
from ips_desktop.storage.sql_functions import stored_text

ENTITY = "period_report"
STAR_MARKER = "IPS STAR"  # the marker the case system's course gets (STAR's own words)
MIN_PAID_HOURS = star_figures.MIN_PAID_HOURS  # a job start counts from 4 paid hours a week


class LeftOut:
    """Why a job start of the period was not counted (the values of `JobStart.left_out`)."""

    UNDER_4_HOURS = star_figures.UNDER_4_HOURS
    UNKNOWN_HOURS = star_figures.UNKNOWN_HOURS
    NOT_ORDINARY_TERMS = star_figures.NOT_ORDINARY_TERMS


@dataclass(frozen=True)
class CourseLine:
    """One course as the municipal case system needs it (started or ended in the period)."""

    course_id: uuid.UUID
    participant_id: uuid.UUID
    name: str
    cpr: str | None  # as stored (ddmmyy-xxxx); None: not recorded
    consultant_initials: str  # "" when the course has no consultant
    referral_date: date
    first_meeting: date | None  # the start of the IPS course; None: not held
    ended_on: date | None
    end_reason: EndReason | None
    end_reason_text: str  # the consultant's words for "other"; "" otherwise
    marker: str = STAR_MARKER


@dataclass(frozen=True)
class JobStart:
    """A job started in the period, counted as a STAR job start or left out (and why)."""

    course_id: uuid.UUID
    participant_id: uuid.UUID
    name: str
    consultant_initials: str
    start_date: date
    hours_per_week: float | None
    ordinary_terms: bool
    left_out: str | None  # a LeftOut value; None: counted


@dataclass(frozen=True)
class LeftOutCounts:
    """Job starts not counted, by reason; a start has one reason, the first that applies
    in this order: not on ordinary terms, hours not recorded, under 4 hours."""

    under_4_hours: int = 0
    unknown_hours: int = 0
    not_ordinary_terms: int = 0

    @property
    def total(self) -> int:
        return self.under_4_hours + self.unknown_hours + self.not_ordinary_terms


@dataclass(frozen=True)
class StarFigures:
    """The quarterly figures over one span (a quarter, or the part of it in the period)."""

    referrals: int
    profiles_started: int
    job_starts: int  # jobs on ordinary terms of at least 4 paid hours a week
    in_work: int  # participants in a job on ordinary terms at the span's last day
    in_work_on: date  # that day (the span's end, or today when it ends later)
    left_out: LeftOutCounts = field(default_factory=LeftOutCounts)
    education_starts: int = 0  # on ordinary terms; recorded, not a STAR job start


@dataclass(frozen=True)
class Quarter:
    """A calendar quarter overlapping the period; `starts_on`..`ends_on` is its part inside."""

    year: int
    number: int  # 1..4
    starts_on: date
    ends_on: date
    partial: bool  # the period cuts the quarter
    figures: StarFigures | None  # None: the span begins after today (nothing to count yet)


@dataclass(frozen=True)
class PeriodReport:
    """What `period_report` returns: the rows and figures for the period `first`..`last`."""

    first: date
    last: date
    as_of: date  # min(last, today): nothing later is counted
    consultant_id: uuid.UUID | None  # None: the whole team
    consultant_initials: str  # of `consultant_id`; "" for the team
    own_courses: bool  # a consultant's report: only the courses they hold
    started: tuple[CourseLine, ...]
    ended: tuple[CourseLine, ...]
    quarters: tuple[Quarter, ...]
    totals: StarFigures
    job_starts: tuple[JobStart, ...]  # every job started in the period, counted or not
    is_demo: bool


def period_report(ctx: AppContext, first: date, last: date, *, today: date,
                  consultant_id: uuid.UUID | None = None) -> PeriodReport:
    """The period report for `first`..`last` (inclusive); reading it is audited (ids only).

    Nothing after `today` is counted or listed (a first meeting booked ahead has
    not been held). A consultant's report holds their own courses whatever
    `consultant_id` asks. Raises ValueError when `first` is after `last`.
    """
    if first > last:
        raise ValueError("the period's first day is after its last")
    as_of = max(first, min(last, today))
    with unit_of_work(ctx) as session:
        own = _actor_is_consultant(session, ctx.actor_id)
        if own:
            consultant_id = ctx.actor_id
        initials = _initials(session)
        courses = _courses(session, consultant_id, first, as_of)
        placements = _placements(session, consultant_id, first, as_of)
        profiles = _profile_starts(session, consultant_id, first, as_of)
        started = _lines([c for c in courses if c.first_meeting is not None
                          and first <= c.first_meeting <= as_of], initials,
                         lambda c: c.first_meeting)
        ended = _lines([c for c in courses if c.fact.ended_on is not None
                        and first <= c.fact.ended_on <= as_of], initials,
                       lambda c: c.fact.ended_on)
        facts = _Facts([c.fact for c in courses], [p.fact for p in placements], profiles)
        report = PeriodReport(
            first=first, last=last, as_of=as_of, consultant_id=consultant_id,
            consultant_initials=initials.get(consultant_id.hex, "") if consultant_id else "",
            own_courses=own, started=started, ended=ended,
            quarters=_quarters(first, last, today, facts),
            totals=_figures(first, as_of, facts),
            job_starts=_job_starts(placements, courses, initials, first, as_of),
            is_demo=ctx.is_demo)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details=_details(report))
    return report


# -- reading ---------------------------------------------------------------------------------
# Ids are read as SQLite stores them (32 hex digits) and made UUIDs only for the rows the
# report lists: making 20,000 UUIDs of a year on the large demo cost a fifth of the read.

@dataclass(frozen=True)
class _Course:
    course_id: str
    name: str
    cpr: str | None
    consultant_id: str | None
    first_meeting: date | None
    end_reason: str | None
    end_reason_text: str | None
    participant_id: str
    fact: CourseFact


@dataclass(frozen=True)
class _Placement:
    course_id: str
    fact: PlacementFact


def _text(column: Any) -> Any:
    return stored_text(column)


def _actor_is_consultant(session: Session, actor_id: uuid.UUID | None) -> bool:
    if actor_id is None:
        return False
    role = session.scalar(select(Consultant.role).where(Consultant.id == actor_id))
    return role is not None and role != Role.TEAM_LEAD.value


def _initials(session: Session) -> dict[str | None, str]:
    """Every consultant's initials, a deleted one's too: their courses still name them."""
    return {cid: str(initials) for cid, initials in
            session.execute(select(_text(Consultant.id), Consultant.initials))}


def _live(query: Any, consultant_id: uuid.UUID | None) -> Any:
    query = query.where(Course.deleted_at.is_(None), Participant.deleted_at.is_(None))
    if consultant_id is not None:
        query = query.where(Course.consultant_id == consultant_id)
    return query


def _courses(session: Session, consultant_id: uuid.UUID | None, first: date,
             as_of: date) -> list[_Course]:
    """The courses that matter to the period: referred by its end, not ended before it."""
    query = (select(_text(Course.id), Participant.name, Participant.cpr,
                    _text(Course.consultant_id), Course.first_meeting_date, Course.end_reason,
                    Course.end_reason_text, _text(Course.participant_id), Course.referral_date,
                    Course.ended_on)
             .join(Participant, Participant.id == Course.participant_id)
             .where(Course.referral_date <= as_of,
                    Course.ended_on.is_(None) | (Course.ended_on >= first)))
    return [_Course(course, name, cpr, holder, met, reason, why, person,
                    CourseFact(person, referred, ended))
            for course, name, cpr, holder, met, reason, why, person, referred, ended
            in session.execute(_live(query, consultant_id))]


def _placements(session: Session, consultant_id: uuid.UUID | None, first: date,
                as_of: date) -> list[_Placement]:
    """Jobs and educations started by the period's end and not ended before it."""
    query = (select(_text(Placement.course_id), _text(Course.participant_id), Placement.kind,
                    Placement.start_date, Placement.end_date, Placement.hours_per_week,
                    Placement.ordinary_terms)
             .join(Course, Course.id == Placement.course_id)
             .join(Participant, Participant.id == Course.participant_id)
             .where(Placement.deleted_at.is_(None), Placement.start_date <= as_of,
                    Placement.end_date.is_(None) | (Placement.end_date >= first)))
    job = PlacementKind.JOB.value
    return [_Placement(course, PlacementFact(person, kind == job, start, end, hours,
                                             bool(ordinary)))
            for course, person, kind, start, end, hours, ordinary
            in session.execute(_live(query, consultant_id))]


def _profile_starts(session: Session, consultant_id: uuid.UUID | None, first: date,
                    as_of: date) -> list[date]:
    """The day each course's vocational profile was begun (its first, in local time).

    The first per course is found in SQL, within a day either side of the period
    (timestamps are UTC, the day is local); the exact local day is taken here.
    """
    begun = func.min(FormResponse.created_at)
    query = (select(begun)
             .join(Course, Course.id == FormResponse.course_id)
             .join(Participant, Participant.id == Course.participant_id)
             .where(FormResponse.form_id == PROFILE_FORM, FormResponse.deleted_at.is_(None))
             .group_by(FormResponse.course_id)
             .having(begun >= datetime.combine(max(first, date(1, 1, 2)) - timedelta(days=1),
                                               time()),
                     begun < datetime.combine(min(as_of, date(9999, 12, 29))
                                              + timedelta(days=2), time())))
    days = (local_date(created) for created in session.scalars(_live(query, consultant_id)))
    return [day for day in days if day is not None and first <= day <= as_of]


# -- the report's parts ----------------------------------------------------------------------

_END_REASONS = {reason.value: reason for reason in EndReason}


def _lines(courses: list[_Course], initials: dict[str | None, str],
           by: Callable[[_Course], date | None]) -> tuple[CourseLine, ...]:
    """The courses as the case system needs them, by the day that lists them, then name."""
    key = sort_key()
    ordered = sorted(courses, key=lambda c: (by(c), key(c.name), c.course_id))
    return tuple(CourseLine(
        course_id=uuid.UUID(c.course_id), participant_id=uuid.UUID(c.participant_id),
        name=c.name, cpr=c.cpr, consultant_initials=initials.get(c.consultant_id, ""),
        referral_date=c.fact.referral_date, first_meeting=c.first_meeting,
        ended_on=c.fact.ended_on, end_reason=_end_reason(c.end_reason) if c.fact.ended_on
        else None, end_reason_text=(c.end_reason_text or "").strip()) for c in ordered)


def _end_reason(stored: str | None) -> EndReason | None:
    """A reason this version does not know (a newer app wrote it) reads as "other"."""
    if not stored:
        return None
    return _END_REASONS.get(stored, EndReason.OTHER)


def _figures(start: date, end: date, facts: _Facts) -> StarFigures:
    counted = star_figures.count(start, end, facts.courses, facts.placements, facts.profiles)
    left = counted.left_out
    return StarFigures(
        referrals=counted.referrals, profiles_started=counted.profiles_started,
        job_starts=counted.job_starts, in_work=counted.in_work, in_work_on=counted.in_work_on,
        left_out=LeftOutCounts(left[LeftOut.UNDER_4_HOURS], left[LeftOut.UNKNOWN_HOURS],
                               left[LeftOut.NOT_ORDINARY_TERMS]),
        education_starts=counted.education_starts)


@dataclass(frozen=True)
class _Facts:
    courses: list[CourseFact]
    placements: list[PlacementFact]
    profiles: list[date]


def _quarters(first: date, last: date, today: date, facts: _Facts) -> tuple[Quarter, ...]:
    quarters = []
    for span in star_figures.quarter_spans(first, last):
        figures = None if span.starts_on > today else _figures(
            span.starts_on, min(span.ends_on, today), facts)
        quarters.append(Quarter(span.year, span.number, span.starts_on, span.ends_on,
                                span.partial, figures))
    return tuple(quarters)


def _job_starts(placements: list[_Placement], courses: list[_Course],
                initials: dict[str | None, str], first: date,
                as_of: date) -> tuple[JobStart, ...]:
    by_id = {c.course_id: c for c in courses}
    key = sort_key()
    found = []
    for p in placements:
        fact = p.fact
        course = by_id.get(p.course_id)
        if not fact.is_job or not first <= fact.start_date <= as_of or course is None:
            continue
        found.append(JobStart(
            course_id=uuid.UUID(p.course_id), participant_id=uuid.UUID(course.participant_id),
            name=course.name, consultant_initials=initials.get(course.consultant_id, ""),
            start_date=fact.start_date, hours_per_week=fact.hours_per_week,
            ordinary_terms=fact.ordinary_terms, left_out=star_figures.left_out_reason(fact)))
    return tuple(sorted(found, key=lambda j: (j.start_date, key(j.name), str(j.course_id))))


# -- audit ---------------------------------------------------------------------------------

def _details(report: PeriodReport) -> dict[str, Any]:
    details: dict[str, Any] = {"first": report.first.isoformat(),
                               "last": report.last.isoformat(),
                               "started": len(report.started), "ended": len(report.ended)}
    if report.consultant_id is not None:
        details["consultant"] = report.consultant_id
    return details


def record_print(ctx: AppContext, report: PeriodReport) -> None:
    """The report shown in the print preview (and so on paper): a print event."""
    _record(ctx, AuditAction.PRINT, report, "pdf")


def record_export(ctx: AppContext, report: PeriodReport, file_format: str) -> None:
    """The report saved as a file (PDF or workbook): an export event (no file name)."""
    _record(ctx, AuditAction.EXPORT, report, file_format)


def _record(ctx: AppContext, action: AuditAction, report: PeriodReport, fmt: str) -> None:
    details = _details(report)
    details["format"] = fmt
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, action, ENTITY, details=details)


def file_name(report: PeriodReport, file_format: str) -> str:
    """The name to suggest: "period-report-2026-01-01-2026-03-31.pdf": the kind and the
    period, never a name (the same in every language, so scripts can find it)."""
    if file_format not in ("pdf", "xlsx"):
        raise ValueError(f"unknown format {file_format!r}")
    return f"period-report-{report.first.isoformat()}-{report.last.isoformat()}.{file_format}"
