"""Deterministic demo data: a plausible IPS team in Region Sjælland, for trying and benchmarking.

The same seed and `today` give byte-for-byte the same rows, UUIDs included,
so a screenshot, a bug report or a benchmark can be reproduced anywhere. Rows
go in with Core bulk inserts in one transaction: the large size (5,000
participants, 100,000 employer contacts, 200,000 notes) must build in seconds,
which ORM objects one by one cannot do.

Only a database marked as demo (storage.database.create_database(..., demo=True))
and without participants is accepted, so real case files can never be mixed
with invented ones.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, Literal

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import (
    AuditAction,
    ContactMode,
    ContactPurpose,
    EndReason,
    EventKind,
    FormStatus,
    NoteKind,
    NotePlace,
    Phase,
    PlacementEndReason,
    PlacementKind,
    Role,
)
from ips_desktop.services import audit
from ips_desktop.services import demo_names as dk
from ips_desktop.storage.database import is_demo
from ips_desktop.storage.models import (
    Base,
    CalendarEvent,
    Consent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    FormResponse,
    Note,
    Participant,
    PhaseChange,
    Placement,
)

GENERATOR_VERSION = 1
"""Raise when the generated data change, so cached benchmark databases are rebuilt."""

Size = Literal["small", "large"]
Progress = Callable[[str, float], None]
Row = dict[str, Any]

_BATCH = 5_000
_HISTORY_DAYS = 730  # referrals spread over about two years before `today`
_PLANNING_DAYS = 28  # open courses have meetings booked this far ahead


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, so the CLI and the tests can report and check them."""

    consultants: int
    participants: int
    courses: int
    phase_changes: int
    consents: int
    form_responses: int
    employers: int
    employer_contact_persons: int
    placements: int
    employer_contacts: int
    notes: int
    calendar_events: int

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class _Spec:
    consultants: tuple[tuple[str, float, Role], ...]  # municipality, FTE, role
    participants: int
    employers: int
    employer_contacts: int
    notes: int
    calendar_events: int
    earlier_course_share: float


