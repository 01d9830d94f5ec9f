"""Presence coverage per month, for one consultant and the team; the psychiatry units list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.recurrence import Repeat
from ips_desktop.services import calendar, consultants
from ips_desktop.services.calendar import MonthCoverage, OccurrenceRef, Scope
from ips_desktop.services.consultants import ConsultantInput
from tests.services.calendar_support import WED, presence


def test_coverage_counts_distinct_presence_days_and_marks_empty_months(ws):
    series = calendar.create_event(ws.ctx, presence(ws, until=date(2026, 10, 31)))
    calendar.delete_event(ws.ctx, OccurrenceRef(series.event_id, WED), Scope.THIS)
    extra = datetime(2026, 9, 2, 15, 0)  # a second one on the same day counts once
    calendar.create_event(ws.ctx, presence(ws, extra, repeat=Repeat.NONE))
    calendar.create_event(ws.ctx, presence(ws, datetime(2027, 1, 6, 9, 0), repeat=Repeat.NONE))
    found = calendar.presence_coverage(ws.ctx, ws.ctx.actor_id, (2026, 8), (2027, 1))
    assert found == [MonthCoverage(2026, 8, 0), MonthCoverage(2026, 9, 5),
                     MonthCoverage(2026, 10, 4), MonthCoverage(2026, 11, 0),
                     MonthCoverage(2026, 12, 0), MonthCoverage(2027, 1, 1)]


def test_team_coverage_lists_every_active_consultant(ws):
    other = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Bo Bæk", "BB", "Køge", 1.0, Role.CONSULTANT))
    series = calendar.create_event(ws.ctx, presence(ws))
    assert calendar.team_presence_coverage(ws.ctx, 2026, 9) == {ws.ctx.actor_id: 5, other.id: 0}
    assert calendar.team_presence_coverage(ws.ctx, 2026, 12)[ws.ctx.actor_id] == 5
    assert calendar.team_presence_coverage(ws.ctx, 2026, 8)[ws.ctx.actor_id] == 0
    moved = WED + timedelta(days=28)  # 30 September moved to 1 October
    calendar.move_occurrence(ws.ctx, OccurrenceRef(series.event_id, moved),
                             moved + timedelta(days=1), moved + timedelta(days=1, hours=1))
    assert calendar.team_presence_coverage(ws.ctx, 2026, 9)[ws.ctx.actor_id] == 4
    assert calendar.team_presence_coverage(ws.ctx, 2026, 10)[ws.ctx.actor_id] == 5


def test_units_are_kept_once_in_danish_order(ws):
    for name in ("Psykiatrien Køge", "Ambulatorium Øst", "Psykiatrien Aabenraa",
                 "psykiatrien  køge", "Børne- og ungdomspsykiatrien"):
        calendar.add_psychiatry_unit(ws.ctx, name)
    assert calendar.psychiatry_units(ws.ctx) == [
        "Ambulatorium Øst", "Børne- og ungdomspsykiatrien", "Psykiatrien Køge",
        "Psykiatrien Aabenraa"]
    calendar.remove_psychiatry_unit(ws.ctx, "PSYKIATRIEN KØGE")
    assert "Psykiatrien Køge" not in calendar.psychiatry_units(ws.ctx)
    with pytest.raises(ValidationError) as raised:
        calendar.add_psychiatry_unit(ws.ctx, "   ")
    assert raised.value.for_field("name")
