"""`count_months` (one pass) gives exactly `month_figures` (month by month) on random facts."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

import pytest

from ips_desktop.domain.enums import EndReason, PlacementKind
from ips_desktop.domain.overview import (
    CourseFact,
    PlacementFact,
    StaffFact,
    count_months,
    month_figures,
    month_range,
)

TODAY = date(2026, 11, 18)
MONTHS = month_range(date(2025, 10, 1), date(2027, 1, 1))  # the last two after today


def _day(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, (high - low).days))


def _facts(seed: int):
    rng = random.Random(seed)
    holders = [uuid.uuid4() for _ in range(4)] + [None]
    people = [uuid.uuid4() for _ in range(30)]
    courses, placements, periods = [], {}, []
    for _ in range(80):
        referred = _day(rng, date(2024, 1, 1), date(2026, 12, 31))
        ended = _day(rng, referred, date(2027, 2, 1)) if rng.random() < 0.5 else None
        course = CourseFact(uuid.uuid4(), rng.choice(people), rng.choice(holders), referred,
                            ended, rng.choice([*EndReason, None]) if ended else None)
        courses.append(course)
        placements[course.course_id] = [
            PlacementFact(course.course_id, rng.choice(list(PlacementKind)),
                          start := _day(rng, referred, date(2027, 1, 15)),
                          _day(rng, start, date(2027, 2, 1)) if rng.random() < 0.5 else None,
                          rng.random() < 0.8, rng.choice([None, 3.0, 20.0]))
            for _ in range(rng.randint(0, 2))]
    for holder in holders[:-1]:
        start = _day(rng, date(2024, 1, 1), date(2026, 6, 1))
        end = _day(rng, start, date(2027, 1, 1)) if rng.random() < 0.5 else None
        periods.append(StaffFact(holder, start, end, rng.choice([0.5, 0.8, 1.0])))
        if end is not None and rng.random() < 0.5:
            periods.append(StaffFact(holder, end + timedelta(days=1), None, 0.6))
    return holders, courses, placements, periods


@pytest.mark.parametrize("seed", range(25))
def test_one_pass_equals_month_by_month(seed: int) -> None:
    holders, courses, placements, periods = _facts(seed)
    team, per_holder = count_months(MONTHS, TODAY, courses, placements, periods)
    assert team == tuple(month_figures(m, TODAY, courses, placements, periods) for m in MONTHS)
    for holder in holders[:-1]:
        mine = [c for c in courses if c.consultant_id == holder]
        theirs = [p for p in periods if p.consultant_id == holder]
        assert per_holder[holder] == tuple(
            month_figures(m, TODAY, mine, placements, theirs) for m in MONTHS)
    assert None not in per_holder  # nobody's courses count for the team only
