"""What the change log records for a save, and what it leaves out (storage/change_log.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ips_desktop.domain import hlc
from ips_desktop.domain.enums import NoteKind, NotePlace, Phase
from ips_desktop.services import courses
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage import change_log
from ips_desktop.storage.database import DATABASE_ID, read_setting
from ips_desktop.storage.models import (
    ChangeLog,
    Course,
    FormResponse,
    Note,
    Participant,
    utcnow,
)
from tests.reports.support import register

TODAY = date(2026, 11, 23)


def entries(ws, table: str | None = None) -> list[ChangeLog]:
    with Session(ws.ctx.engine) as session:
        query = select(ChangeLog).order_by(ChangeLog.id)
        if table:
            query = query.where(ChangeLog.table_name == table)
        return list(session.scalars(query))


def person_of(ws, course_id):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(Course.participant_id).where(Course.id == course_id)).scalar()


def test_an_insert_is_logged_with_its_values_actor_origin_and_clock(ws):
    course = register(ws, name="Åse Ærø")
    [insert] = [e for e in entries(ws, "participant")]
    database_id = read_setting(ws.ctx.engine, DATABASE_ID)
    assert (insert.op, insert.base_version, insert.new_version) == ("insert", 0, 1)
    assert insert.row_id == person_of(ws, course)
    assert insert.changes["name"] == [None, "Åse Ærø"]
    assert insert.actor_id == ws.ctx.actor_id and insert.origin == database_id
    assert hlc.parse(insert.hlc).node == database_id.replace("-", "")[:8]
    with ws.ctx.engine.connect() as conn:
        row = conn.execute(select(Participant).where(Participant.id == insert.row_id)).one()
    assert (row.version, row.origin, row.changed_by) == (1, database_id, ws.ctx.actor_id)
    stamps = [e.hlc for e in entries(ws)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_an_update_logs_only_what_changed_old_and_new(ws):
    course = register(ws, name="Åse Ærø")
    pid = person_of(ws, course)
    with unit_of_work(ws.ctx) as session:
        session.get(Participant, pid).phone = "+45 87 65 43 21"
    [change] = [e for e in entries(ws, "participant") if e.op == "update"]
    assert set(change.changes) == {"phone", "updated_at"}
    assert change.changes["phone"] == ["+45 12 34 56 78", "+45 87 65 43 21"]
    assert (change.base_version, change.new_version) == (1, 2)


def test_form_answers_are_logged_one_by_one(ws):
    course = register(ws, name="Åse Ærø")
    with unit_of_work(ws.ctx) as session:
        response = session.scalars(select(FormResponse).where(
            FormResponse.course_id == course)).one()
        answers = dict(response.answers)
        before = answers.pop("substance_use")
        answers["job_preferences"] = "Gartner"
        answers["new_question"] = "Ja"
        response.answers = answers
    [change] = [e for e in entries(ws, "form_response") if e.op == "update"]
    assert {k: v for k, v in change.changes.items() if k.startswith("answers")} == {
        "answers.substance_use": [before, None],
        "answers.job_preferences": [
            "Vil gerne arbejde udendørs, gerne med dyr; ikke i storbyen.", "Gartner"],
        "answers.new_question": [None, "Ja"]}
    assert "answers" not in change.changes


def test_the_course_phase_is_never_logged(ws):
    course = register(ws, name="Åse Ærø")
    courses.change_phase(ws.ctx, course, Phase.ENGAGED, TODAY, today=TODAY)
    logged = entries(ws, "course")
    assert logged and all("phase" not in e.changes for e in logged)
    assert [e.op for e in logged] == ["insert", "update"]  # the version still moved
    assert [e.changes["phase"][1] for e in entries(ws, "phase_change")] == [
        "referred", "engaged"]


def test_a_tombstone_is_a_delete_and_a_hard_delete_is_refused(ws):
    course = register(ws, name="Åse Ærø")
    added = courses.add_note(ws.ctx, course, courses.NoteInput(
        TODAY, NoteKind.PHONE, NotePlace.COMMUNITY, "Ringede."), today=TODAY)
    with unit_of_work(ws.ctx) as session:
        session.get(Note, added.note.id).deleted_at = utcnow()
    assert [e.op for e in entries(ws, "note")] == ["insert", "delete"]
    with pytest.raises(change_log.HardDeleteRefused), unit_of_work(ws.ctx) as session:
        session.delete(session.get(Note, added.note.id))
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Note.id)).scalars().all() == [added.note.id]


def test_a_failed_save_logs_nothing(ws):
    course = register(ws, name="Åse Ærø")
    logged = len(entries(ws))
    with pytest.raises(RuntimeError), unit_of_work(ws.ctx) as session:
        session.get(Participant, person_of(ws, course)).name = "Bo"
        session.flush()
        raise RuntimeError("the save fails after its flush")
    assert len(entries(ws)) == logged


def test_a_pull_applying_server_rows_is_not_logged(ws):
    course = register(ws, name="Åse Ærø")
    logged = len(entries(ws))
    with Session(ws.ctx.engine, info={change_log.APPLYING_SYNC: True}) as session, \
            session.begin():
        row = session.get(Participant, person_of(ws, course))
        row.name, row.version = "Fra serveren", 7  # the server's version, kept as it is
    assert len(entries(ws)) == logged
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Participant.version)).scalar() == 7


def test_the_clock_never_goes_back_after_a_restart_with_a_clock_a_day_behind(
        ws, monkeypatch):
    register(ws, name="Åse Ærø")
    newest = entries(ws)[-1].hlc
    change_log._clocks.clear()  # a new process: nothing remembered but the log
    change_log._clock_read.clear()
    behind = hlc.parse(newest).wall_ms - 24 * 3600 * 1000
    monkeypatch.setattr(change_log, "wall_clock_ms", lambda: behind)
    register(ws, name="Bo Ibsen")
    later = [e.hlc for e in entries(ws) if e.hlc > newest]
    assert later and all(hlc.parse(s).wall_ms == hlc.parse(newest).wall_ms for s in later)
    assert [e.hlc for e in entries(ws)] == sorted(e.hlc for e in entries(ws))


def test_a_stale_update_raises_and_writes_nothing(ws):
    """Two sessions edit the same row from the same version: the second one is refused."""
    course = register(ws, name="Åse Ærø")
    pid = person_of(ws, course)
    first = Session(ws.ctx.engine, expire_on_commit=False)
    mine = first.get(Participant, pid)
    first.commit()  # read at version 1, kept on screen
    with unit_of_work(ws.ctx) as other:
        other.get(Participant, pid).phone = "+45 11 11 11 11"  # version 2 meanwhile
    logged = len(entries(ws))
    mine.phone, mine.name = "+45 22 22 22 22", "Åse Berg"
    with pytest.raises(StaleDataError):
        first.commit()
    first.close()
    with ws.ctx.engine.connect() as conn:
        row = conn.execute(select(Participant).where(Participant.id == pid)).one()
    assert (row.phone, row.name, row.version) == ("+45 11 11 11 11", "Åse Ærø", 2)
    assert len(entries(ws)) == logged


def test_core_writes_through_the_helper_are_logged_with_the_version_moved(ws):
    from ips_desktop.storage import synced_writes

    course = register(ws, name="Åse Ærø")
    pid = person_of(ws, course)
    with unit_of_work(ws.ctx) as session:
        loaded = session.get(Participant, pid)
        synced_writes.update_rows(session, Participant, Participant.id == pid,
                                  {"municipality": "Køge"})
        loaded.email = "aase@example.dk"  # the copy in the session follows the new version
    changes = [(e.op, e.base_version, e.new_version, sorted(e.changes))
               for e in entries(ws, "participant")]
    assert changes == [("insert", 0, 1, sorted(changes[0][3])),
                       ("update", 1, 2, ["municipality", "updated_at"]),
                       ("update", 2, 3, ["email", "updated_at"])]
    with pytest.raises(ValueError, match="does not travel"), \
            unit_of_work(ws.ctx) as session:
        synced_writes.update_rows(session, "setting", Participant.id == pid, {})
