"""The demo team's day-to-day activity: employer contacts, case notes and the calendar.

These are the three high-volume tables (100,000 contacts, 200,000 notes and
20,000 events in the large size). Each is a generator spread over the courses'
dated windows, drawn while it is written, so the rows never sit in memory all
at once. They come last in `Rows.write` and draw from the plan's generator,
so their order there is part of the output too.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from ips_desktop.domain.enums import (
    ContactMode,
    ContactPurpose,
    EventKind,
    NoteKind,
    NotePlace,
    Role,
)
from ips_desktop.services.demo import names as dk
from ips_desktop.services.demo.plan import (
    HISTORY_DAYS,
    Plan,
    PlannedConsultant,
    PlannedEmployer,
    Row,
    workday,
)

_MEETING_PLACES = (NotePlace.COMMUNITY, NotePlace.JOBCENTER, NotePlace.PSYCHIATRY)
_PLANNING_DAYS = 28  # open courses have meetings booked this far ahead


class Activity:
    """Draws the contact, note and calendar rows of a plan, one table at a time."""

    def __init__(self, plan: Plan) -> None:
        self.rng, self.today, self.spec = plan.rng, plan.today, plan.spec
        self.stamp, self.new_id = plan.stamp, plan.new_id
        self.consultants, self.caseload = plan.consultants, plan.caseload
        self.employers, self.by_municipality = plan.employers, plan.by_municipality
        self.courses = plan.courses

    def employer_contacts(self) -> Iterator[Row]:
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
                        else ContactPurpose.NETWORKING
                yield self._contact(course.consultant, employer, course.id,
                                    workday(day, start), purpose)
        first_day = today - timedelta(days=HISTORY_DAYS)
        quotas = _allocate(self.spec.employer_contacts - linked, [c.fte for c in self.caseload])
        for consultant, quota in zip(self.caseload, quotas, strict=True):
            local = self.by_municipality.get(consultant.municipality.name) or self.employers
            for _ in range(quota):
                employer = rng.choice(local if rng.random() < 0.8 else self.employers)
                day = first_day + timedelta(days=rng.randint(0, HISTORY_DAYS))
                yield self._contact(consultant, employer, None, workday(day, first_day),
                                    ContactPurpose.NETWORKING)

    def _contact(self, consultant: PlannedConsultant, employer: PlannedEmployer,
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

    def notes(self) -> Iterator[Row]:
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
                    day = workday(start + timedelta(days=rng.randint(0, span)), start)
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
                    place = rng.choices(_MEETING_PLACES, (55, 25, 20))[0]
                yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                       "course_id": course.id, "consultant_id": course.consultant.id,
                       "note_date": day, "kind": kind.value, "place": place.value,
                       "text": rng.choice(dk.NOTE_TEXTS)}

    def events(self) -> Iterator[Row]:
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
            day = workday(start + timedelta(days=rng.randint(0, (stop - start).days)), start)
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
                day = course.first_meeting or workday(course.referral + timedelta(days=5),
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
        first = self.today - timedelta(days=HISTORY_DAYS)
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
