"""Drafts of the vocational profile and the action plan: saved often, never losing a word.

IPS is strict that neither form holds up the job search (seed 002), so the
wizard fills in a little today and more next week. One FormResponse per
(course, form id) holds the answers: a draft, later complete. A completed form
can be opened and changed again; it stays complete, and every changed answer
is a row in `form_answer_change` (who, when, from what to what).

`save_draft` stores every answer that can be stored and reports the others
(an impossible date, a text over the maximum, a number outside its range),
whose previous stored value stays; it writes nothing when nothing changed, so the
wizard may call it every few seconds. All answers, including any `store =`
question's, live in the response's answers (these forms fill no columns);
answers to questions the spec does not know (an older version's) are kept.

The audit trail gets the form id and version, never an answer.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, FormStatus
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.form_answers import is_empty, storable_answers, validate_answers
from ips_desktop.domain.form_history import ChangeKey, answer_changes, parse_key
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.form_progress import (
    OverdueSubGoal,
    SectionState,
    missing_required,
    overdue_sub_goals,
    section_states,
)
from ips_desktop.domain.form_versions import (
    FormChanges,
    answers_not_in,
    changes_between,
    move_answers,
)
from ips_desktop.domain.forms import ROW_ID, FieldType, FormError, FormField, FormSpec
from ips_desktop.domain.messages import message
from ips_desktop.domain.rules import plan_review_due
from ips_desktop.services import audit
from ips_desktop.services.caseload import PLAN_FORM, PROFILE_FORM
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.dates import local_date
from ips_desktop.services.forms import shipped_spec, stored_versions
from ips_desktop.storage import synced_writes
from ips_desktop.storage.models import (
    Consultant,
    Course,
    FormAnswerChange,
    FormDefinition,
    FormResponse,
    PlanReview,
    utcnow,
)

__all__ = ["PLAN_FORM", "PROFILE_FORM", "AnswerChange", "ChangeKey", "FormDraft", "FormState",
           "OldAnswer", "OverdueSubGoal", "Position", "answer_history", "form_states",
           "mark_complete", "mark_reviewed", "move_to_version", "old_answers", "open_form",
           "save_draft"]
FORMS = (PROFILE_FORM, PLAN_FORM)
ENTITY = "form_response"
SITTING = timedelta(minutes=15)  # autosaves of one answer this close are one change
MAX_KEYS_IN_QUERY = 200  # well below SQLite's limit on bound parameters


@dataclass(frozen=True)
class Position:
    """Where the consultant left off, to resume there."""

    page: int = 0
    field: str | None = None


@dataclass(frozen=True)
class OldAnswer:
    """An answer to a question the draft's version no longer asks, with where it came from.

    The wizard and the printout show it marked as the old version's; it is
    never dropped (DESIGN.md, "Form definitions").
    """

    name: str
    value: Any
    version: str  # the newest recorded version that asks it ("" if none does)
    question: FormField | None  # the question in that version, for its label


@dataclass(frozen=True)
class FormDraft:
    """What the wizard opens."""

    course_id: uuid.UUID
    form_id: str
    spec: FormSpec  # the version the answers were given under, or `current` if not started
    current: FormSpec  # the version in use now (services.forms.spec_in_use)
    answers: dict[str, Any]
    status: FormStatus | None  # None: not started
    position: Position
    changes: FormChanges | None  # set when spec.version != current.version
    updated_at: datetime | None
    updated_by: str  # the name of who last changed it ("" if nobody yet)
    completed_on: date | None
    old_answers: tuple[OldAnswer, ...] = ()  # answers `spec` does not ask (old_answers())


@dataclass(frozen=True)
class FormState:
    """The participant page's line for one form."""

    form_id: str
    status: FormStatus | None
    sections_done: int
    sections_total: int
    completed_on: date | None
    last_review: date | None = None  # plan only
    review_due: date | None = None  # plan only
    started_on: date | None = None  # the first save with an answer
    overdue_sub_goals: tuple[OverdueSubGoal, ...] = ()  # plan only: past target, not reached


