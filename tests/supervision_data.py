"""Hand-built data sets for the supervision list, with every figure written down beforehand.

The service tests (tests/services/test_supervision*.py) and the printout's tests
(PDF and spreadsheet) read the same sets, so a figure checked once is the figure
on screen and on paper. Rows are written straight into the database (as the
demo does) so that each date is exactly the one the expectation states; the
services that write them are tested elsewhere.

`build_team(ctx)`: ISO week 2026-W47 (Monday 16.11.2026), read on Wednesday
18.11.2026. `build_year_end(ctx)`: ISO week 53 of 2026 and week 1 of 2027.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from ips_desktop.domain.enums import (
    ContactMode,
    ContactPurpose,
    EventKind,
    FormStatus,
    NoteKind,
    NotePlace,
    Phase,
    PlacementKind,
    Role,
)
from ips_desktop.domain.rules import RuleId
from ips_desktop.services.caseload import PLAN_FORM, PROFILE_FORM
from ips_desktop.services.context import AppContext
from ips_desktop.storage.models import (
    CalendarEvent,
    Consent,
    Consultant,
    Course,
    Employer,
    EmployerContact,
    FormResponse,
    Note,
    Participant,
    Placement,
    SupervisionItem,
)

WEEK = (2026, 47)
MONDAY = date(2026, 11, 16)
TODAY = date(2026, 11, 18)  # a Wednesday: week 47's list is read on this day
PAST_WEEK = (2026, 46)  # read at its Sunday, 15.11.2026
COMING_WEEK = (2026, 48)  # read at its Monday, 23.11.2026

EMPLOYER_NAME = "Brugsen Køge"
SCHOOL_NAME = "VUC Roskilde"
NOTE_TEXT = "Talte om jobønsker; ring til Brugsen igen."  # Niels's supervision note, week 47


@dataclass(frozen=True)
class Expected:
    """One consultant's heading in week 47 (read on TODAY)."""

    initials: str
    name: str
    open_courses: int
    capacity: int | None
    over: bool
    face_to_face: int
    presence_days: int
    new_referrals: int
    starts: int
    other_starts: int
    ends: int
    follow_ups_due: int


@dataclass
class TeamData:
    """What `build_team` made: ids by a short label, and the figures the list must show."""

    owner_id: uuid.UUID  # the ctx's actor: consultant "A", 1.0 FTE
    half_id: uuid.UUID  # Bo Berg, 0.5 FTE, 13 open courses: capacity 12, over
    lead_id: uuid.UUID  # Lis Leder, team lead without courses: no heading
    courses: dict[str, uuid.UUID] = field(default_factory=dict)  # label -> course id
    participants: dict[str, uuid.UUID] = field(default_factory=dict)  # label -> participant
    names: dict[str, str] = field(default_factory=dict)  # label -> the participant's name
    headings: dict[str | None, Expected] = field(default_factory=dict)  # initials (None: nobody)
    profile_sections: int = 0  # sections of the current profile form (not started: 0 of this)
    plan_sections: int = 0

    week = WEEK
    today = TODAY

    @property
    def listed(self) -> int:
        """Open courses on week 47's team list (the deleted participant and ended course not)."""
        return sum(h.open_courses for h in self.headings.values())


# -- the owner's courses (label: name, and what each one shows in week 47) -----------------
# "ida":    referred Tue 10.11 (day 0), no first meeting by day 8: first meeting 1 day late
#           (0 in week 46 read on 15.11, 6 days late in week 48 read on 23.11).
# "jens":   referred Mon 16.11 (a new referral this week), a first meeting booked for
#           Wed 25.11 (next week): not held, no done date, not late yet.
# "karen":  a job on ordinary terms since Tue 17.11 at Brugsen Køge, 30 h/week: a start.
#           Ticked as discussed on TODAY in week 47 (the only tick).
#           Follow-ups: 16.11 open (due), 25.11 open; next follow-up 16.11.
# "lars":   a job with a wage subsidy since Wed 18.11: recorded, not counted (other start).
# "mette":  a course ended 30.6.2026 and a new one referred 1.9.2026: listed once, 78 days.
# "niels":  last contact 18.10 (31 days): outreach due, contact rule 1 day late; a
#           supervision note this week, which is no contact.
# "pia":    an education (VUC Roskilde) ended Tue 17.11: an end this week.
# "ole":    a deleted participant: never listed.
# nobody's course "rikke": referred Tue 17.11 without a consultant (the unassigned group).
OWNER_LABELS = ("ida", "jens", "karen", "lars", "mette", "niels", "pia")
OWNER_FLAGS: dict[str, tuple[tuple[RuleId, int], ...]] = {
    "ida": ((RuleId.FIRST_MEETING, 1),),
    "niels": ((RuleId.PARTICIPANT_CONTACT, 1),),
}
HALF_COURSES = 13
PLANS_FROM = date(2026, 9, 20)  # the settled courses' plans started no earlier: review 19.12


