"""Job and education starts (and ends): the outcome IPS is measured by.

A start names an employer from the register or, for an education, the
school in words; IPS counts jobs and education on ordinary terms, and a
wage-subsidy or sheltered job is recorded with `ordinary_terms` False.

Recording a start or an end never moves the course's phase itself: it says
which moves to offer (`PlacementRecorded.offer_phases`) and the front end
asks, then calls services.courses.change_phase, so a phase has one history
and one path. A start is offered "in job or education" while the course is
still before it (referred, engaged, job search); an end is offered job
search or follow-along while the course is in job or education and no other
job or education is still running.

A start or an end dated after today is refused (as a phase change is): it is
recorded on the day it happens, so the offered phase move is dated rightly.

A placement made from an opening fills it. Audit details are ids only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import (
    AuditAction,
    OpeningStatus,
    Phase,
    PlacementEndReason,
    PlacementKind,
)
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.job_openings import employer_problem, hours_problem
from ips_desktop.storage.models import (
    Course,
    Employer,
    EmployerContact,
    JobOpening,
    Participant,
    Placement,
)

TITLE_MAX = 200
INSTITUTION_MAX = 200

START_OFFERS_FROM = frozenset({Phase.REFERRED, Phase.ENGAGED, Phase.JOB_SEARCH})
START_OFFER = (Phase.IN_JOB_OR_EDUCATION,)
END_OFFER = (Phase.JOB_SEARCH, Phase.FOLLOW_ALONG)


@dataclass(frozen=True)
class PlacementInput:
    course_id: uuid.UUID
    kind: PlacementKind
    title: str
    start_date: date
    employer_id: uuid.UUID | None = None
    institution: str = ""  # one of the two
    hours_per_week: float | None = None
    ordinary_terms: bool = True
    opening_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlacementView:
    """`employer_name` is the employer's name, or the school typed for an education."""

    id: uuid.UUID
    course_id: uuid.UUID
    participant: str
    kind: PlacementKind
    title: str
    employer_id: uuid.UUID | None
    employer_name: str
    start_date: date
    end_date: date | None
    hours_per_week: float | None
    ordinary_terms: bool
    end_reason: PlacementEndReason | None

    @property
    def running(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class ContactedEmployer:
    employer_id: uuid.UUID
    name: str
    contacts: int
    last_contact: date


@dataclass(frozen=True)
class JobSearchSummary:
    """The action plan's read-only part: when the job search began, whom it reached.

    Read from the employer-contact log, never typed into the plan: `began` is
    the first contact made for the participant, `employers` those contacted for
    them (Danish order), each with how often and when last.
    """

    began: date | None
    employers: tuple[ContactedEmployer, ...]


@dataclass(frozen=True)
class PlacementRecorded:
    placement_id: uuid.UUID
    offer_phases: tuple[Phase, ...]  # () = nothing to offer


def start_problems(ctx: AppContext, data: PlacementInput, *, today: date) -> list[FieldError]:
    """What `record_start` would refuse, field by field, without writing anything.

    A screen calls it to show every problem at once, also while a field only the
    screen can read (a half-typed number) is still wrong.
    """
    with unit_of_work(ctx) as session:
        return _start_problems(session, data, today)[0]


def _start_problems(session: Session, data: PlacementInput, today: date
                    ) -> tuple[list[FieldError], Course | None, JobOpening | None]:
    course = _course(session, data.course_id)
    errors = []
    if course is None:
        errors.append(FieldError("course_id", message("participant_unknown")))
    elif course.phase == Phase.ENDED.value:
        errors.append(FieldError("course_id", message("course_ended")))
    problem = text_problem(data.title, max_len=TITLE_MAX, required=True)
    if problem:
        errors.append(FieldError("title", problem))
    problem = text_problem(data.institution, max_len=INSTITUTION_MAX)
    if problem:
        errors.append(FieldError("institution", problem))
    elif data.employer_id is None and not data.institution.strip():
        errors.append(FieldError("employer_id", message("placement_needs_place")))
    problem = employer_problem(session, data.employer_id)
    if problem:
        errors.append(FieldError("employer_id", problem))
    problem = hours_problem(data.hours_per_week)
    if problem:
        errors.append(FieldError("hours_per_week", problem))
    if data.start_date > today:
        errors.append(FieldError("start_date", message("date_in_future")))
    opening = session.get(JobOpening, data.opening_id) if data.opening_id else None
    if data.opening_id is not None and (
            opening is None or opening.deleted_at is not None
            or opening.status != OpeningStatus.OPEN.value):
        errors.append(FieldError("opening_id", message("opening_not_open")))
    return errors, course, opening


def record_start(ctx: AppContext, data: PlacementInput, *, today: date) -> PlacementRecorded:
    """A job or education start; ValidationError at the field, nothing half-saved."""
    with write_unit(ctx) as session:
        errors, course, opening = _start_problems(session, data, today)
        if errors:
            raise ValidationError(errors)
        assert course is not None
        placement = Placement(
            course_id=course.id, kind=PlacementKind(data.kind).value,
            employer_id=data.employer_id, institution=data.institution.strip() or None,
            title=data.title.strip(), start_date=data.start_date,
            hours_per_week=data.hours_per_week, ordinary_terms=data.ordinary_terms,
            opening_id=data.opening_id)
        session.add(placement)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, "placement", placement.id,
                     details={"course": course.id, "employer": data.employer_id,
                              "opening": data.opening_id, "kind": placement.kind,
                              "ordinary": data.ordinary_terms})
        if opening is not None:
            opening.status = OpeningStatus.FILLED.value
            audit.record(session, ctx.actor_id, AuditAction.UPDATE, "job_opening", opening.id,
                         details={"status": opening.status, "placement": placement.id})
        offer = START_OFFER if Phase(course.phase) in START_OFFERS_FROM else ()
        return PlacementRecorded(placement.id, offer)


