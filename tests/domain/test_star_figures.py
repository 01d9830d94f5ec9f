"""The STAR figures' pure parts: quarters cut by a period, what a job start is, who works."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ips_desktop.domain import star_figures as sf
from ips_desktop.domain.star_figures import CourseFact, PlacementFact, Span

DAY = date(2026, 3, 31)


def job(person: uuid.UUID, start: date = date(2026, 1, 1), end: date | None = None, *,
        hours: float | None = 10, ordinary: bool = True, is_job: bool = True) -> PlacementFact:
    return PlacementFact(person, is_job, start, end, hours, ordinary)


def test_quarter_bounds_and_quarter_of() -> None:
    assert sf.quarter_bounds(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert sf.quarter_bounds(2024, 1)[1] == date(2024, 3, 31)
    assert sf.quarter_bounds(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert [sf.quarter_of(date(2026, m, 1))[1] for m in range(1, 13)] == [
        1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]
    for wrong in (0, 5):
        with pytest.raises(ValueError):
            sf.quarter_bounds(2026, wrong)


def test_quarter_spans_cut_at_the_edges() -> None:
    assert sf.quarter_spans(date(2026, 3, 31), date(2026, 4, 1)) == [
        Span(2026, 1, DAY, DAY, True), Span(2026, 2, date(2026, 4, 1), date(2026, 4, 1), True)]
    assert sf.quarter_spans(date(2026, 1, 1), date(2026, 12, 31)) == [
        Span(2026, n, *sf.quarter_bounds(2026, n), False) for n in (1, 2, 3, 4)]
    assert [(s.year, s.number) for s in sf.quarter_spans(date(2025, 11, 5),
                                                         date(2027, 1, 2))] == [
        (2025, 4), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2027, 1)]
    assert sf.quarter_spans(DAY, DAY) == [Span(2026, 1, DAY, DAY, True)]
    with pytest.raises(ValueError):
        sf.quarter_spans(DAY, date(2026, 3, 30))
    # The calendar's own ends (typed on the command line) are quarters like any other.
    assert sf.quarter_spans(date(9999, 11, 1), date.max) == [
        Span(9999, 4, date(9999, 11, 1), date.max, True)]
    assert sf.quarter_spans(date.min, date(1, 1, 1))[0].number == 1


@pytest.mark.parametrize(("hours", "ordinary", "reason"), [
    (4.0, True, None), (37, True, None), (3.99, True, sf.UNDER_4_HOURS),
    (0, True, sf.UNDER_4_HOURS), (None, True, sf.UNKNOWN_HOURS),
    (30, False, sf.NOT_ORDINARY_TERMS), (None, False, sf.NOT_ORDINARY_TERMS),
    (2, False, sf.NOT_ORDINARY_TERMS),
])
def test_a_job_start_counts_from_4_paid_hours_on_ordinary_terms(hours, ordinary,
                                                                  reason) -> None:
    assert sf.left_out_reason(job(uuid.uuid4(), hours=hours, ordinary=ordinary)) == reason


def test_in_work_needs_an_open_course_and_an_ordinary_job_that_day() -> None:
    a, b, c, d, e, f = (uuid.uuid4() for _ in range(6))
    courses = [CourseFact(a, date(2026, 1, 1), None),
               CourseFact(b, date(2026, 1, 1), DAY),  # ended that day: not in a course
               CourseFact(c, date(2026, 1, 1), date(2026, 4, 1)),
               CourseFact(d, date(2026, 1, 1), None), CourseFact(e, date(2026, 1, 1), None),
               CourseFact(f, date(2026, 4, 1), None)]  # referred after the day
    placements = [job(a, end=DAY),  # its last day still counts
                  job(a, start=date(2026, 2, 1), hours=2),  # a second job: one person
                  job(b), job(c, hours=1),  # no minimum of hours here
                  job(d, ordinary=False), job(e, is_job=False), job(f)]
    assert sf.in_work_on(DAY, courses, placements) == 2  # a and c
    # 1.4.: a's first job has ended, the second runs; c's course has ended; f is referred.
    assert sf.in_work_on(date(2026, 4, 1), courses, placements) == 2  # a and f


def test_count_over_a_span() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    courses = [CourseFact(a, date(2026, 1, 1), None), CourseFact(b, date(2026, 3, 31), None)]
    # b works on DAY (hours unknown: no job start, but at work all the same).
    placements = [job(a, start=date(2026, 1, 1), hours=4),
                  job(a, start=date(2025, 12, 31), hours=4),  # before the span
                  job(b, start=DAY, hours=None), job(b, start=DAY, ordinary=False),
                  job(b, start=DAY, is_job=False), job(b, start=DAY, is_job=False,
                                                       ordinary=False)]
    found = sf.count(date(2026, 1, 1), DAY, courses, placements,
                     [date(2026, 1, 1), DAY, date(2026, 4, 1)])
    assert (found.referrals, found.profiles_started, found.job_starts,
            found.education_starts, found.in_work, found.in_work_on) == (2, 2, 1, 1, 2, DAY)
    assert found.left_out == {sf.UNDER_4_HOURS: 0, sf.UNKNOWN_HOURS: 1,
                              sf.NOT_ORDINARY_TERMS: 1}
