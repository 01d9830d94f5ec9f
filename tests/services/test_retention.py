"""The retention list picks exactly the people whose last course ended more than the period ago."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.retention import due_on, is_due
from ips_desktop.services import retention
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.storage.models import AuditEvent, Consultant, Setting
from tests.retention_data import DUE_AT_5, TODAY, People, add_person, build_people


@pytest.fixture
def people(ws) -> People:
    return build_people(ws)


def due_labels(ws, people: People, today: date = TODAY) -> list[str]:
    return [people.name_of(row.participant_id) for row in retention.due_for_erasure(ws.ctx, today)]


def test_the_list_picks_exactly_the_courses_past_five_years(ws, people) -> None:
    rows = retention.due_for_erasure(ws.ctx, TODAY)
    assert [people.name_of(r.participant_id) for r in rows] == DUE_AT_5  # longest overdue first
    by = {people.name_of(r.participant_id): r for r in rows}
    two_old = by["two_old"]
    assert two_old.ended_on == date(2018, 5, 1)  # the last course, not the first
    assert two_old.course_id == people.courses["two_old#1"]
    assert two_old.consultant_initials == "SOE"  # the last course's consultant
    assert two_old.due_on == date(2023, 5, 2)
    assert two_old.name == "Person two_old" and two_old.cpr == "010170-••••"
    assert by["day_more"].due_on == TODAY and by["day_more"].consultant_initials == "BB"
    leap = by["leap"]
    assert leap.due_on == date(2025, 3, 1) and leap.cpr == "" and leap.consultant_initials == ""
    assert by["deleted_open"].course_id == people.courses["deleted_open#0"]


def test_29_february_is_kept_until_28_february(ws, people) -> None:
    assert "leap" not in due_labels(ws, people, date(2025, 2, 28))
    assert "leap" in due_labels(ws, people, date(2025, 3, 1))
    assert due_on(date(2020, 2, 29), 4) == date(2024, 3, 1)
    assert not is_due(date(2020, 2, 29), 4, date(2024, 2, 29))
    # Today 29.2, one year: 28.2 last year plus a year is 28.2, the day before today.
    assert is_due(date(2023, 2, 28), 1, date(2024, 2, 29))


def test_the_query_bound_misses_nobody_on_29_february(ws, people) -> None:
    retention.set_retention_years(ws.ctx, 1)
    with Session(ws.ctx.engine) as session, session.begin():
        add_person(session, people, "feb28", [(date(2022, 1, 3), date(2023, 2, 28))],
                   consultant=None)
    assert "feb28" in due_labels(ws, people, date(2024, 2, 29))


def test_three_years_changes_the_list(ws, people) -> None:
    assert retention.retention_years(ws.ctx) == 5
    retention.set_retention_years(ws.ctx, 3)
    assert retention.retention_years(ws.ctx) == 3
    assert due_labels(ws, people) == [
        "deleted_open", "two_old", "leap", "day_more", "exactly_5", "day_less",
        "three_years"]
    # old_and_recent ended 1.5.2024: 3 years reach 1.5.2027.
    assert retention.count_due(ws.ctx, TODAY) == 7


def test_changing_the_period_is_audited_with_the_numbers(ws, people) -> None:
    retention.set_retention_years(ws.ctx, 3)
    retention.set_retention_years(ws.ctx, 7)
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.details)
                              .where(AuditEvent.entity == "retention")
                              .order_by(AuditEvent.at)).all()
        stored = conn.execute(select(Setting.value)
                              .where(Setting.key == "retention_years")).scalar_one()
    assert [(e.action, e.details) for e in events] == [
        ("update", {"setting": "retention_years", "years_from": 5, "years": 3}),
        ("update", {"setting": "retention_years", "years_from": 3, "years": 7})]
    assert stored == "7"


@pytest.mark.parametrize("years", [0, 31, -5, 2.5, True])
def test_a_period_out_of_range_is_refused_and_nothing_stored(ws, people, years) -> None:
    with pytest.raises(ValidationError) as refused:
        retention.set_retention_years(ws.ctx, years)
    assert refused.value.for_field("years") == [
        "Opbevaringsperioden skal være et helt antal år fra 1 til 30."]
    assert retention.retention_years(ws.ctx) == 5


def test_a_damaged_stored_period_reads_as_the_default(ws, people) -> None:
    with Session(ws.ctx.engine) as session, session.begin():
        session.add(Setting(key="retention_years", value="forever"))
    assert retention.retention_years(ws.ctx) == 5


def test_reading_the_list_is_one_audited_read_with_counts_only(ws, people) -> None:
    retention.due_for_erasure(ws.ctx, TODAY)
    retention.count_due(ws.ctx, TODAY)  # a count shows no one: not a read of names
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.details, AuditEvent.actor_id)
                              .where(AuditEvent.entity == "retention")).all()
    assert [(e.action, e.details, e.actor_id) for e in events] == [
        (AuditAction.READ.value, {"rows": 4, "years": 5}, ws.ctx.actor_id)]


def test_a_consultant_is_refused(ws, people) -> None:
    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, ws.ctx.actor_id).role = Role.CONSULTANT.value
    for attempt in (lambda: retention.due_for_erasure(ws.ctx, TODAY),
                    lambda: retention.count_due(ws.ctx, TODAY),
                    lambda: retention.set_retention_years(ws.ctx, 3)):
        with pytest.raises(TeamLeadOnly, match="Kun en teamleder kan se, hvem der skal slettes"):
            attempt()
    assert retention.retention_years(ws.ctx) == 5


def test_a_policy_fixes_the_period(ws, people, monkeypatch) -> None:
    monkeypatch.setattr(retention, "_policy_years", lambda: 3)
    assert retention.retention_years(ws.ctx) == 3 and retention.period_fixed_by_policy()
    assert len(retention.due_for_erasure(ws.ctx, TODAY)) == 7
    with pytest.raises(ValidationError, match="IT-politikken"):
        retention.set_retention_years(ws.ctx, 10)