def record_end(ctx: AppContext, placement_id: uuid.UUID, end_date: date,
               reason: PlacementEndReason, *, today: date) -> PlacementRecorded:
    """End a job or education; offers the phase moves the course may make now."""
    with write_unit(ctx) as session:
        placement = session.get(Placement, placement_id)
        if placement is None or placement.deleted_at is not None:
            raise LookupError("no such placement")
        errors = []
        if placement.end_date is not None:
            errors.append(FieldError("end_date", message("placement_already_ended")))
        elif end_date < placement.start_date:
            errors.append(FieldError("end_date", message("end_before_start")))
        elif end_date > today:
            errors.append(FieldError("end_date", message("date_in_future")))
        if reason is None:
            errors.append(FieldError("end_reason", message("required")))
        if errors:
            raise ValidationError(errors)
        placement.end_date = end_date
        placement.end_reason = PlacementEndReason(reason).value
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "placement", placement.id,
                     details={"course": placement.course_id, "ended": True,
                              "end_reason": placement.end_reason})
        course = session.get(Course, placement.course_id)
        others_running = session.scalar(select(func.count(Placement.id)).where(
            Placement.course_id == placement.course_id, Placement.id != placement.id,
            Placement.end_date.is_(None), Placement.deleted_at.is_(None)))
        offer = END_OFFER if course is not None and not others_running \
            and course.phase == Phase.IN_JOB_OR_EDUCATION.value else ()
        return PlacementRecorded(placement.id, offer)


def placements_for_course(ctx: AppContext, course_id: uuid.UUID) -> list[PlacementView]:
    """A course's jobs and educations, the newest start first."""
    with unit_of_work(ctx) as session:
        return _views(session, Placement.course_id == course_id)


