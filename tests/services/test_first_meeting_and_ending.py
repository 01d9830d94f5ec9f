"""A meeting note as the first meeting (and its undo), ending with a reason, consent status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from ips_desktop.domain.enums import EndReason, NoteKind, NotePlace, Phase
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import courses, referrals
from ips_desktop.services.courses import NoteInput
from ips_desktop.storage.models import AuditEvent, Course
from tests.reports.support import referral_spec

TODAY = date.today()


def enrol(ws, *, days_ago: int = 10, consent: bool = True):
    referred = (TODAY - timedelta(days=days_ago)).isoformat()
    answers = {"name": "Åse Ærenfeldt", "referral_date": referred,
               "consultant": str(ws.ctx.actor_id)}
    if consent:
        answers["consent_given_on"] = referred
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


def note(ws, course, kind=NoteKind.MEETING, on=TODAY, place=NotePlace.COMMUNITY):
    return courses.add_note(ws.ctx, course, NoteInput(on, kind, place, "Mødtes."), today=TODAY)


def rules_due(ws, course) -> set[RuleId]:
    return {d.rule for d in courses.course_detail(ws.ctx, course, today=TODAY).overdue}


@pytest.mark.parametrize("kind", [NoteKind.MEETING, NoteKind.HOME_VISIT,
                                  NoteKind.JOINT_START_UP])
def test_a_meeting_held_is_the_first_meeting(ws, kind):
    course = enrol(ws)
    assert RuleId.FIRST_MEETING in rules_due(ws, course)
    held = TODAY - timedelta(days=2)
    added = note(ws, course, kind, held)
    assert added.first_meeting is not None and added.first_meeting.on == held
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert detail.row.phase is Phase.ENGAGED
    assert RuleId.FIRST_MEETING not in rules_due(ws, course)


@pytest.mark.parametrize("kind", [NoteKind.PHONE, NoteKind.TEXT_MESSAGE,
                                  NoteKind.WITH_CLINICIAN])
def test_a_call_a_text_or_a_talk_with_the_clinician_is_not(ws, kind):
    course = enrol(ws)
    assert note(ws, course, kind).first_meeting is None
    assert RuleId.FIRST_MEETING in rules_due(ws, course)


def test_a_future_meeting_is_refused_and_sets_nothing(ws):
    course = enrol(ws)
    with pytest.raises(ValidationError):
        note(ws, course, on=TODAY + timedelta(days=1))
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Course.first_meeting_date).where(
            Course.id == course)).scalar() is None


def test_undo_puts_the_date_and_the_phase_back_and_is_audited(ws):
    course = enrol(ws)
    added = note(ws, course)
    assert added.first_meeting is not None
    assert courses.undo_first_meeting(ws.ctx, course, added.first_meeting)
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert detail.row.phase is Phase.REFERRED
    assert [p.phase for p in detail.phases] == [Phase.REFERRED]
    assert RuleId.FIRST_MEETING in rules_due(ws, course)
    assert len(detail.notes) == 1  # the note stays
    with ws.ctx.engine.connect() as conn:
        details = conn.execute(select(AuditEvent.details).where(
            AuditEvent.entity_id == course, AuditEvent.action == "update")).scalars().all()
    assert {"field": "first_meeting_date", "undone": True} in details
    assert any(d.get("phase_to") == "referred" for d in details)
    assert "Mødtes" not in repr(details)
    assert not courses.undo_first_meeting(ws.ctx, course, added.first_meeting)  # once


def test_undo_leaves_a_later_edit_alone(ws):
    course = enrol(ws)
    added = note(ws, course)
    assert added.first_meeting is not None
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, TODAY, today=TODAY)
    assert courses.undo_first_meeting(ws.ctx, course, added.first_meeting)
    assert courses.course_detail(ws.ctx, course, today=TODAY).row.phase is Phase.JOB_SEARCH
    other = enrol(ws)
    added = note(ws, other)
    assert added.first_meeting is not None
    with ws.ctx.engine.begin() as conn:  # the referral tab changed the date meanwhile
        conn.execute(update(Course).where(Course.id == other).values(
            first_meeting_date=TODAY - timedelta(days=1)))
    assert not courses.undo_first_meeting(ws.ctx, other, added.first_meeting)


def test_other_needs_its_words_and_the_others_do_not(ws):
    course = enrol(ws)
    with pytest.raises(ValidationError) as caught:
        courses.end_course(ws.ctx, course, TODAY, EndReason.OTHER, today=TODAY,
                           reason_text="  ")
    assert caught.value.for_field("end_reason_text") == ["Skal udfyldes."]
    courses.end_course(ws.ctx, course, TODAY, EndReason.OTHER, today=TODAY,
                       reason_text=" Flytter på forsorgshjem ")
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert (detail.end_reason, detail.end_reason_text) == (
        EndReason.OTHER, "Flytter på forsorgshjem")
    [end] = [e for e in detail.timeline if e.kind == "phase" and e.detail == "ended"]
    assert (end.end_reason, end.text) == (EndReason.OTHER, "Flytter på forsorgshjem")

    reached = enrol(ws)
    courses.end_course(ws.ctx, reached, TODAY, EndReason.GOAL_REACHED, today=TODAY,
                       reason_text="ignored: only other keeps words")
    detail = courses.course_detail(ws.ctx, reached, today=TODAY)
    assert (detail.end_reason, detail.end_reason_text) == (EndReason.GOAL_REACHED, "")


def test_a_reason_this_version_does_not_know_still_opens(ws):
    course = enrol(ws)
    courses.end_course(ws.ctx, course, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Course).where(Course.id == course).values(
            end_reason="from_a_newer_version"))
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert detail.end_reason is EndReason.OTHER


def test_consent_status_is_on_the_detail(ws):
    given = courses.course_detail(ws.ctx, enrol(ws, days_ago=3), today=TODAY)
    assert given.consent_given_on == TODAY - timedelta(days=3)
    assert given.consent_withdrawn_on is None
    missing = courses.course_detail(ws.ctx, enrol(ws, consent=False), today=TODAY)
    assert missing.consent_given_on is None
