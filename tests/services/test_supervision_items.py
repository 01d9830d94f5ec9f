"""Ticks and notes from supervision: stored per course and week, audited with ids only."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import supervision_items
from ips_desktop.services.supervision_items import MAX_NOTE, SupervisionNote
from ips_desktop.storage.models import AuditEvent, Course, SupervisionItem
from tests.supervision_data import NOTE_TEXT, TODAY, WEEK, TeamData, build_team


@pytest.fixture
def team(ws) -> TeamData:
    return build_team(ws.ctx)


def _events(ws) -> list[AuditEvent]:
    with Session(ws.ctx.engine) as session:
        return list(session.scalars(select(AuditEvent)
                                    .where(AuditEvent.entity == supervision_items.ENTITY)
                                    .order_by(AuditEvent.at, AuditEvent.created_at)))


def _items(ws, course: uuid.UUID) -> list[SupervisionItem]:
    with Session(ws.ctx.engine) as session:
        return list(session.scalars(select(SupervisionItem).where(
            SupervisionItem.course_id == course, SupervisionItem.deleted_at.is_(None))))


def test_tick_creates_one_row_and_untick_keeps_it(ws, team):
    course = team.courses["ida"]
    supervision_items.set_discussed(ws.ctx, course, WEEK, True, today=TODAY)
    supervision_items.set_discussed(ws.ctx, course, WEEK, True, today=TODAY)  # no change
    (item,) = _items(ws, course)
    assert (item.iso_year, item.iso_week, item.discussed_on, item.discussed_by) == (
        2026, 47, TODAY, ws.ctx.actor_id)
    supervision_items.set_discussed(ws.ctx, course, WEEK, False, today=TODAY)
    (item,) = _items(ws, course)
    assert (item.discussed_on, item.discussed_by) == (None, None)
    actions = [(e.action, e.details.get("discussed")) for e in _events(ws)]
    assert actions == [(AuditAction.CREATE.value, True), (AuditAction.UPDATE.value, False)]


def test_audit_details_are_ids_and_flags_never_the_note(ws, team):
    course = team.courses["ida"]
    supervision_items.save_note(ws.ctx, course, WEEK, "  Hemmelig: Ida vil være kok  ")
    (event,) = _events(ws)
    (item,) = _items(ws, course)
    assert event.entity_id == item.id and event.actor_id == ws.ctx.actor_id
    assert event.details == {"course": str(course), "year": 2026, "week": 47, "note": True}
    assert "Ida" not in repr(event.details) and "kok" not in repr(event.details)
    assert item.note == "Hemmelig: Ida vil være kok"  # trimmed, kept whole


def test_a_note_too_long_is_refused_at_the_field_and_nothing_is_stored(ws, team):
    course = team.courses["ida"]
    supervision_items.save_note(ws.ctx, course, WEEK, "x" * MAX_NOTE)  # the limit itself is fine
    with pytest.raises(ValidationError) as caught:
        supervision_items.save_note(ws.ctx, course, WEEK, "y" * (MAX_NOTE + 1))
    assert [e.field for e in caught.value.errors] == ["note"]
    (item,) = _items(ws, course)
    assert item.note == "x" * MAX_NOTE
    assert len(_events(ws)) == 1


@pytest.mark.parametrize("pasted", ["Aftalt\x07 møde", "Aftalt \ud800 møde"])
def test_a_note_with_control_characters_or_broken_text_is_refused(ws, team, pasted):
    """A bad paste is said at the field; lines and tabs are the note's own."""
    course = team.courses["ida"]
    supervision_items.save_note(ws.ctx, course, WEEK, "Aftalt:\n\tmøde fredag")
    with pytest.raises(ValidationError) as caught:
        supervision_items.save_note(ws.ctx, course, WEEK, pasted)
    assert [e.field for e in caught.value.errors] == ["note"]
    (item,) = _items(ws, course)
    assert item.note == "Aftalt:\n\tmøde fredag"


def test_an_empty_note_clears_it(ws, team):
    course = team.courses["niels"]
    supervision_items.save_note(ws.ctx, course, WEEK, "   ")
    (item,) = _items(ws, course)
    assert (item.note, item.note_by) == ("", None)
    assert supervision_items.notes_for_course(ws.ctx, course) == []


@pytest.mark.parametrize("call", ["tick", "note"])
def test_an_unknown_or_deleted_course_is_refused(ws, team, call):
    def run(course: uuid.UUID) -> None:
        if call == "tick":
            supervision_items.set_discussed(ws.ctx, course, WEEK, True, today=TODAY)
        else:
            supervision_items.save_note(ws.ctx, course, WEEK, "Noget")

    with pytest.raises(LookupError):
        run(uuid.uuid4())
    with Session(ws.ctx.engine) as session, session.begin():
        gone = session.get(Course, team.courses["jens"])
        assert gone is not None
        gone.deleted_at = gone.created_at
    with pytest.raises(LookupError):
        run(team.courses["jens"])
    assert _events(ws) == []


def test_a_week_that_does_not_exist_is_refused(ws, team):
    with pytest.raises(ValueError):
        supervision_items.save_note(ws.ctx, team.courses["ida"], (2027, 53), "Noget")


def test_notes_for_course_newest_week_first_with_author_and_tick(ws, team):
    course = team.courses["niels"]
    supervision_items.save_note(ws.ctx, course, (2026, 45), "Uge 45")
    supervision_items.set_discussed(ws.ctx, course, (2026, 45), True, today=date(2026, 11, 4))
    supervision_items.save_note(ws.ctx, course, (2025, 52), "Sidste år")
    supervision_items.set_discussed(ws.ctx, course, (2026, 46), True, today=TODAY)  # no note
    assert supervision_items.notes_for_course(ws.ctx, course) == [
        SupervisionNote((2026, 47), NOTE_TEXT, "SOE", None),
        SupervisionNote((2026, 45), "Uge 45", "SOE", date(2026, 11, 4)),
        SupervisionNote((2025, 52), "Sidste år", "SOE", None),
    ]
    assert supervision_items.notes_for_course(ws.ctx, team.courses["ida"]) == []


def test_a_tick_waits_for_a_write_committed_between_its_read_and_its_write(ws, team,
                                                                           monkeypatch):
    """A list read in the background audits its read while the window ticks a row: the
    tick read its row first, so SQLite would refuse it at once ("database is locked")
    had it not taken the write lock when it began."""
    import threading

    course = team.courses["ida"]
    real_item = supervision_items._item
    other_week = (WEEK[0], WEEK[1] - 1)
    done: list[str] = []

    def write_elsewhere() -> None:  # another connection, as the background read's audit
        supervision_items.save_note(ws.ctx, course, other_week, "x")
        done.append("other")

    def item_then_another_write(session, course_id, week):
        found = real_item(session, course_id, week)
        if not done and week == WEEK:
            done.append("started")
            thread = threading.Thread(target=write_elsewhere)
            thread.start()
            thread.join(timeout=1.0)  # it commits meanwhile, or waits for our lock
            threads.append(thread)
        return found

    threads: list[threading.Thread] = []
    monkeypatch.setattr(supervision_items, "_item", item_then_another_write)
    supervision_items.set_discussed(ws.ctx, course, WEEK, True, today=TODAY)
    threads[0].join(timeout=10)
    assert done == ["started", "other"]
    assert [item.discussed_on for item in _items(ws, course) if
            (item.iso_year, item.iso_week) == WEEK] == [TODAY]