_C, _L = Role.CONSULTANT, Role.TEAM_LEAD
_SPECS: dict[str, _Spec] = {
    # Køge and Solrød share the Wednesday meeting in Køge (seed 003).
    "small": _Spec((("Køge", 1.0, _C), ("Solrød", 0.8, _C), ("Roskilde", 1.0, _L)),
                   participants=60, employers=40, employer_contacts=400, notes=700,
                   calendar_events=160, earlier_course_share=0.05),
    # Guldborgssund left the project (seed 003), so it has no consultant here.
    "large": _Spec((
        ("Køge", 1.0, _L), ("Køge", 1.0, _C), ("Solrød", 0.8, _C), ("Stevns", 0.5, _C),
        ("Faxe", 1.0, _C), ("Greve", 1.0, _C), ("Roskilde", 1.0, _C), ("Roskilde", 0.8, _C),
        ("Holbæk", 1.0, _C), ("Holbæk", 1.0, _C), ("Kalundborg", 1.0, _C),
        ("Kalundborg", 0.5, _C), ("Slagelse", 1.0, _L), ("Slagelse", 1.0, _C),
        ("Slagelse", 1.0, _C), ("Ringsted", 0.8, _C), ("Odsherred", 1.0, _C),
        ("Næstved", 1.0, _C), ("Vordingborg", 1.0, _C), ("Lolland", 1.0, _C),
    ), participants=5_000, employers=1_500, employer_contacts=100_000, notes=200_000,
        calendar_events=20_000, earlier_course_share=0.05),
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
_END_REASONS = tuple(EndReason)
_END_WEIGHTS = (50, 10, 15, 25)


@dataclass(eq=False)
class _Consultant:
    id: uuid.UUID
    name: str
    initials: str
    fte: float
    municipality: dk.Municipality
    role: Role
    presence_day: str


@dataclass(eq=False)
class _Employer:
    id: uuid.UUID
    name: str
    municipality: str
    persons: list[uuid.UUID] = field(default_factory=list)


@dataclass(eq=False)
class _Course:
    id: uuid.UUID
    consultant: _Consultant
    first_name: str
    referral: date
    timeline: list[tuple[Phase, date]]
    ended_on: date | None
    first_meeting: date | None = None
    job_search: date | None = None
    placement_start: date | None = None
    employers: list[_Employer] = field(default_factory=list)

    @property
    def phase(self) -> Phase:
        return self.timeline[-1][0]


def generate_demo(
    engine: Engine, *, size: Size = "small", seed: int = 1, today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty demo database; refuse anything else rather than mix data."""
    if size not in _SPECS:
        raise ValueError(f"unknown demo size {size!r}; use 'small' or 'large'")
    if not is_demo(engine):
        raise ValueError("this database is not a demo database; demo data are only "
                         "written into one created as demo")
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(Participant)).scalar_one():
            raise ValueError("this demo database already holds participants; "
                             "demo data go only into an empty one")
    rows = _Rows(_Plan(random.Random(f"ips-demo:{size}:{seed}"), today or date.today(),
                       _SPECS[size]))
    with Session(engine) as session, session.begin():
        conn = session.connection()
        previous_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB: random-UUID index inserts
        try:
            counts = rows.write(_Writer(conn, rows.expected_rows(), progress))
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous_cache or -2000)}")
        audit.record(session, None, AuditAction.CREATE, "demo", None,
                     {"size": size, "seed": seed})
    if progress:
        progress("done", 1.0)
    return DemoSummary(**counts)


class _Writer:
    """Core bulk inserts in batches, reporting progress as a share of all rows."""

    def __init__(self, conn: Connection, total: int, progress: Progress | None) -> None:
        self.conn, self.total, self.progress, self.done = conn, max(total, 1), progress, 0

    def write(self, phase: str, model: type[Base], rows: Iterable[Row]) -> int:
        stmt = insert(Base.metadata.tables[model.__tablename__])  # Core, not ORM bulk
        written, batch = 0, []
        for row in rows:
            batch.append(row)
            if len(batch) == _BATCH:
                written += self._flush(phase, stmt, batch)
                batch = []
        if batch:
            written += self._flush(phase, stmt, batch)
        return written

    def _flush(self, phase: str, stmt: Any, batch: list[Row]) -> int:
        self.conn.execute(stmt, batch)
        self.done += len(batch)
        if self.progress:
            self.progress(phase, min(self.done / self.total, 0.99))
        return len(batch)


class _Plan:
    """Who is in the team and each course's dated history, drawn from one seeded generator.

    The order of draws is part of the output: reordering them changes the data,
    so raise GENERATOR_VERSION when doing so.
    """

    def __init__(self, rng: random.Random, today: date, spec: _Spec) -> None:
        self.rng, self.today, self.spec = rng, today, spec
        self.stamp = datetime.combine(today, time(6, 0), tzinfo=UTC)
        self.consultants = self._consultants()
        self.caseload = [c for c in self.consultants if c.role is Role.CONSULTANT]
        self.employers = self._employers()
        self.by_municipality: dict[str, list[_Employer]] = {}
        for employer in self.employers:
            self.by_municipality.setdefault(employer.municipality, []).append(employer)
        self.participants: list[Row] = []
        self.courses: list[_Course] = []
        self.course_rows: list[Row] = []
        self._participants_and_courses()

    # -- identities -----------------------------------------------------------------

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def record(self) -> Row:
        return {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp}

    def _consultants(self) -> list[_Consultant]:
        rng, seen, result = self.rng, set[str](), list[_Consultant]()
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
            result.append(_Consultant(self.new_id(), name, initials, fte, mun, role, day))
        return result

    def _employers(self) -> list[_Employer]:
        rng = self.rng
        home = [c.municipality.name for c in self.consultants]
        clusters = {c.municipality.cluster for c in self.consultants}
        pool = home * 4 + [m.name for m in dk.MUNICIPALITIES.values() if m.cluster in clusters]
        names: set[str] = set()
        shared_cvr: dict[str, str] = {}
        self.employer_rows: list[Row] = []
        result: list[_Employer] = []
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
            employer = _Employer(self.new_id(), name, mun.name)
            result.append(employer)
            self.employer_rows.append({
                "id": employer.id, "created_at": self.stamp, "updated_at": self.stamp,
                "name": name, "cvr": cvr, "industry": industry,
                "address": f"{street} {rng.randint(1, 120)}, {postcode} {town}",
                "municipality": mun.name, "phone": dk.landline_number(rng),
            })
        return result

    # -- participants and courses ---------------------------------------------------------

    def _participants_and_courses(self) -> None:
        rng, spec = self.rng, self.spec
        owners: list[_Consultant] = []
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

    def _participant(self, consultant: _Consultant, phase: Phase) -> None:
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

    def _course(self, participant_id: uuid.UUID, consultant: _Consultant, first_name: str,
                phase: Phase, ceiling: date) -> _Course:
        """One course whose phase history ends in `phase`, all of it before `ceiling`."""
        rng = self.rng
        last = phase if phase is not Phase.ENDED else \
            rng.choices(_OPEN_ORDER, _ENDED_FROM_WEIGHTS)[0]
        returned = last is Phase.JOB_SEARCH and rng.random() < 0.15
        offsets = self._offsets(last, returned)
        span = offsets[-1][1]
        ended_on: date | None = None
        if phase is Phase.ENDED:
            referral = ceiling - timedelta(days=rng.randint(60, _HISTORY_DAYS))
            ended_on = referral + timedelta(days=span + rng.randint(7, 150))
            if ended_on >= ceiling:
                ended_on = ceiling - timedelta(days=rng.randint(1, 20))
        else:
            age = min(rng.randint(*_AGE_DAYS[last]), max(0, _HISTORY_DAYS - 10 - span))
            referral = ceiling - timedelta(days=age + span)
        referral = _workday(referral, referral - timedelta(days=3))
        timeline: list[tuple[Phase, date]] = []
        for p, offset in offsets:
            day = _workday(referral + timedelta(days=offset), timeline[-1][1] if timeline
                           else referral)
            if ended_on is not None and timeline and day >= ended_on:
                break
            timeline.append((p, day))
        if ended_on is not None:
            timeline.append((Phase.ENDED, ended_on))
        course = _Course(self.new_id(), consultant, first_name, referral, timeline, ended_on)
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

    def _course_employers(self, consultant: _Consultant) -> list[_Employer]:
        """The few employers a course's job search works with; mostly local ones."""
        rng = self.rng
        local = self.by_municipality.get(consultant.municipality.name) or self.employers
        return [rng.choice(local if rng.random() < 0.8 else self.employers)
                for _ in range(rng.randint(2, 6))]

    def _course_row(self, participant_id: uuid.UUID, course: _Course) -> Row:
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



class _Rows:
    """Turns a plan into table rows; notes, contacts and events are drawn as they are written.

    Streaming the three big tables keeps memory flat for the large size.
    """

    def __init__(self, plan: _Plan) -> None:
        self.plan, self.rng, self.today, self.spec = plan, plan.rng, plan.today, plan.spec
        self.stamp, self.new_id, self.record = plan.stamp, plan.new_id, plan.record
        self.consultants, self.caseload = plan.consultants, plan.caseload
        self.employers, self.by_municipality = plan.employers, plan.by_municipality
        self.courses = plan.courses


    def expected_rows(self) -> int:
        """Exact where the plan already knows, the expected value where a draw decides."""
        spec, courses = self.spec, self.courses
        met = sum(1 for c in courses if c.first_meeting)
        searched = sum(1 for c in courses if c.job_search)
        placed = sum(1 for c in courses if c.placement_start)
        history = sum(len(c.timeline) for c in courses)
        return (len(self.consultants) + len(self.plan.participants) + 2 * len(courses) + history
                + met + round(0.9 * searched) + placed + round(2.7 * len(self.employers))
                + spec.employer_contacts + spec.notes + spec.calendar_events)

    def write(self, w: _Writer) -> dict[str, int]:
        counts = {
            "consultants": w.write("consultants", Consultant, self._consultant_rows()),
            "participants": w.write("participants", Participant, self.plan.participants),
            "courses": w.write("courses", Course, self.plan.course_rows),
            "phase_changes": w.write("phase_changes", PhaseChange, self._phase_changes()),
            "consents": w.write("consents", Consent, self._consents()),
            "form_responses": w.write("form_responses", FormResponse, self._forms()),
            "employers": w.write("employers", Employer, self.plan.employer_rows),
            "employer_contact_persons": w.write("employer_contact_persons",
                                                EmployerContactPerson, self._persons()),
            "placements": w.write("placements", Placement, self._placements()),
            "employer_contacts": w.write("employer_contacts", EmployerContact,
                                         self._employer_contacts()),
            "notes": w.write("notes", Note, self._notes()),
            "calendar_events": w.write("calendar_events", CalendarEvent, self._events()),
        }
        return counts

    def _consultant_rows(self) -> Iterator[Row]:
        for c in self.consultants:
            yield {"id": c.id, "created_at": self.stamp, "updated_at": self.stamp,
                   "name": c.name, "initials": c.initials, "fte": c.fte,
                   "municipality": c.municipality.name, "role": c.role.value}

    def _phase_changes(self) -> Iterator[Row]:
        for course in self.courses:
            for phase, day in course.timeline:
                yield self.record() | {"course_id": course.id, "phase": phase.value,
                                       "changed_on": day, "changed_by": course.consultant.id}

    def _consents(self) -> Iterator[Row]:
        rng = self.rng
        for course in self.courses:
            given = course.referral if rng.random() < 0.85 or not course.first_meeting \
                else course.first_meeting
            withdrawn = course.ended_on if course.ended_on and rng.random() < 0.05 else None
            yield self.record() | {"course_id": course.id, "given_on": given,
                                   "scope": dk.CONSENT_SCOPE, "withdrawn_on": withdrawn}

    def _forms(self) -> Iterator[Row]:
        rng = self.rng
        for course in self.courses:
            if not course.first_meeting:
                continue
            limit = course.ended_on or self.today
            goal = rng.choice(dk.WORK_GOALS)
            forms = [("vocational_profile", 0.75 if course.job_search else 0.0,
                      {"work_goal": goal, "strengths": rng.choice(dk.STRENGTHS),
                       "education": rng.choice(dk.EDUCATIONS)[0]})]
            if course.job_search and rng.random() < 0.9:
                forms.append(("action_plan", 0.6,
                              {"goal": goal, "next_step": rng.choice(dk.PLAN_STEPS)}))
            for form_id, complete_share, answers in forms:
                done = rng.random() < complete_share
                finished = min(course.first_meeting + timedelta(days=rng.randint(7, 40)), limit)
                yield self.record() | {
                    "course_id": course.id, "form_id": form_id, "form_version": "1",
                    "form_hash": None, "answers": answers, "updated_by": course.consultant.id,
                    "status": (FormStatus.COMPLETE if done else FormStatus.DRAFT).value,
                    "completed_at": datetime.combine(finished, time(14, 0), tzinfo=UTC)
                    if done else None,
                }

    def _persons(self) -> Iterator[Row]:
        rng = self.rng
        for employer, employer_row in zip(self.employers, self.plan.employer_rows, strict=True):
            domain = f"{dk.ascii_slug(employer.name.split(',')[0], '')[:24]}.dk"
            for _ in range(1 + (rng.random() < 0.5) + (rng.random() < 0.2)):
                name = dk.person_name(rng, 0.06)[0]
                person_id = self.new_id()
                employer.persons.append(person_id)
                yield {"id": person_id, "created_at": self.stamp, "updated_at": self.stamp,
                       "employer_id": employer_row["id"], "name": name,
                       "title": rng.choice(dk.CONTACT_TITLES),
                       "phone": dk.mobile_number(rng) if rng.random() < 0.8 else None,
                       "email": f"{dk.ascii_slug(name.split()[0])}@{domain}"
                       if rng.random() < 0.7 else None}

    def _placements(self) -> Iterator[Row]:
        rng = self.rng
        for course in self.courses:
            start = course.placement_start
            if start is None:
                continue
            education = rng.random() < 0.2
            end_date: date | None = None
            end_reason: PlacementEndReason | None = None
            last_open = course.timeline[-2 if course.ended_on else -1][0]
            if last_open is Phase.JOB_SEARCH:  # the job ended and job search began again
                end_date = next(d for p, d in reversed(course.timeline) if p is Phase.JOB_SEARCH)
            elif course.ended_on and rng.random() < 0.5:
                end_date = course.ended_on  # else the person kept the job after support ended
            if end_date:
                end_reason = PlacementEndReason.COMPLETED_EDUCATION if education and \
                    rng.random() < 0.5 else rng.choice(
                        (PlacementEndReason.QUIT, PlacementEndReason.DISMISSED,
                         PlacementEndReason.TEMPORARY_JOB_ENDED, PlacementEndReason.OTHER))
            if education:
                title, institution = rng.choice(dk.EDUCATIONS)
                employer_id, hours = None, rng.choice((None, 20.0, 25.0, 30.0, 37.0))
            else:
                title, institution = rng.choice(dk.JOB_TITLES), None
                employer_id = course.employers[0].id
                hours = float(rng.choice((8, 10, 12, 15, 15, 18, 20, 20, 25, 30, 37)))
            yield self.record() | {
                "course_id": course.id, "employer_id": employer_id, "institution": institution,
                "kind": (PlacementKind.EDUCATION if education else PlacementKind.JOB).value,
                "title": title, "start_date": start, "end_date": end_date,
                "hours_per_week": hours, "ordinary_terms": rng.random() < 0.9,
                "end_reason": end_reason.value if end_reason else None,
            }

    def _employer_contacts(self) -> Iterator[Row]:
        """~60 % for a participant, from job search on; the rest networking by consultant."""
        rng, today = self.rng, self.today
        eligible = [c for c in self.courses if c.job_search]
        windows = [(max(c.first_meeting or c.referral, js - timedelta(days=10)),
                    c.ended_on or today) for c in eligible if (js := c.job_search)]
        linked = round(self.spec.employer_contacts * 0.6) if eligible else 0
        quotas = _allocate(linked, [(b - a).days + 14 for a, b in windows])
        for course, (start, stop), quota in zip(eligible, windows, quotas, strict=True):
            span = max(0, (stop - start).days)
            for i in range(quota):
                if i == 0:  # the first contact, mostly within a month of the start
                    offset = rng.randint(0, 25) if rng.random() < 0.85 else rng.randint(31, 75)
                    day = start + timedelta(days=min(offset, span))
                else:
                    day = start + timedelta(days=rng.randint(0, span))
                employer = rng.choice(course.employers)
                if course.placement_start and day >= course.placement_start:
                    purpose = ContactPurpose.FOLLOW_ALONG if rng.random() < 0.7 \
                        else ContactPurpose.FOR_PARTICIPANT
                else:
                    purpose = ContactPurpose.FOR_PARTICIPANT if rng.random() < 0.8 \
                        else ContactPurpose.JOB_DEVELOPMENT
                yield self._contact(course.consultant, employer, course.id,
                                    _workday(day, start), purpose)
        first_day = today - timedelta(days=_HISTORY_DAYS)
        quotas = _allocate(self.spec.employer_contacts - linked, [c.fte for c in self.caseload])
        for consultant, quota in zip(self.caseload, quotas, strict=True):
            local = self.by_municipality.get(consultant.municipality.name) or self.employers
            for _ in range(quota):
                employer = rng.choice(local if rng.random() < 0.8 else self.employers)
                day = first_day + timedelta(days=rng.randint(0, _HISTORY_DAYS))
                purpose = ContactPurpose.NETWORKING if rng.random() < 0.55 \
                    else ContactPurpose.JOB_DEVELOPMENT
                yield self._contact(consultant, employer, None, _workday(day, first_day),
                                    purpose)

    def _contact(self, consultant: _Consultant, employer: _Employer,
                 course_id: uuid.UUID | None, day: date, purpose: ContactPurpose) -> Row:
        rng = self.rng
        roll = rng.random()
        mode = ContactMode.FACE_TO_FACE if roll < 0.45 else \
            ContactMode.PHONE if roll < 0.85 else ContactMode.EMAIL
        next_step = rng.choice(dk.CONTACT_NEXT_STEPS) if rng.random() < 0.6 else None
        return {
            "id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
            "employer_id": employer.id,
            "contact_person_id": rng.choice(employer.persons) if rng.random() < 0.75 else None,
            "consultant_id": consultant.id, "course_id": course_id, "contact_date": day,
            "mode": mode.value, "purpose": purpose.value,
            "outcome": rng.choice(dk.CONTACT_OUTCOMES) if rng.random() < 0.85 else None,
            "next_step": next_step,
            "follow_up_date": day + timedelta(days=rng.randint(3, 21)) if next_step else None,
        }

    def _notes(self) -> Iterator[Row]:
        rng = self.rng
        windows = [(c.referral, c.ended_on or self.today) for c in self.courses]
        quotas = _allocate(self.spec.notes, [(b - a).days + 7 for a, b in windows])
        kinds = (NoteKind.MEETING, NoteKind.PHONE, NoteKind.TEXT_MESSAGE, NoteKind.HOME_VISIT,
                 NoteKind.WITH_CLINICIAN)
        for course, (start, stop), quota in zip(self.courses, windows, quotas, strict=True):
            span = max(0, (stop - start).days)
            for i in range(quota):
                if i == 0 and course.first_meeting:
                    day = course.first_meeting
                    kind = NoteKind.JOINT_START_UP if rng.random() < 0.4 else NoteKind.MEETING
                else:
                    day = _workday(start + timedelta(days=rng.randint(0, span)), start)
                    kind = rng.choices(kinds, (50, 25, 12, 5, 8))[0]
                    if course.first_meeting is None or day < course.first_meeting:
                        kind = rng.choice((NoteKind.PHONE, NoteKind.TEXT_MESSAGE,
                                           NoteKind.WITH_CLINICIAN))
                if kind in (NoteKind.WITH_CLINICIAN, NoteKind.JOINT_START_UP):
                    place = NotePlace.PSYCHIATRY
                elif kind in (NoteKind.PHONE, NoteKind.TEXT_MESSAGE):
                    place = NotePlace.JOBCENTER
                elif kind is NoteKind.HOME_VISIT:
                    place = NotePlace.COMMUNITY
                else:
                    place = rng.choices(tuple(NotePlace), (55, 25, 20))[0]
                yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                       "course_id": course.id, "consultant_id": course.consultant.id,
                       "note_date": day, "kind": kind.value, "place": place.value,
                       "text": rng.choice(dk.NOTE_TEXTS)}

    def _events(self) -> Iterator[Row]:
        rng, today = self.rng, self.today
        recurring = list(self._recurring_events())
        yield from recurring
        horizon = today + timedelta(days=_PLANNING_DAYS)
        windows = [(c.referral, c.ended_on or horizon) for c in self.courses]
        cum = list(accumulate((b - a).days + 1 for a, b in windows))
        kinds = (EventKind.PARTICIPANT_MEETING, EventKind.EMPLOYER_MEETING,
                 EventKind.TREATMENT_CONFERENCE, EventKind.JOINT_START_UP, EventKind.OTHER)
        everyone = [c.fte for c in self.consultants]
        for _ in range(max(0, self.spec.calendar_events - len(recurring))):
            kind = rng.choices(kinds, (55, 20, 10, 10, 5))[0]
            index = bisect_left(cum, rng.random() * cum[-1])
            course = self.courses[index]
            start, stop = windows[index]
            day = _workday(start + timedelta(days=rng.randint(0, (stop - start).days)), start)
            consultant, mun = course.consultant, course.consultant.municipality
            town = rng.choice(mun.towns)[1]
            course_id: uuid.UUID | None = course.id
            employer_id: uuid.UUID | None = None
            if kind is EventKind.PARTICIPANT_MEETING:
                title = f"Møde med {course.first_name}"
                location = rng.choice((f"Jobcenter {mun.name}", mun.clinic, f"Biblioteket, {town}",
                                       f"Café {rng.choice(dk.CAFE_WORDS)}, {town}", "Gåtur",
                                       "Hjemmebesøg"))
            elif kind is EventKind.JOINT_START_UP:
                day = course.first_meeting or _workday(course.referral + timedelta(days=5),
                                                       course.referral)
                title, location = f"Fælles opstartsmøde – {course.first_name}", mun.clinic
            elif kind is EventKind.TREATMENT_CONFERENCE:
                title, location = f"Konference om {course.first_name}", mun.clinic
            elif kind is EventKind.EMPLOYER_MEETING:
                if course.employers and rng.random() < 0.5:
                    employer = rng.choice(course.employers)
                else:
                    consultant = rng.choices(self.consultants, everyone)[0]
                    local = self.by_municipality.get(consultant.municipality.name)
                    employer, course_id = rng.choice(local or self.employers), None
                employer_id = employer.id
                title, location = f"Virksomhedsbesøg: {employer.name}", employer.name
            else:
                consultant = rng.choices(self.consultants, everyone)[0]
                course_id = None
                title = rng.choice(("Teammøde", "Netværksmøde med virksomheder",
                                    "Temadag om IPS", "Klyngemøde"))
                location = f"Jobcenter {consultant.municipality.name}"
            begins = datetime.combine(day, time(rng.randint(8, 15), rng.choice((0, 15, 30, 45))))
            yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                   "consultant_id": consultant.id, "kind": kind.value, "title": title,
                   "starts_at": begins,
                   "ends_at": begins + timedelta(minutes=rng.choice((30, 45, 60, 60, 90))),
                   "location": location, "rrule": None, "exdates": [],
                   "course_id": course_id, "employer_id": employer_id}

    def _recurring_events(self) -> Iterator[Row]:
        """Each consultant's weekly presence day in psychiatry; team leads' group supervision."""
        first = self.today - timedelta(days=_HISTORY_DAYS)
        for c in self.consultants:
            if c.municipality.clinic == "Psykiatrien Køge":
                hour, minute, minutes = dk.KOEGE_PRESENCE[1], dk.KOEGE_PRESENCE[2], 60
            else:
                hour, minute, minutes = 9, 0, 180
            day = _next_weekday(first, c.presence_day)
            begins = datetime.combine(day, time(hour, minute))
            yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                   "consultant_id": c.id, "kind": EventKind.PRESENCE_DAY.value,
                   "title": "Mødedag i psykiatrien", "starts_at": begins,
                   "ends_at": begins + timedelta(minutes=minutes),
                   "location": c.municipality.clinic,
                   "rrule": f"FREQ=WEEKLY;BYDAY={c.presence_day}", "exdates": [],
                   "course_id": None, "employer_id": None}
            if c.role is Role.TEAM_LEAD:
                begins = datetime.combine(_next_weekday(first, "TH"), time(9, 0))
                yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                       "consultant_id": c.id, "kind": EventKind.SUPERVISION.value,
                       "title": "Gruppesupervision", "starts_at": begins,
                       "ends_at": begins + timedelta(hours=2),
                       "location": f"Jobcenter {c.municipality.name}",
                       "rrule": "FREQ=WEEKLY;BYDAY=TH", "exdates": [],
                       "course_id": None, "employer_id": None}


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _next_weekday(day: date, byday: str) -> date:
    return day + timedelta(days=(_WEEKDAYS.index(byday) - day.weekday()) % 7)


def _workday(day: date, lowest: date) -> date:
    """Consultants work Monday to Friday: a weekend moves back to Friday, not before `lowest`."""
    weekday = day.weekday()
    if weekday < 5:
        return day
    friday = day - timedelta(days=weekday - 4)
    return friday if friday >= lowest else day


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` exactly (largest remainder), without randomness."""
    if not weights or total <= 0:
        return [0] * len(weights)
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: counts[i] - shares[i])
    for i in order[:total - sum(counts)]:
        counts[i] += 1
    return counts

