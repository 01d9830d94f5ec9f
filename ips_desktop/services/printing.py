"""What a printout needs, gathered in one call and audited: printing is reading.

Every print of personal data is an audit event (DESIGN.md, "Audit"): who,
when, which record by id, which form; never a name or an answer. The front
ends (the preview dialog, `ips-desktop report`) turn the plain data returned
here into a PDF with `reports/`; nothing here knows about pages or Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.forms import DYNAMIC_CHOICE_TARGETS, FormError, FormSpec
from ips_desktop.services import audit, forms, referrals
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.errors import ExportTargetRefused
from ips_desktop.storage.files import atomic_write_bytes, atomic_write_chunks, is_special_file
from ips_desktop.storage.models import Consultant, Course, Participant
from ips_desktop.storage.vault import inside_a_data_dir


@dataclass(frozen=True)
class ReferralPrint:
    """Everything the referral printout shows, as plain data.

    `spec` is the version the answers were given under when the app still has
    it (an old answer set prints with its own version's labels), else today's.
    `dynamic_labels` names the choices known only at run time (the consultant
    a course is referred to) by question name and stored value.
    """

    spec: FormSpec
    answers: dict[str, Any] | None  # None: the blank form
    municipality: str
    psychiatry_unit: str
    is_demo: bool
    printed_at: datetime
    course_id: uuid.UUID | None = None
    answered_version: str = ""  # the version the answers were given under ("" if unknown)
    dynamic_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def blank(self) -> bool:
        return self.answers is None


def referral_print(ctx: AppContext, course_id: uuid.UUID, form_spec: FormSpec) -> ReferralPrint:
    """A course's referral as it is printed; records the print in the audit trail.

    `form_spec` is today's referral form; if the answers were given under
    another version that the app has stored, that version is printed instead.
    Raises LookupError when there is no such course.
    """
    view = referrals.referral(ctx, course_id)
    spec = _spec_for(ctx, form_spec, view.form_version)
    answers = referrals.answers_for(spec, view)
    with unit_of_work(ctx) as session:
        course = session.get(Course, course_id)
        if course is None or course.deleted_at is not None:
            raise LookupError("no such course")
        consultant = session.get(Consultant, course.consultant_id) \
            if course.consultant_id else None
        municipality = consultant.municipality if consultant is not None else ""
        if not municipality:
            municipality = _own_municipality(session, ctx)
        labels: dict[str, dict[str, str]] = {}
        for question in spec.all_fields():
            value = answers.get(question.name)
            if question.store in DYNAMIC_CHOICE_TARGETS and value:
                labels[question.name] = _consultant_labels(session, [str(value)])
        audit.record(session, ctx.actor_id, AuditAction.PRINT, "course", course_id,
                     details={"form": spec.id})
        return ReferralPrint(
            spec=spec, answers=answers, municipality=municipality,
            psychiatry_unit=course.psychiatry_unit or "", is_demo=ctx.is_demo,
            printed_at=datetime.now(), course_id=course_id,
            answered_version=view.form_version, dynamic_labels=labels)


def blank_referral_print(ctx: AppContext, form_spec: FormSpec, *,
                         psychiatry_unit: str = "") -> ReferralPrint:
    """The empty referral form for referring on paper, headed with the signed-in consultant's
    municipality (and the default psychiatry unit, when the caller knows one)."""
    with unit_of_work(ctx) as session:
        municipality = _own_municipality(session, ctx)
        audit.record(session, ctx.actor_id, AuditAction.PRINT, None, None,
                     details={"form": form_spec.id, "blank": True})
    return ReferralPrint(spec=form_spec, answers=None, municipality=municipality,
                         psychiatry_unit=psychiatry_unit, is_demo=ctx.is_demo,
                         printed_at=datetime.now())


def course_for(ctx: AppContext, some_id: uuid.UUID) -> uuid.UUID:
    """A course id as it is, or a participant id as their newest course (for the CLI).

    Raises LookupError when the id is neither.
    """
    with unit_of_work(ctx) as session:
        course = session.get(Course, some_id)
        if course is not None and course.deleted_at is None:
            return course.id
        person = session.get(Participant, some_id)
        if person is None or person.deleted_at is not None:
            raise LookupError("no such participant or course")
        newest = session.scalars(
            select(Course.id).where(Course.participant_id == some_id,
                                    Course.deleted_at.is_(None))
            .order_by(Course.referral_date.desc(), Course.created_at.desc())).first()
        if newest is None:
            raise LookupError("the participant has no course")
        return newest


def _spec_for(ctx: AppContext, current: FormSpec, answered_version: str) -> FormSpec:
    if not answered_version or answered_version == current.version:
        return current
    try:
        older = forms.stored_spec(ctx, current.id, answered_version)
    except FormError:
        older = None  # a stored text today's parser refuses: today's labels are better than none
    return older or current


def _own_municipality(session: Session, ctx: AppContext) -> str:
    """The signed-in consultant's municipality, the one printing."""
    if ctx.actor_id is None:
        return ""
    me = session.get(Consultant, ctx.actor_id)
    return me.municipality if me is not None else ""


def _consultant_labels(session: Session, ids: list[str]) -> dict[str, str]:
    labels = {}
    for value in ids:
        try:
            row = session.get(Consultant, uuid.UUID(value))
        except ValueError:
            row = None
        if row is not None:
            labels[value] = f"{row.name} ({row.initials})"
    return labels


def record_export(ctx: AppContext, course_id: uuid.UUID | None, form_id: str) -> None:
    """A printout saved as a file leaves the app: an audit event of its own (no file name)."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT,
                     "course" if course_id else None, course_id, details={"form": form_id})


def write_file(target: Path, data: bytes) -> None:
    """A printout saved where the user says: written whole or not at all, and readable by
    the user alone (0600), whatever the folder's other files are. Raises OSError, or
    ExportTargetRefused for a place inside a data directory (the database, its key)."""
    if inside_a_data_dir(target):
        raise ExportTargetRefused("the target is inside a data directory")
    atomic_write_bytes(target, data)


def write_chunks(target: Path, chunks: Iterable[bytes]) -> None:
    """As `write_file`, for data made while it is written (the audit trail's million rows):
    refused inside a data directory before anything is made."""
    if inside_a_data_dir(target):
        raise ExportTargetRefused("the target is inside a data directory")
    atomic_write_chunks(target, chunks)


@contextmanager
def recorded_write(target: Path, data: bytes | Iterable[bytes]) -> Iterator[None]:
    """Write a file (as `write_file`, or `write_chunks` for chunks) whose export the
    with-body records: when recording fails, the file is removed again, so that no
    export goes unrecorded."""
    ours = not is_special_file(target)  # a device written into is never removed
    if isinstance(data, bytes):
        write_file(target, data)
    else:
        write_chunks(target, data)
    try:
        yield
    except BaseException:
        if ours:
            target.unlink(missing_ok=True)
        raise


def export_file(ctx: AppContext, target: Path, data: bytes, course_id: uuid.UUID | None,
                form_id: str) -> None:
    """Write a printout to a file and record the export; a file that cannot be recorded
    in the audit trail is removed again, so that no export goes unrecorded."""
    with recorded_write(target, data):
        record_export(ctx, course_id, form_id)