@dataclass(frozen=True)
class AnswerChange:
    """One row of a form's history: who changed which answer when, from what to what.

    `field` is a question's name, or "group[row_id].column" for one cell of a
    repeatable group (`key` splits it; domain/form_history.py has the rules).
    Autosaves of one answer by one consultant within SITTING of each other
    are one change, from the value before the first to the value after the last.
    """

    at: datetime
    actor_id: uuid.UUID | None
    who: str  # the consultant's name ("" if unknown)
    field: str
    old: Any
    new: Any

    @property
    def key(self) -> ChangeKey:
        return parse_key(self.field)


# -- reading ---------------------------------------------------------------------------------

def open_form(ctx: AppContext, course_id: uuid.UUID, form_id: str,
              current: FormSpec, *, record_read: bool = True) -> FormDraft:
    """The stored draft under its own version (or `current` for a form not started yet).

    Opening a form reads health data: an audited read. The participant page's
    form tabs show the answers as part of the page (`record_read=False`): the
    page's read of the course is their one event per opening.
    """
    if current.id != form_id:
        raise ValueError("the current spec is for another form")
    with unit_of_work(ctx) as session:
        _live_course(session, course_id)
        response = _response(session, course_id, form_id)
        if record_read:
            audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                         response.id if response else None,
                         details={"form": form_id, "course": course_id})
        if response is None:
            return FormDraft(course_id, form_id, current, current, {}, None, Position(), None,
                             None, "", None)
        who = _name(session, response.updated_by)
        version, answers = response.form_version, dict(response.answers or {})
        status, position = FormStatus(response.status), _position(response.position)
        updated_at, completed = _aware(response.updated_at), local_date(response.completed_at)
    spec = current if version == current.version else \
        recorded_spec(ctx, form_id, version, None) or current
    changes = changes_between(spec, current) if spec.version != current.version else None
    return FormDraft(course_id, form_id, spec, current, answers, status, position, changes,
                     updated_at, who, completed, tuple(old_answers(ctx, spec, answers)))


def old_answers(ctx: AppContext, spec: FormSpec, answers: Mapping[str, Any]) -> list[OldAnswer]:
    """The answers `spec` does not ask, each with the newest recorded version that asked it."""
    left = answers_not_in(spec, answers)
    if not left:
        return []
    found: dict[str, tuple[str, FormField]] = {}
    for version in reversed(stored_versions(ctx, spec.id)):
        older = recorded_spec(ctx, spec.id, version, None)
        for name in left:
            question = older.field(name) if older is not None else None
            if question is not None and name not in found:
                found[name] = (version, question)
        if len(found) == len(left):
            break
    return [OldAnswer(name, value, *found.get(name, ("", None))) for name, value in left.items()]


def answer_history(ctx: AppContext, course_id: uuid.UUID, form_id: str) -> list[AnswerChange]:
    """Every change to the form's answers, newest first (one save's by key), with who."""
    with unit_of_work(ctx) as session:
        response = _response(session, course_id, form_id)
        if response is None:
            return []
        rows = session.execute(
            select(FormAnswerChange, Consultant.name)
            .outerjoin(Consultant, Consultant.id == FormAnswerChange.actor_id)
            .where(FormAnswerChange.response_id == response.id,
                   FormAnswerChange.deleted_at.is_(None))
            .order_by(FormAnswerChange.at.desc(), FormAnswerChange.field_name)).all()
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY, response.id,
                     details={"form": form_id, "history": True})
        return [AnswerChange(_aware(c.at), c.actor_id, name or "", c.field_name, c.old_value,
                             c.new_value) for c, name in rows]


