"""Staffing over time: FTE from a day, leaving and rejoining, and what the overview shows."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import consultants, overview, staffing
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.staffing import Period
from ips_desktop.storage.models import AuditEvent, Consultant, StaffingPeriod
from tests.overview_data import FIRST, LAST, TODAY, build_overview


@pytest.fixture
def data(ws):
    return build_overview(ws.ctx)


def _fte(ws, initials: str, month: date) -> float | None:
    result = overview.team_overview(ws.ctx, FIRST, date(2027, 1, 1), today=date(2027, 1, 20))
    series = next(c for c in result.consultants if c.initials == initials)
    return next(m.fte for m in series.series.months if m.month == month)


def _consultant_fte(ws, consultant_id) -> float:
    with Session(ws.ctx.engine) as session:
        row = session.get(Consultant, consultant_id)
        assert row is not None
        return row.fte


def test_the_staffing_table(ws, data) -> None:
    rows = {r.initials: r for r in staffing.staffing(ws.ctx, today=TODAY)}
    assert rows["AA"].periods == (Period(date(2025, 1, 1), None, 1.0),)
    assert rows["BB"].periods == (Period(date(2025, 1, 1), date(2026, 9, 15), 1.0),
                                  Period(date(2026, 9, 16), None, 0.5))
    assert (rows["BB"].current_fte, rows["BB"].left_on, rows["BB"].in_team) == (0.5, None, True)
    assert (rows["CC"].current_fte, rows["CC"].left_on, rows["CC"].in_team) == (
        0.0, date(2026, 8, 15), False)
    assert rows["SOE"].periods == () and not rows["SOE"].in_team  # the owner: none (builder)
    assert [r.initials for r in staffing.staffing(ws.ctx, today=TODAY)] == [
        "AA", "BB", "CC", "SOE"]  # by name: Anna, Bo, Cecilie, Søren


def test_a_new_fte_from_a_later_day_keeps_todays(ws, data) -> None:
    aa = data.consultants["AA"]
    staffing.set_fte_from(ws.ctx, aa, date(2026, 12, 16), 0.8, today=TODAY)
    row = next(r for r in staffing.staffing(ws.ctx, today=TODAY) if r.initials == "AA")
    assert row.periods == (Period(date(2025, 1, 1), date(2026, 12, 15), 1.0),
                           Period(date(2026, 12, 16), None, 0.8))
    assert row.current_fte == 1.0 and _consultant_fte(ws, aa) == 1.0  # not yet
    assert _fte(ws, "AA", date(2026, 12, 1)) == round((15 * 1.0 + 16 * 0.8) / 31, 4)
    assert _fte(ws, "AA", date(2027, 1, 1)) == 0.8
    assert _fte(ws, "AA", date(2026, 11, 1)) == 1.0


def test_a_new_fte_from_today_changes_the_capacity_and_the_same_day_twice_is_one_period(
        ws, data) -> None:
    bb = data.consultants["BB"]
    staffing.set_fte_from(ws.ctx, bb, TODAY, 0.8, today=TODAY)
    staffing.set_fte_from(ws.ctx, bb, TODAY, 0.9, today=TODAY)
    row = next(r for r in staffing.staffing(ws.ctx, today=TODAY) if r.initials == "BB")
    assert row.periods[-2:] == (Period(date(2026, 9, 16), date(2026, 11, 17), 0.5),
                                Period(TODAY, None, 0.9))
    assert _consultant_fte(ws, bb) == 0.9


@pytest.mark.parametrize("fte", [0.0, 0.05, 1.6, True])
def test_an_fte_out_of_range_is_refused(ws, data, fte) -> None:
    with pytest.raises(ValidationError) as raised:
        staffing.set_fte_from(ws.ctx, data.consultants["AA"], TODAY, fte, today=TODAY)
    assert raised.value.for_field("fte")


def test_a_day_before_the_open_period_and_someone_who_left_are_refused(ws, data) -> None:
    with pytest.raises(ValidationError) as raised:
        staffing.set_fte_from(ws.ctx, data.consultants["BB"], date(2026, 9, 15), 0.7,
                              today=TODAY)
    assert raised.value.for_field("day") == [
        "Datoen ligger før konsulentens nuværende periode begyndte."]
    with pytest.raises(ValidationError) as raised:
        staffing.set_fte_from(ws.ctx, data.consultants["CC"], TODAY, 0.7, today=TODAY)
    assert raised.value.for_field("day")


def test_leaving_mid_month_counts_the_days_before(ws, data) -> None:
    aa = data.consultants["AA"]
    staffing.leave_team(ws.ctx, aa, date(2026, 12, 10))
    assert _fte(ws, "AA", date(2026, 12, 1)) == round(10 / 31, 4)
    assert _fte(ws, "AA", date(2027, 1, 1)) == 0.0
    result = overview.team_overview(ws.ctx, FIRST, date(2027, 1, 1), today=date(2027, 1, 20))
    assert result.consultant(aa).left_on == date(2026, 12, 10)  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        staffing.leave_team(ws.ctx, aa, date(2026, 12, 20))  # left already


def test_the_owner_cannot_leave(ws, data) -> None:
    staffing.rejoin(ws.ctx, data.owner_id, date(2026, 1, 1), 1.0, today=TODAY)
    with pytest.raises(ValidationError) as raised:
        staffing.leave_team(ws.ctx, data.owner_id, TODAY)
    assert raised.value.for_field("consultant")


def test_rejoining(ws, data) -> None:
    cc = data.consultants["CC"]
    with pytest.raises(ValidationError):
        staffing.rejoin(ws.ctx, cc, date(2026, 8, 15), 0.5, today=TODAY)  # overlaps
    with pytest.raises(ValidationError):
        staffing.rejoin(ws.ctx, data.consultants["AA"], TODAY, 0.5, today=TODAY)  # in team
    staffing.rejoin(ws.ctx, cc, date(2026, 10, 1), 0.5, today=TODAY)
    assert _fte(ws, "CC", date(2026, 10, 1)) == 0.5
    assert _fte(ws, "CC", date(2026, 9, 1)) == 0.0
    result = overview.team_overview(ws.ctx, FIRST, LAST, today=TODAY)
    assert result.consultant(cc).left_on is None  # type: ignore[union-attr]
    assert _consultant_fte(ws, cc) == 0.5


def test_a_consultant_cannot_change_staffing(ws, data) -> None:
    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, data.owner_id).role = Role.CONSULTANT.value  # type: ignore
    with pytest.raises(PermissionError):
        staffing.staffing(ws.ctx)
    with pytest.raises(PermissionError):
        staffing.set_fte_from(ws.ctx, data.consultants["AA"], TODAY, 0.5, today=TODAY)
    with pytest.raises(PermissionError):
        staffing.leave_team(ws.ctx, data.consultants["AA"], TODAY)


def test_a_new_consultant_opens_a_period_and_the_profile_fte_holds_from_today(ws) -> None:
    made = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Karla Krog", "KK", "Køge", 0.6, Role.CONSULTANT), today=date(2026, 3, 2))
    consultants.update_profile(ws.ctx, made.id, ConsultantInput(
        "Karla Krog", "KK", "Køge", 0.8), today=date(2026, 9, 1))
    consultants.update_profile(ws.ctx, made.id, ConsultantInput(
        "Karla Krogh", "KK", "Køge", 0.8), today=date(2026, 9, 2))  # no FTE change
    with Session(ws.ctx.engine) as session:
        periods = session.execute(select(StaffingPeriod.starts_on, StaffingPeriod.ends_on,
                                         StaffingPeriod.fte)
                                  .where(StaffingPeriod.consultant_id == made.id)
                                  .order_by(StaffingPeriod.starts_on)).all()
        events = session.scalars(select(AuditEvent.details)
                                 .where(AuditEvent.entity == "staffing_period")).all()
    assert [tuple(p) for p in periods] == [(date(2026, 3, 2), date(2026, 8, 31), 0.6),
                                           (date(2026, 9, 1), None, 0.8)]
    assert _consultant_fte(ws, made.id) == 0.8
    text = repr(events)
    assert "Karla" not in text and "KK" not in text  # ids, days and FTE only
    assert any(e.get("fte_to") == 0.8 for e in events)
