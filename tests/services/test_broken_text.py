"""A lone surrogate in any text is a field error from the service, never a crash; a CPR
number typed with another script's digits is stored in ASCII."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import NoteKind, NotePlace
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import consultants, courses, referrals
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.models import FormResponse, Participant
from tests.reports.support import referral_answers, referral_spec

TODAY = date(2026, 11, 23)
BROKEN = "Ali\ud800 Khan"


def fields(caught) -> dict[str, str]:
    return {e.field: e.message for e in caught.value.errors}


@pytest.mark.parametrize("question", ["name", "cpr", "job_preferences", "phone"])
def test_a_referral_with_a_lone_surrogate_is_refused_at_its_field(ws, question):
    answers = referral_answers("Aisha Khan", ws.ctx.actor_id) | {question: BROKEN}
    with pytest.raises(ValidationError) as caught:
        referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)
    assert "ødelagt tegn" in fields(caught)[question]
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Participant)).all() == []


def test_a_group_cell_and_an_edit_are_checked_too(ws):
    spec = referral_spec()
    answers = referral_answers("Aisha Khan", ws.ctx.actor_id)
    course = referrals.register_referral(ws.ctx, spec, answers, today=TODAY)
    answers["medications"][1]["side_effects"] = BROKEN
    with pytest.raises(ValidationError) as caught:
        referrals.update_referral(ws.ctx, course, spec, answers, today=TODAY)
    assert "ødelagt tegn" in fields(caught)["medications[1].side_effects"]


def test_a_note_and_a_consultant_with_a_lone_surrogate_are_refused(ws):
    course = referrals.register_referral(
        ws.ctx, referral_spec(), referral_answers("Aisha Khan", ws.ctx.actor_id), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        courses.add_note(ws.ctx, course, courses.NoteInput(
            TODAY, NoteKind.MEETING, NotePlace.COMMUNITY, BROKEN), today=TODAY)
    assert "ødelagt tegn" in next(iter(fields(caught).values()))
    with pytest.raises(ValidationError) as caught:
        consultants.create_consultant(ws.ctx, ConsultantInput(BROKEN, "AKX", "Køge", 1.0))
    assert "ødelagt tegn" in fields(caught)["name"]


def test_a_cpr_number_in_arabic_indic_digits_is_stored_in_ascii(ws):
    answers = referral_answers("محمد علي", ws.ctx.actor_id) | {"cpr": "٠١٠١٩٠-١٢٣٤"}
    referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Participant.cpr)).scalar() == "010190-1234"
        stored = conn.execute(select(FormResponse.answers)).scalar()
    assert "cpr" not in stored or stored["cpr"] == "010190-1234"