def form_states(ctx: AppContext, course_id: uuid.UUID, *, today: date) -> dict[str, FormState]:
    """Both forms' state for the participant page, by form id (a form not started too).

    The plan's review due date follows the list's rule exactly (domain.rules):
    91 days after the last review, or after the plan was begun before any (its
    first save; `plan_completed_on` is the referral's own answer, not the clock).
    A sub-goal past its target date (before `today`) with no date reached is
    overdue (domain.form_progress.overdue_sub_goals).
    """
    states: dict[str, FormState] = {}
    with unit_of_work(ctx) as session:
        _live_course(session, course_id)
        found = {form_id: _response(session, course_id, form_id) for form_id in FORMS}
        facts = {form_id: (r.form_version, dict(r.answers or {}), FormStatus(r.status),
                           local_date(r.completed_at), local_date(r.created_at))
                 for form_id, r in found.items() if r is not None}
        last_review = session.scalar(select(func.max(PlanReview.reviewed_on)).where(
            PlanReview.course_id == course_id, PlanReview.deleted_at.is_(None)))
    for form_id in FORMS:
        if form_id not in facts:
            spec = latest_spec(ctx, form_id)
            total = len(spec.sections) if spec else 0
            states[form_id] = FormState(form_id, None, 0, total, None)
            continue
        version, answers, status, completed, started = facts[form_id]
        spec = recorded_spec(ctx, form_id, version, None) or latest_spec(ctx, form_id)
        marks = section_states(spec, answers) if spec else []
        done = sum(mark is SectionState.COMPLETE for mark in marks)
        review, due = None, None
        overdue: tuple[OverdueSubGoal, ...] = ()
        if form_id == PLAN_FORM:
            review = last_review
            base = review or started
            due = plan_review_due(base) if base else None
            overdue = tuple(overdue_sub_goals(answers, today))
        states[form_id] = FormState(form_id, status, done, len(marks), completed, review, due,
                                    started, overdue)
    return states


# -- writing ---------------------------------------------------------------------------------

def save_draft(ctx: AppContext, course_id: uuid.UUID, spec: FormSpec,
               answers: Mapping[str, Any], position: Position, *,
               today: date) -> list[FieldError]:
    """Store every storable answer and the position; return what could not be stored.

    A field that cannot be stored keeps its previous stored value (a cell: the
    same row's previous value), and the rest is saved as typed. `answers` are
    the form's answers as the wizard holds them: an empty value (None, "",
    []) clears an answer; a question left out keeps its stored answer, as does
    one the spec does not know. Nothing changed (answers and position):
    nothing is written. Saved under another version than the stored one, the
    renamed answers are carried first (as move_to_version does).

    Only the answers that differ from the stored ones are checked: a stored
    answer passed its check when it was saved under this same version, and an
    autosave of a long profile then costs what one changed answer costs.
    """
    with write_unit(ctx) as session:
        _live_course(session, course_id)
        response = _response(session, course_id, spec.id)
        if response is not None and response.form_version == spec.version \
                and response.form_hash == spec.source_hash:
            stored = response.answers or {}
            changed = {k: v for k, v in answers.items() if stored.get(k) != v}
        else:
            changed = dict(answers)
        errors = _unstorable(spec, changed, today)
        _write(session, ctx, course_id, spec, response, answers, errors, position, today)
    return errors