def placements_for_employer(ctx: AppContext, employer_id: uuid.UUID, *,
                            record_read: bool = True) -> list[PlacementView]:
    """Everyone placed with an employer (names shown: an audited read), newest first; the
    employer's page records its own one read, these counted in it (`record_read=False`)."""
    with unit_of_work(ctx) as session:
        views = _views(session, Placement.employer_id == employer_id)
        if record_read:
            audit.record(session, ctx.actor_id, AuditAction.READ, "placement",
                         details={"employer": employer_id, "rows": len(views)})
        return views


def placement_view(ctx: AppContext, placement_id: uuid.UUID) -> PlacementView:
    with unit_of_work(ctx) as session:
        views = _views(session, Placement.id == placement_id)
        if not views:
            raise LookupError("no such placement")
        return views[0]


def course_name(ctx: AppContext, course_id: uuid.UUID) -> str:
    """The participant's name for a course, to fill a dialog in ("" when unknown)."""
    with unit_of_work(ctx) as session:
        name: str | None = session.scalar(
            select(Participant.name).join(Course, Course.participant_id == Participant.id)
            .where(Course.id == course_id))
        return name or ""


def job_search_began(ctx: AppContext, course_id: uuid.UUID) -> date | None:
    """The first employer contact made for them: the day the job search began.

    The same date the 30-day rule reads (services.caseload), so the page and
    the rule never disagree.
    """
    with unit_of_work(ctx) as session:
        return first_contact_date(session, course_id)


def job_search_summary(ctx: AppContext, course_id: uuid.UUID) -> JobSearchSummary:
    """One grouped query over the course's contacts (not audited: the caller's read is)."""
    with unit_of_work(ctx) as session:
        rows = session.execute(
            select(Employer.id, Employer.name, func.count(EmployerContact.id),
                   func.min(EmployerContact.contact_date), func.max(EmployerContact.contact_date))
            .join(Employer, Employer.id == EmployerContact.employer_id)
            .where(EmployerContact.course_id == course_id, EmployerContact.deleted_at.is_(None))
            .group_by(Employer.id, Employer.name)).all()
    key = sort_key()
    contacted = sorted((ContactedEmployer(employer_id, name, count, last)
                        for employer_id, name, count, _first, last in rows),
                       key=lambda e: key(e.name))
    began = min((first for *_, first, _last in rows), default=None)
    return JobSearchSummary(began, tuple(contacted))


def first_contact_date(session: Session, course_id: uuid.UUID) -> date | None:
    found: date | None = session.scalar(select(func.min(EmployerContact.contact_date)).where(
        EmployerContact.course_id == course_id, EmployerContact.deleted_at.is_(None)))
    return found


def _views(session: Session, where: object) -> list[PlacementView]:
    rows = session.execute(
        select(Placement, Participant.name, Employer.name)
        .join(Course, Course.id == Placement.course_id)
        .join(Participant, Participant.id == Course.participant_id)
        .outerjoin(Employer, Employer.id == Placement.employer_id)
        .where(where, Placement.deleted_at.is_(None))  # type: ignore[arg-type]
        .order_by(Placement.start_date.desc(), Placement.created_at.desc())).all()
    return [PlacementView(
        id=p.id, course_id=p.course_id, participant=name, kind=PlacementKind(p.kind),
        title=p.title, employer_id=p.employer_id,
        employer_name=employer or p.institution or "", start_date=p.start_date,
        end_date=p.end_date, hours_per_week=p.hours_per_week,
        ordinary_terms=bool(p.ordinary_terms), end_reason=_end_reason(p.end_reason))
        for p, name, employer in rows]


def _end_reason(value: str | None) -> PlacementEndReason | None:
    if not value:
        return None
    try:
        return PlacementEndReason(value)
    except ValueError:
        return PlacementEndReason.OTHER


def _course(session: Session, course_id: uuid.UUID) -> Course | None:
    course = session.get(Course, course_id)
    return None if course is None or course.deleted_at is not None else course
