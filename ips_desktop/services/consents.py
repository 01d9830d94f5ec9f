"""Consent (*samtykke*) recorded from the participant page: a withdrawal, or a new consent.

The referral form holds the same three answers (given on, scope, withdrawn
on); both ways in check the dates with `consent_problems`, so the page's small
dialog and the form refuse the same things with the same words. A new consent
after a withdrawal is a row of its own: the withdrawn one stays as the history
of what the person said, and the page, the lists and the form read the latest.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.rule_texts import consent_state
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import Consent, Course

ENTITY = "consent"
SCOPE_MAX = 4000  # the referral form's long-text limit for consent.scope

GIVEN, SCOPE, WITHDRAWN = "consent.given_on", "consent.scope", "consent.withdrawn_on"


@dataclass(frozen=True)
class ConsentView:
    """The latest consent of a course, as the page shows it (None: never given)."""

    given_on: date
    scope: str
    withdrawn_on: date | None


def consent_problems(given: date | None, withdrawn: date | None, today: date,
                     *, previous_withdrawal: date | None = None) -> list[tuple[str, str]]:
    """(store target, message code) for each date that cannot stand.

    Neither date lies ahead (a consent is recorded when it was said, and a
    withdrawal dated ahead would share the person's data until then against
    their word); a withdrawal needs a consent and comes on or after it; a new
    consent comes on or after the withdrawal it follows.
    """
    problems: list[tuple[str, str]] = []
    if isinstance(given, date) and given > today:
        problems.append((GIVEN, "date_in_future"))
    elif isinstance(given, date) and previous_withdrawal is not None \
            and given < previous_withdrawal:
        problems.append((GIVEN, "consent_before_withdrawal"))
    if withdrawn and not given:
        problems.append((WITHDRAWN, "withdrawn_without_consent"))
    elif isinstance(withdrawn, date) and withdrawn > today:
        problems.append((WITHDRAWN, "date_in_future"))
    elif isinstance(given, date) and isinstance(withdrawn, date) and withdrawn < given:
        problems.append((WITHDRAWN, "withdrawn_before_given"))
    return problems


def latest(session: Session, course_id: uuid.UUID) -> Consent | None:
    """The consent the course goes by now: the latest given (then the latest written)."""
    return session.scalars(select(Consent).where(
        Consent.course_id == course_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())).first()


@dataclass(frozen=True)
class WithoutConsent:
    """Who in something about to be shared has withdrawn consent or never given it.

    Ids and counts only: a warning says how many, never who, so it can go to a
    terminal or a log the consultant does not control.
    """

    courses: tuple[uuid.UUID, ...]  # sorted
    people: int  # distinct participants of those courses
    withdrawn: int  # of those courses, the ones whose consent was withdrawn
    of_people: int = 0  # the distinct participants asked about, with consent or without

    def __bool__(self) -> bool:
        return bool(self.courses)


NOBODY = WithoutConsent((), 0, 0, 0)


def without_consent(session: Session, course_ids: Collection[uuid.UUID], today: date,
                    chunk: int = 500) -> WithoutConsent:
    """The courses among `course_ids` whose latest consent is missing or withdrawn by today."""
    ordered = sorted(set(course_ids))
    found: dict[uuid.UUID, tuple[date, date | None]] = {}
    people: dict[uuid.UUID, uuid.UUID] = {}
    for first in range(0, len(ordered), chunk):
        part = ordered[first:first + chunk]
        for course_id, given, withdrawn in session.execute(
                select(Consent.course_id, Consent.given_on, Consent.withdrawn_on)
                .where(Consent.course_id.in_(part), Consent.deleted_at.is_(None))
                .order_by(Consent.given_on, Consent.created_at)):
            found[course_id] = (given, withdrawn)  # the latest wins
        people.update((c, p) for c, p in session.execute(
            select(Course.id, Course.participant_id).where(Course.id.in_(part))))
    states = {c: _state(found.get(c), today) for c in ordered}
    lacking = tuple(c for c, state in states.items() if state != "given")
    return WithoutConsent(lacking, len({people.get(c) for c in lacking}),
                          sum(1 for c in lacking if states[c] == "withdrawn"),
                          len(set(people.values())))


def _state(consent: tuple[date, date | None] | None, today: date) -> str:
    return consent_state(consent[0], consent[1], today) if consent else "missing"


def consent_of(ctx: AppContext, course_id: uuid.UUID) -> ConsentView | None:
    with unit_of_work(ctx) as session:
        found = latest(session, course_id)
        return ConsentView(found.given_on, found.scope or "", found.withdrawn_on) \
            if found else None


def record_withdrawal(ctx: AppContext, course_id: uuid.UUID, withdrawn_on: date, *,
                      today: date) -> None:
    """The person withdrew their consent on `withdrawn_on`: an audited update of it."""
    with write_unit(ctx) as session:
        _live_course(session, course_id)
        consent = latest(session, course_id)
        given = consent.given_on if consent is not None else None
        if consent is not None and consent.withdrawn_on is not None \
                and consent.withdrawn_on <= today:
            raise ValidationError([FieldError(WITHDRAWN, message("consent_already_withdrawn"))])
        _refuse(consent_problems(given, withdrawn_on, today))
        assert consent is not None
        consent.withdrawn_on = withdrawn_on
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, consent.id,
                     details={"field": "withdrawn_on", "course": course_id})


def record_new_consent(ctx: AppContext, course_id: uuid.UUID, given_on: date, scope: str, *,
                       today: date) -> uuid.UUID:
    """A consent given (again, after a withdrawal, or the first time): its own row, audited."""
    with write_unit(ctx) as session:
        _live_course(session, course_id)
        before = latest(session, course_id)
        if before is not None and (before.withdrawn_on is None or before.withdrawn_on > today):
            raise ValidationError([FieldError(GIVEN, message("consent_already_given"))])
        problems = consent_problems(given_on, None, today, previous_withdrawal=(
            before.withdrawn_on if before is not None else None))
        problem = text_problem(scope, max_len=SCOPE_MAX, multiline=True)
        if problem:
            _refuse(problems, [FieldError(SCOPE, problem)])
        _refuse(problems)
        consent = Consent(course_id=course_id, given_on=given_on, scope=scope.strip())
        session.add(consent)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, ENTITY, consent.id,
                     details={"course": course_id})
        return consent.id


def _refuse(problems: list[tuple[str, str]], more: list[FieldError] | None = None) -> None:
    errors = [FieldError(target, message(code)) for target, code in problems] + (more or [])
    if errors:
        raise ValidationError(errors)


def _live_course(session: Session, course_id: uuid.UUID) -> Course:
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise LookupError("no such course")
    return course
