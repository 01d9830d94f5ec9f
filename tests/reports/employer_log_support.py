"""A small employer-contact log for the export and printout tests, logged through the services.

Two consultants (the owner SOE and AB), two employers, two participants and
contacts in week 46 and 47 of 2026 and one in October, so that a period, a
week and a consultant each leave some rows out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from ips_desktop.domain.enums import ContactMode, ContactOutcome, ContactPurpose
from ips_desktop.services import employer_contacts, employers
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employers import ContactPersonInput, EmployerInput
from tests.reports.support import new_consultant, register

TODAY = date(2026, 11, 30)
PARTICIPANT = "Øystein Ærø"
OTHER_PARTICIPANT = "Nguyễn Thị Hương"
CONTACT_PERSON = "Åse Kjærgaard"
FORMULA = '=HYPERLINK("https://example.org","klik")'


@dataclass(frozen=True)
class Log:
    me: uuid.UUID
    anne: uuid.UUID
    bakery: uuid.UUID
    garden: uuid.UUID
    course: uuid.UUID
    other_course: uuid.UUID
    contacts: dict[str, uuid.UUID]  # by a short name the tests use


def build_log(ws) -> Log:
    me = ws.ctx.actor_id
    anne = new_consultant(ws, "Anne Berg", "AB", "Solrød")
    bakery = employers.register_employer(
        ws.ctx, EmployerInput(name="Bageriet Østergård", address="Torvet 1, Køge"),
        [ContactPersonInput(name=CONTACT_PERSON, role="Indehaver")])
    person = employers.contact_persons(ws.ctx, bakery)[0].id
    garden = employers.register_employer(ws.ctx, EmployerInput(name="Solrød Havecenter"))
    course = register(ws, name=PARTICIPANT)
    other_course = register(ws, name=OTHER_PARTICIPANT, consultant_id=anne)

    def log(when: date, at: time, consultant: uuid.UUID, employer: uuid.UUID,
            mode: ContactMode, purpose: ContactPurpose, **more: object) -> uuid.UUID:
        return employer_contacts.log_contact(ws.ctx, ContactInput(
            contact_date=when, contact_time=at, consultant_id=consultant, employer_id=employer,
            mode=mode, purpose=purpose, **more), today=TODAY)  # type: ignore[arg-type]

    contacts = {
        "october": log(date(2026, 10, 20), time(10, 0), me, garden, ContactMode.PHONE,
                       ContactPurpose.NETWORKING),
        "visit": log(date(2026, 11, 10), time(9, 15), me, bakery, ContactMode.FACE_TO_FACE,
                     ContactPurpose.FOR_PARTICIPANT, contact_person_id=person, course_id=course,
                     outcome_kind=ContactOutcome.OPENING_FOUND,
                     outcome="Søger en medarbejder til pakkeriet.",
                     next_step="Send CV.\nRing til Åse fredag.",
                     follow_up_date=date(2026, 11, 13)),
        "call": log(date(2026, 11, 12), time(14, 40), anne, garden, ContactMode.PHONE,
                    ContactPurpose.FOLLOW_ALONG, course_id=other_course,
                    outcome_kind=ContactOutcome.OTHER, outcome=FORMULA),
        "network": log(date(2026, 11, 17), time(8, 5), me, garden, ContactMode.VIDEO,
                       ContactPurpose.NETWORKING, follow_up_date=date(2026, 11, 24)),
        "hired": log(date(2026, 11, 19), time(16, 30), me, bakery, ContactMode.FACE_TO_FACE,
                     ContactPurpose.FOR_PARTICIPANT, course_id=course,
                     outcome_kind=ContactOutcome.HIRED),
    }
    employer_contacts.mark_follow_up_done(ws.ctx, contacts["visit"], date(2026, 11, 14))
    return Log(me, anne, bakery, garden, course, other_course, contacts)
