"""Logging, editing and deleting an employer contact (*virksomhedskontakt*): the log's write side.

Logging a contact is what a consultant does most, so the checks say at the
field what is wrong and nothing is half-saved: every problem found is reported
at once, and the row is written only when there is none. The read side (the
log, its filters and pages) is `services.employer_log`.

Audit events carry ids only: never an employer's, a person's or a
participant's name, nor the outcome or next step typed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import (
    PARTICIPANT_PURPOSES,
    AuditAction,
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    Phase,
)
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.text_search import fold, query_words
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    Participant,
)
from ips_desktop.storage.sql_functions import stored_text

TEXT_MAX = 4000  # outcome and next step, as long as a contact note may be
PERSON_NAME_MAX = 200  # the column's length
ENTITY = "employer_contact"


@dataclass(frozen=True)
class ContactInput:
    contact_date: date
    contact_time: time  # local wall clock
    consultant_id: uuid.UUID
    employer_id: uuid.UUID
    mode: ContactMode
    purpose: ContactPurpose
    contact_person_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None  # the participant the contact was about
    outcome_kind: ContactOutcome | None = None
    outcome: str = ""  # the outcome in the consultant's words
    next_step: str = ""
    follow_up_date: date | None = None


@dataclass(frozen=True)
class ParticipantChoice:
    """A type-ahead hit for the contact's participant: one open course."""

    course_id: uuid.UUID
    name: str
    consultant_initials: str
    phase: Phase


def log_contact(ctx: AppContext, data: ContactInput, *, today: date,
                new_contact_person: str = "") -> uuid.UUID:
    """A new contact in the log; ValidationError at the field, nothing written.

    `new_contact_person`: a name typed where no registered contact person
    fitted; the person joins the employer in the same transaction (so a contact
    refused leaves no person behind) and `data.contact_person_id` is ignored.
    """
    with write_unit(ctx) as session:
        _check(session, data, today, new_contact_person)
        contact = EmployerContact()
        _apply(contact, data)
        _add_person(session, ctx, contact, new_contact_person)
        session.add(contact)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, ENTITY, contact.id,
                     details=_details(data))
        return contact.id


def update_contact(ctx: AppContext, contact_id: uuid.UUID, data: ContactInput, *,
                   today: date, new_contact_person: str = "") -> None:
    """Correct a logged contact; the same checks as logging it (`new_contact_person` too).

    A follow-up already marked done stays done unless its date moved: a new
    follow-up date is a new follow-up, due again.
    """
    with write_unit(ctx) as session:
        contact = _contact(session, contact_id)
        _check(session, data, today, new_contact_person)
        if contact.follow_up_date != data.follow_up_date:
            contact.follow_up_done_on = None
        _apply(contact, data)
        _add_person(session, ctx, contact, new_contact_person)
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, contact.id,
                     details=_details(data))


def contact_input(ctx: AppContext, contact_id: uuid.UUID) -> ContactInput:
    """A logged contact as the dialog edits it."""
    with unit_of_work(ctx) as session:
        c = _contact(session, contact_id)
        return ContactInput(
            contact_date=c.contact_date, contact_time=c.contact_time,
            consultant_id=c.consultant_id, employer_id=c.employer_id,
            mode=ContactMode(c.mode), purpose=ContactPurpose(c.purpose),
            contact_person_id=c.contact_person_id, course_id=c.course_id,
            outcome_kind=_outcome(c.outcome_kind), outcome=c.outcome or "",
            next_step=c.next_step or "", follow_up_date=c.follow_up_date)


def follow_up_done_on(ctx: AppContext, contact_id: uuid.UUID) -> date | None:
    """The day the contact's follow-up was marked done; None while it is open (or has none)."""
    with unit_of_work(ctx) as session:
        return _contact(session, contact_id).follow_up_done_on


def delete_contact(ctx: AppContext, contact_id: uuid.UUID) -> None:
    """Soft delete: the row stays (for merging laptops later), gone from every list."""
    with write_unit(ctx) as session:
        contact = _contact(session, contact_id)
        contact.deleted_at = datetime.now().astimezone()
        audit.record(session, ctx.actor_id, AuditAction.DELETE, ENTITY, contact.id)


