"""Everything the app holds about one person: the access copy of GDPR article 15.

Read in one transaction, so that the copy is one moment's truth. Rows marked
deleted are still held (the soft-delete marker keeps them in the database), so
they are in the copy too, with the time they were marked. Form answers carry
the question they answer as the form version they were given under asked it
(FormDefinition), and every recorded change to them, so the person sees what
was written and what it said before. The audit events that concern the person
name who (initials), when, what kind and which record, never more.

Nothing here is language-bound: the reports (reports/person_json.py,
reports/person_pdf.py) say it in the reader's language.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.form_history import parse_key
from ips_desktop.domain.forms import FormField, FormSpec
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.form_drafts import recorded_spec
from ips_desktop.services.forms import shipped_spec, stored_versions
from ips_desktop.storage import models as m

FORM_ORDER = {"referral": 0, "vocational_profile": 1, "action_plan": 2}  # as the course goes


@dataclass(frozen=True)
class PersonFacts:
    id: uuid.UUID
    name: str
    cpr: str | None
    phone: str | None
    email: str | None
    address: str | None
    municipality: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class ConsentItem:
    given_on: date
    scope: str
    withdrawn_on: date | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class PhaseItem:
    phase: str
    changed_on: date
    changed_by: str  # initials ("" if unknown)
    deleted_at: datetime | None


@dataclass(frozen=True)
class NoteItem:
    note_date: date
    kind: str
    place: str
    text: str
    consultant: str
    deleted_at: datetime | None


@dataclass(frozen=True)
class AnswerItem:
    """One answer; `question` as the version it was given under asked it (None: no stored
    version asks it, the name stands for the label)."""

    name: str
    question: FormField | None
    value: Any


@dataclass(frozen=True)
class ChangeItem:
    """One recorded change of an answer; for a group's cell, `group` is the group and
    `question` its column, `row_id` the row."""

    at: datetime
    who: str
    field: str
    question: FormField | None
    group: FormField | None
    row_id: str | None
    old: Any
    new: Any


@dataclass(frozen=True)
class FormItem:
    form_id: str
    form_version: str
    spec: FormSpec | None  # the version given under (else today's form: spec.version says)
    status: str
    created_at: datetime
    updated_at: datetime
    updated_by: str
    completed_at: datetime | None
    answers: tuple[AnswerItem, ...]
    history: tuple[ChangeItem, ...]  # oldest first
    deleted_at: datetime | None


@dataclass(frozen=True)
class ReviewItem:
    reviewed_on: date
    reviewed_by: str
    deleted_at: datetime | None


@dataclass(frozen=True)
class ContactItem:
    """An employer contact made for the person's course."""

    contact_date: date
    contact_time: time
    employer: str
    consultant: str
    mode: str
    purpose: str
    outcome_kind: str | None
    outcome: str | None
    next_step: str | None
    follow_up_date: date | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class PlacementItem:
    kind: str
    title: str
    employer: str  # the employer's name, or the institution's
    start_date: date
    end_date: date | None
    hours_per_week: float | None
    ordinary_terms: bool
    end_reason: str | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class CandidacyItem:
    """A job opening the person was considered for."""

    title: str
    employer: str
    status: str
    found_on: date
    deadline: date | None
    deleted_at: datetime | None


@dataclass(frozen=True)
class EventItem:
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    location: str | None
    notes: str
    rrule: str | None
    consultant: str
    deleted_at: datetime | None


@dataclass(frozen=True)
class SupervisionItem:
    iso_year: int
    iso_week: int
    discussed_on: date | None
    discussed_by: str
    note: str
    note_by: str
    deleted_at: datetime | None


@dataclass(frozen=True)
class CourseItem:
    id: uuid.UUID
    consultant: str
    referral_date: date
    referral_source: str | None
    date_received: date | None
    psychiatry_unit: str | None
    clinician: str | None
    first_meeting_date: date | None
    plan_completed_on: date | None
    phase: str
    ended_on: date | None
    end_reason: str | None
    end_reason_text: str | None
    created_at: datetime
    deleted_at: datetime | None
    consents: tuple[ConsentItem, ...]
    phases: tuple[PhaseItem, ...]
    notes: tuple[NoteItem, ...]
    forms: tuple[FormItem, ...]
    plan_reviews: tuple[ReviewItem, ...]
    employer_contacts: tuple[ContactItem, ...]
    placements: tuple[PlacementItem, ...]
    candidacies: tuple[CandidacyItem, ...]
    events: tuple[EventItem, ...]
    supervision: tuple[SupervisionItem, ...]


@dataclass(frozen=True)
class AuditItem:
    at: datetime
    actor: str  # initials ("" for the app itself or an unknown actor)
    action: str
    entity: str | None
    entity_id: uuid.UUID | None