def mark_complete(ctx: AppContext, course_id: uuid.UUID, spec: FormSpec,
                  answers: Mapping[str, Any], *, today: date) -> None:
    """Save the answers, then mark the form complete if every required answer is there.

    The answers are saved as a draft first even when something is missing, so
    pressing "Mark complete" never loses a word. ValidationError lists every
    missing required answer (one FieldError per field, to list and jump to)
    and anything that cannot be stored or is outside its range. The plan's
    first completion fills the referral's "plan completed on" if it is empty.
    A form already complete stays so, with its first completion date.
    """
    problems = validate_answers(spec, answers, complete=True, today=today)
    unstorable = _unstorable(spec, answers, today, problems)
    with write_unit(ctx) as session:
        course = _live_course(session, course_id)
        response = _response(session, course_id, spec.id)
        keep = response.position if response is not None else None
        response = _write(session, ctx, course_id, spec, response, answers, unstorable,
                          _position(keep), today, always=not problems)
    if problems:
        raise ValidationError(problems)
    with write_unit(ctx) as session:
        course = _live_course(session, course_id)
        response = _response(session, course_id, spec.id)
        assert response is not None  # written above
        if response.status == FormStatus.COMPLETE.value:
            return
        response.status = FormStatus.COMPLETE.value
        response.completed_at = utcnow()
        response.updated_by = ctx.actor_id
        if spec.id == PLAN_FORM and course.plan_completed_on is None:
            course.plan_completed_on = today
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, response.id,
                     details={"form": spec.id, "version": spec.version,
                              "status": FormStatus.COMPLETE.value, "course": course_id})


def move_to_version(ctx: AppContext, course_id: uuid.UUID, form_id: str, new: FormSpec, *,
                    today: date) -> FormDraft:
    """Move a draft to the version in use: renamed answers carried, nothing dropped.

    Answers to removed questions stay in the answers under their old names, so
    the record and the printout can show them as the old version's. Each
    carried answer is two history rows (the old name cleared, the new one set).
    `new` must be a version the app has recorded (services.forms.spec_in_use).
    """
    del today
    if new.id != form_id:
        raise ValueError("the new spec is for another form")
    with write_unit(ctx) as session:
        _live_course(session, course_id)
        response = _response(session, course_id, form_id)
        if response is None:
            raise LookupError("no such form response")
        old_version = response.form_version
        if old_version != new.version:
            before = dict(response.answers or {})
            after = move_answers(new, before)
            _history(session, ctx, response, before, after)
            response.answers = after
            response.form_version, response.form_hash = new.version, new.source_hash
            response.updated_by = ctx.actor_id
            audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, response.id,
                         details={"form": form_id, "version": new.version,
                                  "from_version": old_version, "course": course_id})
    return open_form(ctx, course_id, form_id, new)


def mark_reviewed(ctx: AppContext, course_id: uuid.UUID, *, on: date,
                  today: date | None = None) -> None:
    """Stamp a review of the action plan (date, who): the quarterly clock starts again.

    A plan must exist (a draft is enough: the plan is reviewed with the
    participant whether or not every sub-goal is written down). The date may
    lie before the plan was typed in (a plan first kept on paper), not before
    the referral nor after `today` (the local date if not given):
    ValidationError on "reviewed_on".
    """
    today = today or date.today()
    with write_unit(ctx) as session:
        course = _live_course(session, course_id)
        if _response(session, course_id, PLAN_FORM) is None:
            raise LookupError("no action plan to review")
        if on > today:
            raise ValidationError([FieldError("reviewed_on", message("date_in_future"))])
        if on < course.referral_date:
            raise ValidationError([FieldError("reviewed_on", message("date_before_referral"))])
        review = PlanReview(course_id=course_id, reviewed_on=on, reviewed_by=ctx.actor_id)
        session.add(review)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, "plan_review", review.id,
                     details={"course": course_id})


# -- helpers ---------------------------------------------------------------------------------

def _unstorable(spec: FormSpec, answers: Mapping[str, Any], today: date,
                complete: list[FieldError] | None = None) -> list[FieldError]:
    """What a draft refuses: everything validate_answers(complete=True) finds but `required`.

    validate_answers lets a draft keep an integer outside its min/max; the
    wizard refuses it at once instead (issue 14: "a number outside its
    range: a clear message at the field"), keeping the previous value.
    """
    if complete is None:
        complete = validate_answers(spec, answers, complete=True, today=today)
    missing = set(missing_required(spec, answers))
    return [error for error in complete if error.field not in missing]