def mark_follow_up_done(ctx: AppContext, contact_id: uuid.UUID, on: date) -> None:
    """The follow-up was done (or let go) on `on`: it no longer shows as due."""
    with write_unit(ctx) as session:
        contact = _contact(session, contact_id)
        if contact.follow_up_date is None:
            raise ValidationError([FieldError("follow_up_date", message("contact_no_follow_up"))])
        contact.follow_up_done_on = on
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, contact.id,
                     details={"field": "follow_up_done_on"})


def participant_choices(ctx: AppContext, text: str, *, limit: int = 20) -> list[ParticipantChoice]:
    """Open courses whose participant's name holds every word typed, in Danish order.

    Folded as the caseload's search is ("ostergaard" finds "Østergård"). One
    query reads the open courses' names and the match runs in Python, because
    folding cannot be done in SQL. It runs at every keystroke, so the names are
    folded in one go (folding works letter by letter, so folding them joined
    is folding each) and ids become UUIDs only for the hits shown. An empty
    text gives the first `limit` in alphabetical order.
    """
    words = query_words(text)
    names, consultants = choice_queries()
    with unit_of_work(ctx) as session:
        rows = session.execute(names).all()
        initials = {raw: str(value) for raw, value in session.execute(consultants).all()}
    if words:
        folded = _fold_all([r[1] for r in rows])
        rows = [r for r, f in zip(rows, folded, strict=True) if all(w in f for w in words)]
    key = sort_key()
    hits = sorted(rows, key=lambda r: key(r[1]))[:max(limit, 0)]
    return [ParticipantChoice(uuid.UUID(course_id), name, initials.get(consultant_id) or "",
                              Phase(phase))
            for course_id, name, consultant_id, phase in hits]


def choice_queries() -> tuple[Select, Select]:
    """The open courses' names, and every consultant's initials (make bench replays both).

    The stored hex of the ids: parsing 5,000 UUIDs costs more than the query.
    """
    names = (select(stored_text(Course.id), Participant.name,
                    stored_text(Course.consultant_id), Course.phase)
             .join(Participant, Participant.id == Course.participant_id)
             .where(Course.deleted_at.is_(None), Participant.deleted_at.is_(None),
                    Course.phase != Phase.ENDED.value))
    return names, select(stored_text(Consultant.id), Consultant.initials)


def _fold_all(names: list[str]) -> list[str]:
    """`fold` of each name, in one call over them all (a name never holds a line break)."""
    folded = fold("\n".join(names)).split("\n")
    if len(folded) != len(names):  # a stored name with a line break after all
        folded = [fold(name) for name in names]
    return folded


def participant_choice(ctx: AppContext, course_id: uuid.UUID) -> ParticipantChoice:
    """The participant of one course, ended or not: a contact being edited, a preset."""
    with unit_of_work(ctx) as session:
        course = session.get(Course, course_id)
        if course is None or course.deleted_at is not None:
            raise LookupError("no such course")
        consultant = session.get(Consultant, course.consultant_id) if course.consultant_id \
            else None
        return ParticipantChoice(course.id, course.participant.name,
                                 consultant.initials if consultant else "", Phase(course.phase))


def _add_person(session: Session, ctx: AppContext, contact: EmployerContact, name: str) -> None:
    if not name.strip():
        return
    person = EmployerContactPerson(employer_id=contact.employer_id, name=name.strip())
    session.add(person)
    session.flush()
    contact.contact_person_id = person.id
    audit.record(session, ctx.actor_id, AuditAction.CREATE, "employer_contact_person", person.id,
                 details={"employer": contact.employer_id})


def contact_problems(ctx: AppContext, data: ContactInput, *, today: date,
                     new_contact_person: str = "") -> list[FieldError]:
    """What `log_contact` would refuse, without writing: a dialog that found problems of
    its own (a date it cannot read) shows these beside them, all at once."""
    with unit_of_work(ctx) as session:
        return _problems(session, data, today, new_contact_person)


