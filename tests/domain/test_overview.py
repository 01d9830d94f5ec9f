"""The overview's pure figures: months, FTE by days, in course / in job, within 18 months."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ips_desktop.domain.enums import EndReason, PlacementKind
from ips_desktop.domain.overview import (
    CourseFact,
    PlacementFact,
    Share,
    StaffFact,
    add_months,
    as_of_day,
    fte_in_month,
    fte_on,
    in_course,
    in_job,
    month_end,
    month_figures,
    month_range,
    parse_month,
    within_18_months,
    within_deadline,
)

P1, P2 = uuid.uuid4(), uuid.uuid4()
C1, C2, C3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
ME = uuid.uuid4()


def course(cid: uuid.UUID, pid: uuid.UUID, referred: date, ended: date | None = None,
           reason: EndReason | None = None) -> CourseFact:
    return CourseFact(cid, pid, ME, referred, ended, reason)


def job(cid: uuid.UUID, start: date, end: date | None = None, *, ordinary: bool = True,
        kind: PlacementKind = PlacementKind.JOB) -> PlacementFact:
    return PlacementFact(cid, kind, start, end, ordinary, 10.0)


def test_month_range_across_a_year() -> None:
    assert month_range(date(2025, 11, 17), date(2026, 2, 3)) == (
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))
    assert month_range(date(2026, 2, 1), date(2026, 1, 1)) == ()
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert add_months(date(2026, 11, 1), 14) == date(2028, 1, 1)


def test_month_end_is_the_last_day_today_or_nothing() -> None:
    today = date(2026, 11, 18)
    assert month_end(date(2026, 10, 1), today) == date(2026, 10, 31)
    assert month_end(date(2024, 2, 1), today) == date(2024, 2, 29)
    assert month_end(date(2026, 11, 1), today) == today
    assert month_end(date(2026, 12, 1), today) is None
    assert as_of_day(date(2026, 12, 1), today) == today
    assert as_of_day(date(2026, 9, 1), today) == date(2026, 9, 30)


@pytest.mark.parametrize(("text", "month"), [
    ("2026-11", date(2026, 11, 1)), ("2026-3", date(2026, 3, 1)),
    ("11-2026", date(2026, 11, 1)), ("3/2026", date(2026, 3, 1)), ("03.2026", date(2026, 3, 1)),
    ("nov 2026", date(2026, 11, 1)), ("Nov. 2026", date(2026, 11, 1)),
    ("maj 2026", date(2026, 5, 1)), ("mai 2026", date(2026, 5, 1)),
    ("May 2026", date(2026, 5, 1)), ("oktober 2026", date(2026, 10, 1)),
    ("okt 2026", date(2026, 10, 1)), ("October 2026", date(2026, 10, 1)),
    ("des 2026", date(2026, 12, 1)), ("marts 2026", date(2026, 3, 1)),
    (" 2026-01 ", date(2026, 1, 1)),
])
def test_parse_month(text: str, month: date) -> None:
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "0-2026", "13-2026", "nov", "foo 2026",
                                  "2026-11-05", "11-26", "smarts 2026"])
def test_parse_month_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_month(text)


def test_fte_counts_the_days_of_the_month_inside_each_period() -> None:
    september = date(2026, 9, 1)
    periods = [StaffFact(ME, date(2025, 1, 1), date(2026, 9, 15), 1.0),
               StaffFact(ME, date(2026, 9, 16), None, 0.5)]
    assert fte_in_month(periods, september) == 0.75
    assert fte_in_month(periods, date(2026, 8, 1)) == 1.0
    assert fte_in_month(periods, date(2026, 10, 1)) == 0.5
    assert fte_in_month(periods, date(2024, 12, 1)) == 0.0  # before the first period
    left = [StaffFact(ME, date(2025, 1, 1), date(2026, 8, 15), 1.0)]
    assert fte_in_month(left, date(2026, 8, 1)) == round(15 / 31, 4)
    assert fte_in_month(left, date(2026, 9, 1)) == 0.0
    assert fte_on(periods, date(2026, 9, 15)) == 1.0 and fte_on(periods, date(2026, 9, 16)) == 0.5
    assert fte_on(left, date(2026, 8, 16)) == 0.0


def test_in_course_counts_participants_once_and_the_end_day_is_out() -> None:
    courses = [course(C1, P1, date(2026, 1, 5), date(2026, 6, 30)),
               course(C2, P1, date(2026, 6, 1)),  # overlapping: still one participant
               course(C3, P2, date(2026, 7, 1))]
    assert in_course(courses, date(2026, 6, 15)) == 1
    assert in_course(courses, date(2026, 6, 30)) == 1
    assert in_course(courses, date(2026, 7, 1)) == 2
    assert in_course(courses[:1], date(2026, 6, 30)) == 0  # ended that day
    assert in_course(courses[:1], date(2026, 6, 29)) == 1
    assert in_course(courses[2:], date(2026, 6, 30)) == 0  # not referred yet


def test_in_job_needs_an_open_course_ordinary_terms_and_the_day_covered() -> None:
    courses = [course(C1, P1, date(2026, 1, 5)), course(C2, P2, date(2026, 1, 5),
                                                        date(2026, 8, 31))]
    day = date(2026, 8, 31)
    assert in_job(courses, {C1: [job(C1, date(2026, 8, 31))]}, day) == 1  # the start day
    assert in_job(courses, {C1: [job(C1, date(2026, 8, 1), date(2026, 8, 31))]}, day) == 1
    assert in_job(courses, {C1: [job(C1, date(2026, 8, 1), date(2026, 8, 30))]}, day) == 0
    assert in_job(courses, {C1: [job(C1, date(2026, 9, 1))]}, day) == 0
    assert in_job(courses, {C1: [job(C1, date(2026, 8, 1), ordinary=False)]}, day) == 0
    assert in_job(courses, {C1: [job(C1, date(2026, 8, 1), kind=PlacementKind.EDUCATION)]},
                  day) == 1
    assert in_job(courses, {C2: [job(C2, date(2026, 8, 1))]}, day) == 0  # the course ended


def test_month_figures_flows_and_nothing_after_today() -> None:
    courses = [course(C1, P1, date(2026, 8, 3)),
               course(C2, P2, date(2026, 2, 1), date(2026, 8, 20), None)]
    placements = {C1: [job(C1, date(2026, 8, 10)), job(C1, date(2026, 8, 11), ordinary=False),
                       job(C1, date(2026, 8, 12), kind=PlacementKind.EDUCATION),
                       job(C1, date(2026, 9, 1))]}
    august = month_figures(date(2026, 8, 1), date(2026, 11, 18), courses, placements, [])
    assert (august.referrals, august.job_starts, august.other_starts,
            august.education_starts) == (1, 1, 1, 1)
    assert august.ended == dict.fromkeys(EndReason, 0) | {EndReason.OTHER: 1}  # no reason
    assert august.ended_total == 1 and august.fte == 0.0
    assert (august.in_course, august.in_job) == (1, 1)
    current = month_figures(date(2026, 11, 1), date(2026, 11, 18),
                            [course(C3, P2, date(2026, 11, 19))], {}, [])
    assert current.referrals == 0 and current.in_course == 0  # referred after today
    later = month_figures(date(2026, 12, 1), date(2026, 11, 18), courses, placements, [])
    assert not later.counted and later.referrals is None and later.ended is None


def test_within_18_months_the_18_month_day_counts_month_19_does_not() -> None:
    referred = date(2025, 1, 15)
    assert within_deadline(referred) == date(2026, 7, 15)
    assert within_deadline(date(2024, 8, 31)) == date(2026, 2, 28)  # clamped
    assert within_deadline(date(2022, 8, 31)) == date(2024, 2, 29)
    courses = [course(C1, P1, referred)]
    as_of = date(2026, 11, 18)
    on_time = within_18_months(courses, {C1: [job(C1, date(2026, 7, 15))]}, as_of)
    late = within_18_months(courses, {C1: [job(C1, date(2026, 7, 16))]}, as_of)
    subsidy = within_18_months(courses, {C1: [job(C1, date(2025, 3, 1), ordinary=False)]},
                               as_of)
    assert on_time == Share(1, 1, 1.0)
    assert late == Share(1, 0, 0.0) and subsidy == Share(1, 0, 0.0)
    # Not 18 months old yet on the as-of day: out of the cohort (also when it already got a job).
    young = within_18_months(courses, {C1: [job(C1, date(2025, 2, 1))]}, date(2026, 7, 14))
    assert young == Share(0, 0, None)
    assert within_18_months(courses, {C1: [job(C1, date(2025, 2, 1))]},
                            date(2026, 7, 15)) == Share(1, 1, 1.0)
