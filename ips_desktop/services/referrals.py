"""Registering and editing a referral (*henvisning*) from the answers to the referral form.

The form decides the questions; this module decides where each answer lives:
a field with `store = "table.column"` goes to that column (so lists and rules
can use it), every other answer to the form response, kept with the form's
id, version and hash. Nothing screens the person: IPS excludes no one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.cpr import CprError, parse_cpr
from ips_desktop.domain.enums import AuditAction, FormStatus, Phase
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.form_answers import (
    answer_date,
    carry_renamed,
    storable_answers,
    validate_answers,
)
from ips_desktop.domain.forms import FormSpec
from ips_desktop.domain.messages import message
from ips_desktop.services import audit
from ips_desktop.services.consents import consent_problems
from ips_desktop.services.consents import latest as latest_consent
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import (
    Consent,
    Consultant,
    Course,
    FormResponse,
    Participant,
    PhaseChange,
    utcnow,
)

REFERRAL_FORM = "referral"


@dataclass(frozen=True)
class ReferralView:
    """A referral's answers as the form shows them, with the version they were given under."""

    course_id: uuid.UUID
    form_version: str
    answers: dict[str, Any]  # the answers kept in the form response
    columns: dict[str, Any]  # the answers kept in columns, by store target


def register_referral(ctx: AppContext, spec: FormSpec, answers: dict[str, Any], *,
                      today: date, participant_id: uuid.UUID | None = None) -> uuid.UUID:
    """A new course for a new person, or (participant_id) a new course for a known one."""
    values = _checked(ctx, spec, answers, today)
    with write_unit(ctx) as session:
        if participant_id is None:
            person = Participant(name="")
            session.add(person)
        else:
            found = session.get(Participant, participant_id)
            if found is None or found.deleted_at is not None:
                raise LookupError("no such participant")
            person = found
        course = Course(participant=person, referral_date=values["course.referral_date"],
                        phase=Phase.REFERRED.value)
        session.add(course)
        _apply(session, person, course, values)
        session.flush()
        session.add(PhaseChange(course_id=course.id, phase=Phase.REFERRED.value,
                                changed_on=course.referral_date, changed_by=ctx.actor_id))
        _advance_if_met(session, ctx, course, today)
        _save_consent(session, course, values)
        session.add(FormResponse(
            course_id=course.id, form_id=spec.id, form_version=spec.version,
            form_hash=spec.source_hash, answers=_free_answers(spec, answers, today),
            status=FormStatus.COMPLETE.value, updated_by=ctx.actor_id, completed_at=utcnow()))
        if participant_id is None:
            audit.record(session, ctx.actor_id, AuditAction.CREATE, "participant", person.id)
        audit.record(session, ctx.actor_id, AuditAction.CREATE, "course", course.id,
                     details={"form": spec.id, "version": spec.version})
        return course.id


def update_referral(ctx: AppContext, course_id: uuid.UUID, spec: FormSpec,
                    answers: dict[str, Any], *, today: date) -> None:
    values = _checked(ctx, spec, answers, today)
    with write_unit(ctx) as session:
        course = session.get(Course, course_id)
        if course is None or course.deleted_at is not None:
            raise LookupError("no such course")
        _apply(session, course.participant, course, values)
        _advance_if_met(session, ctx, course, today)
        if "consent.given_on" in spec.stored_fields():  # a form without consent leaves it be
            _save_consent(session, course, values)
        response = _response(session, course_id)
        free = _free_answers(spec, answers, today)
        if response is None:
            session.add(FormResponse(
                course_id=course_id, form_id=spec.id, form_version=spec.version,
                form_hash=spec.source_hash, answers=free, status=FormStatus.COMPLETE.value,
                updated_by=ctx.actor_id, completed_at=utcnow()))
        else:
            response.answers = free
            response.form_version, response.form_hash = spec.version, spec.source_hash
            response.updated_by = ctx.actor_id
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "course", course_id,
                     details={"form": spec.id, "version": spec.version})


def referral(ctx: AppContext, course_id: uuid.UUID, *, record_read: bool = False
             ) -> ReferralView:
    """The answers as given, the stored columns put back under their field names.

    On the participant page they are part of the page's one read; a screen of
    their own (the new course's referral, filled in from the last) passes
    `record_read` for its opening.
    """
    with unit_of_work(ctx) as session:
        course = session.get(Course, course_id)
        if course is None:
            raise LookupError("no such course")
        response = _response(session, course_id)
        consent = _consent(session, course_id)
        answers: dict[str, Any] = dict(response.answers) if response else {}
        columns: dict[str, Any] = {
            "participant.name": course.participant.name, "participant.cpr": course.participant.cpr,
            "participant.phone": course.participant.phone,
            "participant.email": course.participant.email,
            "participant.address": course.participant.address,
            "course.referral_date": course.referral_date,
            "course.date_received": course.date_received,
            "course.referral_source": course.referral_source,
            "course.psychiatry_unit": course.psychiatry_unit, "course.clinician": course.clinician,
            "course.consultant": str(course.consultant_id) if course.consultant_id else None,
            "course.first_meeting_date": course.first_meeting_date,
            "course.plan_completed_on": course.plan_completed_on,
            "consent.given_on": consent.given_on if consent else None,
            "consent.scope": consent.scope if consent else None,
            "consent.withdrawn_on": consent.withdrawn_on if consent else None,
        }
        version = response.form_version if response else ""
        if record_read:
            audit.record(session, ctx.actor_id, AuditAction.READ, "course", course_id,
                         details={"form": REFERRAL_FORM})
        return ReferralView(course_id, version, answers, columns)


