"""What consultants do on their laptops in the sync tests, through the app's own services."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select

from ips_desktop.domain.enums import ContactMode, ContactPurpose, NoteKind, NotePlace
from ips_desktop.services import courses, employer_contacts, employers, referrals
from ips_desktop.services.context import write_unit
from ips_desktop.services.courses import NoteInput
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employers import EmployerInput
from ips_desktop.storage.models import Course, Note, Participant
from tests.reports.support import referral_spec
from tests.sync.team import Laptop

TODAY = date.today()


def enrol(laptop: Laptop, name: str, *, cpr: str | None = None, days_ago: int = 30,
          consultant: uuid.UUID | None = None) -> uuid.UUID:
    """A referral registered on `laptop` (for its owner, or `consultant`); returns the course."""
    referred = (TODAY - timedelta(days=days_ago)).isoformat()
    answers: dict[str, Any] = {"name": name, "referral_date": referred,
                               "consent_given_on": referred,
                               "consultant": str(consultant or laptop.me)}
    if cpr:
        answers["cpr"] = cpr
    return referrals.register_referral(laptop.ctx, referral_spec(), answers, today=TODAY)


def person_of(laptop: Laptop, course_id: uuid.UUID) -> uuid.UUID:
    with write_unit(laptop.ctx) as session:
        return session.scalars(select(Course.participant_id)
                               .where(Course.id == course_id)).one()


def note(laptop: Laptop, course_id: uuid.UUID, text: str, *, days_ago: int = 1) -> uuid.UUID:
    return courses.add_note(laptop.ctx, course_id, NoteInput(
        TODAY - timedelta(days=days_ago), NoteKind.PHONE, NotePlace.COMMUNITY, text),
        today=TODAY).note.id


def edit(laptop: Laptop, model: type, row_id: uuid.UUID, **values: Any) -> None:
    """Change fields of one row through the ORM (as a service's form save does)."""
    with write_unit(laptop.ctx) as session:
        row = session.get(model, row_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


def delete(laptop: Laptop, model: type, row_id: uuid.UUID) -> None:
    from ips_desktop.storage.models import utcnow

    edit(laptop, model, row_id, deleted_at=utcnow())


def participant(laptop: Laptop, participant_id: uuid.UUID) -> Participant | None:
    with write_unit(laptop.ctx) as session:
        return session.get(Participant, participant_id)


def note_row(laptop: Laptop, note_id: uuid.UUID) -> Note | None:
    with write_unit(laptop.ctx) as session:
        return session.get(Note, note_id)


def employer_contact(laptop: Laptop, course_id: uuid.UUID | None, employer: str) -> uuid.UUID:
    employer_id = employers.register_employer(laptop.ctx, EmployerInput(employer),
                                              allow_duplicate=True)
    return employer_contacts.log_contact(laptop.ctx, ContactInput(
        TODAY, time(10), laptop.me, employer_id, ContactMode.FACE_TO_FACE,
        ContactPurpose.NETWORKING, course_id=course_id), today=TODAY)
