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

from ips_desktop.domain.enums import EndReason, PlacementKind

Id = uuid.UUID | str
"""A course's or participant's id, or its stored text: the service reads the text (5,000
UUID objects cost more than the counting); the figures only compare and hash them."""

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
# The years a month or day may be typed in (the area's month fields go to 2100): beyond them
# 9999-12 has no next month to end on, and thousands of years would be counted for minutes.
FIRST_YEAR, LAST_YEAR = 1900, 2100


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
    if (year is None or number is None or not 1 <= number <= 12
            or not FIRST_YEAR <= year <= LAST_YEAR):
        raise ValueError(f"not a month: {text!r}")
    return date(year, number, 1)


# -- the facts ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CourseFact:
    """One live course of a live participant."""

    course_id: Id
    participant_id: Id
    consultant_id: uuid.UUID | None
    referral_date: date
    ended_on: date | None
    end_reason: EndReason | None

    def open_on(self, day: date) -> bool:
        return self.referral_date <= day and (self.ended_on is None or self.ended_on > day)


@dataclass(frozen=True)
class PlacementFact:
    """One live placement of a live course."""

    course_id: Id
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


def in_job(courses: Iterable[CourseFact], placements: Mapping[Id, Sequence[PlacementFact]],
           day: date) -> int:
    """Participants whose open course holds a placement on ordinary terms covering `day`."""
    return len({c.participant_id for c in courses if c.open_on(day) and any(
        p.ordinary_terms and p.covers(day) for p in placements.get(c.course_id, ()))})


