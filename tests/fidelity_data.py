"""A hand-built team for the fidelity self-check, with every item's figure worked out beforehand.

The period is the first half of 2026 (1.1–30.6.2026), read on 20.11.2026.
Rows are written straight into the database so each date is exactly the one
the reckoning below states; the services that write them are tested elsewhere.
Staffing is written here too (consultants are added as rows, not through
`create_consultant`, so no period is opened behind the test's back).

Consultants: Anne Andersen (AA, 1.0 FTE), Bent Berg (BB, 1.0 FTE in 2025, 0.5 from
1.1.2026), Lis Leder (LL, team lead, the owner, no staffing period).

Courses (label: consultant, referral, first meeting, end):
  anna     AA 1.10.2025  5.10.2025  open; job 1.2.2026 on ordinary terms (Detail)
  bo       AA 5.1.2026   8.1.2026   open; employer contact 20.1 (12 days); a temporary
                                    job 1.4–15.5.2026 (Detail); a 47-day gap 1.2→20.3
  cecilie  AA 1.2.2026   3.2.2026   open; employer contact 4.4 (60 days); a wage-subsidy
                                    job from 1.5.2026 (Pleje); last contact 10.5 (51 days)
  dennis   AA 1.3.2026   —          ended 20.3.2026, "other": not taken in
  eva      AA 10.3.2026  —          ended 25.3.2026 at her own wish: not an exclusion
  frederik AA 1.4.2026   3.4.2026   open; no employer contact; no contact after 3.4
  gitte    BB 1.6.2025   3.6.2025   open; job since 1.9.2025; a follow-along employer
                                    contact 20.1 bridges her notes (28.12 → 15.2)
  hans     BB 1.5.2026   4.5.2026   open; employer contact on the first meeting (0 days)
  ida      BB 1.3.2025   3.3.2025   ended 10.2.2026, goal reached

Items (the reckoning):
  1  open at 30.6: anna bo cecilie frederik (AA 4), gitte hans (BB 2) = 6 / 1.5 FTE = 4.0 → 5
  6  referred in the period: bo cecilie dennis eva frederik hans = 6; not taken in: dennis
     → 1 of 6 = 17 % (≤ 20 %) → 2
  8  started in the period: bo 12, cecilie 60, hans 0 days (dennis eva frederik: no
     contact, listed) → median 12 → 5
  10 jobs started: anna (Detail), bo (Detail), cecilie (Pleje) → 2 of 3 alike (67 %) → 3
  11 permanent on ordinary terms: anna only (bo's was temporary, cecilie's a wage
     subsidy) → 1 of 3 (33 %) → 2
  13 in a job: anna, bo, gitte kept monthly contact; cecilie 51 days → 3 of 4 (75 %) → 4
  14 meetings: anna 4 of 6 outside, bo 1 of 2 (a calendar meeting at a café), cecilie 0 of
     2 (a calendar meeting at the psychiatry unit), frederik 0 of 1, hans 1 of 1 (his
     calendar meeting on a day with a note is not counted twice) → 6 of 12 (50 %) → 3
  15 open in the period: kept anna dennis eva hans ida; not: bo (outreach after 47 days),
     cecilie and frederik (no contact at the end), gitte (49 days without a note) → 5 of 9
     (56 %) → 2
  derived total 5+2+5+3+2+4+3+2 = 26 of 40
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import (
    ContactMode,
    ContactPurpose,
    EndReason,
    EventKind,
    NoteKind,
    NotePlace,
    Phase,
    PlacementEndReason,
    PlacementKind,
    Role,
)
from ips_desktop.services.context import AppContext
from ips_desktop.storage.models import (
    CalendarEvent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    Note,
    Participant,
    Placement,
    PsychiatryUnit,
    StaffingPeriod,
)

FIRST = date(2026, 1, 1)
LAST = date(2026, 6, 30)
TODAY = date(2026, 11, 20)

EXPECTED_SCORES: dict[str, int] = {
    "caseload_size": 5, "zero_exclusion": 2, "rapid_job_search": 5, "job_diversity": 3,
    "job_permanence": 2, "follow_along": 4, "community_based": 3, "assertive_engagement": 2,
}
EXPECTED_SHARES: dict[str, tuple[int, int]] = {  # item: (count, of)
    "zero_exclusion": (1, 6), "job_diversity": (2, 3), "job_permanence": (1, 3),
    "follow_along": (3, 4), "community_based": (6, 12), "assertive_engagement": (5, 9),
}
DERIVED_TOTAL = 26

NAMES = {
    "anna": "Anna Holm", "bo": "Bo Lund", "cecilie": "Cecilie Dahl", "dennis": "Dennis Krog",
    "eva": "Eva Storm", "frederik": "Frederik Bach", "gitte": "Gitte Ravn", "hans": "Hans Vind",
    "ida": "Ida Møller",
}


@dataclass
class FidelityTeam:
    lead_id: uuid.UUID
    aa_id: uuid.UUID
    bb_id: uuid.UUID
    courses: dict[str, uuid.UUID] = field(default_factory=dict)
    participants: dict[str, uuid.UUID] = field(default_factory=dict)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def _consultant(session: Session, name: str, initials: str, fte: float, role: Role
                ) -> uuid.UUID:
    row = Consultant(name=name, initials=initials, fte=fte, municipality="Køge",
                     role=role.value)
    session.add(row)
    session.flush()
    return row.id


def build_team(ctx: AppContext) -> FidelityTeam:
    """Writes the team above; the caller makes `lead_id` the owner (the actor)."""
    with Session(ctx.engine, expire_on_commit=False) as session, session.begin():
        lead = _consultant(session, "Lis Leder", "LL", 1.0, Role.TEAM_LEAD)
        aa = _consultant(session, "Anne Andersen", "AA", 1.0, Role.CONSULTANT)
        bb = _consultant(session, "Bent Berg", "BB", 0.5, Role.CONSULTANT)
        session.add_all([
            StaffingPeriod(consultant_id=aa, starts_on=d(1, 1, 2025), ends_on=None, fte=1.0),
            StaffingPeriod(consultant_id=bb, starts_on=d(1, 1, 2025), ends_on=d(12, 31, 2025),
                           fte=1.0),
            StaffingPeriod(consultant_id=bb, starts_on=d(1, 1), ends_on=None, fte=0.5),
            PsychiatryUnit(name="Psykiatrien Køge", name_key=name_key("Psykiatrien Køge")),
        ])
        team = FidelityTeam(lead, aa, bb)
        employers = {
            key: _employer(session, name, industry) for key, name, industry in (
                ("e1", "Brugsen Køge", "Detail"), ("e2", "Netto Ølby", "detail "),
                ("e3", "Plejecenter Søhøj", "Pleje"))}

        def course(label: str, consultant: uuid.UUID, referred: date, met: date | None,
                   ended: date | None = None, reason: EndReason | None = None) -> uuid.UUID:
            person = Participant(name=NAMES[label], cpr=None, municipality="Køge")
            session.add(person)
            session.flush()
            row = Course(participant_id=person.id, consultant_id=consultant,
                         referral_date=referred, first_meeting_date=met,
                         phase=(Phase.ENDED if ended else Phase.JOB_SEARCH).value,
                         ended_on=ended, end_reason=reason.value if reason else None)
            session.add(row)
            session.flush()
            team.courses[label] = row.id
            team.participants[label] = person.id
            return row.id

        def notes(course_id: uuid.UUID, who: uuid.UUID,
                  *rows: tuple[date, NoteKind, NotePlace]) -> None:
            for day, kind, place in rows:
                session.add(Note(course_id=course_id, consultant_id=who, note_date=day,
                                 kind=kind.value, place=place.value, text="Kontakt"))

        def phone(*days: date) -> list[tuple[date, NoteKind, NotePlace]]:
            return [(day, NoteKind.PHONE, NotePlace.JOBCENTER) for day in days]

        def contact(course_id: uuid.UUID, who: uuid.UUID, day: date,
                    purpose: ContactPurpose = ContactPurpose.FOR_PARTICIPANT) -> None:
            session.add(EmployerContact(employer_id=employers["e1"], consultant_id=who,
                                        course_id=course_id, contact_date=day,
                                        contact_time=time(10), mode=ContactMode.PHONE.value,
                                        purpose=purpose.value))

        def job(course_id: uuid.UUID, employer: str, title: str, start: date,
                end: date | None = None, *, ordinary: bool = True,
                reason: PlacementEndReason | None = None) -> None:
            session.add(Placement(course_id=course_id, kind=PlacementKind.JOB.value,
                                  employer_id=employers[employer], title=title,
                                  start_date=start, end_date=end, hours_per_week=20,
                                  ordinary_terms=ordinary,
                                  end_reason=reason.value if reason else None))

        def meeting(course_id: uuid.UUID, who: uuid.UUID, day: date, location: str) -> None:
            starts = datetime.combine(day, time(10))
            session.add(CalendarEvent(consultant_id=who, kind=EventKind.PARTICIPANT_MEETING.value,
                                      title="Samtale", starts_at=starts,
                                      ends_at=starts.replace(hour=11), location=location,
                                      course_id=course_id, exdates=[]))

        m, c = NoteKind.MEETING, NotePlace.COMMUNITY
        anna = course("anna", aa, d(10, 1, 2025), d(10, 5, 2025))
        contact(anna, aa, d(10, 20, 2025))
        notes(anna, aa, (d(12, 20, 2025), m, c), (d(1, 10), m, c),
              (d(1, 30), NoteKind.PHONE, NotePlace.JOBCENTER), (d(2, 20), m, NotePlace.EMPLOYER),
              (d(3, 15), m, NotePlace.JOBCENTER), (d(4, 10), NoteKind.HOME_VISIT, c),
              (d(5, 5), m, NotePlace.PSYCHIATRY),
              (d(5, 30), NoteKind.TEXT_MESSAGE, NotePlace.VIDEO), (d(6, 25), m, c))
        job(anna, "e1", "Butiksassistent", d(2, 1))

        bo = course("bo", aa, d(1, 5), d(1, 8))
        contact(bo, aa, d(1, 20))
        notes(bo, aa, (d(1, 8), m, NotePlace.JOBCENTER),
              *phone(d(2, 1), d(3, 20), d(4, 10), d(5, 1), d(5, 25), d(6, 20)))
        job(bo, "e2", "Lagermedarbejder", d(4, 1), d(5, 15),
            reason=PlacementEndReason.TEMPORARY_JOB_ENDED)
        meeting(bo, aa, d(6, 10), "Café Solsort")

        cecilie = course("cecilie", aa, d(2, 1), d(2, 3))
        contact(cecilie, aa, d(4, 4))
        notes(cecilie, aa, (d(2, 3), m, NotePlace.PSYCHIATRY),
              *phone(d(2, 25), d(3, 20), d(4, 15), d(5, 10)))
        job(cecilie, "e3", "Omsorgshjælper", d(5, 1), ordinary=False)
        meeting(cecilie, aa, d(3, 1), "Psykiatrien  Køge")

        course("dennis", aa, d(3, 1), None, d(3, 20), EndReason.OTHER)
        course("eva", aa, d(3, 10), None, d(3, 25), EndReason.PARTICIPANT_WISH)

        frederik = course("frederik", aa, d(4, 1), d(4, 3))
        notes(frederik, aa, (d(4, 3), NoteKind.JOINT_START_UP, NotePlace.PSYCHIATRY))
        meeting(frederik, aa, d(5, 15), "")

        gitte = course("gitte", bb, d(6, 1, 2025), d(6, 3, 2025))
        contact(gitte, bb, d(6, 20, 2025))
        job(gitte, "e1", "Butiksassistent", d(9, 1, 2025))
        notes(gitte, bb, *phone(d(12, 28, 2025), d(2, 15), d(3, 10), d(4, 5), d(5, 1),
                                d(5, 28), d(6, 20)))
        contact(gitte, bb, d(1, 20), ContactPurpose.FOLLOW_ALONG)

        hans = course("hans", bb, d(5, 1), d(5, 4))
        contact(hans, bb, d(5, 4))
        notes(hans, bb, (d(5, 4), m, c), *phone(d(5, 30), d(6, 25)))
        meeting(hans, bb, d(5, 30), "Café Solsort")

        ida = course("ida", bb, d(3, 1, 2025), d(3, 3, 2025), d(2, 10), EndReason.GOAL_REACHED)
        notes(ida, bb, *phone(d(12, 30, 2025), d(1, 15)))
    return team


def _employer(session: Session, name: str, industry: str) -> uuid.UUID:
    row = Employer(name=name, name_key=name_key(name), industry=industry)
    session.add(row)
    session.flush()
    return row.id
