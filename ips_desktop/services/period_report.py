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
from dataclasses import dataclass, field
from datetime import date

from ips_desktop.domain.enums import EndReason
from ips_desktop.services.context import AppContext

ENTITY = "period_report"
STAR_MARKER = "IPS STAR"  # the marker the case system's course gets (STAR's own words)
MIN_PAID_HOURS = 4.0  # a job start counts from 4 paid hours a week


class LeftOut:
    """Why a job start of the period was not counted (the values of `JobStart.left_out`)."""

    UNDER_4_HOURS = "under_4_hours"
    UNKNOWN_HOURS = "unknown_hours"
    NOT_ORDINARY_TERMS = "not_ordinary_terms"


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

    Raises ValueError when `first` is after `last`.
    """
    if first > last:
        raise ValueError("the period's first day is after its last")
    as_of = min(last, today)
    empty = StarFigures(0, 0, 0, 0, as_of)
    return PeriodReport(first, last, as_of, consultant_id, "", False, (), (), (), empty, (),
                        ctx.is_demo)


def record_print(ctx: AppContext, report: PeriodReport) -> None:
    """The report shown in the print preview (and so on paper): a print event."""


def record_export(ctx: AppContext, report: PeriodReport, file_format: str) -> None:
    """The report saved as a file (PDF or workbook): an export event (no file name)."""


def file_name(report: PeriodReport, file_format: str) -> str:
    """The name to suggest: "period-report-2026-01-01-2026-03-31.pdf", never a name."""
    return f"period-report-{report.first.isoformat()}-{report.last.isoformat()}.{file_format}"
