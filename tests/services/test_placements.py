"""Job and education starts and ends: validation, the phase moves offered, the opening filled."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import (
    AuditAction,
    OpeningStatus,
    Phase,
    PlacementEndReason,
    PlacementKind,
)
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import courses, job_openings, placements
from ips_desktop.services.job_openings import OpeningInput
from ips_desktop.services.placements import PlacementInput
from ips_desktop.storage.models import AuditEvent, Placement
from tests.services.placement_support import TODAY, contact, employer, enrol

JOB = PlacementKind.JOB


def start(ws, course, shop=None, **changes):
    values = {"course_id": course, "kind": JOB, "title": "Lagermedarbejder",
              "start_date": TODAY - timedelta(days=3), "employer_id": shop,
              "hours_per_week": 20.0, **changes}
    return placements.record_start(ws.ctx, PlacementInput(**values), today=TODAY)


def test_a_start_offers_in_job_or_education_and_moves_nothing_itself(ws):
    course, shop = enrol(ws), employer(ws)
    recorded = start(ws, course, shop)
    assert recorded.offer_phases == (Phase.IN_JOB_OR_EDUCATION,)
    assert courses.course_phase(ws.ctx, course) is Phase.REFERRED
    [view] = placements.placements_for_course(ws.ctx, course)
    assert (view.participant, view.employer_name, view.title, view.hours_per_week,
            view.ordinary_terms, view.end_date) == (
        "Åse Ærenfeldt", "Brugsen Køge", "Lagermedarbejder", 20.0, True, None)
    assert placements.placements_for_employer(ws.ctx, shop) == [view]


def test_a_start_while_in_job_already_offers_nothing(ws):
    course, shop = enrol(ws), employer(ws)
    courses.change_phase(ws.ctx, course, Phase.IN_JOB_OR_EDUCATION, TODAY, today=TODAY)
    assert start(ws, course, shop).offer_phases == ()


def test_an_education_names_its_school_in_words(ws):
    course = enrol(ws)
    start(ws, course, kind=PlacementKind.EDUCATION, title="HF", institution="VUC Køge",
          hours_per_week=None)
    [view] = placements.placements_for_course(ws.ctx, course)
    assert (view.kind, view.employer_id, view.employer_name) == (
        PlacementKind.EDUCATION, None, "VUC Køge")


@pytest.mark.parametrize(("changes", "field"), [
    ({"hours_per_week": 60.5}, "hours_per_week"), ({"hours_per_week": -2}, "hours_per_week"),
    ({"title": ""}, "title"), ({"employer_id": None}, "employer_id"),
    ({"start_date": TODAY + timedelta(days=1)}, "start_date")])
def test_bad_starts_are_refused_at_the_field(ws, changes, field):
    course = enrol(ws)
    with pytest.raises(ValidationError) as raised:
        start(ws, course, employer(ws), **changes)
    assert [e.field for e in raised.value.errors] == [field]
    assert placements.placements_for_course(ws.ctx, course) == []


def test_an_employer_merged_away_or_an_ended_course_is_refused(ws):
    course = enrol(ws)
    gone = employer(ws, "Gammel", merged_into=employer(ws, "Ny"))
    with pytest.raises(ValidationError) as raised:
        start(ws, course, gone)
    assert raised.value.for_field("employer_id")
    from ips_desktop.domain.enums import EndReason
    courses.end_course(ws.ctx, course, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    with pytest.raises(ValidationError) as raised:
        start(ws, course, employer(ws))
    assert raised.value.for_field("course_id")


def test_an_end_offers_job_search_or_follow_along_when_nothing_else_runs(ws):
    course, shop = enrol(ws), employer(ws)
    first = start(ws, course, shop).placement_id
    second = start(ws, course, shop, title="Opvasker").placement_id
    courses.change_phase(ws.ctx, course, Phase.IN_JOB_OR_EDUCATION, TODAY, today=TODAY)
    ended = placements.record_end(ws.ctx, first, TODAY, PlacementEndReason.QUIT, today=TODAY)
    assert ended.offer_phases == ()  # the other job still runs
    ended = placements.record_end(ws.ctx, second, TODAY, PlacementEndReason.DISMISSED,
                                  today=TODAY)
    assert ended.offer_phases == (Phase.JOB_SEARCH, Phase.FOLLOW_ALONG)
    views = {v.id: v for v in placements.placements_for_course(ws.ctx, course)}
    assert views[second].end_reason is PlacementEndReason.DISMISSED
    assert views[second].end_date == TODAY


def test_an_end_before_the_start_or_after_today_is_refused(ws):
    course = enrol(ws)
    placed = start(ws, course, employer(ws)).placement_id
    for day in (TODAY - timedelta(days=4), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError) as raised:
            placements.record_end(ws.ctx, placed, day, PlacementEndReason.QUIT, today=TODAY)
        assert raised.value.for_field("end_date")
    placements.record_end(ws.ctx, placed, TODAY - timedelta(days=3), PlacementEndReason.QUIT,
                          today=TODAY)  # the same day it began
    with pytest.raises(ValidationError):
        placements.record_end(ws.ctx, placed, TODAY, PlacementEndReason.QUIT, today=TODAY)


def test_a_placement_from_an_opening_fills_it(ws):
    course, shop = enrol(ws), employer(ws)
    opening = job_openings.create_opening(ws.ctx, OpeningInput(shop, "Lager"), found_on=TODAY)
    placed = start(ws, course, shop, opening_id=opening).placement_id
    assert job_openings.opening_input(ws.ctx, opening).status is OpeningStatus.FILLED
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Placement.opening_id).where(
            Placement.id == placed)).scalar() == opening
    with pytest.raises(ValidationError) as raised:  # filled: not a second time
        start(ws, enrol(ws, "Bo"), shop, opening_id=opening)
    assert raised.value.for_field("opening_id")


def test_the_audit_trail_holds_ids_only(ws):
    course, shop = enrol(ws), employer(ws)
    placed = start(ws, course, shop, title="Særlig titel").placement_id
    placements.record_end(ws.ctx, placed, TODAY, PlacementEndReason.OTHER, today=TODAY)
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.details).where(
            AuditEvent.entity == "placement")).all()
    assert [a for a, _ in events] == [AuditAction.CREATE.value, AuditAction.UPDATE.value]
    assert not any("Særlig" in str(d) or "Brugsen" in str(d) for _, d in events)


def test_job_search_began_is_the_first_contact_made_for_them(ws):
    course, shop = enrol(ws), employer(ws)
    assert placements.job_search_began(ws.ctx, course) is None
    contact(ws, shop, None, TODAY - timedelta(days=20))  # networking: not for them
    contact(ws, shop, course, TODAY - timedelta(days=5))
    contact(ws, shop, course, TODAY - timedelta(days=9))
    assert placements.job_search_began(ws.ctx, course) == TODAY - timedelta(days=9)


def test_the_30_day_rule_reads_the_same_first_contact(ws):
    """The page's "job search began" and the 30-day rule agree: a contact made for them ends
    the rule; one that names nobody, or one deleted, does not."""
    from datetime import datetime

    from sqlalchemy import update

    from ips_desktop.domain.rules import RuleId
    from ips_desktop.storage.models import EmployerContact

    def due(course) -> set[RuleId]:
        return {d.rule for d in courses.course_detail(ws.ctx, course, today=TODAY).row.due}

    course, shop = enrol(ws, days_ago=40), employer(ws)
    assert RuleId.FIRST_EMPLOYER_CONTACT in due(course)
    contact(ws, shop, None, TODAY - timedelta(days=2))
    assert RuleId.FIRST_EMPLOYER_CONTACT in due(course)
    made = contact(ws, shop, course, TODAY - timedelta(days=2))
    assert RuleId.FIRST_EMPLOYER_CONTACT not in due(course)
    assert placements.job_search_began(ws.ctx, course) == TODAY - timedelta(days=2)
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(EmployerContact).where(EmployerContact.id == made)
                     .values(deleted_at=datetime.now()))
    assert RuleId.FIRST_EMPLOYER_CONTACT in due(course)
    assert placements.job_search_began(ws.ctx, course) is None
