"""People with courses ended around the retention period, for the service's and the tab's tests.

Read on TODAY = 20.11.2026 with the default period of 5 years, the due are
(longest overdue first): deleted_open (its open course is soft-deleted; due
1.7.2018), two_old (last of two old courses, SOE's; due 2.5.2023), leap (ended
29.2.2020, no consultant, no CPR; due 1.3.2025), day_more (ended 19.11.2021,
BB's; due today). Not due: exactly_5 (kept until today), day_less, old_and_recent,
open, old_and_open, soft_deleted (the person is soft-deleted), three_years
(ended 19.11.2023: due at 3 years, with exactly_5 and day_less).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import Phase, Role
from ips_desktop.storage.models import Consultant, Course, Participant

TODAY = date(2026, 11, 20)
DUE_AT_5 = ["deleted_open", "two_old", "leap", "day_more"]


@dataclass
class People:
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    courses: dict[str, uuid.UUID] = field(default_factory=dict)

    def name_of(self, pid: uuid.UUID) -> str:
        return next(label for label, known in self.ids.items() if known == pid)


def make_lead(ws) -> uuid.UUID:
    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, ws.ctx.actor_id).role = Role.TEAM_LEAD.value
    return ws.ctx.actor_id


def add_person(session: Session, people: People, label: str,
               courses: list[tuple[date, date | None]], *, consultant: uuid.UUID | None,
               deleted: bool = False, deleted_courses: tuple[int, ...] = (),
               cpr: str | None = "010170-1234") -> None:
    person = Participant(name=f"Person {label}", cpr=cpr,
                         deleted_at=datetime.now(UTC) if deleted else None)
    session.add(person)
    session.flush()
    people.ids[label] = person.id
    for number, (referred, ended) in enumerate(courses):
        course = Course(participant_id=person.id, consultant_id=consultant,
                        referral_date=referred, ended_on=ended,
                        phase=Phase.ENDED.value if ended else Phase.JOB_SEARCH.value,
                        deleted_at=datetime.now(UTC) if number in deleted_courses else None)
        session.add(course)
        session.flush()
        people.courses[f"{label}#{number}"] = course.id


def build_people(ws) -> People:
    lead = make_lead(ws)
    found = People()
    with Session(ws.ctx.engine) as session, session.begin():
        other = Consultant(name="Bo Berg", initials="BB", municipality="Køge",
                           role=Role.CONSULTANT.value)
        session.add(other)
        session.flush()
        add = lambda label, courses, **kw: add_person(  # noqa: E731
            session, found, label, courses, consultant=kw.pop("consultant", other.id), **kw)
        add("exactly_5", [(date(2020, 1, 6), date(2021, 11, 20))])  # kept until today
        add("day_more", [(date(2020, 1, 6), date(2021, 11, 19))])  # due since today
        add("day_less", [(date(2020, 1, 6), date(2021, 11, 21))])
        add("old_and_recent", [(date(2012, 3, 1), date(2014, 6, 30)),
                               (date(2023, 1, 9), date(2024, 5, 1))])
        add("two_old", [(date(2012, 3, 1), date(2013, 6, 30)),
                        (date(2016, 1, 9), date(2018, 5, 1))], consultant=lead)
        add("open", [(date(2015, 3, 1), None)])
        add("old_and_open", [(date(2012, 3, 1), date(2013, 6, 30)), (date(2025, 1, 9), None)])
        add("soft_deleted", [(date(2012, 3, 1), date(2013, 6, 30))], deleted=True)
        add("deleted_open", [(date(2012, 3, 1), date(2013, 6, 30)), (date(2025, 1, 9), None)],
            deleted_courses=(1,))  # a course registered by mistake holds no one back
        add("leap", [(date(2018, 1, 8), date(2020, 2, 29))], consultant=None, cpr=None)
        add("three_years", [(date(2021, 1, 8), date(2023, 11, 19))])
    return found
