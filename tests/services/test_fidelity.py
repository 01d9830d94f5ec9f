"""The fidelity self-check on the hand-built team (tests/fidelity_data.py), and reviews."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain import fidelity as scale
from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.fidelity import Band
from ips_desktop.services import fidelity, workspace
from ips_desktop.storage.models import AuditEvent, Consultant, FidelityReview, FormDefinition
from tests import backends
from tests.fidelity_data import (
    DERIVED_TOTAL,
    EXPECTED_SCORES,
    EXPECTED_SHARES,
    FIRST,
    LAST,
    NAMES,
    TODAY,
    build_team,
)


@pytest.fixture
def team(data_dir):
    opened = backends.new_workspace(data_dir)
    built = build_team(opened.ctx)
    workspace.set_owner(opened, built.lead_id)
    yield opened, built
    opened.close()


def check(team):
    opened, _ = team
    return fidelity.fidelity_self_check(opened.ctx, FIRST, LAST, today=TODAY)


def test_every_derived_item_scores_as_reckoned(team) -> None:
    result = check(team)
    assert [item.number for item in result.items] == list(range(1, 16))
    assert {i.item: i.score for i in result.items if i.derived} == EXPECTED_SCORES
    for key, (count, of) in EXPECTED_SHARES.items():
        item = result.item(key)
        assert (item.count, item.of) == (count, of), key
    assert result.derived_total == DERIVED_TOTAL
    assert result.derived_max == 40
    assert result.last == LAST and result.as_of == TODAY
    assert result.total is None and result.band is None  # nothing reviewed yet
    assert all(not i.derived and i.score is None for i in result.items if i.item in
               scale.REVIEWED)


def test_caseload_figure_team_and_per_consultant(team) -> None:
    _, built = team
    result = check(team)
    item = result.item("caseload_size")
    assert item.value == pytest.approx(4.0)
    assert item.figure == "4,0 deltagere pr. fuld tid (6 forløb, normering 1,5)"
    assert item.anchor == "25 eller færre deltagere pr. fuldtidskonsulent"
    rows = {row.consultant_initials: row for row in item.basis}
    assert set(rows) == {"AA", "BB"}  # the lead has no staffing period
    assert rows["AA"].value == pytest.approx(4.0) and rows["AA"].detail == "4 / 1,0"
    assert rows["BB"].value == pytest.approx(4.0) and rows["BB"].detail == "2 / 0,5"
    assert result.per_consultant == {built.aa_id: pytest.approx(4.0),
                                     built.bb_id: pytest.approx(4.0)}


def by_name(item):
    return {row.name: row for row in item.basis}


def test_zero_exclusion_lists_the_courses_ended_before_a_first_meeting_with_reasons(team) -> None:
    rows = by_name(check(team).item("zero_exclusion"))
    assert set(rows) == {NAMES["dennis"], NAMES["eva"]}
    assert rows[NAMES["dennis"]].counts and rows[NAMES["dennis"]].reason == "other"
    assert not rows[NAMES["eva"]].counts and rows[NAMES["eva"]].reason == "participant_wish"


def test_rapid_job_search_median_and_courses_without_contact(team) -> None:
    item = check(team).item("rapid_job_search")
    assert item.value == 12 and item.count == 3
    assert item.figure == "median 12 dage til første virksomhedskontakt (3 forløb)"
    rows = by_name(item)
    assert {n: r.value for n, r in rows.items() if r.value is not None} == {
        NAMES["bo"]: 12, NAMES["cecilie"]: 60, NAMES["hans"]: 0}
    assert {n for n, r in rows.items() if r.reason == "no_contact"} == {
        NAMES["dennis"], NAMES["eva"], NAMES["frederik"]}


def test_jobs_diversity_and_permanence(team) -> None:
    result = check(team)
    diversity = by_name(result.item("job_diversity"))
    assert {n for n, r in diversity.items() if not r.counts} == {NAMES["anna"], NAMES["bo"]}
    assert diversity[NAMES["anna"]].reason == "same_type"
    permanence = by_name(result.item("job_permanence"))
    assert permanence[NAMES["anna"]].counts
    assert permanence[NAMES["bo"]].reason == "temporary"
    assert permanence[NAMES["cecilie"]].reason == "not_ordinary"
    assert result.item("job_permanence").figure == "33 % (1 af 3) varige job på ordinære vilkår"


def test_follow_along_counts_follow_along_employer_contacts_as_support(team) -> None:
    rows = by_name(check(team).item("follow_along"))
    assert set(rows) == {NAMES["anna"], NAMES["bo"], NAMES["cecilie"], NAMES["gitte"]}
    assert rows[NAMES["gitte"]].counts and rows[NAMES["gitte"]].value == 27
    assert not rows[NAMES["cecilie"]].counts and rows[NAMES["cecilie"]].value == 51


def test_community_based_per_course(team) -> None:
    rows = by_name(check(team).item("community_based"))
    assert {n: r.detail for n, r in rows.items()} == {
        NAMES["anna"]: "4/6", NAMES["bo"]: "1/2", NAMES["cecilie"]: "0/2",
        NAMES["frederik"]: "0/1", NAMES["hans"]: "1/1"}


def test_assertive_engagement_tells_outreach_from_no_contact(team) -> None:
    rows = by_name(check(team).item("assertive_engagement"))
    assert {n for n, r in rows.items() if r.counts} == {
        NAMES[k] for k in ("anna", "dennis", "eva", "hans", "ida")}
    assert rows[NAMES["bo"]].reason == "outreach" and rows[NAMES["bo"]].value == 47
    assert rows[NAMES["gitte"]].reason == "outreach" and rows[NAMES["gitte"]].value == 49
    assert rows[NAMES["cecilie"]].reason == "no_contact"
    assert rows[NAMES["frederik"]].reason == "no_contact"


def test_reading_is_audited_with_ids_and_counts_only(team) -> None:
    opened, built = team
    check(team)
    with Session(opened.ctx.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "fidelity")).one()
    assert event.action == AuditAction.READ.value and event.actor_id == built.lead_id
    assert event.details == {"from": "2026-01-01", "to": "2026-06-30", "courses": 9}


def test_a_consultant_is_refused(team) -> None:
    opened, built = team
    opened.ctx.actor_id = built.aa_id
    with pytest.raises(fidelity.TeamLeadOnly, match="Kun en teamleder"):
        check(team)
    with pytest.raises(fidelity.TeamLeadOnly):
        fidelity.reviews(opened.ctx)


REVIEW = {"vocational_staff": (4, "Lidt sagsbehandling"), "vocational_generalists": (5, ""),
          "integration_with_treatment": (3, "Mødes hver anden uge"),
          "vocational_unit": (4, ""), "ongoing_assessment": (4, ""),
          "individualized_job_search": (5, ""), "jobs_as_transitions": (3, "")}  # 28


def test_a_review_completes_the_total_and_band_and_keeps_a_snapshot(team) -> None:
    opened, _ = team
    saved = fidelity.save_review(opened.ctx, FIRST, LAST, REVIEW, "Første runde", today=TODAY)
    assert saved.total == DERIVED_TOTAL + 28 == 54
    assert saved.complete and saved.band is Band.NOT_IPS
    assert saved.derived == EXPECTED_SCORES and saved.reviewer_initials == "LL"
    result = check(team)
    assert result.total == 54 and result.band is Band.NOT_IPS
    reviewed = result.item("integration_with_treatment")
    assert reviewed.score == 3 and reviewed.comment == "Mødes hver anden uge"
    assert reviewed.figure == "Vurderet af teamlederen 20.11.2026"
    assert reviewed.anchor.startswith("Konsulenterne har hyppig kontakt")
    with Session(opened.ctx.engine) as session:
        row = session.scalars(select(FidelityReview)).one()
        assert row.form_id == "fidelity_review" and row.form_version == "1"
        assert session.scalars(select(FormDefinition.version).where(
            FormDefinition.form_id == "fidelity_review")).all() == ["1"]
        assert row.derived["caseload_size"]["score"] == 5
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "fidelity_review")).one()
    assert event.details == {"scored": 15, "total": 54}  # no comment text in the trail


def test_reviews_are_history_newest_first_and_bands_follow_the_total(team) -> None:
    opened, _ = team
    fidelity.save_review(opened.ctx, FIRST, LAST, REVIEW, "", today=TODAY)
    better = {key: (5, "") for key in REVIEW}  # 35: 26 + 35 = 61, fair
    fidelity.save_review(opened.ctx, FIRST, LAST, better, "", today=TODAY.replace(day=21))
    history = fidelity.reviews(opened.ctx)
    assert [(r.total, r.band) for r in history] == [(61, Band.FAIR), (54, Band.NOT_IPS)]
    assert check(team).total == 61


def test_a_partial_review_has_no_band(team) -> None:
    opened, _ = team
    saved = fidelity.save_review(opened.ctx, FIRST, LAST, {"vocational_unit": (5, "")}, "",
                                 today=TODAY)
    assert saved.total == DERIVED_TOTAL + 5 and not saved.complete and saved.band is None
    assert check(team).total is None


def test_bad_input_is_refused_per_field_and_nothing_is_saved(team) -> None:
    opened, _ = team
    with pytest.raises(ValidationError) as caught:
        fidelity.save_review(opened.ctx, FIRST, LAST, {
            "vocational_unit": (6, ""), "caseload_size": (5, ""),
            "vocational_staff": (3, "x" * 2001), "ongoing_assessment": (2, "a\x00b")},
            "y" * 4001, today=TODAY)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"vocational_unit", "caseload_size", "vocational_staff_comment",
                      "ongoing_assessment_comment", "comment"}
    assert caught.value.for_field("vocational_unit") == [
        "Scoren skal være et helt tal fra 1 til 5."]
    assert fidelity.reviews(opened.ctx) == []


def test_the_owner_role_is_read_from_the_database(team) -> None:
    opened, built = team
    with Session(opened.ctx.engine) as session, session.begin():
        session.get(Consultant, built.lead_id).role = "consultant"
    with pytest.raises(fidelity.TeamLeadOnly):
        check(team)


def test_every_basis_row_belongs_to_a_team_course(team) -> None:
    _, built = team
    courses = set(built.courses.values())
    for item in check(team).items:
        for row in item.basis:
            if item.item != "caseload_size":
                assert row.course_id in courses and row.participant_id is not None


def test_the_period_is_whole_months_cut_at_today(team) -> None:
    opened, _ = team
    by_months = fidelity.fidelity_self_check(opened.ctx, date(2026, 1, 15), date(2026, 6, 1),
                                             today=TODAY)
    assert (by_months.first, by_months.last) == (FIRST, LAST)
    assert {i.item: i.score for i in by_months.items if i.derived} == EXPECTED_SCORES
    assert fidelity.period_days(date(2026, 6, 1), date(2026, 12, 1), today=TODAY) == (
        date(2026, 6, 1), TODAY)
    assert fidelity.period_days(date(2027, 1, 1), date(2027, 2, 1), today=TODAY) == (
        date(2027, 1, 1), date(2027, 1, 1))
