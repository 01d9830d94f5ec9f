"""The participant list: one row per course, with what is due next by the IPS rules.

One SQL query fetches every row the list shows, with the "last contact",
"first employer contact" and "last plan review" figures from the per-course
summary the database keeps (storage/course_summary.py); the rules are then
applied in Python, which costs microseconds per row.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from ips_desktop.domain.enums import AuditAction, Phase
from ips_desktop.domain.rules import CourseFacts, DueItem, due_items
from ips_desktop.services import audit
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.dates import local_date
from ips_desktop.storage.course_summary import PLAN_FORM, PROFILE_FORM
from ips_desktop.storage.errors import Damaged
from ips_desktop.storage.models import (
    Consultant,
    Course,
    CourseSummary,
    EmployerContact,
    FormResponse,
    Note,
    Participant,
    PlanReview,
)


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    course_id: uuid.UUID
    participant_id: uuid.UUID
    name: str
    cpr: str
    phone: str
    consultant_id: uuid.UUID | None
    consultant_initials: str
    phase: Phase
    referral_date: date
    days_in_ips: int
    last_contact: date | None
    days_since_contact: int | None
    due: tuple[DueItem, ...]
    consultant_name: str = ""  # for the initials' tooltip and the printout's heading
    facts: CourseFacts | None = None  # what the rules were given (the supervision list's dates)

    @property
    def next_due(self) -> DueItem | None:
        return self.due[0] if self.due else None

    @property
    def overdue(self) -> tuple[DueItem, ...]:
        return tuple(item for item in self.due if item.overdue)


def _query(include_ended: bool, until: date | None = None) -> Select[*tuple[Any, ...]]:
    """`until`: only what was recorded for a day up to then counts (a past week's list).

    Today's list reads the figures from `course_summary`, which triggers keep
    (storage/course_summary.py): one join instead of six index seeks a row. A
    past week's list cannot use it and reads them as subqueries, dated.
    """
    course = aliased(Course)
    last_note, first_contact, profile, plan, last_review = (
        _summary_figures() if until is None else _dated_figures(course, until))

    def if_open(value: Any) -> Any:
        """An ended course has no deadlines: SQLite then skips the subquery altogether."""
        return case((course.phase == Phase.ENDED.value, None), else_=value)

    query: Select[*tuple[Any, ...]] = (
        select(course.id, course.participant_id, Participant.name, Participant.cpr,
               Participant.phone, course.consultant_id, Consultant.initials, course.phase,
               Consultant.name,
               course.referral_date, course.first_meeting_date, course.ended_on, last_note,
               if_open(first_contact), if_open(profile), if_open(plan), if_open(last_review))
        .join(Participant, Participant.id == course.participant_id)
        .outerjoin(Consultant, Consultant.id == course.consultant_id)
        .where(course.deleted_at.is_(None), Participant.deleted_at.is_(None))
    )
    if until is None:
        query = query.outerjoin(CourseSummary, CourseSummary.course_id == course.id)
    if not include_ended:
        query = query.where(course.phase != Phase.ENDED.value)
    return query


def _summary_figures() -> tuple[Any, ...]:
    return (CourseSummary.last_note_date, CourseSummary.first_employer_contact_date,
            CourseSummary.profile_started_at, CourseSummary.plan_started_at,
            CourseSummary.last_plan_review)


def _dated_figures(course: Any, until: date) -> tuple[Any, ...]:
    """The summary's figures as they stood on `until`, from the rows dated up to then."""
    last_note = (select(func.max(Note.note_date))
                 .where(Note.course_id == course.id, Note.deleted_at.is_(None),
                        Note.note_date <= until).scalar_subquery())
    first_contact = (select(func.min(EmployerContact.contact_date))
                     .where(EmployerContact.course_id == course.id,
                            EmployerContact.deleted_at.is_(None),
                            EmployerContact.contact_date <= until).scalar_subquery())
    # The quarterly review runs from the last explicit review ("Mark as reviewed"),
    # never from the plan's last edit: fixing a typo is not a review.
    last_review = (select(func.max(PlanReview.reviewed_on))
                   .where(PlanReview.course_id == course.id, PlanReview.deleted_at.is_(None),
                          PlanReview.reviewed_on <= until).scalar_subquery())

    def form_start(form_id: str) -> Any:
        return (select(func.min(FormResponse.created_at))
                .where(FormResponse.course_id == course.id, FormResponse.form_id == form_id,
                       FormResponse.deleted_at.is_(None)).scalar_subquery())

    return last_note, first_contact, form_start(PROFILE_FORM), form_start(PLAN_FORM), last_review


def caseload(ctx: AppContext, *, today: date, consultant_id: uuid.UUID | None = None,
             include_ended: bool = False) -> list[CaseloadRow]:
    """Every (open) course, optionally one consultant's; reading names is audited."""
    with unit_of_work(ctx) as session:
        rows = caseload_rows(session, today=today, consultant_id=consultant_id,
                             include_ended=include_ended)
        audit.record(session, ctx.actor_id, AuditAction.READ, "caseload",
                     details={"rows": len(rows)})
    return rows


def caseload_rows(session: Session, *, today: date, consultant_id: uuid.UUID | None = None,
                  include_ended: bool = False, until: date | None = None) -> list[CaseloadRow]:
    """The list's rows inside a caller's transaction, which audits the read its own way.

    `until` (the supervision list of a past week): notes, employer contacts and plan
    reviews dated after it are left out, so the rules read that day as it was.
    """
    query = _query(include_ended, until)
    if consultant_id is not None:
        query = query.where(query.selected_columns[5] == consultant_id)
    # Core rows, not the ORM's: the columns need no identity map (a third of the fetch).
    return [_row(r, today) for r in session.connection().execute(query)]


def overview_counts(ctx: AppContext) -> dict[str, int | None]:
    """The home screen's counts, each counted as the list that shows it counts rows.

    "participant": the people with an open course (the list of everyone's open
    courses; a person has at most one open course, a new one starts after the
    last has ended); "course": every course, ended ones too (everyone's list with
    ended courses shown); "note": the notes on those courses (read on each
    participant's page). A person or course deleted is in neither list, so in no
    count. None: the table could not be read (a damaged database), not a crash.
    """
    live_course = (Course.deleted_at.is_(None), Participant.deleted_at.is_(None))
    courses = select(func.count(Course.id)).join(
        Participant, Participant.id == Course.participant_id).where(*live_course)
    queries = {
        "participant": select(func.count(func.distinct(Course.participant_id)))
        .join(Participant, Participant.id == Course.participant_id)
        .where(*live_course, Course.phase != Phase.ENDED.value),
        "course": courses,
        "note": select(func.count(Note.id)).join(Course, Course.id == Note.course_id)
        .join(Participant, Participant.id == Course.participant_id)
        .where(Note.deleted_at.is_(None), *live_course),
    }
    counts: dict[str, int | None] = {}
    for key, query in queries.items():
        try:
            with unit_of_work(ctx) as session:
                counts[key] = session.scalar(query) or 0
        except Damaged:
            counts[key] = None
    return counts


def course_row(ctx: AppContext, course_id: uuid.UUID, *, today: date) -> CaseloadRow:
    """The list's row for one course (ended or not), for the header of its page."""
    with unit_of_work(ctx) as session:
        return course_row_in(session, course_id, today=today)


@functools.cache
def _one_course() -> Select[*tuple[Any, ...]]:
    """The list's query for one course, built once: building it cost more than running it."""
    query = _query(include_ended=True)
    return query.where(query.selected_columns[0] == bindparam("course_id"))


def course_row_in(session: Session, course_id: uuid.UUID, *, today: date) -> CaseloadRow:
    """`course_row` inside a caller's transaction (the page's reading)."""
    raw = session.connection().execute(_one_course(), {"course_id": course_id}).first()
    if raw is None:
        raise LookupError("no such course")
    return _row(raw, today)


_PHASES = {phase.value: phase for phase in Phase}


def _row(r: Sequence[Any], today: date) -> CaseloadRow:
    """One list row; it runs for every open course of the team, so it is kept lean.

    The date columns come back as dates; only the two form timestamps need the
    local calendar day (services/dates.py).
    """
    (course_id, participant_id, name, cpr, phone, consultant_id, initials, phase,
     consultant_name, referral_date, met, ended_on, last_contact, first_contact, profile,
     plan, review) = r
    plan_started = local_date(plan)
    facts = CourseFacts(
        # A first meeting booked for a later day has not been held yet.
        referral_date=referral_date, first_meeting_date=met if met and met <= today else None,
        first_employer_contact_date=first_contact, profile_started=local_date(profile),
        plan_started=plan_started,
        # Any review of the course's plan counts, also one dated before the plan was typed
        # in (a plan first kept on paper); reviews need a plan (services.form_drafts).
        last_plan_review=review if plan_started else None,
        last_contact_date=last_contact, phase=_PHASES[phase], ended_on=ended_on)
    return CaseloadRow(
        course_id=course_id, participant_id=participant_id, name=name, cpr=cpr or "",
        phone=phone or "", consultant_id=consultant_id,
        consultant_initials=initials or "", consultant_name=consultant_name or "",
        phase=facts.phase,
        referral_date=referral_date,
        days_in_ips=((ended_on or today) - referral_date).days,
        last_contact=last_contact,
        days_since_contact=(today - last_contact).days if last_contact else None,
        due=tuple(due_items(facts, today)),
        facts=facts,
    )


def record_list_print(ctx: AppContext, *, rows: int,
                      consultant_id: uuid.UUID | None = None) -> None:
    """Printing the list reads its names again, onto paper: an audit event of its own.

    Like the list's read event it says how many rows and whose list (an id),
    never a name or the search typed.
    """
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.PRINT, "caseload",
                     details=_list_details(rows, consultant_id))


def record_list_export(ctx: AppContext, *, rows: int,
                       consultant_id: uuid.UUID | None = None) -> None:
    """The printed list saved as a file leaves the app: an export event (no file name)."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, "caseload",
                     details=_list_details(rows, consultant_id))


def _list_details(rows: int, consultant_id: uuid.UUID | None) -> dict[str, Any]:
    details: dict[str, Any] = {"rows": rows}
    if consultant_id is not None:
        details["consultant"] = consultant_id
    return details