def _session(ctx: AppContext) -> Session:
    return Session(ctx.engine, expire_on_commit=False)


def _consultant(session: Session, name: str, initials: str, fte: float, role: Role
                ) -> uuid.UUID:
    row = Consultant(name=name, initials=initials, fte=fte, municipality="Køge",
                     role=role.value)
    session.add(row)
    session.flush()
    return row.id


def _course(session: Session, name: str, consultant: uuid.UUID | None, referred: date, *,
            met: date | None = None, phase: Phase = Phase.ENGAGED, ended_on: date | None = None,
            participant: uuid.UUID | None = None, deleted: bool = False
            ) -> tuple[uuid.UUID, uuid.UUID]:
    """A course (and its participant unless given), consent given on the referral day."""
    if participant is None:
        person = Participant(name=name, cpr=None, municipality="Køge")
        if deleted:
            person.deleted_at = datetime(2026, 11, 17, 12, 0)
        session.add(person)
        session.flush()
        participant = person.id
    course = Course(participant_id=participant, consultant_id=consultant, referral_date=referred,
                    first_meeting_date=met, phase=phase.value, ended_on=ended_on)
    session.add(course)
    session.flush()
    session.add(Consent(course_id=course.id, given_on=referred, scope="IPS"))
    return participant, course.id


def _forms(session: Session, course: uuid.UUID, on: date) -> None:
    """Profile and plan started (empty drafts) on `on`: the started rule is met."""
    for form_id in (PROFILE_FORM, PLAN_FORM):
        session.add(FormResponse(course_id=course, form_id=form_id, form_version="1",
                                 answers={}, status=FormStatus.DRAFT.value,
                                 created_at=datetime.combine(on, time(10))))


def _note(session: Session, course: uuid.UUID, consultant: uuid.UUID | None, on: date) -> None:
    session.add(Note(course_id=course, consultant_id=consultant, note_date=on,
                     kind=NoteKind.MEETING.value, place=NotePlace.COMMUNITY.value, text="Samtale"))


def _contact(session: Session, employer: uuid.UUID, consultant: uuid.UUID,
             course: uuid.UUID | None, on: date, mode: ContactMode = ContactMode.FACE_TO_FACE,
             *, follow_up: date | None = None, done_on: date | None = None) -> None:
    session.add(EmployerContact(employer_id=employer, consultant_id=consultant, course_id=course,
                                contact_date=on, contact_time=time(10), mode=mode.value,
                                purpose=ContactPurpose.FOR_PARTICIPANT.value,
                                follow_up_date=follow_up, follow_up_done_on=done_on))


def _settled(session: Session, course: uuid.UUID, consultant: uuid.UUID, employer: uuid.UUID,
             referred: date) -> None:
    """Met two days after the referral, an employer contact, profile and plan, a recent note:
    no rule is late on TODAY (the employer contact is dated before week 47, so it adds no
    face-to-face figure)."""
    met = referred + timedelta(days=2)
    session.get(Course, course).first_meeting_date = met  # type: ignore[union-attr]
    _contact(session, employer, consultant, course, met + timedelta(days=1))
    _forms(session, course, max(met, PLANS_FROM))  # the quarterly review is not due by TODAY
    _note(session, course, consultant, date(2026, 11, 12))


def _presence(session: Session, consultant: uuid.UUID, day: date, hour: int = 9) -> None:
    starts = datetime.combine(day, time(hour))
    session.add(CalendarEvent(consultant_id=consultant, kind=EventKind.PRESENCE_DAY.value,
                              title="Mødedag", starts_at=starts,
                              ends_at=starts + timedelta(hours=3),
                              location="Psykiatrien Køge", exdates=[]))


def _placement(session: Session, course: uuid.UUID, start: date, *, employer: uuid.UUID | None,
               institution: str | None = None, kind: PlacementKind = PlacementKind.JOB,
               title: str = "Lagermedarbejder", hours: float | None = 30.0,
               ordinary: bool = True, end: date | None = None) -> None:
    session.add(Placement(course_id=course, kind=kind.value, employer_id=employer,
                          institution=institution, title=title, start_date=start,
                          end_date=end, hours_per_week=hours, ordinary_terms=ordinary))