def answers_for(spec: FormSpec, view: ReferralView) -> dict[str, Any]:
    """Merge the stored columns back into answers keyed by this spec's field names."""
    answers = carry_renamed(spec, view.answers)  # a renamed question keeps its old answer
    for target, field in spec.stored_fields().items():
        value = view.columns.get(target)
        if isinstance(value, date):
            value = value.isoformat()
        if value is not None:
            answers[field.name] = value
    return answers


# -- checking and writing ------------------------------------------------------------------

def _checked(ctx: AppContext, spec: FormSpec, answers: dict[str, Any],
             today: date) -> dict[str, Any]:
    """Validate everything at once; returns the column values by store target."""
    with unit_of_work(ctx) as session:
        known = {str(i) for i in session.scalars(select(Consultant.id).where(
            Consultant.deleted_at.is_(None)))}
    errors = list(validate_answers(spec, answers, complete=True, today=today,
                                   dynamic_choices=_consultant_choices(spec, known)))
    failed = {e.field for e in errors}
    values: dict[str, Any] = {}
    for target, field in spec.stored_fields().items():
        value = answers.get(field.name)
        if field.name in failed:
            continue
        if isinstance(value, str) and field.type.value == "date":
            value = answer_date(value, today)
        if isinstance(value, str):
            value = value.strip() or None
        values[target] = value
    by_target = {t: f.name for t, f in spec.stored_fields().items()}

    def problem(target: str, code: str) -> None:
        errors.append(FieldError(by_target[target], message(code)))

    if "course.referral_date" not in by_target:
        raise ValueError("a referral form must store course.referral_date")
    if values.get("participant.cpr"):
        try:
            values["participant.cpr"] = parse_cpr(values["participant.cpr"], today=today)
        except CprError as exc:
            problem("participant.cpr", exc.code)
    referred = values.get("course.referral_date")
    if isinstance(referred, date):
        if referred > today:
            problem("course.referral_date", "date_in_future")
        for target in ("course.date_received", "course.first_meeting_date",
                       "course.plan_completed_on"):
            later = values.get(target)
            if isinstance(later, date) and later < referred:
                problem(target, "date_before_referral")
        received = values.get("course.date_received")
        if isinstance(received, date) and received > today:
            problem("course.date_received", "date_in_future")
    for target, code in consent_problems(values.get("consent.given_on"),
                                         values.get("consent.withdrawn_on"), today):
        if target in by_target:  # the same checks as the page's consent dialog
            problem(target, code)
    consultant = values.get("course.consultant")
    if consultant:  # validate_answers has checked it is one of the consultants
        values["course.consultant"] = uuid.UUID(str(consultant))
    if errors:
        raise ValidationError(errors)
    return values


def _consultant_choices(spec: FormSpec, known: set[str]) -> dict[str, set[str]]:
    """The consultants are the choices of whichever question stores `course.consultant`."""
    field = spec.stored_fields().get("course.consultant")
    return {field.name: known} if field else {}


_COLUMNS = {
    "participant.name": ("person", "name"), "participant.cpr": ("person", "cpr"),
    "participant.phone": ("person", "phone"), "participant.email": ("person", "email"),
    "participant.address": ("person", "address"),
    "course.referral_date": ("course", "referral_date"),
    "course.date_received": ("course", "date_received"),
    "course.referral_source": ("course", "referral_source"),
    "course.psychiatry_unit": ("course", "psychiatry_unit"),
    "course.clinician": ("course", "clinician"),
    "course.consultant": ("course", "consultant_id"),
    "course.first_meeting_date": ("course", "first_meeting_date"),
    "course.plan_completed_on": ("course", "plan_completed_on"),
}


def _apply(session: Session, person: Participant, course: Course,
           values: dict[str, Any]) -> None:
    targets = {"person": person, "course": course}
    for target, value in values.items():
        if target in _COLUMNS:
            owner, column = _COLUMNS[target]
            setattr(targets[owner], column, value)


def _save_consent(session: Session, course: Course, values: dict[str, Any]) -> None:
    given = values.get("consent.given_on")
    consent = _consent(session, course.id) if course.id else None
    if given is None:
        if consent is not None:
            consent.deleted_at = datetime.now().astimezone()
        return
    if consent is None:
        consent = Consent(course_id=course.id, given_on=given, scope="")
        session.add(consent)
    consent.given_on = given
    consent.scope = values.get("consent.scope") or ""
    consent.withdrawn_on = values.get("consent.withdrawn_on")


def _advance_if_met(session: Session, ctx: AppContext, course: Course, today: date) -> None:
    """A first meeting held means the course is under way (GLOSSARY: engagement)."""
    met = course.first_meeting_date
    if course.phase == Phase.REFERRED.value and met is not None and met <= today:
        course.phase = Phase.ENGAGED.value
        session.add(PhaseChange(course_id=course.id, phase=Phase.ENGAGED.value, changed_on=met,
                                changed_by=ctx.actor_id))


def _free_answers(spec: FormSpec, answers: dict[str, Any], today: date) -> dict[str, Any]:
    """The answers that live in the form response (the rest went to their columns)."""
    stored = {f.name for f in spec.stored_fields().values()}
    return {k: v for k, v in storable_answers(spec, answers, today).items()
            if k not in stored and v is not None}


def _response(session: Session, course_id: uuid.UUID) -> FormResponse | None:
    return session.scalars(select(FormResponse).where(
        FormResponse.course_id == course_id, FormResponse.form_id == REFERRAL_FORM,
        FormResponse.deleted_at.is_(None)).order_by(FormResponse.created_at.desc())).first()


def _consent(session: Session, course_id: uuid.UUID) -> Consent | None:
    """The latest consent: after a withdrawal and a new consent, the form edits the new one."""
    return latest_consent(session, course_id)
