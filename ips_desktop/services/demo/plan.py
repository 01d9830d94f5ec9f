"""The in-memory plan of the demo team: consultants, employers, participants and courses.

Everything the later tables hang on is drawn here, first and in one fixed
order from the seeded generator: who is in the team, which employers exist,
and each course's dated phase history. `rows` then turns the plan into table
rows. Keeping the plan apart from the row writers means the shape of the data
(sizes, phase mix, timelines) can be read without the bulk-insert detail.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import EndReason, Phase, Role
from ips_desktop.services.demo import names as dk

Row = dict[str, Any]

HISTORY_DAYS = 730  # referrals spread over about two years before `today`


@dataclass(frozen=True)
class Spec:
    """How big one demo size is: the team, and how many rows each big table gets."""

    consultants: tuple[tuple[str, float, Role], ...]  # municipality, FTE, role
    participants: int
    employers: int
    employer_contacts: int
    notes: int
    calendar_events: int
    earlier_course_share: float
    # Ended courses end evenly over this many days before `today`: as many end each month
    # as the open caseload takes in, so the team overview's months are a steady team (the
    # large demo's 4,800 ended courses over two years were 1,400 "in a course" at once).
    ended_history_days: int = HISTORY_DAYS

    def scaled(self, factor: int) -> Spec:
        """The same team with `factor` times the history (see generate_demo's `scale`)."""
        if factor == 1:
            return self
        return replace(self, participants=self.participants * factor,
                       employers=self.employers * factor,
                       employer_contacts=self.employer_contacts * factor,
                       notes=self.notes * factor, calendar_events=self.calendar_events * factor)


_C, _L = Role.CONSULTANT, Role.TEAM_LEAD
SPECS: dict[str, Spec] = {
    # Køge and Solrød share the Wednesday meeting in Køge (seed 003).
    "small": Spec((("Køge", 1.0, _C), ("Solrød", 0.8, _C), ("Roskilde", 1.0, _L)),
                  participants=60, employers=40, employer_contacts=400, notes=700,
                  calendar_events=160, earlier_course_share=0.05),
    # Guldborgssund left the project (seed 003), so it has no consultant here.
    "large": Spec((
        ("Køge", 1.0, _L), ("Køge", 1.0, _C), ("Solrød", 0.8, _C), ("Stevns", 0.5, _C),
        ("Faxe", 1.0, _C), ("Greve", 1.0, _C), ("Roskilde", 1.0, _C), ("Roskilde", 0.8, _C),
        ("Holbæk", 1.0, _C), ("Holbæk", 1.0, _C), ("Kalundborg", 1.0, _C),
        ("Kalundborg", 0.5, _C), ("Slagelse", 1.0, _L), ("Slagelse", 1.0, _C),
        ("Slagelse", 1.0, _C), ("Ringsted", 0.8, _C), ("Odsherred", 1.0, _C),
        ("Næstved", 1.0, _C), ("Vordingborg", 1.0, _C), ("Lolland", 1.0, _C),
    ), participants=5_000, employers=1_500, employer_contacts=100_000, notes=200_000,
        calendar_events=20_000, earlier_course_share=0.05, ended_history_days=1_800),
}

_OPEN_ORDER = (Phase.REFERRED, Phase.ENGAGED, Phase.JOB_SEARCH, Phase.IN_JOB_OR_EDUCATION,
               Phase.FOLLOW_ALONG)
_OPEN_WEIGHTS = (8, 17, 35, 25, 15)
_ENDED_FROM_WEIGHTS = (8, 15, 35, 22, 20)
# Days an open course has stayed in its current phase, by phase.
_AGE_DAYS = {Phase.REFERRED: (0, 14), Phase.ENGAGED: (0, 45), Phase.JOB_SEARCH: (0, 180),
             Phase.IN_JOB_OR_EDUCATION: (0, 200), Phase.FOLLOW_ALONG: (0, 300)}
# Days from the previous phase to this one.
_STEP_DAYS = {Phase.JOB_SEARCH: (5, 40), Phase.IN_JOB_OR_EDUCATION: (14, 160),
              Phase.FOLLOW_ALONG: (30, 150)}
_END_REASONS = (EndReason.PARTICIPANT_WISH, EndReason.GOAL_REACHED, EndReason.MOVED_AWAY,
                EndReason.ENDED_TREATMENT, EndReason.OTHER)
_END_WEIGHTS = (35, 20, 10, 15, 20)


@dataclass(eq=False)
class PlannedConsultant:
    """A team member; `presence_day` is the weekday (RRULE BYDAY) of their clinic day."""

    id: uuid.UUID
    name: str
    initials: str
    fte: float
    municipality: dk.Municipality
    role: Role
    presence_day: str


@dataclass(eq=False)
class PlannedEmployer:
    """An employer; `persons` is filled in when its contact persons are written."""

    id: uuid.UUID
    name: str
    municipality: str
    persons: list[uuid.UUID] = field(default_factory=list)


@dataclass(eq=False)
class PlannedCourse:
    """One course's dated phase history and the milestones the other tables hang on."""

    id: uuid.UUID
    consultant: PlannedConsultant
    first_name: str
    referral: date
    timeline: list[tuple[Phase, date]]
    ended_on: date | None
    first_meeting: date | None = None
    job_search: date | None = None
    placement_start: date | None = None
    employers: list[PlannedEmployer] = field(default_factory=list)

    @property
    def phase(self) -> Phase:
        return self.timeline[-1][0]


class Plan:
    """Who is in the team and each course's dated history, drawn from one seeded generator.

    The order of draws is part of the output: reordering them changes the data,
    so raise GENERATOR_VERSION when doing so.
    """

    def __init__(self, rng: random.Random, today: date, spec: Spec) -> None:
        self.rng, self.today, self.spec = rng, today, spec
        # When the rows say they were written: the evening before, so never after a change
        # a user makes today (at 06:00 UTC today, a note added before then sorted as older).
        self.stamp = datetime.combine(today - timedelta(days=1), time(18, 0), tzinfo=UTC)
        self.consultants = self._consultants()
        self.caseload = [c for c in self.consultants if c.role is Role.CONSULTANT]
        # The demo's own user: one consultant of the team, with her share of the courses
        # (the first, whose caseload is over the cap, so the caseload warning shows too).
        self.owner = self.caseload[0]
        self.employers = self._employers()
        self.by_municipality: dict[str, list[PlannedEmployer]] = {}
        for employer in self.employers:
            self.by_municipality.setdefault(employer.municipality, []).append(employer)
        self.participants: list[Row] = []
        self.courses: list[PlannedCourse] = []
        self.course_rows: list[Row] = []
        self._participants_and_courses()

    # -- identities -----------------------------------------------------------------

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def record(self) -> Row:
        return {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp}

    def _consultants(self) -> list[PlannedConsultant]:
        rng, seen, result = self.rng, set[str](), list[PlannedConsultant]()
        clinic_day: dict[str, str] = {}
        for municipality, fte, role in self.spec.consultants:
            name = dk.person_name(rng, international_share=0.05)[0]
            while dk.initials(name) in seen:  # initials name a consultant on every list
                name = dk.person_name(rng, international_share=0.05)[0]
            initials = dk.initials(name)
            seen.add(initials)
            mun = dk.MUNICIPALITIES[municipality]
            if mun.clinic == "Psykiatrien Køge":
                day = dk.KOEGE_PRESENCE[0]
            else:
                day = clinic_day.setdefault(mun.clinic, rng.choice(dk.OTHER_PRESENCE_DAYS))
            result.append(PlannedConsultant(self.new_id(), name, initials, fte, mun, role, day))
        return result

    def _employers(self) -> list[PlannedEmployer]:
        rng = self.rng
        home = [c.municipality.name for c in self.consultants]
        clusters = {c.municipality.cluster for c in self.consultants}
        pool = home * 4 + [m.name for m in dk.MUNICIPALITIES.values() if m.cluster in clusters]
        names: set[str] = set()
        shared_cvr: dict[str, str] = {}
        self.employer_rows: list[Row] = []
        result: list[PlannedEmployer] = []
        while len(result) < self.spec.employers:
            mun = dk.MUNICIPALITIES[rng.choice(pool)]
            postcode, town = rng.choice(mun.towns)
            street = rng.choice(dk.STREETS)
            name, industry, cvr_group = dk.employer_name(rng, mun, town, street)
            if name in names:
                continue
            names.add(name)
            cvr = shared_cvr.setdefault(cvr_group, dk.cvr_number(rng)) if cvr_group \
                else dk.cvr_number(rng)
            employer = PlannedEmployer(self.new_id(), name, mun.name)
            result.append(employer)
            self.employer_rows.append({
                "id": employer.id, "created_at": self.stamp, "updated_at": self.stamp,
                "name": name, "name_key": name_key(name), "cvr": cvr, "industry": industry,
                "address": f"{street} {rng.randint(1, 120)}, {postcode} {town}",
                "municipality": mun.name, "phone": dk.landline_number(rng),
            })
        return result

    # -- participants and courses ---------------------------------------------------------

    def _participants_and_courses(self) -> None:
        rng, spec = self.rng, self.spec
        owners: list[PlannedConsultant] = []
        for consultant in self.caseload:
            # 20–28 open courses per full-time post; the first is over the cap of 25.
            rate = 27.0 if consultant is self.caseload[0] else rng.uniform(20, 28)
            owners += [consultant] * round(consultant.fte * rate)
        owners = owners[:spec.participants]
        # Every open phase at least once, so every screen has something to show.
        phases = list(_OPEN_ORDER) + rng.choices(_OPEN_ORDER, _OPEN_WEIGHTS,
                                                 k=max(0, len(owners) - len(_OPEN_ORDER)))
        rng.shuffle(phases)
        slots = list(zip(owners, phases, strict=False))
        weights = [c.fte for c in self.caseload]
        slots += [(c, Phase.ENDED) for c in
                  rng.choices(self.caseload, weights, k=spec.participants - len(slots))]
        rng.shuffle(slots)
        for consultant, phase in slots:
            self._participant(consultant, phase)

    def _participant(self, consultant: PlannedConsultant, phase: Phase) -> None:
        rng, today = self.rng, self.today
        name, first_name, female = dk.person_name(rng)
        born = today - timedelta(days=rng.randint(18 * 365, 64 * 365))
        row = self.record() | {
            "name": name,
            "cpr": dk.cpr_number(rng, born, female) if rng.random() < 0.7 else None,
            "phone": dk.mobile_number(rng) if rng.random() < 0.92 else None,
            "email": (f"{dk.ascii_slug(name)}{rng.randint(1, 99)}@"
                      f"{rng.choice(('gmail.com', 'hotmail.com', 'outlook.dk', 'mail.dk'))}"
                      if rng.random() < 0.5 else None),
            "address": dk.address(rng, consultant.municipality) if rng.random() < 0.95 else None,
            "municipality": consultant.municipality.name,
        }
        self.participants.append(row)
        course = self._course(row["id"], consultant, first_name, phase, ceiling=today)
        if rng.random() < self.spec.earlier_course_share:
            self._course(row["id"], consultant, first_name, Phase.ENDED,
                         ceiling=course.referral - timedelta(days=14))

    def _course(self, participant_id: uuid.UUID, consultant: PlannedConsultant, first_name: str,
                phase: Phase, ceiling: date) -> PlannedCourse:
        """One course whose phase history ends in `phase`, all of it before `ceiling`."""
        rng = self.rng
        last = phase if phase is not Phase.ENDED else \
            rng.choices(_OPEN_ORDER, _ENDED_FROM_WEIGHTS)[0]
        returned = last is Phase.JOB_SEARCH and rng.random() < 0.15
        offsets = self._offsets(last, returned)
        span = offsets[-1][1]
        ended_on: date | None = None
        if phase is Phase.ENDED:
            ended_on = ceiling - timedelta(days=rng.randint(1, self.spec.ended_history_days))
            referral = ended_on - timedelta(days=span + rng.randint(7, 150))
        else:
            age = min(rng.randint(*_AGE_DAYS[last]), max(0, HISTORY_DAYS - 10 - span))
            referral = ceiling - timedelta(days=age + span)
        referral = workday(referral, referral - timedelta(days=3))
        timeline: list[tuple[Phase, date]] = []
        for p, offset in offsets:
            day = workday(referral + timedelta(days=offset), timeline[-1][1] if timeline
                          else referral)
            if ended_on is not None and timeline and day >= ended_on:
                break
            timeline.append((p, day))
        if ended_on is not None:
            timeline.append((Phase.ENDED, ended_on))
        course = PlannedCourse(self.new_id(), consultant, first_name, referral, timeline, ended_on)
        first_day: dict[Phase, date] = {}
        for p, day in timeline:
            first_day.setdefault(p, day)  # a returned course enters job search twice
        course.first_meeting = first_day.get(Phase.ENGAGED)
        course.job_search = first_day.get(Phase.JOB_SEARCH)
        course.placement_start = first_day.get(Phase.IN_JOB_OR_EDUCATION)
        if course.job_search:
            course.employers = self._course_employers(consultant)
        self.courses.append(course)
        self.course_rows.append(self._course_row(participant_id, course))
        return course

    def _offsets(self, last: Phase, returned: bool) -> list[tuple[Phase, int]]:
        rng = self.rng
        offsets = [(Phase.REFERRED, 0)]
        if last is Phase.REFERRED:
            return offsets
        # Seed 002: meet within a week of the referral; some are late.
        first = rng.randint(1, 7) if rng.random() < 0.85 else rng.randint(8, 30)
        offsets.append((Phase.ENGAGED, first))
        chain = list(_OPEN_ORDER[2:_OPEN_ORDER.index(last) + 1])
        if returned:  # a job ended and job search began again
            chain = [Phase.JOB_SEARCH, Phase.IN_JOB_OR_EDUCATION, Phase.JOB_SEARCH]
        for p in chain:
            after_job = offsets[-1][0] is Phase.IN_JOB_OR_EDUCATION and p is Phase.JOB_SEARCH
            low, high = (20, 120) if after_job else _STEP_DAYS[p]
            offsets.append((p, offsets[-1][1] + rng.randint(low, high)))
        return offsets

    def _course_employers(self, consultant: PlannedConsultant) -> list[PlannedEmployer]:
        """The few employers a course's job search works with; mostly local ones."""
        rng = self.rng
        local = self.by_municipality.get(consultant.municipality.name) or self.employers
        return [rng.choice(local if rng.random() < 0.8 else self.employers)
                for _ in range(rng.randint(2, 6))]

    def _course_row(self, participant_id: uuid.UUID, course: PlannedCourse) -> Row:
        rng, mun = self.rng, course.consultant.municipality
        clinic_town = mun.clinic.removeprefix("Psykiatrien ")
        unit = f"{rng.choice(dk.UNIT_KINDS)} {clinic_town}"
        source = unit if rng.random() < 0.85 else f"Jobcenter {mun.name}"
        clinician = f"{dk.person_name(rng, 0.08)[0]}, {rng.choice(dk.CLINICAL_ROLES)}"
        received = course.referral + timedelta(days=0 if rng.random() < 0.8 else rng.randint(1, 3))
        return self.record() | {
            "id": course.id, "participant_id": participant_id,
            "consultant_id": course.consultant.id, "referral_date": course.referral,
            "referral_source": source, "date_received": min(received, self.today),
            "psychiatry_unit": unit, "clinician": clinician,
            "first_meeting_date": course.first_meeting, "phase": course.phase.value,
            "ended_on": course.ended_on,
            "end_reason": rng.choices(_END_REASONS, _END_WEIGHTS)[0].value
            if course.ended_on else None,
        }


def workday(day: date, lowest: date) -> date:
    """Consultants work Monday to Friday: a weekend moves back to Friday, not before `lowest`."""
    weekday = day.weekday()
    if weekday < 5:
        return day
    friday = day - timedelta(days=weekday - 4)
    return friday if friday >= lowest else day