def month_figures(month: date, today: date, courses: Sequence[CourseFact],
                  placements: Mapping[Id, Sequence[PlacementFact]],
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
    """The last day a start counts for "within 18 months" of this referral.

    `relativedelta(months=18)`'s day (the same day of the month, the month's
    last day when it has fewer), without its cost: 5,000 courses are read.
    """
    index = referral_date.year * 12 + referral_date.month - 1 + WITHIN_MONTHS
    year, month = divmod(index, 12)
    day = referral_date.day
    if day > 28:  # only then can the month be too short
        day = min(day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def within_18_months(courses: Iterable[CourseFact],
                     placements: Mapping[Id, Sequence[PlacementFact]], as_of: date) -> Share:
    """Of the courses referred ≥ 18 months before `as_of`, the share with an ordinary start in time.

    A start on the 18-month day itself counts; one a day later (month 19) does not.
    """
    cohort = reached = 0
    for c in courses:
        outcome = within_18_outcome(c, placements, as_of)
        if outcome is not None:
            cohort += 1
            reached += outcome
    return Share.of(reached, cohort)


def within_18_outcome(course: CourseFact, placements: Mapping[Id, Sequence[PlacementFact]],
                      as_of: date) -> bool | None:
    """None: not in the cohort at `as_of`; else whether an ordinary start came in time."""
    deadline = within_deadline(course.referral_date)
    if deadline > as_of:
        return None
    return any(p.ordinary_terms and p.start_date <= deadline
               for p in placements.get(course.course_id, ()))


def as_of_day(last: date, today: date) -> date:
    """The day a period ending in `last`'s month is read at: that month's end, or today."""
    return month_end(month_of(last), today) or today


def previous_day(day: date) -> date:
    return day - timedelta(days=1)


# -- every month at once ------------------------------------------------------------------

@dataclass
class _Tally:
    """One group's counts (the team, or one consultant), month by month.

    `in_course` / `in_job` collect each participant's runs of months (index
    ranges) and count them through a difference array: a participant with
    two courses whose runs overlap is counted once per month.
    """

    size: int
    in_course: dict[Id, list[tuple[int, int]]] = field(default_factory=dict)
    in_job: dict[Id, list[tuple[int, int]]] = field(default_factory=dict)
    referrals: list[int] = field(default_factory=list)
    ended: list[dict[EndReason, int]] = field(default_factory=list)
    starts: list[list[int]] = field(default_factory=list)  # job, education, other

    def __post_init__(self) -> None:
        n = self.size
        self.referrals = [0] * n
        self.ended = [dict.fromkeys(EndReason, 0) for _ in range(n)]
        self.starts = [[0, 0, 0] for _ in range(n)]

    def counts(self, runs: dict[Id, list[tuple[int, int]]]) -> list[int]:
        diff = [0] * (self.size + 1)
        for spans in runs.values():
            if len(spans) > 1:
                spans = _merged(spans)
            for lo, hi in spans:
                diff[lo] += 1
                diff[hi] -= 1
        out, running = [], 0
        for step in diff[:-1]:
            running += step
            out.append(running)
        return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def count_months(months: Sequence[date], today: date, courses: Iterable[CourseFact],
                 placements: Mapping[Id, Sequence[PlacementFact]],
                 periods: Sequence[StaffFact]
                 ) -> tuple[tuple[MonthFigures, ...], dict[uuid.UUID, tuple[MonthFigures, ...]]]:
    """`month_figures` for every month, for the team and per course holder, in one pass.

    The same figures as calling `month_figures` month by month (a test holds
    them equal), but each course is looked at once: the months it is open at
    their end form one run of months (found by bisecting the month ends), and
    so do the months a placement covers. The team overview for 24 months of
    the large demo reads 5,000 courses; month by month it cost 24 passes.
    Holders are every consultant with a course or a staffing period.
    """
    from bisect import bisect_left, bisect_right

    ends = [month_end(m, today) for m in months]
    days = [d for d in ends if d is not None]  # the months counted: a leading run
    counted = len(days)
    index = {(m.year, m.month): i for i, m in enumerate(months[:counted])}
    team = _Tally(counted)
    holders: dict[uuid.UUID, _Tally] = {}

    def month_index(day: date) -> int | None:
        i = index.get((day.year, day.month))
        return i if i is not None and day <= days[i] else None

    for c in courses:
        groups: tuple[_Tally, ...] = (team,)
        if c.consultant_id is not None:
            mine = holders.get(c.consultant_id)
            if mine is None:
                mine = holders[c.consultant_id] = _Tally(counted)
            groups = (team, mine)
        who = c.participant_id
        lo = bisect_left(days, c.referral_date)
        hi = counted if c.ended_on is None else bisect_left(days, c.ended_on)
        if lo < hi:
            for g in groups:
                g.in_course.setdefault(who, []).append((lo, hi))
        if (i := month_index(c.referral_date)) is not None:
            for g in groups:
                g.referrals[i] += 1
        if c.ended_on is not None and (i := month_index(c.ended_on)) is not None:
            for g in groups:
                g.ended[i][c.end_reason or EndReason.OTHER] += 1
        for p in placements.get(c.course_id, ()):
            if (i := month_index(p.start_date)) is not None:
                slot = 2 if not p.ordinary_terms else 0 if p.kind is PlacementKind.JOB else 1
                for g in groups:
                    g.starts[i][slot] += 1
            if not p.ordinary_terms or lo >= hi:
                continue
            p_lo = max(lo, bisect_left(days, p.start_date))
            p_hi = hi if p.end_date is None else min(hi, bisect_right(days, p.end_date))
            if p_lo < p_hi:
                for g in groups:
                    g.in_job.setdefault(who, []).append((p_lo, p_hi))
    staff: dict[uuid.UUID, list[StaffFact]] = {}
    for period in periods:
        staff.setdefault(period.consultant_id, []).append(period)
        if period.consultant_id not in holders:
            holders[period.consultant_id] = _Tally(counted)

    def figures(tally: _Tally, mine: Sequence[StaffFact]) -> tuple[MonthFigures, ...]:
        in_course, in_job = tally.counts(tally.in_course), tally.counts(tally.in_job)
        out = [MonthFigures(m, fte_in_month(mine, m), in_course[i], in_job[i],
                            tally.referrals[i], tally.ended[i], *tally.starts[i])
               for i, m in enumerate(months[:counted])]
        out += [MonthFigures(m, None, None, None, None, None, None, None, None)
                for m in months[counted:]]
        return tuple(out)

    return figures(team, periods), {cid: figures(t, staff.get(cid, []))
                                    for cid, t in holders.items()}
