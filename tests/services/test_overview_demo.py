"""The demo's staffing story, targets and implementation plan, read through the services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import Role
from ips_desktop.domain.overview import add_months, month_of
from ips_desktop.services import overview
from ips_desktop.services.context import AppContext
from ips_desktop.services.demo import generate_demo
from ips_desktop.services.demo.staffing import CHANGED_MONTHS_AGO, LEFT_MONTHS_AGO
from ips_desktop.storage.models import Consultant, Course
from tests import backends

TODAY = date(2026, 11, 20)
FIRST = add_months(month_of(TODAY), -23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    db = backends.new_database(tmp_path_factory.mktemp("demo") / "data", demo=True)
    generate_demo(db.engine, size="small", seed=7, today=TODAY)
    with db.engine.connect() as conn:
        lead = conn.execute(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value)).scalar_one()
        open_people = len(set(conn.execute(select(Course.participant_id).where(
            Course.ended_on.is_(None), Course.referral_date <= TODAY)).scalars()))
    ctx = AppContext(db.engine, lead, is_demo=True)
    yield ctx, overview.team_overview(ctx, FIRST, TODAY, today=TODAY), open_people
    db.close()


def test_the_latest_month_matches_the_open_courses(demo) -> None:
    _, result, open_people = demo
    assert result.is_demo and len(result.months) == 24
    assert result.team.months[-1].in_course == open_people


def test_one_consultant_left_ten_months_ago_with_a_part_month(demo) -> None:
    _, result, _ = demo
    left = [c for c in result.consultants if c.left_on is not None]
    assert len(left) == 1
    former = left[0]
    left_month = add_months(month_of(TODAY), -LEFT_MONTHS_AGO)
    assert former.left_on == left_month + timedelta(days=13)
    by_month = {m.month: m for m in former.series.months}
    assert 0 < by_month[left_month].fte < 1  # type: ignore[operator]
    assert by_month[add_months(left_month, 1)].fte == 0.0
    assert by_month[add_months(left_month, -1)].fte == 1.0
    assert all(m.in_course == 0 for m in former.series.months if m.month > left_month)
    assert any(m.in_course for m in former.series.months)  # their courses before leaving


def test_one_part_time_change(demo) -> None:
    _, result, _ = demo
    changed_month = add_months(month_of(TODAY), -CHANGED_MONTHS_AGO)
    changes = []
    for c in result.consultants:
        ftes = [m.fte for m in c.series.months if m.fte]
        if c.left_on is None and len(set(ftes)) > 1:
            changes.append(c)
    assert len(changes) == 1
    by_month = {m.month: m.fte for m in changes[0].series.months}
    assert by_month[add_months(changed_month, -1)] != by_month[add_months(changed_month, 1)]


def test_targets_for_24_months_roughly_met(demo) -> None:
    _, result, _ = demo
    for measure in ("in_course", "in_job"):
        targets = result.targets[measure]
        assert sorted(targets) == list(result.months)
        actual = [getattr(m, measure) for m in result.team.months]
        close = sum(1 for month, a in zip(result.months, actual, strict=True)
                    if abs(targets[month] - a) <= max(3, 0.25 * a))
        assert close >= 18, (measure, targets, actual)


def test_the_demo_plan_has_agreements_made_and_two_deadlines_passed(demo) -> None:
    from ips_desktop.services import implementation_plan

    ctx, _, _ = demo
    passed = implementation_plan.passed_deadlines(ctx, today=TODAY)
    assert [(p.item, p.deadline) for p in passed] == [
        ("information_psychiatry", TODAY - timedelta(days=21)),
        ("sharing_successes", TODAY - timedelta(days=9))]
    items = [i for s in implementation_plan.plan(ctx, today=TODAY).sections for i in s.items]
    answered = [i for i in items if i.answer]
    assert len(answered) == 14 and sum(1 for i in answered if i.done_on) == 9
