"""Erasing a person: every row about them gone, a tombstone left, the password asked again."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import backups, erasure
from ips_desktop.storage import audit_chain
from ips_desktop.storage.errors import WrongPassword
from ips_desktop.storage.models import AuditEvent, Consultant, Course, Note, Participant
from tests import backends
from tests.helpers import PASSWORD

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return backends.make_demo_template(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def ws(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "copy")
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


@pytest.mark.sqlite_only(
    reason="erasure is confirmed with the app password (the key file) and overwrites the SQLCipher "
           "file's freed pages")
def test_erasing_removes_the_person_and_leaves_a_tombstone(ws):
    pid = _a_person_with_notes(ws)
    people = _count(ws, Participant)
    about = _count(ws, AuditEvent, AuditEvent.participant_id == pid)
    done = erasure.erase_participant(ws, pid, PASSWORD)
    # The audit trail about them stays (ids only), whole, with the tombstone at its end.
    assert _count(ws, AuditEvent, AuditEvent.participant_id == pid) == about + 1
    with ws.ctx.engine.connect() as conn:
        assert audit_chain.walk(conn).broken is None
    assert done.participant_id == pid and done.counts["participant"] == 1
    assert done.counts["note"] >= 1
    assert _count(ws, Participant) == people - 1
    assert _count(ws, Participant, Participant.id == pid) == 0
    assert _count(ws, Course, Course.participant_id == pid) == 0
    with ws.ctx.engine.connect() as conn:
        tomb = conn.execute(select(AuditEvent).where(
            AuditEvent.action == AuditAction.ERASE.value)).one()
    assert (tomb.entity, tomb.entity_id, tomb.details) == ("participant", pid, {})


@pytest.mark.sqlite_only(
    reason="erasure is confirmed with the app password (the key file) and overwrites the SQLCipher "
           "file's freed pages")
def test_a_wrong_password_erases_nothing(ws):
    pid = _a_person_with_notes(ws)
    with pytest.raises(WrongPassword):
        erasure.erase_participant(ws, pid, "not the password")
    assert _count(ws, Participant, Participant.id == pid) == 1
    assert _count(ws, AuditEvent, AuditEvent.action == AuditAction.UNLOCK_FAILED.value) == 1


def _stamps(days, now):
    return [datetime.combine(now.date() - timedelta(days=d), time(9, 0)) for d in days]


def test_the_backups_end_on_the_first_day_the_rotation_keeps_none_of_them():
    now = datetime(2026, 11, 20, 14, 0)  # a Friday
    for before in (_stamps(range(60), now), _stamps(range(1, 3), now), _stamps([0], now)):
        day = erasure.gone_on(before, now)
        later = [datetime.combine(d, time(23, 59)) for d in _days(now, before, day)]
        assert not set(before) & backups.to_keep(before + later)
        assert set(before) & backups.to_keep(before + later[:-1]), "not a day sooner"


def _days(now, before, last):
    first = now.date() + timedelta(days=1 if any(s.date() == now.date() for s in before)
                                   else 0)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.mark.sqlite_only(
    reason="erasure is confirmed with the app password (the key file) and overwrites the SQLCipher "
           "file's freed pages")
def test_the_note_counts_the_backups_made_before_and_the_copies_never_rotated(ws):
    folder = ws.database.data_dir.backups
    folder.mkdir(parents=True, exist_ok=True)
    backups.make_backup(ws, folder, now=lambda: datetime.now() - timedelta(days=1))
    (folder / "ips-before-migration-0008-20261101-101010-abcd1234.db").write_bytes(b"")
    note = erasure.backups_note(ws)
    assert note.held_by == 1 and note.until is not None and note.until > date.today()
    assert note.unrotated == ["ips-before-migration-0008-20261101-101010-abcd1234.db"]
    said = " ".join(note.lines())
    assert format_date(note.until) in said and "backup --out" in said and "kept/" in said


@pytest.mark.sqlite_only(
    reason="erasure is confirmed with the app password (the key file) and overwrites the SQLCipher "
           "file's freed pages")
def test_the_retention_list_erases_several_in_one_go_or_none(ws):
    with ws.ctx.engine.connect() as conn:
        two = list(conn.execute(select(Participant.id).limit(2)).scalars())
    people = _count(ws, Participant)
    with pytest.raises(erasure.UnknownParticipant):  # one unknown id: nobody is erased
        erasure.erase_participants(ws, [*two, uuid.uuid4()], PASSWORD)
    assert _count(ws, Participant) == people
    done = erasure.erase_participants(ws, two, PASSWORD)
    assert done.participant_ids == tuple(two) and done.counts["participant"] == 2
    assert _count(ws, Participant) == people - 2
    assert _count(ws, AuditEvent, AuditEvent.action == AuditAction.ERASE.value) == 2
