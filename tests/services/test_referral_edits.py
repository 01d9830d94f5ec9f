"""Editing a referral, a first meeting booked ahead, and a CPR number born tomorrow.

Each test reads back what the database holds, not what the service returned,
so a change that is reported but never written fails here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from ips_desktop.domain.enums import Phase
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import caseload, courses, referrals
from ips_desktop.storage.models import (
    AuditEvent,
    Course,
    FormResponse,
    Participant,
    PhaseChange,
)
from tests.reports.support import TODAY, referral_answers, referral_spec, register

BORN_NEXT_YEAR = "010127-4000"  # 7th digit 4, YY 27: 1 January 2027, after TODAY


def stored(ws, course_id):
    """(participant, course, the referral's form answers) as the database has them."""
    with ws.ctx.engine.connect() as conn:
        course = conn.execute(select(Course).where(Course.id == course_id)).one()
        person = conn.execute(select(Participant).where(
            Participant.id == course.participant_id)).one()
        answers = conn.execute(select(FormResponse.answers).where(
            FormResponse.course_id == course_id, FormResponse.form_id == "referral")).scalar_one()
    return person, course, answers


def count(ws, model) -> int:
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_an_edited_referral_is_saved_in_its_columns_and_its_answers(ws):
    spec = referral_spec()
    course_id = register(ws, name="Øystein Ærø")
    answers = referral_answers("Øystein Ærø Berg", ws.ctx.actor_id) | {
        "phone": "+45 87 65 43 21",
        "job_preferences": "Nu helst lager eller gartneri.",
        "medications": [{"row_id": "m1", "medication": "Quetiapin 100 mg",
                         "side_effects": ""}],
        "substance_use": "",  # an answer taken back is gone, not kept
    }
    referrals.update_referral(ws.ctx, course_id, spec, answers, today=TODAY)

    person, _, free = stored(ws, course_id)
    assert (person.name, person.phone) == ("Øystein Ærø Berg", "+45 87 65 43 21")
    assert free["job_preferences"] == "Nu helst lager eller gartneri."
    assert free["medications"] == [{"row_id": "m1", "medication": "Quetiapin 100 mg",
                                    "side_effects": ""}]
    assert "substance_use" not in free or not free["substance_use"]
    assert free["criminal_record"] == "Betinget dom for butikstyveri i 2019."  # untouched
    assert count(ws, FormResponse) == 1  # the same answer set, edited

    # What the participant page reads back is the edit too.
    view = referrals.answers_for(spec, referrals.referral(ws.ctx, course_id))
    assert view["name"] == "Øystein Ærø Berg"
    assert view["job_preferences"] == "Nu helst lager eller gartneri."


def test_a_refused_edit_changes_nothing(ws):
    spec = referral_spec()
    course_id = register(ws)
    before = stored(ws, course_id)
    answers = referral_answers("Øystein Ærø", ws.ctx.actor_id) | {
        "job_preferences": "Dette må ikke gemmes.", "referral_date": "2026-12-24"}
    with pytest.raises(ValidationError) as caught:
        referrals.update_referral(ws.ctx, course_id, spec, answers, today=TODAY)
    assert caught.value.for_field("referral_date")
    assert stored(ws, course_id)[2] == before[2]


# -- a first meeting booked for a later day ---------------------------------------------------

def rules_due(ws, course_id) -> set[RuleId]:
    return {item.rule for item in caseload.course_row(ws.ctx, course_id, today=TODAY).due}


def test_a_first_meeting_booked_for_later_is_not_held_yet(ws):
    later = TODAY + timedelta(days=3)
    course_id = register(ws, extra={"first_meeting_date": later.isoformat()})
    _, course, _ = stored(ws, course_id)
    assert course.first_meeting_date == later  # the booking is kept
    assert course.phase == Phase.REFERRED.value  # but the course is not under way
    assert count(ws, PhaseChange) == 1  # only "referred"
    assert RuleId.FIRST_MEETING in rules_due(ws, course_id)
    in_list = next(r for r in caseload.caseload(ws.ctx, today=TODAY) if r.course_id == course_id)
    assert RuleId.FIRST_MEETING in {item.rule for item in in_list.due}
    page = courses.course_detail(ws.ctx, course_id, today=TODAY)
    assert page.row.phase is Phase.REFERRED
    assert RuleId.FIRST_MEETING in {item.rule for item in page.row.due}

    # The day of the meeting it counts as held: the rule is met and the course engaged.
    assert RuleId.FIRST_MEETING not in {
        item.rule for item in caseload.course_row(ws.ctx, course_id, today=later).due}


def test_an_edit_booking_the_first_meeting_ahead_does_not_advance_the_course(ws):
    spec = referral_spec()
    course_id = register(ws)
    answers = referral_answers("Øystein Ærø", ws.ctx.actor_id) | {
        "first_meeting_date": (TODAY + timedelta(days=2)).isoformat()}
    referrals.update_referral(ws.ctx, course_id, spec, answers, today=TODAY)
    assert stored(ws, course_id)[1].phase == Phase.REFERRED.value
    assert RuleId.FIRST_MEETING in rules_due(ws, course_id)

    held = answers | {"first_meeting_date": TODAY.isoformat()}
    referrals.update_referral(ws.ctx, course_id, spec, held, today=TODAY)
    assert stored(ws, course_id)[1].phase == Phase.ENGAGED.value
    assert RuleId.FIRST_MEETING not in rules_due(ws, course_id)


# -- a CPR number whose birth date lies ahead ------------------------------------------------

def test_a_cpr_number_born_after_today_is_refused_and_nothing_is_saved(ws):
    before = count(ws, Participant)
    with pytest.raises(ValidationError) as caught:
        register(ws, extra={"cpr": BORN_NEXT_YEAR})
    assert caught.value.for_field("cpr") == [
        "CPR-nummerets første 6 cifre er ikke en gyldig fødselsdato."]
    assert count(ws, Participant) == before


def test_an_edit_to_a_cpr_number_born_after_today_is_refused(ws):
    course_id = register(ws)
    answers = referral_answers("Øystein Ærø", ws.ctx.actor_id) | {"cpr": BORN_NEXT_YEAR}
    with pytest.raises(ValidationError) as caught:
        referrals.update_referral(ws.ctx, course_id, referral_spec(), answers, today=TODAY)
    assert caught.value.for_field("cpr")
    assert stored(ws, course_id)[0].cpr == "010190-1234"
    # The same number is fine once its day has come.
    referrals.update_referral(ws.ctx, course_id, referral_spec(), answers,
                              today=date(2027, 1, 1))
    assert stored(ws, course_id)[0].cpr == BORN_NEXT_YEAR


def test_an_edit_is_signed_and_audited_with_the_form_and_its_version(ws):
    spec = referral_spec()
    course_id = register(ws, name="Øystein Ærø")
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(FormResponse).values(updated_by=None, form_version="0"))
    referrals.update_referral(ws.ctx, course_id, spec,
                              referral_answers("Øystein Ærø", ws.ctx.actor_id), today=TODAY)
    with ws.ctx.engine.connect() as conn:
        response = conn.execute(select(FormResponse)).one()
        event = conn.execute(select(AuditEvent).where(
            AuditEvent.action == "update", AuditEvent.entity == "course")
            .order_by(AuditEvent.at.desc())).first()
    assert (response.updated_by, response.form_version, response.form_hash) == (
        ws.ctx.actor_id, spec.version, spec.source_hash)
    assert event is not None
    assert (event.actor_id, event.entity_id, event.details) == (
        ws.ctx.actor_id, course_id, {"form": "referral", "version": spec.version})