def _write(session: Session, ctx: AppContext, course_id: uuid.UUID, spec: FormSpec,
           response: FormResponse | None, answers: Mapping[str, Any],
           errors: list[FieldError], position: Position, today: date, *,
           always: bool = False) -> FormResponse | None:
    """The shared body of save_draft and mark_complete; None when nothing was there or changed.

    A form is begun by its first answer, not by paging through it: the list's
    "profile and plan started" rule reads the response's creation, so a page
    change alone creates nothing. `always` creates the response even with no
    answers (a form marked complete that has no required question).
    """
    before = dict(response.answers or {}) if response is not None else {}
    carried = before
    if response is not None and response.form_version != spec.version:
        carried = move_answers(spec, before)  # saved under another version: a move
    after = _merged(spec, carried, answers, errors, today)
    place = {"page": position.page, "field": position.field}
    if response is None:
        if not after and not always:
            return None
        response = FormResponse(course_id=course_id, form_id=spec.id, form_version=spec.version,
                                form_hash=spec.source_hash, answers=after,
                                status=FormStatus.DRAFT.value, updated_by=ctx.actor_id,
                                position=place)
        session.add(response)
        session.flush()
        _history(session, ctx, response, {}, after)
        audit.record(session, ctx.actor_id, AuditAction.CREATE, ENTITY, response.id,
                     details={"form": spec.id, "version": spec.version, "course": course_id})
        return response
    same_version = response.form_version == spec.version
    if after == before and same_version:
        if response.position != place:  # where the consultant is is no change to the record
            synced_writes.update_rows(session, FormResponse, FormResponse.id == response.id,
                                      {"position": place}, touch=False)
        return response
    _history(session, ctx, response, before, after)
    response.answers = after
    response.position = place
    response.form_version, response.form_hash = spec.version, spec.source_hash
    response.updated_by = ctx.actor_id
    audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, response.id,
                 details={"form": spec.id, "version": spec.version, "course": course_id})
    return response


def _merged(spec: FormSpec, before: dict[str, Any], answers: Mapping[str, Any],
            errors: list[FieldError], today: date) -> dict[str, Any]:
    """The answers to store: the new ones, a refused one's previous value, unknown ones kept.

    A question left out of `answers` keeps its stored answer (only an empty
    value clears one); an empty answer is not stored (no key), so "no answer"
    has one form.
    """
    failed_fields = {e.field for e in errors if "[" not in e.field}
    failed_cells: dict[str, dict[int, set[str]]] = {}
    for error in errors:
        group, bracket, rest = error.field.partition("[")
        if not bracket:
            continue
        index, _, column = rest.partition("]")
        if not column or not index.isdigit():
            failed_fields.add(group)  # a row without a usable id: keep the whole group
        else:
            failed_cells.setdefault(group, {}).setdefault(int(index), set()).add(column[1:])
    known = {q.name: q for q in spec.all_fields()}
    wanted = {k: v for k, v in answers.items() if k not in failed_fields}
    stored = storable_answers(spec, wanted, today)
    merged: dict[str, Any] = {k: v for k, v in before.items() if k not in known}
    for name, question in known.items():
        if name in failed_fields or name not in answers:
            value = before.get(name)
        elif question.type is FieldType.GROUP and name in failed_cells:
            value = _rows_kept(stored.get(name), before.get(name), failed_cells[name])
        else:
            value = stored.get(name)
        if not is_empty(value):
            merged[name] = value
    for name, value in stored.items():  # an answer to a question the spec does not know
        if name not in known and not is_empty(value):
            merged[name] = value
    return merged


def _rows_kept(rows: Any, old_rows: Any, failed: dict[int, set[str]]) -> Any:
    """A group's new rows, each refused cell put back to that row's previous value."""
    if not isinstance(rows, list):
        return old_rows
    previous = {r.get(ROW_ID): r for r in old_rows or [] if isinstance(r, dict)}
    kept = []
    for index, row in enumerate(rows):
        columns = failed.get(index)
        if columns and isinstance(row, dict):
            old = previous.get(row.get(ROW_ID), {})
            row = {k: v for k, v in row.items() if k not in columns}
            row.update({c: old[c] for c in columns if c in old})
        kept.append(row)
    return kept


