"""The demo team's day-to-day activity: employer contacts, case notes and the calendar.

These are the three high-volume tables (100,000 contacts, 200,000 notes and
20,000 events in the large size). Each is a generator spread over the courses'
dated windows, drawn while it is written, so the rows never sit in memory all
at once. They come last in `Rows.write` and draw from the plan's generator,
so their order there is part of the output too. The job openings (a few
thousand) are drawn from the "opening found" contacts remembered on the way.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import (
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    EventKind,
    NoteKind,
    NotePlace,
    OpeningStatus,
    Phase,
    Role,
)
from ips_desktop.domain.public_holidays import public_holidays
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
_HOURS = tuple(range(8, 17))
_HOUR_WEIGHTS = tuple(accumulate((6, 14, 16, 14, 7, 14, 14, 10, 5)))  # cumulative: cheaper
_MINUTES = (0, 0, 0, 15, 15, 30, 30, 45, 45, 5, 10, 20, 25, 35, 40, 50, 55)
_OPENING_HOURS = (None, 10.0, 15.0, 15.0, 20.0, 25.0, 30.0, 37.0)
_OUTCOMES = (ContactOutcome.MEETING_AGREED, ContactOutcome.OPENING_FOUND,
             ContactOutcome.NO_OPENING, ContactOutcome.HIRED, ContactOutcome.OTHER)
_OUTCOME_WEIGHTS = {purpose: tuple(accumulate(weights)) for purpose, weights in {  # cumulative
    ContactPurpose.NETWORKING: (15, 8, 37, 0, 40),
    ContactPurpose.FOR_PARTICIPANT: (25, 8, 32, 2, 33),
    ContactPurpose.FOLLOW_ALONG: (15, 3, 2, 0, 80),
}.items()}


@dataclass(frozen=True)
class _Found:
    """An "opening found" contact, remembered until the openings are drawn."""

    contact_id: uuid.UUID
    day: date
    employer: PlannedEmployer
    consultant: PlannedConsultant
    course_id: uuid.UUID | None


class Activity:
    """Draws the contact, note and calendar rows of a plan, one table at a time."""

    def __init__(self, plan: Plan) -> None:
        self.rng, self.today, self.spec = plan.rng, plan.today, plan.spec
        self.stamp, self.new_id = plan.stamp, plan.new_id
        self.consultants, self.caseload = plan.consultants, plan.caseload
        self.employers, self.by_municipality = plan.employers, plan.by_municipality
        self.courses = plan.courses
        # Filled in by Rows as placements are written: course -> (placement, employer).
        self.job_placements: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = {}
        self._found: list[_Found] = []  # the "opening found" contacts, in order
        self._filled_by: dict[uuid.UUID, _Found] = {}  # course -> the opening its job was
        self.filled_openings: dict[uuid.UUID, uuid.UUID] = {}  # course -> opening it filled
        self.candidates: list[Row] = []  # drawn with the openings, written after them
        self.held_notes: list[Row] = []  # the notes held meetings became, written after them
        self.held_links: list[Row] = []  # {"event", "note"}: set once both rows exist
        self.units = [row["psychiatry_unit"] for row in plan.course_rows
                      if row["psychiatry_unit"]]

    def employer_contacts(self) -> Iterator[Row]:
        """~60 % for a participant, from job search on; the rest networking by consultant.

        Contacts whose outcome is "opening found" are remembered (about half of them
        become job openings, `openings`), and so is the one before a job start at the
        employer that hired, so the placement can point at the opening it filled.
        """
        rng, today = self.rng, self.today
        eligible = [c for c in self.courses if c.job_search]
        windows = [(max(c.first_meeting or c.referral, js - timedelta(days=10)),
                    c.ended_on or today) for c in eligible if (js := c.job_search)]
        linked = round(self.spec.employer_contacts * 0.6) if eligible else 0
        quotas = _allocate(linked, [(b - a).days + 14 for a, b in windows])
        for course, (start, stop), quota in zip(eligible, windows, quotas, strict=True):
            span = max(0, (stop - start).days)
            hired_by = self.job_placements.get(course.id)
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
                day = workday(day, start)
                kind = self._outcome_kind(purpose)
                lead = (course.placement_start - day).days if course.placement_start else -1
                if hired_by and employer.id == hired_by[1] and 0 <= lead <= 60 \
                        and rng.random() < 0.4:
                    # The job the participant got was often an opening found here first.
                    kind = ContactOutcome.HIRED if lead <= 10 else ContactOutcome.OPENING_FOUND
                row = self._contact(course.consultant, employer, course.id, day, purpose, kind)
                if kind is ContactOutcome.OPENING_FOUND:
                    found = _Found(row["id"], day, employer, course.consultant, course.id)
                    if hired_by and employer.id == hired_by[1] and 10 < lead <= 60:
                        best = self._filled_by.get(course.id)
                        if best is None or best.day < day:
                            self._filled_by[course.id] = found
                    self._found.append(found)
                yield row
        first_day = today - timedelta(days=HISTORY_DAYS)
        quotas = _allocate(self.spec.employer_contacts - linked, [c.fte for c in self.caseload])
        for consultant, quota in zip(self.caseload, quotas, strict=True):
            local = self.by_municipality.get(consultant.municipality.name) or self.employers
            for _ in range(quota):
                employer = rng.choice(local if rng.random() < 0.8 else self.employers)
                day = workday(first_day + timedelta(days=rng.randint(0, HISTORY_DAYS)),
                              first_day)
                kind = self._outcome_kind(ContactPurpose.NETWORKING)
                row = self._contact(consultant, employer, None, day, ContactPurpose.NETWORKING,
                                    kind)
                if kind is ContactOutcome.OPENING_FOUND:
                    self._found.append(_Found(row["id"], day, employer, consultant, None))
                yield row

    def _outcome_kind(self, purpose: ContactPurpose) -> ContactOutcome | None:
        """Some contacts have no outcome noted; the others one of the list, by purpose."""
        if self.rng.random() >= 0.85:
            return None
        return self.rng.choices(_OUTCOMES, cum_weights=_OUTCOME_WEIGHTS[purpose])[0]

    def _contact(self, consultant: PlannedConsultant, employer: PlannedEmployer,
                 course_id: uuid.UUID | None, day: date, purpose: ContactPurpose,
                 kind: ContactOutcome | None) -> Row:
        rng, today = self.rng, self.today
        roll = rng.random()
        mode = ContactMode.FACE_TO_FACE if roll < 0.45 else ContactMode.PHONE if roll < 0.83 \
            else ContactMode.EMAIL if roll < 0.95 else ContactMode.VIDEO
        # Office hours, most before lunch and early afternoon; 08:00 to 16:30.
        hour = rng.choices(_HOURS, cum_weights=_HOUR_WEIGHTS)[0]
        minute = rng.choice(_MINUTES) if hour < 16 else rng.choice((0, 15, 30))
        if kind is None:
            outcome = rng.choice(dk.CONTACT_OUTCOMES["other"]) if rng.random() < 0.1 else None
        elif rng.random() < 0.9:
            texts = dk.CONTACT_OUTCOMES["follow_along"] if kind is ContactOutcome.OTHER \
                and purpose is ContactPurpose.FOLLOW_ALONG else dk.CONTACT_OUTCOMES[kind.value]
            outcome = rng.choice(texts)
        else:
            outcome = None
        next_step = rng.choice(dk.CONTACT_NEXT_STEPS) if rng.random() < 0.6 else None
        follow_up = day + timedelta(days=rng.randint(3, 21)) if next_step else None
        done_on: date | None = None
        if follow_up is not None and follow_up <= today:
            # Most follow-ups are done a day or two after they fall due; the last few
            # weeks' not all yet, so a realistic handful is due on the home screen.
            late = (today - follow_up).days
            undone = 0.12 if late <= 7 else 0.02 if late <= 21 else 0.0
            if rng.random() >= undone:
                done_on = min(follow_up + timedelta(days=rng.randint(0, 2)), today)
        return {
            "id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
            "employer_id": employer.id,
            "contact_person_id": rng.choice(employer.persons) if rng.random() < 0.75 else None,
            "consultant_id": consultant.id, "course_id": course_id, "contact_date": day,
            "contact_time": time(hour, minute),
            "mode": mode.value, "purpose": purpose.value,
            "outcome_kind": kind.value if kind else None, "outcome": outcome,
            "next_step": next_step, "follow_up_date": follow_up, "follow_up_done_on": done_on,
        }

    def openings(self) -> Iterator[Row]:
        """About half the "opening found" contacts became a job opening, in the team's list.

        Recent ones are mostly still open, older ones closed; one that a placement
        filled is marked filled (`filled_openings` tells the placement which). Each
        has 0–3 candidates among the open courses in job search (`candidates`).
        """
        rng, today = self.rng, self.today
        searching: dict[uuid.UUID, list[uuid.UUID]] = {}
        for course in self.courses:
            if course.ended_on is None and course.phase is Phase.JOB_SEARCH:
                searching.setdefault(course.consultant.id, []).append(course.id)
        filled = {found.contact_id: course_id for course_id, found in self._filled_by.items()}
        for found in self._found:
            placed = filled.get(found.contact_id)
            age = (today - found.day).days
            if placed is None and age > 45 and rng.random() >= 0.5:
                continue  # recent ones are all in the list: the team is working on them
            opening_id = self.new_id()
            if placed is not None:
                status = OpeningStatus.FILLED
                self.filled_openings[placed] = opening_id
            elif age <= 30:
                status = OpeningStatus.OPEN if rng.random() < 0.85 else OpeningStatus.CLOSED
            elif age <= 60:
                status = OpeningStatus.OPEN if rng.random() < 0.3 else OpeningStatus.CLOSED
            else:
                status = OpeningStatus.CLOSED
            deadline = found.day + timedelta(days=rng.randint(7, 28)) \
                if rng.random() < 0.6 else None
            if status is OpeningStatus.OPEN and deadline is not None \
                    and (today - deadline).days > 3 and rng.random() < 0.85:
                status = OpeningStatus.CLOSED  # the team closes most once the deadline passes
            yield {
                "id": opening_id, "created_at": self.stamp, "updated_at": self.stamp,
                "employer_id": found.employer.id, "contact_id": found.contact_id,
                "consultant_id": found.consultant.id, "title": rng.choice(dk.JOB_TITLES),
                "hours_per_week": rng.choice(_OPENING_HOURS),
                "location": found.employer.municipality if rng.random() < 0.7 else None,
                "deadline": deadline,
                "status": status.value,
                "notes": rng.choice(dk.OPENING_NOTES) if rng.random() < 0.3 else None,
                "found_on": found.day,
            }
            chosen: list[uuid.UUID] = [placed] if placed is not None else []
            pool = searching.get(found.consultant.id, [])
            if found.course_id in pool and found.course_id not in chosen and rng.random() < 0.7:
                chosen.append(found.course_id)
            target = min(3, max(len(chosen), rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]))
            for course_id in rng.sample(pool, min(len(pool), target)):
                if len(chosen) < target and course_id not in chosen:
                    chosen.append(course_id)
            for course_id in chosen:
                self.candidates.append({"id": self.new_id(), "created_at": self.stamp,
                                        "updated_at": self.stamp, "opening_id": opening_id,
                                        "course_id": course_id})

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
        """The team's calendar: presence days and supervision as series, then single events.

        Past meetings with a participant who had been met are mostly marked held: each
        becomes a contact note (`held_notes`, written after the events, and linked by
        `held_links`), as marking one held in the calendar does.
        """
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
                                       "Hjemmebesøg", "Video"))
            elif kind is EventKind.JOINT_START_UP:
                day = course.first_meeting or workday(course.referral + timedelta(days=5),
                                                      course.referral)
                title, location = f"Fælles opstartsmøde – {course.first_name}", mun.clinic
            elif kind is EventKind.TREATMENT_CONFERENCE:
                title = f"Konference om {course.first_name}"
                location = "Video" if rng.random() < 0.25 else mun.clinic  # sometimes by video
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
            notes = rng.choice(dk.EVENT_NOTES) if rng.random() < 0.2 else ""
            row = self._event(consultant, kind, title, begins,
                              begins + timedelta(minutes=rng.choice((30, 45, 60, 60, 90))),
                              location, course_id=course_id, employer_id=employer_id,
                              notes=notes)
            if kind in (EventKind.PARTICIPANT_MEETING, EventKind.JOINT_START_UP) \
                    and day < today and course.first_meeting and day >= course.first_meeting \
                    and rng.random() < 0.7:
                self._held(row, course.id, kind, location)
            yield row

    def _held(self, event: Row, course_id: uuid.UUID, kind: EventKind, location: str) -> None:
        """The meeting marked held: its contact note, linked to the event after both exist."""
        place = NotePlace.VIDEO if location == "Video" else NotePlace.PSYCHIATRY \
            if location.startswith("Psykiatrien") else NotePlace.JOBCENTER \
            if location.startswith("Jobcenter") else NotePlace.COMMUNITY
        note_kind = NoteKind.JOINT_START_UP if kind is EventKind.JOINT_START_UP \
            else NoteKind.MEETING
        note_id = self.new_id()
        self.held_notes.append({
            "id": note_id, "created_at": self.stamp, "updated_at": self.stamp,
            "course_id": course_id, "consultant_id": event["consultant_id"],
            "note_date": event["starts_at"].date(), "kind": note_kind.value,
            "place": place.value, "text": self.rng.choice(dk.HELD_NOTE_TEXTS)})
        self.held_links.append({"event": event["id"], "note": note_id})

    def _event(self, consultant: PlannedConsultant, kind: EventKind, title: str,
               begins: datetime, ends: datetime, location: str, *,
               course_id: uuid.UUID | None = None, employer_id: uuid.UUID | None = None,
               rrule: str | None = None, exdates: list[str] | None = None, notes: str = "",
               parent_id: uuid.UUID | None = None, recurrence_id: datetime | None = None,
               sequence: int = 0) -> Row:
        """One calendar row with every column (a bulk insert takes its keys from the first)."""
        return {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                "consultant_id": consultant.id, "kind": kind.value, "title": title,
                "starts_at": begins, "ends_at": ends, "location": location, "rrule": rrule,
                "exdates": exdates or [], "course_id": course_id, "employer_id": employer_id,
                "notes": notes, "parent_id": parent_id, "recurrence_id": recurrence_id,
                "sequence": sequence, "held_note_id": None}

    def _recurring_events(self) -> Iterator[Row]:
        """Each consultant's weekly presence day in psychiatry; team leads' group supervision.

        A presence day that falls on a public holiday is cancelled (an exdate), and
        the one in the week after today is moved a day on its own (an override row
        the series lists in its exdates too), as consultants do in the calendar.
        """
        first = self.today - timedelta(days=HISTORY_DAYS)
        holidays = public_holidays(first, self.today + timedelta(days=365), "da")
        for c in self.consultants:
            if c.municipality.clinic == "Psykiatrien Køge":
                hour, minute, minutes = dk.KOEGE_PRESENCE[1], dk.KOEGE_PRESENCE[2], 60
            else:
                hour, minute, minutes = 9, 0, 180
            day = _next_weekday(first, c.presence_day)
            begins = datetime.combine(day, time(hour, minute))
            length = timedelta(minutes=minutes)
            cancelled = [datetime.combine(d, begins.time()) for d in sorted(holidays)
                         if d >= day and d.weekday() == day.weekday()]
            moved_from = datetime.combine(
                _next_weekday(self.today + timedelta(days=7), c.presence_day), begins.time())
            while moved_from in cancelled:
                moved_from += timedelta(days=7)
            series = self._event(
                c, EventKind.PRESENCE_DAY, "Mødedag i psykiatrien", begins, begins + length,
                c.municipality.clinic, rrule=f"FREQ=WEEKLY;BYDAY={c.presence_day}",
                exdates=sorted(m.isoformat() for m in [*cancelled, moved_from]), sequence=1)
            yield series
            shift = timedelta(days=1 if moved_from.weekday() < 4 else -1)
            yield self._event(
                c, EventKind.PRESENCE_DAY, "Mødedag i psykiatrien", moved_from + shift,
                moved_from + shift + length, c.municipality.clinic,
                notes="Flyttet en dag i denne uge: konference om formiddagen.",
                parent_id=series["id"], recurrence_id=moved_from, sequence=1)
            if c.role is Role.TEAM_LEAD:
                begins = datetime.combine(_next_weekday(first, "TH"), time(9, 0))
                yield self._event(c, EventKind.SUPERVISION, "Gruppesupervision", begins,
                                  begins + timedelta(hours=2), f"Jobcenter {c.municipality.name}",
                                  rrule="FREQ=WEEKLY;BYDAY=TH")

    def psychiatry_units(self) -> Iterator[Row]:
        """The team's list of units: each clinic, and the units the courses were referred from."""
        names = sorted({c.municipality.clinic for c in self.consultants}
                       | {unit for unit in self.units})
        for name in names:
            yield {"id": self.new_id(), "created_at": self.stamp, "updated_at": self.stamp,
                   "name": name, "name_key": name_key(name)}


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
