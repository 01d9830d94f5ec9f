"""A person with an unusual, unique string in every field of every table that holds them."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text, Time
from sqlalchemy.orm import Session

from ips_desktop.storage.models import (
    CalendarEvent,
    Consent,
    Course,
    Employer,
    EmployerContact,
    FormAnswerChange,
    FormResponse,
    JobOpening,
    JobOpeningCandidate,
    Note,
    Participant,
    PhaseChange,
    Placement,
    PlanReview,
    Record,
    SupervisionItem,
)

# The columns every row has (the travelling ones are set by storage/change_log.py).
_SHARED = {"id", "created_at", "updated_at", "deleted_at", "version", "origin", "changed_by",
           "server_seq"}
# Kept on an employer contact (codes the log and the weekly count read); set by hand.
_CODES = {"mode": "phone", "purpose": "job_development", "outcome_kind": "positive"}


class Markers:
    """Hands out markers (`Qz…wX`, found nowhere else) and remembers where each went."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.where: dict[str, str] = {}
        self._n = itertools.count(1)

    def new(self, field: str) -> str:
        marker = f"{self.prefix}{next(self._n):03d}wX"
        self.where[marker] = field
        return marker


def fill(model: type[Record], markers: Markers, **given: Any) -> Record:
    """A row of `model` with every column not `given` filled: text columns with a marker."""
    values: dict[str, Any] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        name = column.name
        if name in _SHARED or name in given or column.foreign_keys:
            continue
        field = f"{model.__tablename__}.{name}"
        kind = column.type
        if isinstance(kind, JSON):
            values[name] = {"answer": markers.new(field), "list": [markers.new(field)]}
        elif isinstance(kind, String | Text):
            values[name] = markers.new(field)
        elif isinstance(kind, DateTime):
            values[name] = datetime(2026, 3, 4, 10, 0)
        elif isinstance(kind, Date):
            values[name] = date(2026, 3, 4)
        elif isinstance(kind, Time):
            values[name] = time(10, 0)
        elif isinstance(kind, Boolean):
            values[name] = True
        elif isinstance(kind, Integer | Float):
            values[name] = 7
    return model(**(values | given))


def add_person(session: Session, markers: Markers, consultant_id: uuid.UUID,
               employer: Employer, opening: JobOpening) -> tuple[uuid.UUID, uuid.UUID]:
    """Every kind of row about one person; returns (participant id, the employer contact id)."""
    person = fill(Participant, markers)
    session.add(person)
    session.flush()
    contact_id = uuid.uuid4()
    for n in range(2):  # two courses
        course = fill(Course, markers, participant_id=person.id, consultant_id=consultant_id)
        session.add(course)
        session.flush()
        cid = course.id
        session.add_all([
            fill(PhaseChange, markers, course_id=cid, changed_by=consultant_id),
            fill(Consent, markers, course_id=cid),
            fill(PlanReview, markers, course_id=cid, reviewed_by=consultant_id),
            fill(Placement, markers, course_id=cid, employer_id=employer.id,
                 opening_id=opening.id),
            fill(SupervisionItem, markers, course_id=cid, discussed_by=consultant_id,
                 note_by=consultant_id),
        ])
        response = fill(FormResponse, markers, course_id=cid, updated_by=consultant_id)
        note = fill(Note, markers, course_id=cid, consultant_id=consultant_id)
        session.add_all([response, note])
        session.flush()
        session.add(fill(FormAnswerChange, markers, response_id=response.id,
                         actor_id=consultant_id))
        series = fill(CalendarEvent, markers, course_id=cid, consultant_id=consultant_id,
                      rrule="FREQ=WEEKLY;COUNT=4", exdates=[markers.new("exdates")])
        session.add(series)
        session.flush()
        session.add_all([
            # A changed occurrence of their series, not itself marked with the course.
            fill(CalendarEvent, markers, parent_id=series.id, consultant_id=consultant_id,
                 rrule=None, exdates=[]),
            # The meeting their note was made from, without the course.
            fill(CalendarEvent, markers, held_note_id=note.id, consultant_id=consultant_id,
                 rrule=None, exdates=[]),
            fill(JobOpeningCandidate, markers, opening_id=opening.id, course_id=cid),
        ])
        if n == 0:
            session.add(fill(EmployerContact, markers, id=contact_id, course_id=cid,
                             employer_id=employer.id, consultant_id=consultant_id,
                             follow_up_date=None, follow_up_done_on=None, **_CODES))
    session.flush()
    return person.id, contact_id
