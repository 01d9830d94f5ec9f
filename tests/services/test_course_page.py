"""The participant page's service side, checked value by value.

Written from mutmut's survivors (README § Mutation testing): a note saved
without its author, a phase dated before the last one, an ended course with no
end date, a timeline row that says the wrong thing, were all unnoticed by the
non-GUI tests, and each is something a consultant would see.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import EndReason, NoteKind, NotePlace, Phase
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import courses, referrals
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.courses import NoteInput, TimelineEntry
from ips_desktop.storage.models import (
    AuditEvent,
    Consent,
    Course,
    Employer,
    EmployerContact,
    FormResponse,
    Note,
    PhaseChange,
    Placement,
)
from tests.reports.support import referral_spec

TODAY = date.today()


def day(n: int) -> date:
    """`n` days ago."""
    return TODAY - timedelta(days=n)


def enrol(ws, *, days_ago: int = 30, consent: bool = False) -> uuid.UUID:
    answers = {"name": "Åse Ærenfeldt", "referral_date": day(days_ago).isoformat(),
               "consultant": str(ws.ctx.actor_id)}
    if consent:
        answers["consent_given_on"] = day(days_ago).isoformat()
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


def errors_of(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(e.field, e.message) for e in caught.value.errors]


def audit_rows(ws, entity: str, action: str) -> list[AuditEvent]:
    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.entity == entity, AuditEvent.action == action)
            .order_by(AuditEvent.at, AuditEvent.created_at)))


# --- notes -------------------------------------------------------------------------------

def test_a_note_is_stored_as_typed_with_its_author_and_audited(ws):
    course = enrol(ws)
    text = "Mødtes på caféen.\nAftalte at ringe fredag."
    added = courses.add_note(ws.ctx, course, NoteInput(
        day(30), NoteKind.PHONE, NotePlace.JOBCENTER, f"  {text}  "), today=TODAY)
    assert (added.note.note_date, added.note.kind, added.note.place, added.note.text) == (
        day(30), NoteKind.PHONE, NotePlace.JOBCENTER, text)  # the referral day itself is fine
    with unit_of_work(ws.ctx) as session:
        stored = session.get(Note, added.note.id)
        assert stored is not None
        assert (stored.consultant_id, stored.text) == (ws.ctx.actor_id, text)
    [event] = audit_rows(ws, "note", "create")
    assert (event.actor_id, event.entity_id, event.details) == (
        ws.ctx.actor_id, added.note.id, {"course": str(course)})


def test_an_empty_note_and_one_dated_before_the_referral_are_refused(ws):
    course = enrol(ws)
    with pytest.raises(ValidationError) as caught:
        courses.add_note(ws.ctx, course, NoteInput(
            day(31), NoteKind.MEETING, NotePlace.COMMUNITY, "  \n "), today=TODAY)
    assert errors_of(caught) == [("text", message("required")),
                                 ("note_date", message("date_before_referral"))]
    with unit_of_work(ws.ctx) as session:
        assert session.scalars(select(Note)).first() is None


# --- phases and ending ---------------------------------------------------------------------

def test_a_phase_change_is_dated_signed_and_audited_from_and_to(ws):
    course = enrol(ws)
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, TODAY, today=TODAY)  # today is fine
    with unit_of_work(ws.ctx) as session:
        [change] = session.scalars(select(PhaseChange).where(
            PhaseChange.course_id == course, PhaseChange.phase == Phase.JOB_SEARCH.value))
        assert (change.phase, change.changed_on, change.changed_by) == (
            Phase.JOB_SEARCH.value, TODAY, ws.ctx.actor_id)
    moves = [e for e in audit_rows(ws, "course", "update") if "phase_to" in e.details]
    assert [(e.actor_id, e.entity_id, e.details) for e in moves] == [
        (ws.ctx.actor_id, course, {"phase_from": Phase.REFERRED.value,
                                   "phase_to": Phase.JOB_SEARCH.value})]


def test_a_phase_date_is_checked_against_today_the_referral_and_the_last_change(ws):
    course = enrol(ws)
    courses.change_phase(ws.ctx, course, Phase.ENGAGED, day(30), today=TODAY)  # referral day
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, day(10), today=TODAY)
    cases = [(TODAY + timedelta(days=1), "date_in_future"),
             (day(31), "date_before_referral"),
             (day(20), "date_before_last_phase")]  # after the first change, before the last
    for on, code in cases:
        with pytest.raises(ValidationError) as caught:
            courses.change_phase(ws.ctx, course, Phase.ENGAGED, on, today=TODAY)
        assert errors_of(caught) == [("changed_on", message(code))], on
    assert courses.course_phase(ws.ctx, course) is Phase.JOB_SEARCH


def test_only_this_courses_live_phase_changes_bound_the_date(ws):
    other = enrol(ws)
    courses.change_phase(ws.ctx, other, Phase.JOB_SEARCH, day(1), today=TODAY)
    course = enrol(ws)
    courses.change_phase(ws.ctx, course, Phase.ENGAGED, day(5), today=TODAY)
    with unit_of_work(ws.ctx) as session:  # a change that was taken back does not count
        session.add(PhaseChange(course_id=course, phase=Phase.JOB_SEARCH.value,
                                changed_on=day(2), changed_by=ws.ctx.actor_id,
                                deleted_at=datetime.now(UTC)))
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, day(4), today=TODAY)
    assert courses.course_phase(ws.ctx, course) is Phase.JOB_SEARCH


def test_ending_goes_through_end_course_and_an_ended_course_stays_ended(ws):
    course = enrol(ws)
    with pytest.raises(ValueError, match="end_course"):
        courses.change_phase(ws.ctx, course, Phase.ENDED, TODAY, today=TODAY)
    courses.end_course(ws.ctx, course, day(3), EndReason.PARTICIPANT_WISH, today=TODAY)
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert (detail.row.phase, detail.ended_on, detail.end_reason) == (
        Phase.ENDED, day(3), EndReason.PARTICIPANT_WISH)
    ended = [("phase", message("course_ended"))]
    with pytest.raises(ValidationError) as caught:
        courses.change_phase(ws.ctx, course, Phase.ENGAGED, TODAY, today=TODAY)
    assert errors_of(caught) == ended
    with pytest.raises(ValidationError) as caught:
        courses.end_course(ws.ctx, course, TODAY, EndReason.OTHER, today=TODAY,
                           reason_text="Flyttet")
    assert errors_of(caught) == ended


def test_ending_reports_the_missing_reason_and_the_bad_date_together(ws):
    course = enrol(ws)
    with pytest.raises(ValidationError) as caught:
        courses.end_course(ws.ctx, course, TODAY + timedelta(days=1), None, today=TODAY)
    assert errors_of(caught) == [("end_reason", message("required")),
                                 ("changed_on", message("date_in_future"))]
    assert courses.course_phase(ws.ctx, course) is Phase.REFERRED


# --- the page ----------------------------------------------------------------------------

def test_the_page_lists_live_notes_newest_first_and_phases_oldest_first(ws):
    course = enrol(ws, consent=True)
    for n, text in [(20, "første"), (5, "anden"), (5, "tredje")]:
        courses.add_note(ws.ctx, course, NoteInput(day(n), NoteKind.PHONE, NotePlace.VIDEO,
                                                   text), today=TODAY)
    with unit_of_work(ws.ctx) as session:
        session.add(Note(course_id=course, note_date=day(1), kind=NoteKind.PHONE.value,
                         place=NotePlace.VIDEO.value, text="slettet",
                         deleted_at=datetime.now(UTC)))
        consent = session.scalars(select(Consent).where(Consent.course_id == course)).one()
        consent.withdrawn_on = day(2)
    courses.change_phase(ws.ctx, course, Phase.ENGAGED, day(15), today=TODAY)
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, day(10), today=TODAY)
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert [n.text for n in detail.notes] == ["tredje", "anden", "første"]
    assert [(p.phase, p.changed_on) for p in detail.phases] == [
        (Phase.REFERRED, day(30)), (Phase.ENGAGED, day(15)), (Phase.JOB_SEARCH, day(10))]
    assert (detail.consent_given_on, detail.consent_withdrawn_on) == (day(30), day(2))
    assert (detail.end_reason, detail.ended_on, detail.end_reason_text) == (None, None, "")
    assert detail.other_courses == ()
    [read] = audit_rows(ws, "course", "read")
    assert (read.actor_id, read.entity_id) == (ws.ctx.actor_id, course)


def test_the_page_shows_the_same_persons_other_live_courses_newest_first(ws):
    course = enrol(ws)
    enrol(ws)  # another person's course
    with unit_of_work(ws.ctx) as session:
        person = session.get(Course, course).participant_id
        older = Course(participant_id=person, referral_date=day(400), phase="ended",
                       ended_on=day(200))
        newer = Course(participant_id=person, referral_date=day(100), phase="job_search")
        gone = Course(participant_id=person, referral_date=day(50), phase="engaged",
                      deleted_at=datetime.now(UTC))
        session.add_all([older, newer, gone])
        session.flush()
        ids = older.id, newer.id
    detail = courses.course_detail(ws.ctx, course, today=TODAY)
    assert [(c.course_id, c.referral_date, c.phase, c.ended_on)
            for c in detail.other_courses] == [
        (ids[1], day(100), Phase.JOB_SEARCH, None), (ids[0], day(400), Phase.ENDED, day(200))]


def test_the_timeline_has_every_dated_event_and_only_live_ones(ws):
    course = enrol(ws, days_ago=60, consent=True)
    local_noon = datetime.combine(day(40), datetime.min.time()).replace(hour=12).astimezone()
    with unit_of_work(ws.ctx) as session:
        row = session.get(Course, course)
        row.date_received = day(59)
        row.first_meeting_date = day(58)
        session.scalars(select(Consent).where(Consent.course_id == course)).one() \
            .withdrawn_on = day(3)
        session.add_all([
            FormResponse(course_id=course, form_id="plan", form_version="1", status="done",
                         created_at=local_noon, completed_at=local_noon + timedelta(days=5)),
            FormResponse(course_id=course, form_id="cv", form_version="1", status="draft",
                         created_at=local_noon + timedelta(days=1)),
            FormResponse(course_id=course, form_id="gone", form_version="1", status="draft",
                         created_at=local_noon, deleted_at=datetime.now(UTC))])
        shop = Employer(name="Brugsen")
        session.add(shop)
        session.flush()
        session.add_all([
            EmployerContact(employer_id=shop.id, consultant_id=ws.ctx.actor_id,
                            course_id=course, contact_date=day(30), mode="visit",
                            purpose="job"),
            EmployerContact(employer_id=shop.id, consultant_id=ws.ctx.actor_id,
                            course_id=course, contact_date=day(29), mode="visit",
                            purpose="job", deleted_at=datetime.now(UTC)),
            Placement(course_id=course, kind="job", title="Lager", start_date=day(25),
                      end_date=day(20)),
            Placement(course_id=course, kind="job", title="Butik", start_date=day(15)),
            Placement(course_id=course, kind="job", title="Væk", start_date=day(14),
                      deleted_at=datetime.now(UTC))])
    courses.change_phase(ws.ctx, course, Phase.ENGAGED, day(50), today=TODAY)
    note = courses.add_note(ws.ctx, course, NoteInput(
        day(10), NoteKind.PHONE, NotePlace.VIDEO, "Ringede."), today=TODAY).note
    courses.end_course(ws.ctx, course, day(1), EndReason.OTHER, today=TODAY,
                       reason_text="Flyttet til Norge")
    timeline = courses.course_detail(ws.ctx, course, today=TODAY).timeline
    assert list(timeline) == [
        TimelineEntry(day(1), "phase", Phase.ENDED.value, "Flyttet til Norge", None,
                      EndReason.OTHER),
        TimelineEntry(day(3), "consent_withdrawn"),
        TimelineEntry(day(10), "note", NoteKind.PHONE.value, "Ringede.", note.id),
        TimelineEntry(day(15), "placement_start", "Butik"),
        TimelineEntry(day(20), "placement_end", "Lager"),
        TimelineEntry(day(25), "placement_start", "Lager"),
        TimelineEntry(day(30), "employer_contact", "Brugsen"),
        TimelineEntry(day(35), "form_completed", "plan"),
        TimelineEntry(day(39), "form_started", "cv"),
        TimelineEntry(day(40), "form_started", "plan"),
        TimelineEntry(day(50), "phase", Phase.ENGAGED.value),
        TimelineEntry(day(58), "first_meeting"),
        TimelineEntry(day(59), "received"),
        TimelineEntry(day(60), "referral"),
        TimelineEntry(day(60), "consent_given"),
        TimelineEntry(day(60), "phase", Phase.REFERRED.value),
    ]


def test_a_bare_course_has_only_its_referral_and_first_phase_on_the_timeline(ws):
    course = enrol(ws)
    assert courses.course_detail(ws.ctx, course, today=TODAY).timeline == (
        TimelineEntry(day(30), "referral"), TimelineEntry(day(30), "phase", "referred"))
