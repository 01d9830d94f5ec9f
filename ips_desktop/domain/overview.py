"""The team overview's monthly figures, counted from plain facts (no database here).

The steering group reads resources (FTE), implementation (participants in a
course) and value (participants in job or education on ordinary terms) month
by month (seed 003), and the share of participants in job or education within
18 months of their referral (seed 000: 59.5 % in *Inklusion*; seed 004:
"knap 60 %"). Every figure is a function of the facts given here, so the
screen, the printout and the spreadsheet cannot disagree, and the hand-built
data sets in the tests pin each one down.

Definitions (shared by every part of issue 18):

- A month is `date(y, m, 1)`. Its *end* is its last day, or `today` for the
  current month; a month after today has no figures (None).
- fte: the sum over staffing periods of fte × (days of the month inside the
  period / days of the month): someone who left mid-month counts that part.
- in_course: distinct participants with a course open at the month's end
  (referred by then, not ended by then: `ended_on` None or after the day).
- in_job: distinct participants with a course open at the month's end whose
  *open course* holds a placement (job or education) on ordinary terms that
  covers that day. No minimum of hours (seed 002). A wage-subsidy job
  (`ordinary_terms` False) is recorded but never counted.
- referrals: courses referred in the month (up to its end); ended: courses
  ended in the month, by reason (a reason missing counts as "other");
  starts: placements started in the month, on ordinary terms split job /
  education, the others as "not on ordinary terms".
- within 18 months: of the courses referred at least 18 months before the
  as-of day (the cohort), the share whose course got a placement on ordinary
  terms starting no later than the referral day + 18 months (same day of the
  month; relativedelta clamps 31.8 + 18 months to 28/29.2).
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ips_desktop.domain.enums import EndReason, PlacementKind

WITHIN_MONTHS = 18
MEASURES = ("in_course", "in_job")  # what a target (the burn-up chart's expectation) is for
MAX_TARGET = 10_000


# -- months ------------------------------------------------------------------------------

def month_of(day: date) -> date:
    """The month `day` falls in (its first day)."""
    return day.replace(day=1)


def month_last_day(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def add_months(month: date, months: int) -> date:
    """The month `months` after (or before) `month`'s month."""
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: date, last: date) -> tuple[date, ...]:
    """Every month from `first`'s month to `last`'s month, inclusive (empty if reversed)."""
    months: list[date] = []
    month, end = month_of(first), month_of(last)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return tuple(months)


def month_end(month: date, today: date) -> date | None:
    """The day a month's figures are read at: its last day, today, or None (not yet)."""
    if month > today:
        return None
    return min(month_last_day(month), today)


_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate((
        ("jan", "januar", "january"), ("feb", "februar", "february"),
        ("mar", "marts", "mars", "march"), ("apr", "april"), ("maj", "mai", "may"),
        ("jun", "juni", "june"), ("jul", "juli", "july"), ("aug", "august"),
        ("sep", "sept", "september"), ("okt", "oct", "oktober", "october"),
        ("nov", "november"), ("dec", "des", "december", "desember")), start=1):
    for _name in _names:
        _MONTH_NAMES[_name] = _number

_NUMERIC = (re.compile(r"(\d{4})-(\d{1,2})"), re.compile(r"(\d{1,2})[-./](\d{4})"))
_NAMED = re.compile(r"([a-zæøå]+)\.?\s*(\d{4})")


def parse_month(text: str) -> date:
    """A month as typed: "2026-11", "11-2026", "11/2026", "nov 2026", "november 2026".

    Month names in Danish, Norwegian and English, long or short. Anything
    else raises ValueError (the CLI turns it into its usage error).
    """
    value = text.strip().casefold()
    year = number = None
    if m := _NUMERIC[0].fullmatch(value):
        year, number = int(m.group(1)), int(m.group(2))
    elif m := _NUMERIC[1].fullmatch(value):
        number, year = int(m.group(1)), int(m.group(2))
    elif (m := _NAMED.fullmatch(value)) and m.group(1) in _MONTH_NAMES:
        number, year = _MONTH_NAMES[m.group(1)], int(m.group(2))
    if year is None or number is None or not 1 <= number <= 12 or not 1900 <= year <= 9999:
        raise ValueError(f"not a month: {text!r}")
    return date(year, number, 1)


# -- the facts ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CourseFact:
    """One live course of a live participant."""

    course_id: uuid.UUID
    participant_id: uuid.UUID
    consultant_id: uuid.UUID | None
    referral_date: date
    ended_on: date | None
    end_reason: EndReason | None

    def open_on(self, day: date) -> bool:
        return self.referral_date <= day and (self.ended_on is None or self.ended_on > day)


@dataclass(frozen=True)
class PlacementFact:
    """One live placement of a live course."""

    course_id: uuid.UUID
    kind: PlacementKind
    start_date: date
    end_date: date | None
    ordinary_terms: bool
    hours_per_week: float | None = None

    def covers(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)