@dataclass(frozen=True)
class PersonExport:
    person: PersonFacts
    courses: tuple[CourseItem, ...]
    audit: tuple[AuditItem, ...]
    made_at: datetime  # an aware UTC instant
    is_demo: bool

    def counts(self) -> dict[str, int]:
        """How many items of each kind: the export's audit details, and the dialog's summary."""
        per = {"courses": len(self.courses), "audit_events": len(self.audit)}
        for kind in ("consents", "phases", "notes", "forms", "plan_reviews", "employer_contacts",
                     "placements", "candidacies", "events", "supervision"):
            per[kind] = sum(len(getattr(course, kind)) for course in self.courses)
        return per


def person_export(ctx: AppContext, participant_id: uuid.UUID) -> PersonExport:
    """The access copy of one person (soft-deleted rows too). Raises LookupError when the
    app holds no such person."""
    with unit_of_work(ctx) as session:
        person = session.get(m.Participant, participant_id)
        if person is None:
            raise LookupError("no such participant")
        names = _Initials(session)
        course_rows = list(session.scalars(
            select(m.Course).where(m.Course.participant_id == participant_id)
            .order_by(m.Course.referral_date, m.Course.created_at)))
        raw_courses = [_course(session, names, row) for row in course_rows]
        audit_rows = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.participant_id == participant_id)
            .order_by(m.AuditEvent.at, m.AuditEvent.seq))
        audit = tuple(AuditItem(_aware(e.at), names(e.actor_id), e.action, e.entity,
                                e.entity_id) for e in audit_rows)
        facts = PersonFacts(person.id, person.name, person.cpr, person.phone, person.email,
                            person.address, person.municipality, _aware(person.created_at),
                            _aware(person.updated_at), _maybe_aware(person.deleted_at))
    specs = _Specs(ctx, names)
    courses = tuple(_with_forms(course, responses, specs) for course, responses in raw_courses)
    return PersonExport(facts, courses, audit, datetime.now(UTC), ctx.is_demo)


# -- reading a course's rows ---------------------------------------------------------------

_Raw = tuple[CourseItem, list[tuple[m.FormResponse, list[m.FormAnswerChange], str]]]


def _course(session: Session, names: _Initials, c: m.Course) -> _Raw:
    def rows(model: Any, *order: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.course_id == c.id)
                                    .order_by(*order, model.created_at)))

    consents = tuple(ConsentItem(r.given_on, r.scope, r.withdrawn_on, _maybe_aware(r.deleted_at))
                     for r in rows(m.Consent, m.Consent.given_on))
    phases = tuple(PhaseItem(r.phase, r.changed_on, names(r.changed_by),
                             _maybe_aware(r.deleted_at))
                   for r in rows(m.PhaseChange, m.PhaseChange.changed_on))
    notes = tuple(NoteItem(r.note_date, r.kind, r.place, r.text, names(r.consultant_id),
                           _maybe_aware(r.deleted_at))
                  for r in rows(m.Note, m.Note.note_date))
    reviews = tuple(ReviewItem(r.reviewed_on, names(r.reviewed_by), _maybe_aware(r.deleted_at))
                    for r in rows(m.PlanReview, m.PlanReview.reviewed_on))
    supervision = tuple(
        SupervisionItem(r.iso_year, r.iso_week, r.discussed_on, names(r.discussed_by), r.note,
                        names(r.note_by), _maybe_aware(r.deleted_at))
        for r in rows(m.SupervisionItem, m.SupervisionItem.iso_year, m.SupervisionItem.iso_week))
    events = tuple(
        EventItem(r.kind, r.title, r.starts_at, r.ends_at, r.location, r.notes, r.rrule,
                  names(r.consultant_id), _maybe_aware(r.deleted_at))
        for r in rows(m.CalendarEvent, m.CalendarEvent.starts_at))
    employers = _Employers(session)
    contacts = tuple(
        ContactItem(r.contact_date, r.contact_time, employers(r.employer_id),
                    names(r.consultant_id), r.mode, r.purpose, r.outcome_kind, r.outcome,
                    r.next_step, r.follow_up_date, _maybe_aware(r.deleted_at))
        for r in rows(m.EmployerContact, m.EmployerContact.contact_date,
                      m.EmployerContact.contact_time))
    placements = tuple(
        PlacementItem(r.kind, r.title, employers(r.employer_id) or r.institution or "",
                      r.start_date, r.end_date, r.hours_per_week, r.ordinary_terms, r.end_reason,
                      _maybe_aware(r.deleted_at))
        for r in rows(m.Placement, m.Placement.start_date))
    candidacies = tuple(
        CandidacyItem(o.title, employers(o.employer_id), o.status, o.found_on, o.deadline,
                      _maybe_aware(k.deleted_at or o.deleted_at))
        for k, o in session.execute(
            select(m.JobOpeningCandidate, m.JobOpening)
            .join(m.JobOpening, m.JobOpening.id == m.JobOpeningCandidate.opening_id)
            .where(m.JobOpeningCandidate.course_id == c.id)
            .order_by(m.JobOpening.found_on, m.JobOpening.created_at)))
    responses = []
    for response in sorted(rows(m.FormResponse, m.FormResponse.created_at),
                           key=lambda r: FORM_ORDER.get(r.form_id, len(FORM_ORDER))):
        changes = list(session.scalars(
            select(m.FormAnswerChange).where(m.FormAnswerChange.response_id == response.id)
            .order_by(m.FormAnswerChange.at, m.FormAnswerChange.field_name)))
        responses.append((response, changes, names(response.updated_by)))
    course = CourseItem(
        c.id, names(c.consultant_id), c.referral_date, c.referral_source, c.date_received,
        c.psychiatry_unit, c.clinician, c.first_meeting_date, c.plan_completed_on, c.phase,
        c.ended_on, c.end_reason, c.end_reason_text, _aware(c.created_at),
        _maybe_aware(c.deleted_at), consents, phases, notes, (), reviews, contacts, placements,
        candidacies, events, supervision)
    return course, responses


