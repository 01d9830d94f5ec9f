"""The quarterly figures IPS outcome tools collect for STAR, counted from plain facts.

Pure functions over the rows a service read (courses, placements, profile
starts), so every figure can be checked on a hand-built set without a
database. The definitions (the brief of issue 18, "Quarterly/period figures
for STAR"):

- referrals: courses whose referral date lies in the span;
- profiles started: courses whose vocational profile was created in the span;
- job starts: jobs (not education) started in the span on ordinary terms
  with at least 4 paid hours a week; a job on other terms (wage subsidy,
  *løntilskud*), without recorded hours, or under 4 hours is left out and
  counted by that reason instead (one reason each, in that order);
- people in work: distinct participants who, on the span's last day, have
  a course open (referred by then, not ended by then) and hold a job on
  ordinary terms covering that day (start <= day, end None or >= day); no
  minimum of hours, as the team overview's "in job" figure.

A span is a calendar quarter, or the part of it inside the asked period
(`quarter_spans`), so that the quarters add up to the period.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MIN_PAID_HOURS = 4.0
UNDER_4_HOURS = "under_4_hours"
UNKNOWN_HOURS = "unknown_hours"
NOT_ORDINARY_TERMS = "not_ordinary_terms"
LEFT_OUT_REASONS = (UNDER_4_HOURS, UNKNOWN_HOURS, NOT_ORDINARY_TERMS)


@dataclass(frozen=True)
class CourseFact:
    participant_id: uuid.UUID
    referral_date: date
    ended_on: date | None

    def open_on(self, day: date) -> bool:
        return self.referral_date <= day and (self.ended_on is None or self.ended_on > day)


@dataclass(frozen=True)
class PlacementFact:
    participant_id: uuid.UUID
    is_job: bool  # False: education
    start_date: date
    end_date: date | None
    hours_per_week: float | None
    ordinary_terms: bool

    def covers(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)


@dataclass(frozen=True)
class Span:
    """A quarter, or its part inside the period (`partial`)."""

    year: int
    number: int
    starts_on: date
    ends_on: date
    partial: bool


@dataclass(frozen=True)
class Counts:
    referrals: int
    profiles_started: int
    job_starts: int
    education_starts: int
    in_work: int
    in_work_on: date
    left_out: dict[str, int]  # by reason (every LEFT_OUT_REASONS key present)


def quarter_of(day: date) -> tuple[int, int]:
    """(year, 1..4) of the calendar quarter `day` lies in."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, number: int) -> tuple[date, date]:
    """The first and the last day of quarter `number` (1..4) of `year`."""
    if not 1 <= number <= 4:
        raise ValueError(f"no quarter {number}")
    start = date(year, 3 * number - 2, 1)
    if number == 4:  # 31 December itself: the year after 9999 is no date
        return start, date(year, 12, 31)
    return start, date(year, 3 * number + 1, 1) - timedelta(days=1)


def quarter_spans(first: date, last: date) -> list[Span]:
    """Every calendar quarter overlapping `first`..`last`, cut to the period."""
    if first > last:
        raise ValueError("the period's first day is after its last")
    spans: list[Span] = []
    year, number = quarter_of(first)
    while True:
        start, end = quarter_bounds(year, number)
        if start > last:
            return spans
        cut_start, cut_end = max(start, first), min(end, last)
        spans.append(Span(year, number, cut_start, cut_end,
                          (cut_start, cut_end) != (start, end)))
        if end == date.max:
            return spans
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)


def left_out_reason(placement: PlacementFact) -> str | None:
    """Why a job start is no STAR job start (None: it is one); education is never asked."""
    if not placement.ordinary_terms:
        return NOT_ORDINARY_TERMS
    if placement.hours_per_week is None:
        return UNKNOWN_HOURS
    if placement.hours_per_week < MIN_PAID_HOURS:
        return UNDER_4_HOURS
    return None


def in_work_on(day: date, courses: Iterable[CourseFact],
               placements: Iterable[PlacementFact]) -> int:
    """Distinct participants with a course open on `day` holding an ordinary job then."""
    in_course = {c.participant_id for c in courses if c.open_on(day)}
    working = {p.participant_id for p in placements
               if p.is_job and p.ordinary_terms and p.covers(day)}
    return len(in_course & working)


def count(start: date, end: date, courses: Iterable[CourseFact],
          placements: Iterable[PlacementFact], profile_starts: Iterable[date]) -> Counts:
    """The figures over `start`..`end` (inclusive); people in work on `end`."""
    courses, placements = list(courses), list(placements)

    def inside(day: date) -> bool:
        return start <= day <= end

    left = dict.fromkeys(LEFT_OUT_REASONS, 0)
    jobs = education = 0
    for p in placements:
        if not inside(p.start_date):
            continue
        if not p.is_job:
            education += p.ordinary_terms
            continue
        reason = left_out_reason(p)
        if reason is None:
            jobs += 1
        else:
            left[reason] += 1
    return Counts(
        referrals=sum(1 for c in courses if inside(c.referral_date)),
        profiles_started=sum(1 for day in profile_starts if inside(day)),
        job_starts=jobs, education_starts=education,
        in_work=in_work_on(end, courses, placements), in_work_on=end, left_out=left)
