"""The team overview's figures on the hand-built data set (tests/overview_data.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import overview
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.storage.models import AuditEvent, Consultant
from tests.overview_data import (
    AFTER,
    EXPECTED,
    EXPECTED_LEFT_ON,
    EXPECTED_WITHIN_18,
    FIRST,
    LAST,
    MONTHS,
    NAMES,
    TARGETS,
    TODAY,
    build_overview,
)


@pytest.fixture
def data(ws):
    return build_overview(ws.ctx)


def test_team_figures_month_by_month(ws, data) -> None:
    result = overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    assert result.months == MONTHS
    assert result.as_of == TODAY
    assert result.team.months == EXPECTED[None]
    assert result.within_18 == EXPECTED_WITHIN_18[None]
    assert result.targets == TARGETS
    assert [r.value for r in result.references] == [0.595, 0.60]


def test_each_consultant_by_the_courses_current_holder(ws, data) -> None:
    result = overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    assert [c.initials for c in result.consultants] == ["AA", "BB", "CC"]  # by name
    for series in result.consultants:
        assert series.name == NAMES[series.initials]
        assert series.series.months == EXPECTED[series.initials], series.initials
        assert series.within_18 == EXPECTED_WITHIN_18[series.initials], series.initials
        assert series.left_on == EXPECTED_LEFT_ON[series.initials]
        assert series.consultant_id == data.consultants[series.initials]


def test_a_month_after_today_has_no_figures(ws, data) -> None:
    result = overview.team_overview(ws.ctx, FIRST, AFTER, today=TODAY)
    december = result.team.months[-1]
    assert december.month == AFTER and not december.counted
    assert december.in_course is None and december.fte is None and december.ended is None
    assert result.as_of == TODAY
    assert result.team.latest() == EXPECTED[None][-1]


def test_reading_is_audited_with_ids_only(ws, data) -> None:
    overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    with ws.ctx.engine.connect() as conn:
        row = conn.execute(select(AuditEvent.action, AuditEvent.details, AuditEvent.actor_id)
                           .where(AuditEvent.entity == "overview")).one()
    assert row.action == AuditAction.READ.value and row.actor_id == data.owner_id
    assert row.details == {"first": "2026-07-01", "last": "2026-11-01", "months": 5,
                           "courses": 11}


def test_a_consultant_is_refused(ws, data) -> None:
    from sqlalchemy.orm import Session

    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, data.owner_id).role = Role.CONSULTANT.value
    with pytest.raises(TeamLeadOnly, match="teamleder"):
        overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    with pytest.raises(PermissionError):
        overview.set_target(ws.ctx, FIRST, "in_course", 3)


def test_targets_set_change_and_clear(ws) -> None:
    build_overview(ws.ctx, targets=False)
    overview.set_target(ws.ctx, date(2026, 9, 17), "in_job", 7)  # any day of the month
    overview.set_target(ws.ctx, date(2026, 9, 1), "in_job", 8)
    overview.set_target(ws.ctx, date(2026, 10, 1), "in_course", 0)
    result = overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    assert result.targets == {"in_course": {date(2026, 10, 1): 0},
                              "in_job": {date(2026, 9, 1): 8}}
    overview.set_target(ws.ctx, date(2026, 9, 1), "in_job", None)
    overview.set_target(ws.ctx, date(2026, 9, 1), "in_job", None)  # nothing to clear
    result = overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    assert result.target("in_job", date(2026, 9, 1)) is None


@pytest.mark.parametrize("value", [-1, 10_001, 2.5, True])
def test_a_target_out_of_range_is_a_field_error(ws, data, value) -> None:
    with pytest.raises(ValidationError) as raised:
        overview.set_target(ws.ctx, FIRST, "in_course", value)
    assert raised.value.for_field("target") == ["Forventningen skal være et helt tal fra 0 til "
                                                "10000."]


def test_comment_for_a_period(ws, data) -> None:
    assert overview.comment_for(ws.ctx, FIRST, LAST) == ""
    overview.save_comment(ws.ctx, FIRST, LAST, "  Flere henvisninger fra Psykiatrien.\nGodt. ")
    overview.save_comment(ws.ctx, date(2026, 8, 1), LAST, "Andet")
    assert overview.comment_for(ws.ctx, date(2026, 7, 9), date(2026, 11, 30)) == \
        "Flere henvisninger fra Psykiatrien.\nGodt."
    overview.save_comment(ws.ctx, FIRST, LAST, "")
    assert overview.comment_for(ws.ctx, FIRST, LAST) == ""
    with pytest.raises(ValidationError) as raised:
        overview.save_comment(ws.ctx, FIRST, LAST, "x" * 4001)
    assert raised.value.for_field("comment")
