"""One participant's course: its page (timeline, notes, phases) and the changes made there.

Phases move forward and back as life does, each change dated and kept; a
course ends only with a reason, because IPS support is not time-limited and
ends only when the person asks or a stated end is reached (seed 002).

The first meeting held with the participant, logged as a contact note, is the
first meeting: the consultant should not have to type the same date twice on
another tab to clear the 7-day warning. It can be undone, and both are audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import (
    FIRST_MEETING_NOTE_KINDS,
    AuditAction,
    EndReason,
    NoteKind,
    NotePlace,
    Phase,
)
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.rules import DueItem
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit, consents
from ips_desktop.services.caseload import CaseloadRow, course_row_in
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.dates import local_date
from ips_desktop.storage.models import (
    Consent,
    Course,
    Employer,
    EmployerContact,
    FormResponse,
    Note,
    PhaseChange,
    Placement,
)

NOTE_MAX = 4000
END_REASON_TEXT_MAX = 300


@dataclass(frozen=True)
class NoteInput:
    note_date: date
    kind: NoteKind
    place: NotePlace
    text: str


@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    note_date: date
    kind: NoteKind
    place: NotePlace
    text: str


@dataclass(frozen=True)
class FirstMeetingSet:
    """A meeting note that set the first-meeting date; what `undo_first_meeting` takes back."""

    on: date
    phase_change_id: uuid.UUID | None  # the move from referred to engagement it made, if any


@dataclass(frozen=True)
class NoteAdded:
    note: NoteView
    first_meeting: FirstMeetingSet | None  # set when this note was the first meeting held


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event on the overview; `kind` picks the front end's wording."""

    on: date
    kind: str  # referral, received, first_meeting, consent_given, consent_withdrawn, form,
    #            employer_contact, placement_start, placement_end, phase, note
    detail: str = ""  # a phase, form id, employer name or note kind; shown next to the kind
    text: str = ""  # a note's text, or what "other" means on the row that ends the course
    note_id: uuid.UUID | None = None  # a note's row, so the whole note can be opened
    end_reason: EndReason | None = None  # on the phase row that ends the course


@dataclass(frozen=True)
class PhaseView:
    phase: Phase
    changed_on: date


@dataclass(frozen=True)
class CourseSummary:
    """Another course of the same person, for the history."""

    course_id: uuid.UUID
    referral_date: date
    phase: Phase
    ended_on: date | None


@dataclass(frozen=True)
class CourseDetail:
    row: CaseloadRow
    end_reason: EndReason | None
    ended_on: date | None
    phases: tuple[PhaseView, ...]
    notes: tuple[NoteView, ...]
    timeline: tuple[TimelineEntry, ...]
    other_courses: tuple[CourseSummary, ...]
    end_reason_text: str = ""  # what "other" means, in the consultant's words
    consent_given_on: date | None = None
    consent_withdrawn_on: date | None = None
    consent_scope: str = ""  # what the person consented to, in the consultant's words

    @property
    def overdue(self) -> tuple[DueItem, ...]:
        return self.row.overdue


def course_detail(ctx: AppContext, course_id: uuid.UUID, *, today: date,
                  record_read: bool = True) -> CourseDetail:
    """Everything the participant page shows; opening it is an audited read.

    The page reads again after each change made on it and in a new language:
    that is the same opening, so it passes `record_read=False` (one event per
    opening, not one per repaint).
    """
    with unit_of_work(ctx) as session:
        row = course_row_in(session, course_id, today=today)  # one reading, one transaction
        course = _course(session, course_id)
        # The notes' columns, not Note objects: a long course has hundreds, and the ORM's
        # loading of each cost more than the page's use of it.
        notes = tuple(NoteView(n.id, n.note_date, NoteKind(n.kind), NotePlace(n.place), n.text)
                      for n in session.execute(select(
                          Note.id, Note.note_date, Note.kind, Note.place, Note.text).where(
                          Note.course_id == course_id, Note.deleted_at.is_(None))
                          .order_by(Note.note_date.desc(), Note.created_at.desc())))
        phases = tuple(PhaseView(Phase(p.phase), p.changed_on) for p in session.scalars(
            select(PhaseChange).where(PhaseChange.course_id == course_id,
                                      PhaseChange.deleted_at.is_(None))
            .order_by(PhaseChange.changed_on, PhaseChange.created_at)))
        timeline = _timeline(session, course, notes, phases)
        consent = consents.latest(session, course_id)
        others = tuple(CourseSummary(c.id, c.referral_date, Phase(c.phase), c.ended_on)
                       for c in session.scalars(select(Course).where(
                           Course.participant_id == course.participant_id,
                           Course.id != course_id, Course.deleted_at.is_(None))
                           .order_by(Course.referral_date.desc())))
        if record_read:
            audit.record(session, ctx.actor_id, AuditAction.READ, "course", course_id)
        return CourseDetail(row, _end_reason(course), course.ended_on, phases, notes, timeline,
                            others, end_reason_text=course.end_reason_text or "",
                            consent_given_on=consent.given_on if consent else None,
                            consent_withdrawn_on=consent.withdrawn_on if consent else None,
                            consent_scope=consent.scope or "" if consent else "")


