"""An erasure killed, on a read-only disk, on a full disk: all of it or none of it.

The rows go in one transaction, so a kill inside it leaves the person whole;
a kill after it leaves them gone and the file not yet overwritten, which the
next unlock finishes. A disk with no room for the overwrite, or one that
cannot be written, erases nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ips_desktop.services import erasure, workspace
from ips_desktop.storage import erasure as rows
from ips_desktop.storage import errors
from ips_desktop.storage.models import Base, Employer, JobOpening, Setting
from tests.helpers import PASSWORD
from tests.machine import fill, remount_read_only, remount_read_write, tmpfs
from tests.plaintext_pages import plaintext
from tests.services.erasure_support import Markers, add_person
from tests.services.erasure_support import fill as fill_row

pytestmark = pytest.mark.sqlite_only(
    reason="erasure overwrites the SQLCipher file's freed pages (full disk, kills, a busy file)")

REPO = Path(__file__).resolve().parent.parent.parent


def _person(ws) -> tuple[object, Markers]:
    gone = Markers("Qz")
    with Session(ws.ctx.engine) as session, session.begin():
        employer = fill_row(Employer, Markers("Em"), merged_into_id=None)
        session.add(employer)
        session.flush()
        opening = fill_row(JobOpening, Markers("Jo"), employer_id=employer.id,
                           consultant_id=ws.ctx.actor_id, contact_id=None)
        session.add(opening)
        session.flush()
        pid, _ = add_person(session, gone, ws.ctx.actor_id, employer, opening)
    return pid, gone


def _table_counts(ws) -> dict[str, int]:
    with ws.ctx.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in Base.metadata.sorted_tables}


def _pending(ws) -> bool:
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(Setting.value).where(
            Setting.key == rows.SCRUB_PENDING)).scalar() == "1"


# -- killed --------------------------------------------------------------------------------

_CHILD = textwrap.dedent("""
    import sys, time, uuid
    from pathlib import Path
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    from ips_desktop.services import erasure, workspace
    from ips_desktop.storage import erasure as rows
    root, pid, where = Path(sys.argv[1]), uuid.UUID(sys.argv[2]), sys.argv[3]
    def hold(*args, **kwargs):
        print("HOLDING", flush=True)
        time.sleep(120)
    if where == "in_transaction":
        rows.mark_overwrite_pending = hold  # every row deleted, not yet committed
    else:
        rows.overwrite_freed = hold  # committed, not yet overwritten
    ws = workspace.unlock(root, sys.argv[4])
    erasure.erase_participant(ws, pid, sys.argv[4])
""")


def _kill_while(root: Path, pid: object, where: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(root), str(pid), where, PASSWORD],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "HOLDING", child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.fixture
def passphrase_ws(data_dir, no_keyring):
    """A database whose key a child process can load too (no in-memory keyring)."""
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    opened, _ = workspace.set_up(data_dir, PASSWORD, use_keyring=False)
    me = consultants.create_consultant(opened.ctx, ConsultantInput(
        "Søren Østergård", "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(opened, me.id)
    return opened


def test_killed_inside_the_transaction_the_person_is_whole(passphrase_ws, data_dir):
    ws = passphrase_ws
    pid, _ = _person(ws)
    before = _table_counts(ws)
    ws.close()
    _kill_while(data_dir, pid, "in_transaction")
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        after = _table_counts(ws)
        after["audit_event"] = before["audit_event"]  # the unlocks are events of their own
        assert after == before
        with ws.ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_event WHERE action = 'erase'"
                                     )).scalar() == 0
        assert not _pending(ws)
    finally:
        ws.close()


def test_killed_before_the_overwrite_the_next_unlock_finishes_it(passphrase_ws, data_dir):
    ws = passphrase_ws
    pid, gone = _person(ws)
    key = ws.database.key
    ws.close()
    _kill_while(data_dir, pid, "after_commit")
    db = data_dir / "ips.db"
    # Killed: the WAL still holds the pages as they were before the erasure.
    assert [m for m in gone.where if m.encode() in plaintext(db, key)]
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert not _pending(ws)
        with ws.ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM participant")).scalar() == 0
        assert [m for m in gone.where if m.encode() in plaintext(db, key)] == []
    finally:
        ws.close()


def test_an_overwrite_kept_busy_is_said_and_finished_later(ws, monkeypatch):
    pid, gone = _person(ws)
    reader = ws.ctx.engine.connect()
    reader.execute(text("SELECT count(*) FROM note")).scalar()  # a read held open
    monkeypatch.setattr(rows, "_BUSY_TRIES", 2)
    monkeypatch.setattr(rows, "_BUSY_PAUSE_S", 0.01)
    try:
        with pytest.raises(erasure.OverwriteDeferred) as raised:
            erasure.erase_participant(ws, pid, PASSWORD)
    finally:
        reader.close()
    assert raised.value.exit_code == 38
    assert _pending(ws)
    assert erasure.finish_pending(ws) is True and not _pending(ws)
    assert [m for m in gone.where if m.encode() in plaintext(ws.database.path,
                                                              ws.database.key)] == []


# -- a disk that cannot take it -------------------------------------------------------------

def test_no_room_for_the_overwrite_erases_nothing(tmp_path, no_keyring):
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        ws, _ = workspace.set_up(root, PASSWORD)
        try:
            _as_owner(ws)
            pid, _ = _person(ws)
            before = _table_counts(ws)
            filler = fill(disk)
            filler.write_bytes(b"\0" * (filler.stat().st_size - 600_000))  # room to write
            with pytest.raises(errors.DiskFull):
                erasure.erase_participant(ws, pid, PASSWORD)
            after = _table_counts(ws)
            after["audit_event"] = before["audit_event"]
            assert after == before and not _pending(ws)
        finally:
            ws.close()


def test_a_read_only_data_folder_is_17_and_erases_nothing(tmp_path, no_keyring, monkeypatch,
                                                          capsys):
    from ips_desktop.cli.main import main

    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        ws, _ = workspace.set_up(root, PASSWORD)
        _as_owner(ws)
        pid, _ = _person(ws)
        ws.close()
        monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
        remount_read_only(disk)
        try:
            code = main(["--data-dir", str(root), "erase", "--participant", str(pid),
                         "--yes"])
        finally:
            remount_read_write(disk)
        assert code == 17
        assert "kan ikke skrives i" in capsys.readouterr().err
        ws = workspace.unlock(root, PASSWORD)
        try:
            with ws.ctx.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM participant")).scalar() == 1
        finally:
            ws.close()


def test_the_cli_on_a_full_disk_is_16_and_erases_nothing(tmp_path, no_keyring, monkeypatch,
                                                         capsys):
    from ips_desktop.cli.main import main

    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        ws, _ = workspace.set_up(root, PASSWORD)
        _as_owner(ws)
        pid, _ = _person(ws)
        ws.close()
        filler = fill(disk)
        monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
        assert main(["--data-dir", str(root), "erase", "--participant", str(pid),
                     "--yes"]) == 16
        assert "Disken er fuld" in capsys.readouterr().err
        filler.unlink()
        ws = workspace.unlock(root, PASSWORD)
        try:
            with ws.ctx.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM participant")).scalar() == 1
        finally:
            ws.close()


def _as_owner(ws) -> None:
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    me = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Søren Østergård", "SOE", "Køge", 1.0, Role.TEAM_LEAD))
    workspace.set_owner(ws, me.id)
