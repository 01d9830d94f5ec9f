"""Which participant an audit event concerns, from its entity, entity id and details.

One rule for the app (services.audit.record) and the migration that backfilled
the old events, so callers need not pass the participant: an event on a
participant is theirs; on a course, the course's participant; on a record that
belongs to a course (a note, a form, a placement …), that course's participant.
Lists, exports of many and the app's own events concern no one person (None).
The lookups are handed in, so the app can use its session's identity map and the
migration plain dictionaries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ips_desktop.storage.models import (
    CalendarEvent,
    Consent,
    EmployerContact,
    FormResponse,
    JobOpeningCandidate,
    Note,
    PhaseChange,
    Placement,
    PlanReview,
    SupervisionItem,
)

PARTICIPANT_ENTITY = "participant"
COURSE_ENTITY = "course"

# Entities whose rows carry a course_id (nullable for employer contacts and calendar events).
CHILD_OF_COURSE: dict[str, Any] = {
    model.__tablename__: model for model in (
        Note, Consent, FormResponse, Placement, SupervisionItem, PlanReview, PhaseChange,
        EmployerContact, CalendarEvent, JobOpeningCandidate)
}

ParticipantOf = Callable[[uuid.UUID], uuid.UUID | None]
"""course id -> the course's participant id, or None."""
ParticipantOfRow = Callable[[Any, uuid.UUID], uuid.UUID | None]
"""(a CHILD_OF_COURSE model, row id) -> the participant of the row's course, or None."""


def as_id(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def derive(entity: str | None, entity_id: uuid.UUID | None, details: Mapping[str, Any],
           participant_of: ParticipantOf, participant_of_row: ParticipantOfRow
           ) -> uuid.UUID | None:
    """The participant the event concerns, or None; asks one lookup at most once."""
    if entity == PARTICIPANT_ENTITY and entity_id is not None:
        return entity_id
    named = as_id(details.get("participant"))
    if named is not None:
        return named
    course_id = as_id(details.get("course"))
    if course_id is None and entity == COURSE_ENTITY:
        course_id = entity_id
    if course_id is not None:
        return participant_of(course_id)
    if entity_id is not None and entity in CHILD_OF_COURSE:
        return participant_of_row(CHILD_OF_COURSE[entity], entity_id)
    return None
