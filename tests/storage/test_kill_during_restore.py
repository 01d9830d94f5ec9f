"""SIGKILL at every rename, link, unlink and copy of a restore and a backup.

A child process runs the restore (or backup) with those calls wrapped so that
the Nth one kills the process, for N = 1, 2, ... until one run gets through.
After every kill the data directory must open with the password and hold
either the old rows or the restored ones; `check` must not say "not set up",
`setup` must not start over, and the next restore must work.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import backup as storage_backup
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD
from tests.helpers import consultant_names as names

pytestmark = pytest.mark.sqlite_only(
    reason="a kill during a restore or backup of the SQLCipher file")

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, shutil, signal, sys
from pathlib import Path

import keyring
from keyring.backends import fail

from ips_desktop.services import maintenance, workspace

keyring.set_keyring(fail.Keyring())  # never the real keyring: passphrase mode
root, other, kill_at, what, password = sys.argv[1:6]
calls = 0


def killing(real):
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        if calls == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapper


# pathlib's replace/rename/unlink and shutil's moves go through these.
for module, name in ((os, "replace"), (os, "rename"), (os, "link"), (os, "unlink"),
                     (shutil, "copyfile")):
    setattr(module, name, killing(getattr(module, name)))

if what == "restore":
    maintenance.restore(Path(root), Path(other), password)
elif what == "auto":
    from datetime import datetime

    from ips_desktop.services import backups

    ws = workspace.unlock(Path(root), password, exclusive=False)
    backups.run_auto(ws, Path(other), now=lambda: datetime(2026, 3, 9, 9))
    ws.close()
else:
    ws = workspace.unlock(Path(root), password, exclusive=False)
    maintenance.backup(ws, Path(other), replace=True)
    ws.close()
print("calls", calls)
"""


def run_child(forked_children, root: Path, other: Path, kill_at: int,
              what: str) -> subprocess.CompletedProcess:
    return forked_children.run(CHILD, [str(root), str(other), str(kill_at), what, PASSWORD],
                               cwd=ROOT)


@pytest.fixture
def template(tmp_path, no_keyring):
    """A passphrase-mode data directory with two consultants, and a backup holding one."""
    root = tmp_path / "template"
    ws, _ = workspace.set_up(root, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    maintenance.backup(ws, tmp_path / "anna.db")
    consultants.create_consultant(ws.ctx, ConsultantInput("Bent Bøg", "BB", "Holbæk"))
    ws.close()
    return root, tmp_path / "anna.db"


def assert_whole(root: Path, monkeypatch, allowed: list[list[str]]) -> None:
    assert DataDir(root).is_set_up()  # never "not set up", never RestoreUnfinished
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(root), "check"]) == 0
    assert main(["--data-dir", str(root), "setup"]) == 12  # already set up: nothing made
    assert names(root) in allowed


def test_kill_at_every_step_of_a_restore(forked_children, template, tmp_path, monkeypatch):
    source, backup_file = template
    old, restored = ["Anna Ærø", "Bent Bøg"], ["Anna Ærø"]
    for kill_at in range(1, 60):
        root = tmp_path / f"killed-{kill_at}"
        shutil.copytree(source, root)
        result = run_child(forked_children, root, backup_file, kill_at, "restore")
        if result.returncode == 0:
            assert kill_at > 5, "the restore should have passed several kill points"
            assert names(root) == restored
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert_whole(root, monkeypatch, [old, restored])
        # What the kill left behind does not stand in the way of the next restore ...
        kept = maintenance.restore(root, backup_file, PASSWORD)
        assert names(root) == restored
        assert not list(root.glob(".ips.db.*"))
        # ... and every kept folder is a whole database of its own.
        for folder in DataDir(root).kept.iterdir():
            assert names(folder) in [old, restored]
            assert not (folder / "ips.db").samefile(root / "ips.db")
        assert names(kept) in [old, restored]
    else:
        pytest.fail("the restore never completed")


def test_kill_at_every_step_of_a_backup(forked_children, template, tmp_path, monkeypatch):
    source, earlier_backup = template
    for kill_at in range(1, 40):
        root = tmp_path / f"killed-{kill_at}"
        shutil.copytree(source, root)
        out = tmp_path / f"out-{kill_at}.db"
        shutil.copyfile(earlier_backup, out)  # an older backup the new one replaces
        result = run_child(forked_children, root, out, kill_at, "backup")
        if result.returncode == 0:
            assert kill_at > 1
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert_whole(root, monkeypatch, [["Anna Ærø", "Bent Bøg"]])
        # The target is the old backup or the new one, whole either way.
        maintenance.restore(root, out, PASSWORD)
        assert names(root) in [["Anna Ærø"], ["Anna Ærø", "Bent Bøg"]]
    else:
        pytest.fail("the backup never completed")


def test_kill_at_every_step_of_the_daily_backup_and_its_rotation(forked_children, template,
                                                                 tmp_path):
    from datetime import datetime, timedelta

    from ips_desktop.services import backups

    source, _ = template
    ws = workspace.unlock(source, PASSWORD)
    folder = tmp_path / "share"
    folder.mkdir()
    for day in range(10):  # ten days of copies: the next one rotates three away
        backups.make_backup(ws, folder, now=lambda d=day: datetime(2026, 2, 7) + timedelta(d))
    key = ws.database.key
    ws.close()
    for kill_at in range(1, 60):
        root, share = tmp_path / f"killed-{kill_at}", tmp_path / f"share-{kill_at}"
        shutil.copytree(source, root)
        shutil.copytree(folder, share)
        result = run_child(forked_children, root, share, kill_at, "auto")
        copies = [p for p in share.iterdir() if not p.name.startswith(".")]
        for copy in copies:  # every copy that carries a backup's name is whole
            assert storage_backup.verify_copy(copy, key) == "ok"
        if result.returncode == 0:
            assert kill_at > 4 and len(copies) <= 7 + 8  # the rename, three deletions
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert DataDir(root).is_set_up()  # the live side is the backup test's; here: the copies
    else:
        pytest.fail("the daily backup never completed")
