"""One caseload row, field by field, against the facts the database holds.

The list's cells were read only by the GUI tests, so mutmut (non-GUI tests
only) saw plan dates, deleted notes and the consultant's initials go unchecked;
each feeds a reminder or a column the consultant reads.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ips_desktop.domain.enums import Phase
from ips_desktop.domain.rules import CourseFacts, due_items
from ips_desktop.services import caseload
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import (
    Consultant,
    Course,
    Employer,
    EmployerContact,
    FormResponse,
    Note,
    PlanReview,
)
from tests.reports.support import TODAY, register


def day(n: int) -> date:
    return TODAY - timedelta(days=n)


def at_noon(d: date) -> datetime:
    return datetime.combine(d, time(12)).astimezone().astimezone(UTC)


def test_a_row_carries_the_courses_facts_and_only_live_ones(ws):
    course_id = register(ws, name="Åse Ærenfeldt")
    with unit_of_work(ws.ctx) as session:
        course = session.get(Course, course_id)
        course.referral_date, course.first_meeting_date = day(200), day(190)
        course.phase = Phase.JOB_SEARCH.value
        me = session.get(Consultant, ws.ctx.actor_id)
        shop = Employer(name="Brugsen")
        session.add(shop)
        session.flush()
        session.add_all([
            Note(course_id=course_id, note_date=day(40), kind="phone", place="video", text="a"),
            Note(course_id=course_id, note_date=day(3), kind="phone", place="video", text="b",
                 deleted_at=datetime.now(UTC)),
            EmployerContact(employer_id=shop.id, consultant_id=me.id, course_id=course_id,
                            contact_date=day(180), mode="visit", purpose="job",
                            deleted_at=datetime.now(UTC)),
            FormResponse(course_id=course_id, form_id="vocational_profile", form_version="1",
                         status="done", created_at=at_noon(day(170))),
            # The plan was edited 20 days ago: an edit is no review (issue 14).
            FormResponse(course_id=course_id, form_id="action_plan", form_version="1",
                         status="done", created_at=at_noon(day(160)),
                         updated_at=at_noon(day(20))),
            FormResponse(course_id=course_id, form_id="action_plan", form_version="1",
                         status="done", created_at=at_noon(day(150)),
                         updated_at=at_noon(day(120))),
            # The reviews: the latest live one counts, a deleted one does not.
            PlanReview(course_id=course_id, reviewed_on=day(130), reviewed_by=me.id),
            PlanReview(course_id=course_id, reviewed_on=day(100), reviewed_by=me.id),
            PlanReview(course_id=course_id, reviewed_on=day(10), reviewed_by=me.id,
                       deleted_at=datetime.now(UTC)),
        ])
        initials, consultant_name = me.initials, me.name
    [row] = [r for r in caseload.caseload(ws.ctx, today=TODAY) if r.course_id == course_id]
    assert (row.name, row.cpr, row.phone) == ("Åse Ærenfeldt", "010190-1234", "+45 12 34 56 78")
    assert (row.consultant_id, row.consultant_initials, row.consultant_name) == (
        ws.ctx.actor_id, initials, consultant_name)
    assert (row.phase, row.referral_date, row.days_in_ips) == (Phase.JOB_SEARCH, day(200), 200)
    assert (row.last_contact, row.days_since_contact) == (day(40), 40)
    facts = CourseFacts(referral_date=day(200), first_meeting_date=day(190),
                        first_employer_contact_date=None, profile_started=day(170),
                        plan_started=day(160), last_plan_review=day(100),
                        last_contact_date=day(40), phase=Phase.JOB_SEARCH)
    assert row.due == tuple(due_items(facts, TODAY))
    assert caseload.course_row(ws.ctx, course_id, today=TODAY) == row


def test_the_review_clock_runs_from_the_latest_review_even_one_before_the_plan_was_typed_in(ws):
    """A plan first kept on paper is typed in later: its last review still counts."""
    course_id = register(ws)
    with unit_of_work(ws.ctx) as session:
        course = session.get(Course, course_id)
        course.referral_date, course.first_meeting_date = day(200), day(190)
        session.add(FormResponse(course_id=course_id, form_id="action_plan",
                                 form_version="1", status="draft",
                                 created_at=at_noon(day(100))))

    def review_due() -> list[date]:
        row = caseload.course_row(ws.ctx, course_id, today=TODAY)
        return [item.due for item in row.due if item.rule == "plan_review"]

    assert review_due() == [day(100) + timedelta(days=91)]  # from the plan's start
    with unit_of_work(ws.ctx) as session:
        session.add(PlanReview(course_id=course_id, reviewed_on=day(150)))
    assert review_due() == [day(150) + timedelta(days=91)]
    with unit_of_work(ws.ctx) as session:
        session.add(PlanReview(course_id=course_id, reviewed_on=day(20)))
    assert review_due() == [day(20) + timedelta(days=91)]