def add_note(ctx: AppContext, course_id: uuid.UUID, data: NoteInput, *,
             today: date) -> NoteAdded:
    """Log a contact; a meeting before any first meeting is recorded becomes the first meeting.

    Only a meeting held (today or earlier, never a planned one) counts, and only
    while the course is open; the phase moves from referred to engagement as a
    first meeting typed on the referral tab does.
    """
    with write_unit(ctx) as session:
        return add_note_in(session, ctx, course_id, data, today=today)


def add_note_in(session: Session, ctx: AppContext, course_id: uuid.UUID, data: NoteInput, *,
                today: date) -> NoteAdded:
    """`add_note` inside a transaction another use case holds (a calendar meeting marked
    held writes its note and the mark on the event together, or neither)."""
    errors = []
    problem = text_problem(data.text, max_len=NOTE_MAX, required=True, multiline=True)
    if problem:
        errors.append(FieldError("text", problem))
    course = _course(session, course_id)
    if data.note_date > today:
        errors.append(FieldError("note_date", message("date_in_future")))
    elif data.note_date < course.referral_date:
        errors.append(FieldError("note_date", message("date_before_referral")))
    if errors:
        raise ValidationError(errors)
    note = Note(course_id=course_id, consultant_id=ctx.actor_id, note_date=data.note_date,
                kind=NoteKind(data.kind).value, place=NotePlace(data.place).value,
                text=data.text.strip())
    session.add(note)
    session.flush()
    audit.record(session, ctx.actor_id, AuditAction.CREATE, "note", note.id,
                 details={"course": course_id})
    first = _first_meeting_from(session, ctx, course, note, today)
    return NoteAdded(NoteView(note.id, note.note_date, NoteKind(note.kind),
                              NotePlace(note.place), note.text), first)


def _first_meeting_from(session: Session, ctx: AppContext, course: Course, note: Note,
                        today: date) -> FirstMeetingSet | None:
    if (NoteKind(note.kind) not in FIRST_MEETING_NOTE_KINDS or course.first_meeting_date
            is not None or note.note_date > today or course.phase == Phase.ENDED.value):
        return None
    course.first_meeting_date = note.note_date
    audit.record(session, ctx.actor_id, AuditAction.UPDATE, "course", course.id,
                 details={"field": "first_meeting_date", "from_note": note.id})
    moved = None
    if course.phase == Phase.REFERRED.value:
        moved = _set_phase(session, ctx, course, Phase.ENGAGED, note.note_date).id
    return FirstMeetingSet(note.note_date, moved)


def undo_first_meeting(ctx: AppContext, course_id: uuid.UUID, change: FirstMeetingSet) -> bool:
    """Take back what a meeting note set: the date, and the phase it moved (the note stays).

    False, and nothing changed, when the date was changed again meanwhile (on
    the referral tab, say): the later edit is the consultant's word and stands.
    """
    with write_unit(ctx) as session:
        course = _course(session, course_id)
        if course.first_meeting_date != change.on:
            return False
        course.first_meeting_date = None
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "course", course.id,
                     details={"field": "first_meeting_date", "undone": True})
        moved = session.get(PhaseChange, change.phase_change_id) if change.phase_change_id \
            else None
        if moved is not None and moved.deleted_at is None and course.phase == moved.phase:
            later = session.scalar(select(PhaseChange.id).where(
                PhaseChange.course_id == course.id, PhaseChange.deleted_at.is_(None),
                PhaseChange.id != moved.id, PhaseChange.created_at > moved.created_at).limit(1))
            if later is None:  # nothing moved it on since: back to where it was
                moved.deleted_at = datetime.now().astimezone()
                session.flush()
                before = session.scalar(select(PhaseChange.phase).where(
                    PhaseChange.course_id == course.id, PhaseChange.deleted_at.is_(None))
                    .order_by(PhaseChange.changed_on.desc(), PhaseChange.created_at.desc())
                    .limit(1))
                previous, course.phase = course.phase, before or Phase.REFERRED.value
                audit.record(session, ctx.actor_id, AuditAction.UPDATE, "course", course.id,
                             details={"phase_from": previous, "phase_to": course.phase,
                                      "undone": True})
        return True


def course_phase(ctx: AppContext, course_id: uuid.UUID) -> Phase:
    with unit_of_work(ctx) as session:
        return Phase(_course(session, course_id).phase)


def change_phase(ctx: AppContext, course_id: uuid.UUID, phase: Phase, on: date, *,
                 today: date) -> None:
    """Move an open course to another open phase; ending goes through `end_course`."""
    if phase is Phase.ENDED:
        raise ValueError("use end_course to end a course: it needs a reason")
    with write_unit(ctx) as session:
        course = _course(session, course_id)
        _check_phase_date(session, course, on, today)
        if course.phase == Phase.ENDED.value:
            raise ValidationError([FieldError("phase", message("course_ended"))])
        _set_phase(session, ctx, course, phase, on)


