"""storage.unique: the unique indexes decide, in the INSERT, on either engine."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.storage.models import Course, Participant, SupervisionItem
from ips_desktop.storage.unique import get_or_insert, insert_unless_taken
from tests import backends

WEEK = "ux_supervision_item_course_week"


def _course(engine) -> object:
    with Session(engine) as session, session.begin():
        person = Participant(name="Åse Ærø", cpr=None)
        session.add(person)
        session.flush()
        course = Course(participant_id=person.id, referral_date=date(2026, 1, 5),
                        phase="referred")
        session.add(course)
        session.flush()
        return course.id


def _items(engine, course_id) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(SupervisionItem).where(
            SupervisionItem.course_id == course_id)).scalar_one()


def test_a_taken_key_inserts_nothing_and_says_so(ws):
    course_id = _course(ws.ctx.engine)
    key = {"course_id": course_id, "iso_year": 2026, "iso_week": 2}
    with Session(ws.ctx.engine) as session, session.begin():
        assert insert_unless_taken(session, SupervisionItem, {**key, "note": "a"}, WEEK)
        assert insert_unless_taken(session, SupervisionItem, {**key, "note": "b"}, WEEK) is None
        row, created = get_or_insert(session, SupervisionItem, key, WEEK, {"note": "c"})
        assert (row.note, created) == ("a", False)
    assert _items(ws.ctx.engine, course_id) == 1


@pytest.mark.skipif(not backends.on_postgresql(),
                    reason="SQLite lets one writer in at a time; the PostgreSQL pass runs this")
def test_two_writers_making_the_same_row_at_once_share_one(ws):
    """The second insert waits for the first transaction, then reads the row it made."""
    engine = ws.ctx.engine
    course_id = _course(engine)
    key = {"course_id": course_id, "iso_year": 2026, "iso_week": 3}
    found: dict[str, object] = {}
    first = Session(engine)
    first.begin()
    mine, created = get_or_insert(first, SupervisionItem, key, WEEK, {"note": "først"})
    assert created
    mine_id = mine.id

    def second() -> None:
        with Session(engine) as session, session.begin():
            row, made = get_or_insert(session, SupervisionItem, key, WEEK, {"note": "anden"})
            found["second"] = (row.id, row.note, made)

    other = threading.Thread(target=second)
    other.start()
    other.join(timeout=1.0)
    assert other.is_alive()  # waiting on the unique index for the first to commit
    first.commit()
    other.join(timeout=30)
    first.close()
    assert found["second"] == (mine_id, "først", False)
    assert _items(engine, course_id) == 1