def test_an_edit_of_a_course_without_its_answer_set_makes_a_complete_one(ws):
    """A course made elsewhere (an import, an older version) gets its answers on first edit."""
    spec = referral_spec()
    course_id = register(ws, name="Øystein Ærø")
    with ws.ctx.engine.begin() as conn:
        conn.execute(delete(FormResponse))
    referrals.update_referral(ws.ctx, course_id, spec,
                              referral_answers("Øystein Ærø", ws.ctx.actor_id), today=TODAY)
    with ws.ctx.engine.connect() as conn:
        response = conn.execute(select(FormResponse)).one()
    assert (response.course_id, response.form_id, response.form_version, response.form_hash,
            response.status, response.updated_by) == (
        course_id, "referral", spec.version, spec.source_hash, "complete", ws.ctx.actor_id)
    assert response.completed_at is not None
    assert response.answers["criminal_record"] == "Betinget dom for butikstyveri i 2019."


def test_a_deleted_course_cannot_be_edited(ws):
    course_id = register(ws, name="Øystein Ærø")
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Course).values(deleted_at=datetime.now(UTC)))
    with pytest.raises(LookupError):
        referrals.update_referral(ws.ctx, course_id, referral_spec(),
                                  referral_answers("Ny Navn", ws.ctx.actor_id), today=TODAY)
    assert stored(ws, course_id)[0].name == "Øystein Ærø"