def remember_shipped_forms(ctx: AppContext) -> tuple[int, int]:
    """The shipped profile and plan stored as used (as saving a draft does): their sections."""
    from ips_desktop.domain.form_parser import parse_form
    from ips_desktop.paths import forms_dir
    from ips_desktop.services import forms

    totals = []
    for form_id in (PROFILE_FORM, PLAN_FORM):
        path = forms_dir() / f"{form_id}.toml"
        text = path.read_text(encoding="utf-8")
        spec = parse_form(text, path.name)
        forms.remember_form(ctx, spec, text)
        totals.append(len(spec.sections))
    return totals[0], totals[1]


def build_team(ctx: AppContext) -> TeamData:
    """Week 47 of 2026 for a team of three (plus nobody's course): see the comments above."""
    sections = remember_shipped_forms(ctx)
    with _session(ctx) as session, session.begin():
        owner = session.get(Consultant, ctx.actor_id)
        assert owner is not None, "build_team needs a ctx whose actor is a consultant"
        owner.fte, owner.role = 1.0, Role.CONSULTANT.value
        half = _consultant(session, "Bo Berg", "BB", 0.5, Role.CONSULTANT)
        lead = _consultant(session, "Lis Leder", "LL", 1.0, Role.TEAM_LEAD)
        data = TeamData(owner.id, half, lead)
        shop = Employer(name=EMPLOYER_NAME, name_key=EMPLOYER_NAME.casefold())
        session.add(shop)
        session.flush()
        me = owner.id

        def add(label: str, name: str, referred: date, *, holder: uuid.UUID | None = me,
                phase: Phase = Phase.ENGAGED, met: date | None = None,
                participant: uuid.UUID | None = None, deleted: bool = False) -> uuid.UUID:
            pid, cid = _course(session, name, holder, referred, met=met, phase=phase,
                               participant=participant, deleted=deleted)
            data.courses[label], data.participants[label], data.names[label] = cid, pid, name
            return cid

        add("ida", "Ida Isaksen", date(2026, 11, 10), phase=Phase.REFERRED)
        jens = add("jens", "Jens Jørgensen", date(2026, 11, 16), phase=Phase.REFERRED,
                   met=date(2026, 11, 25))
        _forms(session, jens, date(2026, 11, 16))

        karen = add("karen", "Karen Kristensen", date(2026, 9, 7))
        _settled(session, karen, me, shop.id, date(2026, 9, 7))
        _placement(session, karen, date(2026, 11, 17), employer=shop.id)
        _contact(session, shop.id, me, karen, date(2026, 11, 16), follow_up=date(2026, 11, 16))
        _contact(session, shop.id, me, karen, date(2026, 11, 17),
                 follow_up=date(2026, 11, 25))
        _contact(session, shop.id, me, karen, date(2026, 11, 18), ContactMode.PHONE,
                 follow_up=date(2026, 11, 10), done_on=date(2026, 11, 12))
        _contact(session, shop.id, me, None, date(2026, 11, 9))  # last week: not counted
        session.add(SupervisionItem(course_id=karen, iso_year=2026, iso_week=47,
                                    discussed_on=TODAY, discussed_by=me, note=""))

        lars = add("lars", "Lars Larsen", date(2026, 9, 14))
        _settled(session, lars, me, shop.id, date(2026, 9, 14))
        _placement(session, lars, date(2026, 11, 18), employer=shop.id, ordinary=False,
                   title="Pedelmedhjælper", hours=15.0)

        person, old = _course(session, "Mette Mortensen", me, date(2026, 1, 5),
                              met=date(2026, 1, 7), phase=Phase.ENDED,
                              ended_on=date(2026, 6, 30))
        mette = add("mette", "Mette Mortensen", date(2026, 9, 1), participant=person)
        data.courses["mette_ended"] = old
        _settled(session, mette, me, shop.id, date(2026, 9, 1))

        niels = add("niels", "Niels Nielsen", date(2026, 8, 3))
        _settled(session, niels, me, shop.id, date(2026, 8, 3))
        session.query(Note).filter(Note.course_id == niels).delete()
        _note(session, niels, me, date(2026, 10, 18))  # 31 days before TODAY
        session.add(SupervisionItem(course_id=niels, iso_year=2026, iso_week=47,
                                    note=NOTE_TEXT, note_by=me))

        pia = add("pia", "Pia Poulsen", date(2026, 8, 10))
        _settled(session, pia, me, shop.id, date(2026, 8, 10))
        _placement(session, pia, date(2026, 8, 31), employer=None, institution=SCHOOL_NAME,
                   kind=PlacementKind.EDUCATION, title="HF-enkeltfag", hours=None,
                   end=date(2026, 11, 17))

        add("ole", "Ole Olsen", date(2026, 11, 17), deleted=True)
        add("rikke", "Rikke Rasmussen", date(2026, 11, 17), holder=None,
            phase=Phase.REFERRED)

        for i in range(HALF_COURSES):
            cid = add(f"bo{i:02}", f"Deltager {i + 1:02} Berg", date(2026, 11, 2), holder=half)
            _settled(session, cid, half, shop.id, date(2026, 11, 2))

        # Face-to-face this week: the owner 2 (16.11 and 17.11; the phone call is not), Bo 1.
        _contact(session, shop.id, half, None, date(2026, 11, 19))
        _contact(session, shop.id, half, None, date(2026, 11, 20), ContactMode.EMAIL)
        # Presence: the owner on 3 days of November (two events on 10.11 are one day; one
        # in October does not count), Bo on none.
        for day in (date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17)):
            _presence(session, me, day)
        _presence(session, me, date(2026, 11, 10), hour=13)
        _presence(session, me, date(2026, 10, 27))
        owner_initials, owner_name = owner.initials, owner.name

    data.profile_sections, data.plan_sections = sections
    data.headings = {
        owner_initials: Expected(owner_initials, owner_name, open_courses=7, capacity=25,
                                 over=False, face_to_face=2, presence_days=3, new_referrals=1,
                                 starts=1, other_starts=1, ends=1, follow_ups_due=1),
        "BB": Expected("BB", "Bo Berg", open_courses=HALF_COURSES, capacity=12, over=True,
                       face_to_face=1, presence_days=0, new_referrals=0, starts=0,
                       other_starts=0, ends=0, follow_ups_due=0),
        None: Expected("", "", open_courses=1, capacity=None, over=False, face_to_face=0,
                       presence_days=0, new_referrals=1, starts=0, other_starts=0, ends=0,
                       follow_ups_due=0),
    }
    return data


