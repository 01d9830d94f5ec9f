"""A hand-built data set for the period report, with every row and figure written down first.

The period is 15.2.2026–15.5.2026, so both quarters it touches are cut by it
(Q1: 15.2.–31.3., Q2: 1.4.–15.5.). Read on TODAY (20.11.2026) unless a test
says otherwise. The service, PDF, workbook and CLI tests read the same set.

Rows are written straight into the database (as tests/supervision_data.py
does) so each date is exactly the one stated here.

Team: the actor is the team lead "LL" (no courses), consultants "AA" (Anna
Andersen) and "BB" (Bo Berg); "hans" has no consultant.

label  consultant  referred    met         ended               placements
anne   AA          2.2.2026    16.2.2026   -                   job 20 h, ordinary, from 10.3.2026;
                                                           a second job, 2 h, from 20.4.2026
bent   AA          20.2.2026   3.3.2026    -                   job 3 h, ordinary, from 1.4.2026
carl   BB          1.3.2026    10.3.2026   -                   job, hours unknown, from 15.4.2026
dora   BB          5.1.2026    8.1.2026    -                   wage subsidy job 30 h from 1.3.2026
erik1  AA          1.10.2025   5.10.2025   20.2.2026 wish      job 25 h 1.12.2025-31.1.2026
erik2  AA          1.4.2026    7.4.2026    -                   job 37 h from 4.5.2026 (restarted)
fie    BB          10.3.2026   -           31.3.2026 other     -
gert   BB          16.5.2026   20.5.2026   -                   - (after the period)
hans   -           14.2.2026   15.2.2026   -                   education from 1.5.2026
ida    AA          1.3.2026    2.3.2026    -                   job 30 h (participant deleted)
jon    AA          1.12.2025   2.12.2025   -                   job 30 h 1.12.2025-31.3.2026

Profiles begun: anne 17.2.2026, bent 1.4.2026, dora 9.1.2026, gert 20.5.2026.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import EndReason, FormStatus, Phase, PlacementKind, Role
from ips_desktop.services.caseload import PROFILE_FORM
from ips_desktop.services.context import AppContext
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    FormResponse,
    Participant,
    Placement,
)

FIRST, LAST = date(2026, 2, 15), date(2026, 5, 15)
TODAY = date(2026, 11, 20)
Q1 = (date(2026, 2, 15), date(2026, 3, 31))
Q2 = (date(2026, 4, 1), date(2026, 5, 15))
FIE_REASON = "Ønskede en anden indsats"

NAMES = {
    "anne": "Anne Ærø", "bent": "Bent Bøgh", "carl": "Carl Cæsar", "dora": "Dora Dahl",
    "erik": "Erik Østergård", "fie": "Fie Fjord", "gert": "Gert Grå", "hans": "Hans Hald",
    "ida": "Ida Isbjørn", "jon": "Jon Juul",
}
CPRS = {
    "anne": "010190-1234", "bent": "020285-2345", "carl": "030378-3456",
    "dora": "040470-4567", "erik": "050565-5678", "fie": "060699-6789", "gert": "070701-7890",
    "hans": "080880-8901", "ida": "090990-9012", "jon": None,
}

# What the report must say (read on TODAY).
STARTED = ("hans", "anne", "bent", "carl", "erik2")  # by first meeting, then name
ENDED = ("erik1", "fie")
JOB_STARTS = (("dora", "not_ordinary_terms"), ("anne", None), ("bent", "under_4_hours"),
              ("carl", "unknown_hours"), ("anne", "under_4_hours"), ("erik2", None))


@dataclass(frozen=True)
class Figures:
    referrals: int
    profiles: int
    job_starts: int
    in_work: int
    under_4: int
    unknown: int
    not_ordinary: int
    education: int


EXPECTED_Q1 = Figures(referrals=3, profiles=1, job_starts=1, in_work=2, under_4=0,
                      unknown=0, not_ordinary=1, education=0)  # in work 31.3: anne, jon
EXPECTED_Q2 = Figures(referrals=1, profiles=1, job_starts=1, in_work=4, under_4=2,
                      unknown=1, not_ordinary=0, education=1)  # 15.5: anne, bent, carl, erik
EXPECTED_TOTAL = Figures(referrals=4, profiles=2, job_starts=2, in_work=4, under_4=2,
                         unknown=1, not_ordinary=1, education=1)
# Anna's own report (AA as the actor): anne, bent, erik1/2, jon (ida deleted).
AA_STARTED = ("anne", "bent", "erik2")
AA_ENDED = ("erik1",)
AA_Q1 = Figures(referrals=1, profiles=1, job_starts=1, in_work=2, under_4=0, unknown=0,
                not_ordinary=0, education=0)
AA_Q2 = Figures(referrals=1, profiles=1, job_starts=1, in_work=3, under_4=2, unknown=0,
                not_ordinary=0, education=0)


@dataclass
class PeriodData:
    lead_id: uuid.UUID
    anna_id: uuid.UUID
    bo_id: uuid.UUID
    courses: dict[str, uuid.UUID] = field(default_factory=dict)
    participants: dict[str, uuid.UUID] = field(default_factory=dict)

    def label_of(self, course_id: uuid.UUID) -> str:
        return next(label for label, cid in self.courses.items() if cid == course_id)


def build_period(ctx: AppContext) -> PeriodData:
    """The set above; the ctx's actor becomes the team lead "LL"."""
    with Session(ctx.engine, expire_on_commit=False) as session, session.begin():
        lead = session.get(Consultant, ctx.actor_id)
        assert lead is not None, "build_period needs a ctx whose actor is a consultant"
        lead.name, lead.initials, lead.role = "Lis Leder", "LL", Role.TEAM_LEAD.value
        anna = _consultant(session, "Anna Andersen", "AA")
        bo = _consultant(session, "Bo Berg", "BB")
        data = PeriodData(lead.id, anna, bo)
        shop = Employer(name="Brugsen Køge", name_key="brugsen køge")
        session.add(shop)
        session.flush()
        people: dict[str, uuid.UUID] = {}

        def course(label: str, holder: uuid.UUID | None, referred: date, met: date | None,
                   *, ended: date | None = None, reason: EndReason | None = None,
                   text: str | None = None, deleted: bool = False) -> uuid.UUID:
            person = label.rstrip("12")
            if person not in people:
                row = Participant(name=NAMES[person], cpr=CPRS[person], municipality="Køge")
                if deleted:
                    row.deleted_at = datetime(2026, 6, 1, 12, 0)
                session.add(row)
                session.flush()
                people[person] = row.id
            made = Course(participant_id=people[person], consultant_id=holder,
                          referral_date=referred, first_meeting_date=met,
                          phase=(Phase.ENDED if ended else Phase.ENGAGED).value, ended_on=ended,
                          end_reason=reason.value if reason else None, end_reason_text=text)
            session.add(made)
            session.flush()
            data.courses[label], data.participants[person] = made.id, people[person]
            return made.id

        def job(course_id: uuid.UUID, start: date, hours: float | None, *,
                ordinary: bool = True, end: date | None = None,
                kind: PlacementKind = PlacementKind.JOB) -> None:
            school = kind is PlacementKind.EDUCATION
            session.add(Placement(course_id=course_id, kind=kind.value,
                                  employer_id=None if school else shop.id,
                                  institution="VUC Roskilde" if school else None,
                                  title="Lager", start_date=start, end_date=end,
                                  hours_per_week=hours, ordinary_terms=ordinary))

        def profile(course_id: uuid.UUID, on: date) -> None:
            session.add(FormResponse(course_id=course_id, form_id=PROFILE_FORM, form_version="1",
                                     answers={}, status=FormStatus.DRAFT.value,
                                     created_at=datetime.combine(on, time(10))))

        anne = course("anne", anna, date(2026, 2, 2), date(2026, 2, 16))
        job(anne, date(2026, 3, 10), 20)
        job(anne, date(2026, 4, 20), 2)
        profile(anne, date(2026, 2, 17))
        bent = course("bent", anna, date(2026, 2, 20), date(2026, 3, 3))
        job(bent, date(2026, 4, 1), 3)
        profile(bent, date(2026, 4, 1))
        carl = course("carl", bo, date(2026, 3, 1), date(2026, 3, 10))
        job(carl, date(2026, 4, 15), None)
        dora = course("dora", bo, date(2026, 1, 5), date(2026, 1, 8))
        job(dora, date(2026, 3, 1), 30, ordinary=False)
        profile(dora, date(2026, 1, 9))
        erik1 = course("erik1", anna, date(2025, 10, 1), date(2025, 10, 5),
                       ended=date(2026, 2, 20), reason=EndReason.PARTICIPANT_WISH)
        job(erik1, date(2025, 12, 1), 25, end=date(2026, 1, 31))
        erik2 = course("erik2", anna, date(2026, 4, 1), date(2026, 4, 7))
        job(erik2, date(2026, 5, 4), 37)
        course("fie", bo, date(2026, 3, 10), None, ended=date(2026, 3, 31),
               reason=EndReason.OTHER, text=FIE_REASON)
        gert = course("gert", bo, date(2026, 5, 16), date(2026, 5, 20))
        profile(gert, date(2026, 5, 20))
        hans = course("hans", None, date(2026, 2, 14), date(2026, 2, 15))
        job(hans, date(2026, 5, 1), 15, kind=PlacementKind.EDUCATION)
        ida = course("ida", anna, date(2026, 3, 1), date(2026, 3, 2), deleted=True)
        job(ida, date(2026, 3, 5), 30)
        jon = course("jon", anna, date(2025, 12, 1), date(2025, 12, 2))
        job(jon, date(2025, 12, 1), 30, end=date(2026, 3, 31))
    return data


def _consultant(session: Session, name: str, initials: str) -> uuid.UUID:
    row = Consultant(name=name, initials=initials, fte=1.0, municipality="Køge",
                     role=Role.CONSULTANT.value)
    session.add(row)
    session.flush()
    return row.id
