"""Erasing a person: every row about them gone, a tombstone left, the password asked again."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.services import erasure
from ips_desktop.storage.errors import WrongPassword
from ips_desktop.storage.models import AuditEvent, Consultant, Course, Note, Participant
from tests.helpers import PASSWORD, make_demo_database, open_copy

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def ws(demo_template, tmp_path):
    opened = open_copy(demo_template, tmp_path / "copy")
    with opened.ctx.engine.connect() as conn:
        opened.ctx.actor_id = conn.execute(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value)).scalar()
    yield opened
    opened.close()


def _a_person_with_notes(ws):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(Course.participant_id).join(Note, Note.course_id == Course.id)
                            .limit(1)).scalar()


def _count(ws, model, *where):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar()


def test_erasing_removes_the_person_and_leaves_a_tombstone(ws):
    pid = _a_person_with_notes(ws)
    people = _count(ws, Participant)
    done = erasure.erase_participant(ws, pid, PASSWORD)
    assert done.participant_id == pid and done.counts["participant"] == 1
    assert done.counts["note"] >= 1
    assert _count(ws, Participant) == people - 1
    assert _count(ws, Participant, Participant.id == pid) == 0
    assert _count(ws, Course, Course.participant_id == pid) == 0
    with ws.ctx.engine.connect() as conn:
        tomb = conn.execute(select(AuditEvent).where(
            AuditEvent.action == AuditAction.ERASE.value)).one()
    assert (tomb.entity, tomb.entity_id, tomb.details) == ("participant", pid, {})


def test_a_wrong_password_erases_nothing(ws):
    pid = _a_person_with_notes(ws)
    with pytest.raises(WrongPassword):
        erasure.erase_participant(ws, pid, "not the password")
    assert _count(ws, Participant, Participant.id == pid) == 1
    assert _count(ws, AuditEvent, AuditEvent.action == AuditAction.UNLOCK_FAILED.value) == 1
