"""What a profile or plan printout needs, gathered in one call and audited: printing is reading.

The vocational profile and the action plan print from their form spec like
the referral (services.printing), but their answers are a draft that grows
over several meetings, so the printout also says whose it is on every page,
who changed it last and when, and whether it is complete. The answers come
from services.form_drafts, which knows the version they were given under.

The plan also prints its read-only part, the date the job search began and
the employers contacted for the participant, from the employer-contact log
(services.placements.job_search_summary): never typed twice.

Every print is an audit event (DESIGN.md, "Audit"): which course by id and
which form; never a name or an answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ips_desktop.domain.enums import AuditAction, FormStatus
from ips_desktop.domain.forms import FormField, FormSpec
from ips_desktop.services import audit, form_drafts, placements
from ips_desktop.services.caseload import PLAN_FORM
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.placements import JobSearchSummary
from ips_desktop.storage.models import Course, Participant


@dataclass(frozen=True)
class FormHeader:
    """Whose form it is and how far it has come: the printout's heading.

    `participant_name` is "" on the blank form (a line to write it on).
    `current_version` is set when the answers are printed under an older
    version than the one in use now (a draft not yet moved to the new version).
    """

    participant_name: str
    is_demo: bool
    printed_at: datetime
    status: FormStatus | None = None  # None: not started (or the blank form)
    updated_by: str = ""
    updated_at: datetime | None = None
    completed_on: date | None = None
    current_version: str = ""


@dataclass(frozen=True)
class FormPrint:
    """A form as it is printed, as plain data.

    `old_questions` says, for each answer `spec` does not ask (kept from before
    the draft moved to `spec`), the newest version that asked it and its
    question there, so that it prints with its old label ("", None: unknown).
    """

    spec: FormSpec
    answers: dict[str, Any] | None  # None: the blank form
    header: FormHeader
    course_id: uuid.UUID | None = None
    old_questions: dict[str, tuple[str, FormField | None]] = field(default_factory=dict)
    # The plan's read-only part, from the employer-contact log (None: not a plan, or blank).
    job_search: JobSearchSummary | None = None

    @property
    def blank(self) -> bool:
        return self.answers is None


def form_print(ctx: AppContext, course_id: uuid.UUID, current: FormSpec) -> FormPrint:
    """A course's profile or plan as it is printed; records the print in the audit trail.

    `current` is the form in use now (services.forms.spec_in_use). A draft begun
    under an older version prints under that version, saying so; answers the
    printed version has no question for print last with an older version's
    labels. Raises LookupError when there is no such course.
    """
    draft = form_drafts.open_form(ctx, course_id, current.id, current)
    spec, answers = draft.spec, dict(draft.answers)
    with unit_of_work(ctx) as session:
        course = session.get(Course, course_id)
        person = session.get(Participant, course.participant_id) if course else None
        if course is None or course.deleted_at is not None or person is None:
            raise LookupError("no such course")
        name = person.name
        audit.record(session, ctx.actor_id, AuditAction.PRINT, "course", course_id,
                     details={"form": spec.id, "version": spec.version})
    header = FormHeader(
        participant_name=name, is_demo=ctx.is_demo, printed_at=datetime.now(),
        status=draft.status, updated_by=draft.updated_by if draft.status else "",
        updated_at=draft.updated_at, completed_on=draft.completed_on,
        current_version=current.version if spec.version != current.version else "")
    job_search = placements.job_search_summary(ctx, course_id) if spec.id == PLAN_FORM \
        else None
    return FormPrint(spec=spec, answers=answers, header=header, course_id=course_id,
                     old_questions={old.name: (old.version, old.question)
                                    for old in draft.old_answers}, job_search=job_search)


def blank_form_print(ctx: AppContext, spec: FormSpec) -> FormPrint:
    """The empty form, for a meeting without the laptop; the print is audited (no record)."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.PRINT, None, None,
                     details={"form": spec.id, "blank": True})
    return FormPrint(spec=spec, answers=None,
                     header=FormHeader("", ctx.is_demo, datetime.now()))