# -- the turn of the year ----------------------------------------------------------------
WEEK_53 = (2026, 53)  # Monday 28.12.2026 .. Sunday 3.1.2027
WEEK_1 = (2027, 1)  # Monday 4.1.2027 .. Sunday 10.1.2027


@dataclass
class YearEndData:
    """Referred on 1.1.2027 (week 53 of 2026), a job from 4.1.2027 (week 1 of 2027)."""

    consultant_id: uuid.UUID
    course_id: uuid.UUID
    # week -> (new referrals, starts, face-to-face): what each heading shows
    figures: dict[tuple[int, int], tuple[int, int, int]] = field(default_factory=dict)
    # presence days by the day the week is read on: week 53 spans December and January
    presence: dict[date, int] = field(default_factory=dict)


def build_year_end(ctx: AppContext) -> YearEndData:
    """One course of the ctx's actor across the turn of 2026/2027."""
    with _session(ctx) as session, session.begin():
        me = ctx.actor_id
        assert me is not None
        shop = Employer(name=EMPLOYER_NAME, name_key=EMPLOYER_NAME.casefold())
        session.add(shop)
        session.flush()
        _, course = _course(session, "Åse Ærenfeldt", me, date(2027, 1, 1),
                            met=date(2027, 1, 2), phase=Phase.JOB_SEARCH)
        _contact(session, shop.id, me, course, date(2026, 12, 31))  # week 53
        _contact(session, shop.id, me, course, date(2027, 1, 5))  # week 1
        _contact(session, shop.id, me, course, date(2027, 1, 6))  # week 1
        _placement(session, course, date(2027, 1, 4), employer=shop.id)
        _presence(session, me, date(2026, 12, 29))
        _presence(session, me, date(2027, 1, 2))
        _presence(session, me, date(2027, 1, 7))
    return YearEndData(me, course, figures={WEEK_53: (1, 0, 1), WEEK_1: (0, 1, 2)},
                       presence={date(2026, 12, 30): 1, date(2027, 1, 2): 2,
                                 date(2027, 1, 6): 2})
