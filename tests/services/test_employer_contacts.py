"""The employer-contact log's write side: what is stored, what is refused at which field."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import (
    AuditAction,
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    EndReason,
    Phase,
)
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import courses, employer_contacts, referrals
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.storage.models import (
    AuditEvent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    Participant,
)
from tests.reports.support import referral_spec

TODAY = date.today()


def enrol(ws, name: str = "Åse Ærenfeldt", *, days_ago: int = 30) -> uuid.UUID:
    answers = {"name": name, "referral_date": (TODAY - timedelta(days=days_ago)).isoformat(),
               "consultant": str(ws.ctx.actor_id)}
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


def employer(ws, name: str = "Bageriet Østergård", *, person: str | None = None
             ) -> tuple[uuid.UUID, uuid.UUID | None]:
    with unit_of_work(ws.ctx) as session:
        row = Employer(name=name, name_key=name.casefold(), address="Torvet 1, Køge")
        session.add(row)
        session.flush()
        person_id = None
        if person:
            p = EmployerContactPerson(employer_id=row.id, name=person, title="Indehaver")
            session.add(p)
            session.flush()
            person_id = p.id
        return row.id, person_id


def data(ws, employer_id: uuid.UUID, **changes: object) -> ContactInput:
    values: dict[str, object] = dict(
        contact_date=TODAY, contact_time=time(10, 35), consultant_id=ws.ctx.actor_id,
        employer_id=employer_id, mode=ContactMode.FACE_TO_FACE,
        purpose=ContactPurpose.NETWORKING)
    values.update(changes)
    return ContactInput(**values)  # type: ignore[arg-type]


def errors_of(caught: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in caught.value.errors}


def contact_rows(ws) -> list[EmployerContact]:
    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(EmployerContact)))


def audit_rows(ws, action: AuditAction) -> list[AuditEvent]:
    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "employer_contact", AuditEvent.action == action.value)))


def test_a_logged_contact_is_stored_field_by_field_and_reads_back(ws):
    course = enrol(ws)
    emp, person = employer(ws, person="Kim Bager")
    given = data(ws, emp, contact_time=time(14, 5), mode=ContactMode.VIDEO,
                 purpose=ContactPurpose.FOR_PARTICIPANT, contact_person_id=person,
                 course_id=course, outcome_kind=ContactOutcome.OPENING_FOUND,
                 outcome="  Søger en bagerlærling  ", next_step="Send CV",
                 follow_up_date=TODAY + timedelta(days=7))
    contact_id = employer_contacts.log_contact(ws.ctx, given, today=TODAY)
    [row] = contact_rows(ws)
    assert row.id == contact_id
    assert (row.contact_date, row.contact_time, row.consultant_id, row.employer_id,
            row.contact_person_id, row.course_id, row.mode, row.purpose, row.outcome_kind,
            row.outcome, row.next_step, row.follow_up_date, row.follow_up_done_on) == (
        TODAY, time(14, 5), ws.ctx.actor_id, emp, person, course, "video", "for_participant",
        "opening_found", "Søger en bagerlærling", "Send CV", TODAY + timedelta(days=7), None)
    back = employer_contacts.contact_input(ws.ctx, contact_id)
    assert back == ContactInput(**{**given.__dict__, "outcome": "Søger en bagerlærling"})


def test_empty_texts_are_stored_as_nothing(ws):
    emp, _ = employer(ws)
    employer_contacts.log_contact(ws.ctx, data(ws, emp, outcome="  ", next_step=""), today=TODAY)
    [row] = contact_rows(ws)
    assert (row.outcome, row.next_step, row.outcome_kind, row.course_id) == (None, None, None,
                                                                             None)


def test_audit_says_which_records_never_what_was_typed(ws):
    course = enrol(ws)
    emp, _ = employer(ws)
    contact_id = employer_contacts.log_contact(ws.ctx, data(
        ws, emp, purpose=ContactPurpose.FOLLOW_ALONG, course_id=course,
        outcome="Åse trives", next_step="Ring til Kim"), today=TODAY)
    employer_contacts.update_contact(ws.ctx, contact_id, data(
        ws, emp, purpose=ContactPurpose.FOLLOW_ALONG, course_id=course, outcome="Åse trives godt"),
        today=TODAY)
    employer_contacts.delete_contact(ws.ctx, contact_id)
    [created] = audit_rows(ws, AuditAction.CREATE)
    [updated] = audit_rows(ws, AuditAction.UPDATE)
    [deleted] = audit_rows(ws, AuditAction.DELETE)
    for event in (created, updated, deleted):
        assert event.entity_id == contact_id and event.actor_id == ws.ctx.actor_id
    assert created.details == {"employer": str(emp), "mode": "face_to_face",
                               "course": str(course)}
    text = repr([e.details for e in (created, updated, deleted)])
    assert "Åse" not in text and "Kim" not in text and "Bageriet" not in text


def test_every_problem_is_reported_at_its_field_and_nothing_is_saved(ws):
    emp, _ = employer(ws)
    other, stranger = employer(ws, "Kiosken", person="Lone Kiosk")
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(
            ws, emp, contact_date=TODAY + timedelta(days=1), follow_up_date=TODAY,
            purpose=ContactPurpose.FOR_PARTICIPANT, contact_person_id=stranger,
            consultant_id=uuid.uuid4(), outcome="x" * 4001), today=TODAY)
    assert errors_of(caught) == {
        "contact_date": message("contact_in_future"),
        "follow_up_date": message("follow_up_before_contact"),
        "course_id": message("contact_needs_participant"),
        "contact_person_id": message("contact_person_elsewhere"),
        "consultant_id": message("contact_unknown_consultant"),
        "outcome": message("too_long", max=4000),
    }
    assert contact_rows(ws) == []
    assert audit_rows(ws, AuditAction.CREATE) == []
    del other


def test_today_and_a_follow_up_on_the_day_itself_are_fine(ws):
    emp, _ = employer(ws)
    employer_contacts.log_contact(ws.ctx, data(ws, emp, follow_up_date=TODAY), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp, contact_date=TODAY),
                                      today=TODAY - timedelta(days=1))
    assert list(errors_of(caught)) == ["contact_date"]


@pytest.mark.parametrize("purpose", [ContactPurpose.FOR_PARTICIPANT, ContactPurpose.FOLLOW_ALONG])
def test_a_purpose_about_a_participant_needs_one(ws, purpose):
    emp, _ = employer(ws)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp, purpose=purpose), today=TODAY)
    assert errors_of(caught) == {"course_id": message("contact_needs_participant")}
    course = enrol(ws)
    employer_contacts.log_contact(ws.ctx, data(ws, emp, purpose=purpose, course_id=course),
                                  today=TODAY)


def test_an_employer_merged_away_or_missing_is_refused(ws):
    kept, _ = employer(ws, "Kiosken A/S")
    gone, _ = employer(ws, "Kiosken")
    deleted, _ = employer(ws, "Lukket")
    with unit_of_work(ws.ctx) as session:
        row = session.get(Employer, gone)
        row.merged_into_id, row.deleted_at = kept, datetime.now(UTC)
        session.get(Employer, deleted).deleted_at = datetime.now(UTC)
    for employer_id, code in ((gone, "contact_employer_merged"),
                              (deleted, "contact_unknown_employer"),
                              (uuid.uuid4(), "contact_unknown_employer")):
        with pytest.raises(ValidationError) as caught:
            employer_contacts.log_contact(ws.ctx, data(ws, employer_id), today=TODAY)
        assert errors_of(caught) == {"employer_id": message(code)}
    assert contact_rows(ws) == []


def test_a_contact_person_removed_or_a_course_deleted_is_refused(ws):
    emp, person = employer(ws, person="Kim Bager")
    course = enrol(ws)
    with unit_of_work(ws.ctx) as session:
        session.get(EmployerContactPerson, person).deleted_at = datetime.now(UTC)
        session.get(Course, course).deleted_at = datetime.now(UTC)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(
            ws, emp, contact_person_id=person, course_id=course), today=TODAY)
    assert errors_of(caught) == {"contact_person_id": message("contact_person_elsewhere"),
                                 "course_id": message("contact_unknown_participant")}


def test_a_deleted_consultant_is_refused(ws):
    emp, _ = employer(ws)
    with unit_of_work(ws.ctx) as session:
        gone = Consultant(name="Ex Kollega", initials="EK", municipality="Køge", role="consultant",
                          deleted_at=datetime.now(UTC))
        session.add(gone)
        session.flush()
        gone_id = gone.id
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp, consultant_id=gone_id), today=TODAY)
    assert errors_of(caught) == {"consultant_id": message("contact_unknown_consultant")}


def test_update_checks_alike_and_writes_nothing_when_refused(ws):
    emp, _ = employer(ws)
    contact_id = employer_contacts.log_contact(ws.ctx, data(ws, emp, next_step="Ring"),
                                               today=TODAY)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.update_contact(ws.ctx, contact_id, data(
            ws, emp, next_step="Mail", contact_date=TODAY + timedelta(days=3)), today=TODAY)
    assert list(errors_of(caught)) == ["contact_date"]
    assert employer_contacts.contact_input(ws.ctx, contact_id).next_step == "Ring"
    employer_contacts.update_contact(ws.ctx, contact_id, data(
        ws, emp, next_step="Mail", mode=ContactMode.PHONE), today=TODAY)
    back = employer_contacts.contact_input(ws.ctx, contact_id)
    assert (back.next_step, back.mode) == ("Mail", ContactMode.PHONE)


def test_a_deleted_contact_is_gone_for_every_call(ws):
    emp, _ = employer(ws)
    contact_id = employer_contacts.log_contact(ws.ctx, data(ws, emp), today=TODAY)
    employer_contacts.delete_contact(ws.ctx, contact_id)
    [row] = contact_rows(ws)
    assert row.deleted_at is not None  # soft: the row stays
    for call in (lambda: employer_contacts.contact_input(ws.ctx, contact_id),
                 lambda: employer_contacts.delete_contact(ws.ctx, contact_id),
                 lambda: employer_contacts.mark_follow_up_done(ws.ctx, contact_id, TODAY),
                 lambda: employer_contacts.update_contact(ws.ctx, contact_id, data(ws, emp),
                                                          today=TODAY)):
        with pytest.raises(LookupError):
            call()


def test_a_follow_up_marked_done_is_due_again_only_when_its_date_moves(ws):
    emp, _ = employer(ws)
    due = TODAY + timedelta(days=14)
    contact_id = employer_contacts.log_contact(ws.ctx, data(ws, emp, follow_up_date=due),
                                               today=TODAY)
    assert employer_contacts.follow_up_done_on(ws.ctx, contact_id) is None
    employer_contacts.mark_follow_up_done(ws.ctx, contact_id, TODAY)
    assert employer_contacts.follow_up_done_on(ws.ctx, contact_id) == TODAY
    assert len(audit_rows(ws, AuditAction.UPDATE)) == 1
    employer_contacts.update_contact(ws.ctx, contact_id, data(ws, emp, follow_up_date=due,
                                                              next_step="Ny"), today=TODAY)
    assert contact_rows(ws)[0].follow_up_done_on == TODAY
    employer_contacts.update_contact(ws.ctx, contact_id, data(
        ws, emp, follow_up_date=due + timedelta(days=7)), today=TODAY)
    assert contact_rows(ws)[0].follow_up_done_on is None


def test_marking_done_needs_a_follow_up(ws):
    emp, _ = employer(ws)
    contact_id = employer_contacts.log_contact(ws.ctx, data(ws, emp), today=TODAY)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.mark_follow_up_done(ws.ctx, contact_id, TODAY)
    assert errors_of(caught) == {"follow_up_date": message("contact_no_follow_up")}


def test_participant_choices_fold_sort_danish_and_skip_ended_courses(ws):
    for name in ("Øjvind Østergård", "Aase Andersen", "Zenia Olsen", "Ole Østergaard",
                 "Anders Berg"):
        enrol(ws, name)
    ended = enrol(ws, "Åge Ostergard")
    courses.end_course(ws.ctx, ended, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    names = [c.name for c in employer_contacts.participant_choices(ws.ctx, "ostergaard")]
    assert names == ["Ole Østergaard", "Øjvind Østergård"]
    everyone = employer_contacts.participant_choices(ws.ctx, "")
    # Danish order: Aa is Å, after Z and Ø.
    assert [c.name for c in everyone] == ["Anders Berg", "Ole Østergaard", "Zenia Olsen",
                                          "Øjvind Østergård", "Aase Andersen"]
    first = everyone[0]
    assert (first.consultant_initials, first.phase) == ("SOE", Phase.REFERRED)
    assert [c.name for c in employer_contacts.participant_choices(ws.ctx, "", limit=2)] == \
        ["Anders Berg", "Ole Østergaard"]
    assert [c.name for c in employer_contacts.participant_choices(ws.ctx, "berg and")] == \
        ["Anders Berg"]


def test_participant_choices_skip_a_deleted_person(ws):
    course = enrol(ws, "Bent Bo")
    with unit_of_work(ws.ctx) as session:
        person = session.get(Course, course).participant_id
        session.get(Participant, person).deleted_at = datetime.now(UTC)
    assert employer_contacts.participant_choices(ws.ctx, "bent") == []


def test_participant_choices_among_5000_participants_in_danish_order(ws):
    with unit_of_work(ws.ctx) as session:
        for n in range(5000):
            person = Participant(name=f"Deltager {n:04d} Ærø")
            session.add(person)
            session.add(Course(participant=person, consultant_id=ws.ctx.actor_id,
                               referral_date=TODAY, phase=Phase.JOB_SEARCH.value))
    hits = employer_contacts.participant_choices(ws.ctx, "deltager 12 aero")
    assert [c.name for c in hits][:2] == ["Deltager 0012 Ærø", "Deltager 0112 Ærø"]
    assert len(hits) == 20  # its speed is a `make bench` item (contact dialog: type-ahead)


def test_a_mode_or_outcome_not_in_the_list_is_a_field_error(ws):
    emp, _ = employer(ws)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp, mode="fax", outcome_kind="maybe"),
                                      today=TODAY)
    assert errors_of(caught) == {"mode": message("unknown_choice"),
                                 "outcome_kind": message("unknown_choice")}


def test_a_contact_person_typed_new_joins_the_employer_with_the_contact(ws):
    emp, known = employer(ws, person="Kim Bager")
    contact_id = employer_contacts.log_contact(
        ws.ctx, data(ws, emp, contact_person_id=known), today=TODAY,
        new_contact_person="  Lise Lærling ")
    with unit_of_work(ws.ctx) as session:
        people = {p.name: p for p in session.scalars(select(EmployerContactPerson))}
        contact = session.get(EmployerContact, contact_id)
        assert contact.contact_person_id == people["Lise Lærling"].id
        assert people["Lise Lærling"].employer_id == emp
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "employer_contact_person")))
    assert [(e.action, e.details) for e in events] == [("create", {"employer": str(emp)})]


def test_a_contact_refused_leaves_no_new_contact_person_behind(ws):
    emp, _ = employer(ws)
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp, contact_date=TODAY + timedelta(1)),
                                      today=TODAY, new_contact_person="Lise Lærling")
    assert list(errors_of(caught)) == ["contact_date"]
    with pytest.raises(ValidationError) as caught:
        employer_contacts.log_contact(ws.ctx, data(ws, emp), today=TODAY,
                                      new_contact_person="L" * 201)
    assert errors_of(caught) == {"contact_person_id": message("too_long", max=200)}
    with unit_of_work(ws.ctx) as session:
        assert list(session.scalars(select(EmployerContactPerson))) == []


def test_participant_choice_names_one_course_even_an_ended_one(ws):
    course = enrol(ws, "Åge Ostergard")
    courses.end_course(ws.ctx, course, TODAY, EndReason.MOVED_AWAY, today=TODAY)
    choice = employer_contacts.participant_choice(ws.ctx, course)
    assert (choice.course_id, choice.name, choice.consultant_initials, choice.phase) == (
        course, "Åge Ostergard", "SOE", Phase.ENDED)
    with pytest.raises(LookupError):
        employer_contacts.participant_choice(ws.ctx, uuid.uuid4())