def _check(session: Session, data: ContactInput, today: date, new_person: str = "") -> None:
    """Every problem with `data`, each at its field, raised together."""
    errors = _problems(session, data, today, new_person)
    if errors:
        raise ValidationError(errors)


def _problems(session: Session, data: ContactInput, today: date,
              new_person: str) -> list[FieldError]:
    errors: list[FieldError] = []

    def fail(field: str, code: str) -> None:
        errors.append(FieldError(field, message(code)))

    if data.contact_date > today:
        fail("contact_date", "contact_in_future")
    if data.follow_up_date is not None and data.follow_up_date < data.contact_date:
        fail("follow_up_date", "follow_up_before_contact")
    for field, value, kind in (("mode", data.mode, ContactMode),
                               ("purpose", data.purpose, ContactPurpose),
                               ("outcome_kind", data.outcome_kind, ContactOutcome)):
        if value is not None and not _is_member(kind, value):
            fail(field, "unknown_choice")
    consultant = session.get(Consultant, data.consultant_id)
    if consultant is None or consultant.deleted_at is not None:
        fail("consultant_id", "contact_unknown_consultant")
    employer = session.get(Employer, data.employer_id)
    if employer is None or (employer.deleted_at is not None and employer.merged_into_id is None):
        fail("employer_id", "contact_unknown_employer")
    elif employer.merged_into_id is not None:
        fail("employer_id", "contact_employer_merged")
    problem = text_problem(new_person, max_len=PERSON_NAME_MAX)
    if problem:
        errors.append(FieldError("contact_person_id", problem))
    elif data.contact_person_id is not None and not new_person.strip():
        person = session.get(EmployerContactPerson, data.contact_person_id)
        if person is None or person.deleted_at is not None \
                or person.employer_id != data.employer_id:
            fail("contact_person_id", "contact_person_elsewhere")
    if data.course_id is not None:
        course = session.get(Course, data.course_id)
        if course is None or course.deleted_at is not None:
            fail("course_id", "contact_unknown_participant")
    elif _is_member(ContactPurpose, data.purpose) \
            and ContactPurpose(data.purpose) in PARTICIPANT_PURPOSES:
        fail("course_id", "contact_needs_participant")
    for field, text in (("outcome", data.outcome), ("next_step", data.next_step)):
        problem = text_problem(text, max_len=TEXT_MAX, multiline=True)
        if problem:
            errors.append(FieldError(field, problem))
    return errors


def _is_member(kind: type[StrEnum], value: object) -> bool:
    """A value from a front end that is not in the list is a field error, not a crash."""
    return isinstance(value, str) and value in {member.value for member in kind}


def _apply(contact: EmployerContact, data: ContactInput) -> None:
    contact.contact_date = data.contact_date
    contact.contact_time = data.contact_time.replace(tzinfo=None)
    contact.consultant_id = data.consultant_id
    contact.employer_id = data.employer_id
    contact.contact_person_id = data.contact_person_id
    contact.course_id = data.course_id
    contact.mode = ContactMode(data.mode).value
    contact.purpose = ContactPurpose(data.purpose).value
    contact.outcome_kind = ContactOutcome(data.outcome_kind).value if data.outcome_kind else None
    contact.outcome = data.outcome.strip() or None
    contact.next_step = data.next_step.strip() or None
    contact.follow_up_date = data.follow_up_date


def _details(data: ContactInput) -> dict[str, object]:
    """Which records the contact ties together, by id: never what was typed."""
    details: dict[str, object] = {"employer": data.employer_id,
                                  "mode": ContactMode(data.mode).value}
    if data.course_id is not None:
        details["course"] = data.course_id
    return details


def _outcome(value: str | None) -> ContactOutcome | None:
    """An outcome this version does not know (a newer app wrote it) reads as "other"."""
    if not value:
        return None
    try:
        return ContactOutcome(value)
    except ValueError:
        return ContactOutcome.OTHER


def _contact(session: Session, contact_id: uuid.UUID) -> EmployerContact:
    contact = session.get(EmployerContact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise LookupError("no such contact")
    return contact