def _with_forms(course: CourseItem, responses: Iterable[tuple[m.FormResponse,
                list[m.FormAnswerChange], str]], specs: _Specs) -> CourseItem:
    """The course with its forms, each answer and change under its own version's question."""
    forms = []
    for response, changes, who_saved in responses:
        spec = specs.get(response.form_id, response.form_version)
        answers = tuple(AnswerItem(name, specs.question(response.form_id, spec, name), value)
                        for name, value in _ordered(spec, response.answers or {}))
        history = []
        for change in changes:
            key = parse_key(change.field_name)
            asked = specs.question(response.form_id, spec, key.question)
            group, question = None, asked
            if key.column is not None and asked is not None:
                group = asked
                question = next((f for f in asked.fields if f.name == key.column), None)
            history.append(ChangeItem(_aware(change.at), specs.initials(change.actor_id),
                                      change.field_name, question, group, key.row_id,
                                      change.old_value, change.new_value))
        forms.append(FormItem(
            response.form_id, response.form_version, spec, response.status,
            _aware(response.created_at), _aware(response.updated_at), who_saved,
            _maybe_aware(response.completed_at), answers, tuple(history),
            _maybe_aware(response.deleted_at)))
    return replace(course, forms=tuple(forms))


def _ordered(spec: FormSpec | None, answers: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The answers in the form's order, then any it does not ask, by name."""
    order = [f.name for f in spec.all_fields()] if spec is not None else []
    known = [(name, answers[name]) for name in order if name in answers]
    return known + sorted((k, v) for k, v in answers.items() if k not in order)


# -- look-ups ------------------------------------------------------------------------------

class _Initials:
    """Consultants by id as their initials, each read once."""

    def __init__(self, session: Session) -> None:
        self.known = {cid: initials for cid, initials in session.execute(
            select(m.Consultant.id, m.Consultant.initials))}

    def __call__(self, consultant_id: uuid.UUID | None) -> str:
        return self.known.get(consultant_id, "") if consultant_id is not None else ""


class _Employers:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.known: dict[uuid.UUID, str] = {}

    def __call__(self, employer_id: uuid.UUID | None) -> str:
        if employer_id is None:
            return ""
        if employer_id not in self.known:
            self.known[employer_id] = self.session.scalar(
                select(m.Employer.name).where(m.Employer.id == employer_id)) or ""
        return self.known[employer_id]


class _Specs:
    """Form versions as the app recorded them, each parsed once, and who changed answers."""

    def __init__(self, ctx: AppContext, names: _Initials) -> None:
        self.ctx, self._names = ctx, names
        self.cache: dict[tuple[str, str], FormSpec | None] = {}
        self.versions: dict[str, list[str]] = {}

    def initials(self, consultant_id: uuid.UUID | None) -> str:
        return self._names(consultant_id)

    def get(self, form_id: str, version: str) -> FormSpec | None:
        if (form_id, version) not in self.cache:
            # Not recorded (a demo's answers): today's labels are better than none.
            self.cache[(form_id, version)] = recorded_spec(self.ctx, form_id, version,
                                                           shipped_spec(form_id))
        return self.cache[(form_id, version)]

    def question(self, form_id: str, spec: FormSpec | None, name: str) -> FormField | None:
        """The question as `spec` asks it, else as the newest recorded version that asked it,
        else as the shipped form asks it (a demo's answers have no recorded version)."""
        found = spec.field(name) if spec is not None else None
        if found is not None:
            return found
        if form_id not in self.versions:
            self.versions[form_id] = stored_versions(self.ctx, form_id)
        for version in reversed(self.versions[form_id]):
            older = self.get(form_id, version)
            found = older.field(name) if older is not None else None
            if found is not None:
                return found
        shipped = shipped_spec(form_id)
        return shipped.field(name) if shipped is not None else None


def _aware(value: datetime) -> datetime:
    """SQLite hands stored UTC times back without their zone."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _maybe_aware(value: datetime | None) -> datetime | None:
    return _aware(value) if value is not None else None
