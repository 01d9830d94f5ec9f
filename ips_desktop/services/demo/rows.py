"""Turning the demo plan into table rows, and writing them in batched Core inserts.

The inserts go through storage/synced_writes.py, so the change log holds
every row (a demo database syncs like any other).

The plan (`plan`) holds only what later tables hang on; the rows of the
remaining per-course and per-employer tables are drawn here, in the order
`Rows.write` consumes them, and the three big activity tables come from
`activity`. `Writer` is the one place that touches the database, so the
generators stay plain iterators of dicts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection

from ips_desktop.domain.enums import (
    FormStatus,
    Phase,
    PlacementEndReason,
    PlacementKind,
    Role,
)
from ips_desktop.domain.rules import PLAN_REVIEW_DAYS, iso_week
from ips_desktop.services.caseload import PLAN_FORM, PROFILE_FORM
from ips_desktop.services.demo import answers as demo_answers
from ips_desktop.services.demo import implementation_plan as demo_plan
from ips_desktop.services.demo import names as dk
from ips_desktop.services.demo import staffing as demo_staffing
from ips_desktop.services.demo.activity import Activity
from ips_desktop.services.demo.plan import Plan, PlannedCourse, Row
from ips_desktop.storage import synced_writes
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
    ImplementationPlanItem,
    JobOpening,
    JobOpeningCandidate,
    Note,
    OverviewTarget,
    Participant,
    PhaseChange,
    Placement,
    PlanReview,
    PsychiatryUnit,
    StaffingPeriod,
    SupervisionItem,
)

Progress = Callable[[str, float], None]

_BATCH = 5_000
SUPERVISION_WEEKS = 6  # past weeks with ticks and notes from supervision


class Writer:
    """Core bulk inserts in batches, reporting progress as a share of all rows."""

    def __init__(self, conn: Connection, total: int, progress: Progress | None) -> None:
        self.conn, self.total, self.progress, self.done = conn, max(total, 1), progress, 0

    def write(self, phase: str, model: type[Base], rows: Iterable[Row]) -> int:
        written, batch = 0, []
        for row in rows:
            batch.append(row)
            if len(batch) == _BATCH:
                written += self._flush(phase, model, batch)
                batch = []
        if batch:
            written += self._flush(phase, model, batch)
        return written

    def update(self, model: type[Base], rows: list[Row]) -> None:
        """Executemany UPDATEs by id (the few links drawn after the rows they change)."""
        if rows:
            synced_writes.update_by_id(self.conn, model, rows)

    def _flush(self, phase: str, model: type[Base], batch: list[Row]) -> int:
        synced_writes.insert_rows(self.conn, model, batch)  # Core, not ORM bulk
        self.done += len(batch)
        if self.progress:
            self.progress(phase, min(self.done / self.total, 0.99))
        return len(batch)


class Rows:
    """Turns a plan into table rows; notes, contacts and events are drawn as they are written.

    Streaming the three big tables keeps memory flat for the large size. The
    draws share the plan's generator, so the order of `write` is part of the output.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan, self.rng, self.today, self.spec = plan, plan.rng, plan.today, plan.spec
        self.stamp, self.new_id, self.record = plan.stamp, plan.new_id, plan.record
        self.consultants, self.employers = plan.consultants, plan.employers
        # Before the activity is drawn: the former consultant takes some ended courses.
        self.staffing = demo_staffing.draw(plan)
        self.courses, self.activity = plan.courses, Activity(plan)
        self._placement_rows: list[Row] = []  # what the targets are drawn from
        self._reviews: list[Row] = []  # drawn with the plans, written after them

    def expected_rows(self) -> int:
        """Exact where the plan already knows, the expected value where a draw decides."""
        spec, courses = self.spec, self.courses
        met = sum(1 for c in courses if c.first_meeting)
        searched = sum(1 for c in courses if c.job_search)
        placed = sum(1 for c in courses if c.placement_start)
        history = sum(len(c.timeline) for c in courses)
        return (len(self.consultants) + len(self.plan.participants) + 2 * len(courses) + history
                + met + round(0.9 * searched) + placed + round(2.7 * len(self.employers))
                + round(1.06 * spec.employer_contacts) + spec.notes + spec.calendar_events
                + 2 * len(self.consultants) + 2 * demo_staffing.TARGET_MONTHS
                + len(demo_plan.PARTIES))

    def write(self, w: Writer) -> dict[str, int]:
        counts = {
            "consultants": w.write("consultants", Consultant, self._consultant_rows()),
            "staffing_periods": w.write("staffing_periods", StaffingPeriod,
                                        demo_staffing.period_rows(self.plan, self.staffing)),
            "participants": w.write("participants", Participant, self.plan.participants),
            "courses": w.write("courses", Course, self.plan.course_rows),
            "phase_changes": w.write("phase_changes", PhaseChange, self._phase_changes()),
            "consents": w.write("consents", Consent, self._consents()),
            "form_responses": w.write("form_responses", FormResponse, self._forms()),
            "plan_reviews": w.write("plan_reviews", PlanReview, self._reviews),
            "employers": w.write("employers", Employer, self.plan.employer_rows),
            "employer_contact_persons": w.write("employer_contact_persons",
                                                EmployerContactPerson, self._persons()),
            "placements": w.write("placements", Placement, self._placements()),
            "overview_targets": w.write("overview_targets", OverviewTarget,
                                        demo_staffing.target_rows(self.plan,
                                                                  self._placement_rows)),
            "employer_contacts": w.write("employer_contacts", EmployerContact,
                                         self.activity.employer_contacts()),
            "job_openings": w.write("job_openings", JobOpening, self.activity.openings()),
            "job_opening_candidates": w.write("job_opening_candidates", JobOpeningCandidate,
                                              self.activity.candidates),
            "notes": w.write("notes", Note, self.activity.notes()),
            "calendar_events": w.write("calendar_events", CalendarEvent, self.activity.events()),
            "psychiatry_units": w.write("psychiatry_units", PsychiatryUnit,
                                        self.activity.psychiatry_units()),
        }
        # The meetings marked held became contact notes: written now that the events
        # exist, then linked (the event points at its note).
        counts["notes"] += w.write("notes", Note, self.activity.held_notes)
        w.update(CalendarEvent, [{"id": link["event"], "held_note_id": link["note"]}
                                 for link in self.activity.held_links])
        w.update(Placement,
                 [{"id": self.activity.job_placements[course_id][0], "opening_id": opening}
                  for course_id, opening in self.activity.filled_openings.items()])
        counts["supervision_items"] = w.write("supervision_items", SupervisionItem,
                                              self._supervision_items())
        counts["implementation_plan_items"] = w.write(
            "implementation_plan_items", ImplementationPlanItem, demo_plan.plan_rows(self.plan))
        return counts

    def _supervision_items(self) -> Iterator[Row]:
        """Past weeks' supervision: some open courses ticked as discussed, a few with a note.

        Drawn from each course's own generator, so every other table stays as it was.
        Ticked on the week's Wednesday by the team lead (or the course's consultant);
        this week is left for the user to tick.
        """
        lead = next((c for c in self.consultants if c.role is Role.TEAM_LEAD), None)
        this_monday = self.today - timedelta(days=self.today.weekday())
        first_wednesday = this_monday - timedelta(weeks=SUPERVISION_WEEKS, days=-2)
        for course in self.courses:
            if course.ended_on and course.ended_on <= first_wednesday:
                continue  # most of the large demo's courses: ended long before
            own = demo_answers.course_rng(course.id, "supervision")
            for back in range(SUPERVISION_WEEKS, 0, -1):
                monday = this_monday - timedelta(weeks=back)
                wednesday = monday + timedelta(days=2)
                if course.referral > monday or (course.ended_on and course.ended_on <= wednesday):
                    continue
                if own.random() >= 0.35:
                    continue
                noted = own.random() < 0.4
                stamp = datetime.combine(wednesday, time(11, 0), tzinfo=UTC)
                year, week = iso_week(monday)
                yield {"id": uuid.UUID(int=own.getrandbits(128), version=4),
                       "created_at": stamp, "updated_at": stamp, "course_id": course.id,
                       "iso_year": year, "iso_week": week, "discussed_on": wednesday,
                       "discussed_by": (lead or course.consultant).id,
                       "note": own.choice(dk.SUPERVISION_NOTES) if noted else "",
                       "note_by": course.consultant.id if noted else None}

    def _consultant_rows(self) -> Iterator[Row]:
        for c in (*self.consultants, self.staffing.former):
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
        """A profile for everyone met, a plan for most in job search, under the forms' names.

        The shared generator draws exactly what it drew before the answers grew
        (goal, strengths, education, plan step, status, date), so the rows drawn
        after these stay the same; the answers come from each course's own one.
        """
        rng = self.rng
        for course in self.courses:
            if not course.first_meeting:
                continue
            limit = course.ended_on or self.today
            goal = rng.choice(dk.WORK_GOALS)
            strengths, education = rng.choice(dk.STRENGTHS), rng.choice(dk.EDUCATIONS)
            forms: list[tuple[str, float, str | None]] = [
                (PROFILE_FORM, 0.75 if course.job_search else 0.0, None)]
            if course.job_search and rng.random() < 0.9:
                forms.append((PLAN_FORM, 0.6, rng.choice(dk.PLAN_STEPS)))
            for form_id, complete_share, first_step in forms:
                done = rng.random() < complete_share
                finished = min(course.first_meeting + timedelta(days=rng.randint(7, 40)), limit)
                own = demo_answers.course_rng(course.id, form_id)
                if first_step is None:
                    town = own.choice(course.consultant.municipality.towns)[1]
                    answers = demo_answers.profile_answers(
                        own, goal=goal, strengths=strengths, education=education, town=town,
                        started=course.first_meeting, complete=done)
                else:
                    answers = demo_answers.plan_answers(
                        own, goal=goal, first_step=first_step,
                        made_on=course.job_search or course.first_meeting, today=limit)
                begun = (course.job_search or course.first_meeting) if first_step \
                    else course.first_meeting
                begun = min(begun, limit)
                last = finished if done else min(begun + timedelta(days=own.randint(0, 14)),
                                                 limit)
                yield self.record() | {
                    "created_at": datetime.combine(begun, time(10, 0), tzinfo=UTC),
                    "updated_at": datetime.combine(last, time(14, 0), tzinfo=UTC),
                    "course_id": course.id, "form_id": form_id, "form_version": "1",
                    "form_hash": None, "answers": answers, "updated_by": course.consultant.id,
                    "status": (FormStatus.COMPLETE if done else FormStatus.DRAFT).value,
                    "completed_at": datetime.combine(finished, time(14, 0), tzinfo=UTC)
                    if done else None,
                }
                if first_step is not None and done:
                    self._reviews.extend(self._plan_reviews(course, finished, limit))

    def _plan_reviews(self, course: PlannedCourse, completed: date,
                      limit: date) -> Iterator[Row]:
        """A complete plan is reviewed about every quarter; some reviews are late, so the
        list has plan reviews due and overdue. Drawn from the course's own generator."""
        own = demo_answers.course_rng(course.id, "plan_review")
        day = completed + timedelta(days=PLAN_REVIEW_DAYS + own.randint(-20, 10))
        while day <= limit and own.random() < 0.85:
            yield {"id": uuid.UUID(int=own.getrandbits(128), version=4),
                   "created_at": datetime.combine(day, time(15, 0), tzinfo=UTC),
                   "updated_at": datetime.combine(day, time(15, 0), tzinfo=UTC),
                   "course_id": course.id, "reviewed_on": day,
                   "reviewed_by": course.consultant.id}
            day += timedelta(days=PLAN_REVIEW_DAYS + own.randint(-20, 10))

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
            row = self.record()
            if employer_id is not None:  # the contacts may find the opening it filled
                self.activity.job_placements[course.id] = (row["id"], employer_id)
            row |= {
                "course_id": course.id, "employer_id": employer_id, "institution": institution,
                "kind": (PlacementKind.EDUCATION if education else PlacementKind.JOB).value,
                "title": title, "start_date": start, "end_date": end_date,
                "hours_per_week": hours, "ordinary_terms": rng.random() < 0.9,
                "end_reason": end_reason.value if end_reason else None,
            }
            self._placement_rows.append(row)
            yield row
