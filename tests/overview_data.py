"""Hand-built data for the team overview (issue 18), with every figure written down beforehand.

The figures' tests, the printout's (PDF/xlsx/CLI), the period report's and the
area's tests all read this set, so a figure checked once is the figure on
screen and on paper. Rows are written straight into the database (as the demo
does) so each date is exactly the one stated; the services that write them are
tested elsewhere.

`build_overview(ctx)`: read on TODAY = Wednesday 18.11.2026 for the months
July..November 2026 (FIRST..LAST); December 2026 (AFTER) is after today: no
figures (None). The ctx's actor is made a team lead ("the owner", no staffing
period, no courses: not listed among the consultants).

Consultants (staffing periods):
  AA Anna Andersen    1.0 from 1.1.2025, open.
  BB Bo Berg          1.0 from 1.1.2025 to 15.9.2026, then 0.5 from 16.9.2026 (a
                      part-time change: September = (15×1.0 + 15×0.5)/30 = 0.75).
  CC Cecilie Carlsen  1.0 from 1.1.2025 to 15.8.2026: left mid-period (August =
                      15/31 = 0.4839, nothing after; `left_on` 15.8.2026).

Courses (label: holder, referral, what happens):
  job_ok      AA  10.3.2025  job on ordinary terms 30 h/w from 20.7.2026 (start July;
                             within 18 months: deadline 10.9.2026).
  under_4h    AA   2.2.2026  job on ordinary terms 3 h/w from 7.9.2026: counts in job
                             (no minimum of hours), a job start in September; STAR's
                             "≥ 4 h" leaves it out.
  subsidy     AA  12.1.2026  wage-subsidy job (not ordinary terms) 20 h/w from 3.8.2026:
                             never in job, an "other" start in August.
  education   AA   6.7.2026  education on ordinary terms 1.10.–30.10.2026: an education
                             start in October, NOT in job at 31.10 (it ended the day
                             before). A July referral. Profile started 20.7.2026.
  moved       AA   3.11.2025 moved from CC to AA (counts for AA in every month: no
                             reassignment history); a job on ordinary terms with UNKNOWN
                             hours from 9.11.2026 (a job start in November; STAR lists it
                             as unknown).
  month_19    BB  15.1.2025  job on ordinary terms from 16.7.2026: the 18-month day is
                             15.7.2026, so the start is in month 19 and does not count
                             for "within 18 months" (it is a July job start and in job).
  restart_old BB   1.4.2025  ended 10.8.2026 (participant's wish); no placement (in the
                             cohort, not reached).
  restart     BB   5.10.2026 the same participant again: an October referral; out of a
                             course in August and September, back in October. Profile
                             started 12.10.2026.
  moved_away  BB   2.3.2026  ended 5.11.2026 (moved away).
  left_job    CC   3.2.2025  job on ordinary terms 1.5.2025–14.8.2026, course ended
                             14.8.2026 (goal reached): in job in July only.
  nobody      --   2.11.2026 no consultant: counts for the team only (November referral).
  deleted     AA   1.9.2026  the participant is deleted: never counted.

Within 18 months at 18.11.2026: cohort = courses referred by 18.5.2025 = job_ok,
month_19, restart_old, left_job (4); reached = job_ok, left_job (2): 50 %.
Per consultant: AA 1/1, BB 0/2, CC 1/1.

STAR quarters (part period; jobs only, ordinary terms, ≥ 4 h/w):
  Q3 2026 (1.7.–30.9.): referrals 1 (education; the deleted one not), profiles started 1,
      job starts ≥ 4 h 2 (job_ok, month_19), left out: under 4 h 1 (under_4h), not on
      ordinary terms 1 (subsidy); in a job on ordinary terms at 30.9: 3 (job_ok, month_19,
      under_4h).
  Q4 2026 (1.10.–31.12., read at 18.11.): referrals 2 (restart, nobody), profiles 1,
      job starts ≥ 4 h 0, unknown hours 1 (moved); in a job at 18.11: 4 (job_ok, month_19,
      under_4h, moved).

Targets (the expectation) in_course: Jul 8, Aug 8, Sep 9, Oct 9, Nov 10;
in_job: Jul 2, Aug 3, Sep 3, Oct 4, Nov 4 (none for December).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import delete
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import EndReason, FormStatus, Phase, PlacementKind, Role
from ips_desktop.domain.overview import MonthFigures, Share
from ips_desktop.services.caseload import PROFILE_FORM
from ips_desktop.services.context import AppContext
from ips_desktop.storage.models import (
    Consent,
    Consultant,
    Course,
    Employer,
    FormResponse,
    OverviewTarget,
    Participant,
    Placement,
    StaffingPeriod,
)

TODAY = date(2026, 11, 18)
FIRST = date(2026, 7, 1)
LAST = date(2026, 11, 1)
AFTER = date(2026, 12, 1)  # after today: every figure None
MONTHS = (date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1),
          date(2026, 11, 1))
JUL, AUG, SEP, OCT, NOV = MONTHS

EMPLOYER_NAME = "Brugsen Køge"
SCHOOL_NAME = "VUC Roskilde"

TARGETS: dict[str, dict[date, int]] = {
    "in_course": {JUL: 8, AUG: 8, SEP: 9, OCT: 9, NOV: 10},
    "in_job": {JUL: 2, AUG: 3, SEP: 3, OCT: 4, NOV: 4},
}


def figures(month: date, fte: float, in_course: int, in_job: int, referrals: int = 0,
            ended: dict[EndReason, int] | None = None, jobs: int = 0, education: int = 0,
            other: int = 0) -> MonthFigures:
    """An expected month; `ended` names only the reasons that occur (the rest are 0)."""
    every = dict.fromkeys(EndReason, 0) | (ended or {})
    return MonthFigures(month, fte, in_course, in_job, referrals, every, jobs, education, other)


def nothing(month: date) -> MonthFigures:
    """A month after today."""
    return MonthFigures(month, None, None, None, None, None, None, None, None)


_WISH, _GOAL, _AWAY = EndReason.PARTICIPANT_WISH, EndReason.GOAL_REACHED, EndReason.MOVED_AWAY

# Key None: the team; otherwise the consultant's initials.
EXPECTED: dict[str | None, tuple[MonthFigures, ...]] = {
    None: (
        figures(JUL, 3.0, 9, 3, referrals=1, jobs=2),
        figures(AUG, 2.4839, 7, 2, ended={_WISH: 1, _GOAL: 1}, other=1),
        figures(SEP, 1.75, 7, 3, jobs=1),
        figures(OCT, 1.5, 8, 3, referrals=1, education=1),
        figures(NOV, 1.5, 8, 4, referrals=1, ended={_AWAY: 1}, jobs=1),
    ),
    "AA": (
        figures(JUL, 1.0, 5, 1, referrals=1, jobs=1),
        figures(AUG, 1.0, 5, 1, other=1),
        figures(SEP, 1.0, 5, 2, jobs=1),
        figures(OCT, 1.0, 5, 2, education=1),
        figures(NOV, 1.0, 5, 3, jobs=1),
    ),
    "BB": (
        figures(JUL, 1.0, 3, 1, jobs=1),
        figures(AUG, 1.0, 2, 1, ended={_WISH: 1}),
        figures(SEP, 0.75, 2, 1),
        figures(OCT, 0.5, 3, 1, referrals=1),
        figures(NOV, 0.5, 2, 1, ended={_AWAY: 1}),
    ),
    "CC": (
        figures(JUL, 1.0, 1, 1),
        figures(AUG, 0.4839, 0, 0, ended={_GOAL: 1}),
        figures(SEP, 0.0, 0, 0),
        figures(OCT, 0.0, 0, 0),
        figures(NOV, 0.0, 0, 0),
    ),
}
EXPECTED_WITHIN_18: dict[str | None, Share] = {
    None: Share(4, 2, 0.5), "AA": Share(1, 1, 1.0), "BB": Share(2, 0, 0.0),
    "CC": Share(1, 1, 1.0),
}
EXPECTED_LEFT_ON: dict[str, date | None] = {"AA": None, "BB": None, "CC": date(2026, 8, 15)}
NAMES = {"AA": "Anna Andersen", "BB": "Bo Berg", "CC": "Cecilie Carlsen"}

# The STAR quarters (part period): quarter's first day -> figures.
EXPECTED_QUARTERS: dict[date, dict[str, int]] = {
    date(2026, 7, 1): {"referrals": 1, "profiles_started": 1, "job_starts_4h": 2,
                       "under_4h": 1, "unknown_hours": 0, "not_ordinary": 1, "in_work": 3},
    date(2026, 10, 1): {"referrals": 2, "profiles_started": 1, "job_starts_4h": 0,
                        "under_4h": 0, "unknown_hours": 1, "not_ordinary": 0, "in_work": 4},
}


@dataclass
class OverviewData:
    """What `build_overview` made: ids by label, and where the expected figures are."""

    owner_id: uuid.UUID  # the ctx's actor, now a team lead without staffing or courses
    consultants: dict[str, uuid.UUID] = field(default_factory=dict)  # initials -> id
    courses: dict[str, uuid.UUID] = field(default_factory=dict)  # label -> course id
    participants: dict[str, uuid.UUID] = field(default_factory=dict)  # label -> participant
    names: dict[str, str] = field(default_factory=dict)  # label -> participant's name
    cprs: dict[str, str] = field(default_factory=dict)  # label -> CPR ("DDMMYY-SSSS")

    today = TODAY
    first = FIRST
    last = LAST
    months = MONTHS
    expected = EXPECTED
    expected_within_18 = EXPECTED_WITHIN_18
    expected_left_on = EXPECTED_LEFT_ON
    expected_quarters = EXPECTED_QUARTERS
    targets = TARGETS

    def month(self, who: str | None, month: date) -> MonthFigures:
        """The expected figures of one month for the team (None) or a consultant."""
        return next(m for m in EXPECTED[who] if m.month == month)


def _period(session: Session, consultant: uuid.UUID, starts: date, ends: date | None,
            fte: float) -> None:
    session.add(StaffingPeriod(consultant_id=consultant, starts_on=starts, ends_on=ends,
                               fte=fte))


def build_overview(ctx: AppContext, *, targets: bool = True) -> OverviewData:
    """The data set above; `targets=False` leaves the expectations unset."""
    with Session(ctx.engine, expire_on_commit=False) as session, session.begin():
        owner = session.get(Consultant, ctx.actor_id)
        assert owner is not None, "build_overview needs a ctx whose actor is a consultant"
        owner.role = Role.TEAM_LEAD.value
        session.execute(delete(StaffingPeriod))  # whatever create_consultant opened
        data = OverviewData(owner.id)
        for initials, fte in (("AA", 1.0), ("BB", 0.5), ("CC", 1.0)):
            row = Consultant(name=NAMES[initials], initials=initials, fte=fte,
                             municipality="Køge", role=Role.CONSULTANT.value)
            session.add(row)
            session.flush()
            data.consultants[initials] = row.id
        aa, bb, cc = (data.consultants[i] for i in ("AA", "BB", "CC"))
        _period(session, aa, date(2025, 1, 1), None, 1.0)
        _period(session, bb, date(2025, 1, 1), date(2026, 9, 15), 1.0)
        _period(session, bb, date(2026, 9, 16), None, 0.5)
        _period(session, cc, date(2025, 1, 1), date(2026, 8, 15), 1.0)
        shop = Employer(name=EMPLOYER_NAME, name_key=EMPLOYER_NAME.casefold())
        session.add(shop)
        session.flush()
        serial = iter(range(1, 100))

        def course(label: str, name: str, holder: uuid.UUID | None, referred: date, *,
                   ended: date | None = None, reason: EndReason | None = None,
                   same_as: str | None = None, deleted: bool = False) -> uuid.UUID:
            if same_as is None:
                cpr = f"{10 + next(serial):02}0190-{1000 + len(data.cprs):04}"
                person = Participant(name=name, cpr=cpr, municipality="Køge")
                if deleted:
                    person.deleted_at = datetime(2026, 11, 10, 12, 0)
                session.add(person)
                session.flush()
                pid = person.id
            else:
                pid, cpr = data.participants[same_as], data.cprs[same_as]
            row = Course(participant_id=pid, consultant_id=holder, referral_date=referred,
                         first_meeting_date=None if referred > TODAY else referred,
                         phase=(Phase.ENDED if ended else Phase.ENGAGED).value,
                         ended_on=ended, end_reason=reason.value if reason else None)
            session.add(row)
            session.flush()
            session.add(Consent(course_id=row.id, given_on=referred, scope="IPS"))
            data.courses[label], data.participants[label] = row.id, pid
            data.names[label], data.cprs[label] = name, cpr
            return row.id

        def placement(course_id: uuid.UUID, start: date, *, end: date | None = None,
                      kind: PlacementKind = PlacementKind.JOB, hours: float | None = 30.0,
                      ordinary: bool = True, title: str = "Lagermedarbejder") -> None:
            school = kind is PlacementKind.EDUCATION
            session.add(Placement(course_id=course_id, kind=kind.value,
                                  employer_id=None if school else shop.id,
                                  institution=SCHOOL_NAME if school else None, title=title,
                                  start_date=start, end_date=end, hours_per_week=hours,
                                  ordinary_terms=ordinary))

        def profile(course_id: uuid.UUID, on: date) -> None:
            session.add(FormResponse(course_id=course_id, form_id=PROFILE_FORM,
                                     form_version="1", answers={},
                                     status=FormStatus.DRAFT.value,
                                     created_at=datetime.combine(on, time(10))))

        c = course("job_ok", "Jonas Olsen", aa, date(2025, 3, 10))
        placement(c, date(2026, 7, 20))
        c = course("under_4h", "Ulla Frederiksen", aa, date(2026, 2, 2))
        placement(c, date(2026, 9, 7), hours=3.0, title="Avisbud")
        c = course("subsidy", "Søren Schmidt", aa, date(2026, 1, 12))
        placement(c, date(2026, 8, 3), hours=20.0, ordinary=False, title="Pedelmedhjælper")
        c = course("education", "Emma Eriksen", aa, date(2026, 7, 6))
        placement(c, date(2026, 10, 1), end=date(2026, 10, 30), kind=PlacementKind.EDUCATION,
                  hours=None, title="HF-enkeltfag")
        profile(c, date(2026, 7, 20))
        c = course("moved", "Mads Madsen", aa, date(2025, 11, 3))
        placement(c, date(2026, 11, 9), hours=None, title="Køkkenmedhjælper")
        c = course("month_19", "Nina Nielsen", bb, date(2025, 1, 15))
        placement(c, date(2026, 7, 16))
        course("restart_old", "Rasmus Rask", bb, date(2025, 4, 1), ended=date(2026, 8, 10),
               reason=EndReason.PARTICIPANT_WISH)
        c = course("restart", "Rasmus Rask", bb, date(2026, 10, 5), same_as="restart_old")
        profile(c, date(2026, 10, 12))
        course("moved_away", "Maja Mikkelsen", bb, date(2026, 3, 2), ended=date(2026, 11, 5),
               reason=EndReason.MOVED_AWAY)
        c = course("left_job", "Lene Lund", cc, date(2025, 2, 3), ended=date(2026, 8, 14),
                   reason=EndReason.GOAL_REACHED)
        placement(c, date(2025, 5, 1), end=date(2026, 8, 14))
        course("nobody", "Niels Nobel", None, date(2026, 11, 2))
        course("deleted", "Dorte Dahl", aa, date(2026, 9, 1), deleted=True)
        if targets:
            for measure, values in TARGETS.items():
                for month, value in values.items():
                    session.add(OverviewTarget(month=month, measure=measure, value=value))
    return data