@dataclass(frozen=True)
class StaffFact:
    """One staffing period: `fte` from `starts_on` to `ends_on` (inclusive; None: open)."""

    consultant_id: uuid.UUID
    starts_on: date
    ends_on: date | None
    fte: float


# -- the figures -------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthFigures:
    """One month's figures; every count None for a month after today.

    `ended` holds every EndReason (0 when none ended so). `other_starts` are
    placements not on ordinary terms (wage subsidy and the like): recorded,
    never counted as a start or as in job.
    """

    month: date
    fte: float | None
    in_course: int | None
    in_job: int | None
    referrals: int | None
    ended: dict[EndReason, int] | None
    job_starts: int | None
    education_starts: int | None
    other_starts: int | None

    @property
    def ended_total(self) -> int | None:
        return None if self.ended is None else sum(self.ended.values())

    @property
    def counted(self) -> bool:
        """False for a month after today (nothing to show yet)."""
        return self.in_course is not None


@dataclass(frozen=True)
class Share:
    """Of `cohort` courses, `reached` got there: `share` = reached / cohort (None if empty)."""

    cohort: int
    reached: int
    share: float | None = field(default=None)

    @staticmethod
    def of(reached: int, cohort: int) -> Share:
        return Share(cohort, reached, reached / cohort if cohort else None)


def days_in_month(month: date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def fte_in_month(periods: Iterable[StaffFact], month: date) -> float:
    """Σ fte × (days of the month inside the period / days of the month)."""
    first, last = month_of(month), month_last_day(month)
    total = 0.0
    for period in periods:
        start = max(first, period.starts_on)
        end = min(last, period.ends_on) if period.ends_on is not None else last
        if end >= start:
            total += period.fte * ((end - start).days + 1)
    return round(total / days_in_month(month), 4)


def fte_on(periods: Iterable[StaffFact], day: date) -> float:
    """The FTE that holds on one day (the sum of the periods covering it)."""
    return round(sum(p.fte for p in periods
                     if p.starts_on <= day and (p.ends_on is None or p.ends_on >= day)), 4)


def in_course(courses: Iterable[CourseFact], day: date) -> int:
    return len({c.participant_id for c in courses if c.open_on(day)})


def in_job(courses: Iterable[CourseFact], placements: Mapping[uuid.UUID, Sequence[PlacementFact]],
           day: date) -> int:
    """Participants whose open course holds a placement on ordinary terms covering `day`."""
    return len({c.participant_id for c in courses if c.open_on(day) and any(
        p.ordinary_terms and p.covers(day) for p in placements.get(c.course_id, ()))})


def month_figures(month: date, today: date, courses: Sequence[CourseFact],
                  placements: Mapping[uuid.UUID, Sequence[PlacementFact]],
                  periods: Sequence[StaffFact]) -> MonthFigures:
    """The month's figures for these courses and staffing periods (one consultant or all)."""
    day = month_end(month, today)
    if day is None:
        return MonthFigures(month, None, None, None, None, None, None, None, None)
    ended = dict.fromkeys(EndReason, 0)
    referrals = 0
    for c in courses:
        if month <= c.referral_date <= day:
            referrals += 1
        if c.ended_on is not None and month <= c.ended_on <= day:
            ended[c.end_reason or EndReason.OTHER] += 1
    jobs = education = other = 0
    for c in courses:
        for p in placements.get(c.course_id, ()):
            if not month <= p.start_date <= day:
                continue
            if not p.ordinary_terms:
                other += 1
            elif p.kind is PlacementKind.JOB:
                jobs += 1
            else:
                education += 1
    return MonthFigures(month, fte_in_month(periods, month), in_course(courses, day),
                        in_job(courses, placements, day), referrals, ended, jobs, education,
                        other)


def within_deadline(referral_date: date) -> date:
    """The last day a start counts for "within 18 months" of this referral."""
    return referral_date + relativedelta(months=WITHIN_MONTHS)


def within_18_months(courses: Iterable[CourseFact],
                     placements: Mapping[uuid.UUID, Sequence[PlacementFact]], as_of: date) -> Share:
    """Of the courses referred ≥ 18 months before `as_of`, the share with an ordinary start in time.

    A start on the 18-month day itself counts; one a day later (month 19) does not.
    """
    cohort = reached = 0
    for c in courses:
        deadline = within_deadline(c.referral_date)
        if deadline > as_of:
            continue
        cohort += 1
        if any(p.ordinary_terms and p.start_date <= deadline
               for p in placements.get(c.course_id, ())):
            reached += 1
    return Share.of(reached, cohort)


def as_of_day(last: date, today: date) -> date:
    """The day a period ending in `last`'s month is read at: that month's end, or today."""
    return month_end(month_of(last), today) or today


def previous_day(day: date) -> date:
    return day - timedelta(days=1)
