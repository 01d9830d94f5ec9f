"""Shared by the opening and placement tests: a participant, an employer, a profile, a contact."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import ContactMode, ContactPurpose, FormStatus
from ips_desktop.services import referrals
from ips_desktop.services.caseload import PROFILE_FORM
from ips_desktop.storage.models import Employer, EmployerContact, FormResponse
from tests.reports.support import referral_spec

TODAY = date.today()


def enrol(ws, name: str = "Åse Ærenfeldt", *, days_ago: int = 40) -> uuid.UUID:
    referred = (TODAY - timedelta(days=days_ago)).isoformat()
    answers = {"name": name, "referral_date": referred, "consent_given_on": referred,
               "consultant": str(ws.ctx.actor_id)}
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


def employer(ws, name: str = "Brugsen Køge", *, merged_into: uuid.UUID | None = None
             ) -> uuid.UUID:
    with Session(ws.ctx.engine) as session, session.begin():
        row = Employer(name=name, name_key=name.casefold(), merged_into_id=merged_into)
        session.add(row)
        session.flush()
        return row.id


def profile(ws, course_id: uuid.UUID, **answers: str) -> None:
    """A career profile draft with these answers (e.g. work_goal="Lagerarbejde")."""
    with Session(ws.ctx.engine) as session, session.begin():
        session.add(FormResponse(course_id=course_id, form_id=PROFILE_FORM, form_version="1",
                                 answers=dict(answers), status=FormStatus.DRAFT.value))


def contact(ws, employer_id: uuid.UUID, course_id: uuid.UUID | None, on: date) -> uuid.UUID:
    with Session(ws.ctx.engine) as session, session.begin():
        row = EmployerContact(employer_id=employer_id, consultant_id=ws.ctx.actor_id,
                              course_id=course_id, contact_date=on, contact_time=time(10),
                              mode=ContactMode.FACE_TO_FACE.value,
                              purpose=ContactPurpose.FOR_PARTICIPANT.value)
        session.add(row)
        session.flush()
        return row.id