def _history(session: Session, ctx: AppContext, response: FormResponse,
             before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
    """One history row per changed answer, or the same sitting's row brought up to date.

    The wizard saves every few seconds while a long answer is typed: without
    joining them the history would hold every half-written sentence.
    """
    changes = answer_changes(before, after)
    if not changes:
        return
    at = utcnow()
    recent: dict[str, FormAnswerChange] = {}
    keys = [key for key, _, _ in changes]
    query = select(FormAnswerChange).where(FormAnswerChange.response_id == response.id,
                                           FormAnswerChange.at >= at - SITTING)
    if len(keys) <= MAX_KEYS_IN_QUERY:  # else (a first save of a whole profile) read them all
        query = query.where(FormAnswerChange.field_name.in_(keys))
    for row in session.scalars(query.order_by(FormAnswerChange.at)) if before else ():
        recent[row.field_name] = row  # the latest per answer wins
    for key, old, new in changes:
        last = recent.get(key)
        if last is not None and last.deleted_at is None and last.actor_id == ctx.actor_id:
            last.new_value, last.at = new, at
            if last.old_value == new:  # typed and taken back: no change after all
                last.deleted_at = at
            continue
        session.add(FormAnswerChange(response_id=response.id, at=at, actor_id=ctx.actor_id,
                                     field_name=key, old_value=old, new_value=new))


def _live_course(session: Session, course_id: uuid.UUID) -> Course:
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise LookupError("no such course")
    return course


def _response(session: Session, course_id: uuid.UUID, form_id: str) -> FormResponse | None:
    """The course's one response to the form (the oldest, should a merge have made two)."""
    return session.scalars(select(FormResponse).where(
        FormResponse.course_id == course_id, FormResponse.form_id == form_id,
        FormResponse.deleted_at.is_(None)).order_by(FormResponse.created_at)).first()


def _aware(value: datetime) -> datetime:
    """SQLite hands stored UTC times back without their zone."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _name(session: Session, consultant_id: uuid.UUID | None) -> str:
    if consultant_id is None:
        return ""
    return session.scalar(select(Consultant.name).where(Consultant.id == consultant_id)) or ""


def _position(stored: Any) -> Position:
    """A stored position, or the start if it is missing or not what it should be."""
    if not isinstance(stored, dict):
        return Position()
    page, field = stored.get("page"), stored.get("field")
    return Position(page if isinstance(page, int) and page >= 0 else 0,
                    field if isinstance(field, str) else None)


_SPECS: dict[str, FormSpec] = {}  # by source hash: the same text always parses the same


def recorded_spec(ctx: AppContext, form_id: str, version: str,
          fallback: FormSpec | None) -> FormSpec | None:
    """A recorded version's spec (each text parsed once per process), or `fallback`.

    A response from before versions were recorded (or the demo's) has no
    stored definition; it is then shown under `fallback`.
    """
    with unit_of_work(ctx) as session:
        found = session.execute(select(FormDefinition.source_hash, FormDefinition.source_text)
                                .where(FormDefinition.form_id == form_id,
                                       FormDefinition.form_version == version)).first()
    if found is None:
        return fallback
    source_hash, text = found
    if source_hash not in _SPECS:
        try:
            _SPECS[source_hash] = parse_form(text, f"{form_id} version {version} (stored)")
        except FormError:  # a stored text a later parser refuses (its tests prevent it)
            return fallback
    return _SPECS[source_hash]


def latest_spec(ctx: AppContext, form_id: str) -> FormSpec | None:
    versions = stored_versions(ctx, form_id)
    found = recorded_spec(ctx, form_id, versions[-1], None) if versions else None
    return found or shipped_spec(form_id)