def end_course(ctx: AppContext, course_id: uuid.UUID, on: date, reason: EndReason | None, *,
               today: date, reason_text: str = "") -> None:
    """End with a reason; "other" says what in `reason_text`, which only it requires."""
    with write_unit(ctx) as session:
        course = _course(session, course_id)
        if course.phase == Phase.ENDED.value:
            raise ValidationError([FieldError("phase", message("course_ended"))])
        errors = []
        if reason is None:
            errors.append(FieldError("end_reason", message("required")))
        other = reason is not None and EndReason(reason) is EndReason.OTHER
        problem = text_problem(reason_text, max_len=END_REASON_TEXT_MAX, required=True) \
            if other else None
        if problem:
            errors.append(FieldError("end_reason_text", problem))
        try:
            _check_phase_date(session, course, on, today)
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        assert reason is not None
        course.ended_on = on
        course.end_reason = EndReason(reason).value
        course.end_reason_text = reason_text.strip() if other else None
        _set_phase(session, ctx, course, Phase.ENDED, on)


def _set_phase(session: Session, ctx: AppContext, course: Course, phase: Phase,
               on: date) -> PhaseChange:
    previous = course.phase
    course.phase = phase.value
    change = PhaseChange(course_id=course.id, phase=phase.value, changed_on=on,
                         changed_by=ctx.actor_id)
    session.add(change)
    session.flush()
    audit.record(session, ctx.actor_id, AuditAction.UPDATE, "course", course.id,
                 details={"phase_from": previous, "phase_to": phase.value})
    return change


def _end_reason(course: Course) -> EndReason | None:
    """A reason this version does not know (a newer app wrote it) reads as "other"."""
    if not course.end_reason:
        return None
    try:
        return EndReason(course.end_reason)
    except ValueError:
        return EndReason.OTHER


def _check_phase_date(session: Session, course: Course, on: date, today: date) -> None:
    if on > today:
        raise ValidationError([FieldError("changed_on", message("date_in_future"))])
    last = session.scalar(select(PhaseChange.changed_on).where(
        PhaseChange.course_id == course.id, PhaseChange.deleted_at.is_(None))
        .order_by(PhaseChange.changed_on.desc()).limit(1))
    if on < course.referral_date:
        raise ValidationError([FieldError("changed_on", message("date_before_referral"))])
    if last is not None and on < last:
        raise ValidationError([FieldError("changed_on", message("date_before_last_phase"))])


def _course(session: Session, course_id: uuid.UUID) -> Course:
    course = session.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise LookupError("no such course")
    return course


def _timeline(session: Session, course: Course, notes: tuple[NoteView, ...],
              phases: tuple[PhaseView, ...]) -> tuple[TimelineEntry, ...]:
    entries = [TimelineEntry(course.referral_date, "referral")]
    if course.date_received:
        entries.append(TimelineEntry(course.date_received, "received"))
    if course.first_meeting_date:
        entries.append(TimelineEntry(course.first_meeting_date, "first_meeting"))
    # Columns, not objects: a form's object would decode all its answers for two dates.
    for consent in session.execute(select(Consent.given_on, Consent.withdrawn_on).where(
            Consent.course_id == course.id, Consent.deleted_at.is_(None))):
        entries.append(TimelineEntry(consent.given_on, "consent_given"))
        if consent.withdrawn_on:
            entries.append(TimelineEntry(consent.withdrawn_on, "consent_withdrawn"))
    for form in session.execute(select(
            FormResponse.form_id, FormResponse.created_at, FormResponse.completed_at).where(
            FormResponse.course_id == course.id, FormResponse.form_id != "referral",
            FormResponse.deleted_at.is_(None))):
        started, completed = local_date(form.created_at), local_date(form.completed_at)
        if started is not None:
            entries.append(TimelineEntry(started, "form_started", form.form_id))
        if completed is not None:
            entries.append(TimelineEntry(completed, "form_completed", form.form_id))
    contacts = session.execute(
        select(EmployerContact.contact_date, Employer.name)
        .join(Employer, Employer.id == EmployerContact.employer_id)
        .where(EmployerContact.course_id == course.id, EmployerContact.deleted_at.is_(None)))
    entries.extend(TimelineEntry(on, "employer_contact", name) for on, name in contacts)
    for placement in session.execute(select(
            Placement.start_date, Placement.end_date, Placement.title).where(
            Placement.course_id == course.id, Placement.deleted_at.is_(None))):
        entries.append(TimelineEntry(placement.start_date, "placement_start", placement.title))
        if placement.end_date:
            entries.append(TimelineEntry(placement.end_date, "placement_end", placement.title))
    reason = _end_reason(course)
    entries.extend(TimelineEntry(p.changed_on, "phase", p.phase.value) if p.phase is not
                   Phase.ENDED else TimelineEntry(p.changed_on, "phase", p.phase.value,
                                                  course.end_reason_text or "", None, reason)
                   for p in phases)
    entries.extend(TimelineEntry(n.note_date, "note", n.kind.value, n.text, n.id)
                   for n in notes)
    entries.sort(key=lambda e: e.on, reverse=True)
    return tuple(entries)
