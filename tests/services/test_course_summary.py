"""The list's per-course figures kept by triggers agree with the rows, however they are written.

The oracle is the list itself read the other way: a list "as of" a day far in
the future reads the same figures as correlated subqueries over the rows
(services/caseload.py), and `course_summary.rebuild` computes them afresh.
Random writes through the ORM (a form, a note edited, moved, tombstoned) and
through Core (bulk inserts, hard deletes: the demo's and an erasure's way)
must leave all three equal.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, update

from ips_desktop.domain.enums import NoteKind, NotePlace
from ips_desktop.services import caseload
from ips_desktop.services.context import write_unit
from ips_desktop.storage import course_summary, erasure
from ips_desktop.storage.models import (
    Course,
    CourseSummary,
    EmployerContact,
    FormResponse,
    Note,
    PlanReview,
)
from tests import backends

TODAY = date(2026, 11, 20)
FAR = date(9999, 12, 31)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return backends.make_demo_template(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def ws(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "copy")
    yield opened
    opened.close()


def figures(ws, *, until: date | None) -> dict[uuid.UUID, tuple]:
    with write_unit(ws.ctx) as session:
        rows = caseload.caseload_rows(session, today=TODAY, include_ended=True, until=until)
    return {r.course_id: (r.last_contact, r.facts.first_employer_contact_date,
                          r.facts.profile_started, r.facts.plan_started,
                          r.facts.last_plan_review) for r in rows}


def summary_table(ws) -> dict[uuid.UUID, tuple]:
    with ws.ctx.engine.connect() as conn:
        return {row[0]: tuple(row[1:]) for row in conn.execute(select(
            CourseSummary.course_id, *[CourseSummary.__table__.c[f]
                                       for f in course_summary.FIGURES]))}


def assert_agrees(ws) -> None:
    kept = figures(ws, until=None)
    assert kept == figures(ws, until=FAR)
    table = summary_table(ws)
    with ws.ctx.engine.begin() as conn:
        course_summary.rebuild(conn)
    assert summary_table(ws) == table
    assert kept, "the demo has courses"


def test_the_demo_and_the_migration_agree_with_the_rows(ws):
    assert_agrees(ws)
    with ws.ctx.engine.connect() as conn:
        courses = set(conn.scalars(select(Course.id)))
    assert set(summary_table(ws)) == courses  # one row per course, none left over


def test_random_writes_through_the_orm_and_core_keep_the_figures(ws):
    rnd = random.Random(21)
    with ws.ctx.engine.connect() as conn:
        course_ids = list(conn.scalars(select(Course.id).order_by(Course.id)))
    with write_unit(ws.ctx) as session:
        notes = session.scalars(select(Note).order_by(Note.id)).all()
        for note in rnd.sample(notes, 40):
            action = rnd.choice(("date", "tombstone", "move"))
            if action == "date":
                note.note_date = TODAY + timedelta(days=rnd.randint(-400, 3))
            elif action == "tombstone":
                note.deleted_at = datetime.now(UTC)
            else:
                note.course_id = rnd.choice(course_ids)
        for contact in rnd.sample(session.scalars(select(EmployerContact)
                                                  .where(EmployerContact.course_id.is_not(None))
                                                  .order_by(EmployerContact.id)).all(), 20):
            contact.contact_date = TODAY - timedelta(days=rnd.randint(0, 900))
        for form in rnd.sample(session.scalars(select(FormResponse)
                                               .order_by(FormResponse.id)).all(), 10):
            form.deleted_at = datetime.now(UTC)
        for review in session.scalars(select(PlanReview).order_by(PlanReview.id).limit(5)):
            review.reviewed_on = TODAY - timedelta(days=rnd.randint(0, 200))
    assert_agrees(ws)

    targets = rnd.sample(course_ids, 25)
    new_notes = [uuid.uuid4() for _ in targets]
    with ws.ctx.engine.begin() as conn:
        conn.execute(insert(Note), [
            {"id": n, "course_id": c, "note_date": TODAY - timedelta(days=i),
             "kind": NoteKind.PHONE.value, "place": NotePlace.JOBCENTER.value, "text": "",
             "version": 1} for i, (n, c) in enumerate(zip(new_notes, targets, strict=True))])
        conn.execute(insert(PlanReview), [
            {"id": uuid.uuid4(), "course_id": c, "reviewed_on": TODAY, "version": 1}
            for c in targets[:5]])
        conn.execute(delete(Note).where(Note.id.in_(new_notes[5:15])))
        conn.execute(update(EmployerContact).where(EmployerContact.course_id.in_(targets))
                     .values(deleted_at=datetime.now(UTC)))
    assert_agrees(ws)
    after = figures(ws, until=None)
    assert after[targets[0]][0] == TODAY  # a bulk-inserted note is the last contact at once
    assert all(after[c][1] is None for c in targets)  # every employer contact tombstoned


def test_an_erased_person_takes_their_courses_figures_along(ws):
    with ws.ctx.engine.connect() as conn:
        course_id, person = conn.execute(select(Course.id, Course.participant_id)
                                         .join(Note, Note.course_id == Course.id).limit(1)).one()
    assert course_id in summary_table(ws)
    with write_unit(ws.ctx) as session:
        erasure.erase_rows(session, erasure.person_rows(session, person))
    assert course_id not in summary_table(ws)
