"""SIGKILL at every rename, link, unlink and copy of `setup` (review finding).

Killed between the key file's rename and the database's, `setup` left
`ips.db.new` whole beside a key file and vault.json, and every start after it
exited 31 ("restore unfinished") for ever. A set-up cut off before its last
rename held no data and had no older database to keep: the next start (or
`setup`) undoes it, and setting up works again.
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage import interrupted_setup
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(reason="a kill during setup of the SQLCipher file and its key")

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, shutil, signal, sys
from pathlib import Path

import keyring
from keyring.backends import fail

from ips_desktop.services import workspace

keyring.set_keyring(fail.Keyring())  # never the real keyring: passphrase mode
root, kill_at, password = sys.argv[1:4]
calls = 0


def killing(real):
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        if calls == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapper


for module, name in ((os, "replace"), (os, "rename"), (os, "link"), (os, "unlink"),
                     (shutil, "copyfile")):
    setattr(module, name, killing(getattr(module, name)))

workspace.set_up(Path(root), password)[0].close()
print("calls", calls)
"""


def run_child(forked_children, root: Path, kill_at: int) -> subprocess.CompletedProcess:
    return forked_children.run(CHILD, [str(root), str(kill_at), PASSWORD], cwd=ROOT)


def test_kill_at_every_step_of_setup(forked_children, tmp_path, no_keyring, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    cut_off = 0
    for kill_at in range(1, 40):
        root = tmp_path / f"killed-{kill_at}"
        result = run_child(forked_children, root, kill_at)
        if result.returncode == 0:
            assert kill_at > 3, "setup should have passed several kill points"
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        data_dir = DataDir(root)
        cut_off += interrupted_setup.is_cut_off_setup(data_dir)
        # The start's question: never "restore unfinished" (exit 31) ...
        if workspace.is_set_up(root):  # killed after the database was in place: it is whole
            workspace.unlock(root, PASSWORD).close()
            continue
        assert not data_dir.vault.exists() and not data_dir.key_file.exists()
        assert not (root / "ips.db.new").exists()
        # ... and `setup` works again.
        code = main(["--language", "en", "--data-dir", str(root), "setup"])
        out = capsys.readouterr().out
        assert code == 0, out
        assert "Recovery key" in out
        workspace.unlock(root, PASSWORD).close()
    else:
        pytest.fail("setup never finished")
    assert cut_off >= 2  # killed after the key file, and after the vault too


def test_setup_over_a_cut_off_setup_in_the_cli(tmp_path, no_keyring, monkeypatch, capsys):
    """The finding as reported: `setup` (and `check`) exited 31 after such a kill."""
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    data_dir = DataDir(root)
    data_dir.database.rename(root / "ips.db.new")  # the state the kill leaves
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--language", "en", "--data-dir", str(root), "check"]) == 9  # not set up
    assert "There is no database here yet" in capsys.readouterr().err
    assert not data_dir.key_file.exists() and not data_dir.vault.exists()
    assert main(["--language", "da", "--data-dir", str(root), "setup"]) == 0
    assert "Gendannelsesnøgle" in capsys.readouterr().out


def test_the_undo_forgets_the_keyring_secret(data_dir, memory_keyring):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    assert memory_keyring.secrets
    DataDir(data_dir).database.rename(data_dir / "ips.db.new")
    assert workspace.is_set_up(data_dir) is False
    assert memory_keyring.secrets == {}
    assert sorted(p.name for p in data_dir.iterdir()) == ["ips.lock"]


def test_a_kept_database_is_never_taken_for_a_cut_off_setup(tmp_path, no_keyring):
    """With a restore's traces beside it, nothing is undone: they may be the only copy."""
    from ips_desktop.services import maintenance
    from ips_desktop.storage.errors import RestoreUnfinished

    root = tmp_path / "data"
    ws, _ = workspace.set_up(root, PASSWORD)
    maintenance.backup(ws, tmp_path / "copy.db")
    ws.close()
    maintenance.restore(root, tmp_path / "copy.db", PASSWORD)
    data_dir = DataDir(root)
    data_dir.database.rename(root / "ips.db.new")
    with pytest.raises(RestoreUnfinished):
        workspace.is_set_up(root)
    assert data_dir.key_file.exists() and (root / "ips.db.new").exists()


def test_a_setup_still_running_is_left_alone(tmp_path, no_keyring):
    """The instance lock held (a set-up in progress): its files are not someone's leftovers."""
    from ips_desktop.storage.errors import RestoreUnfinished
    from ips_desktop.storage.instance_lock import InstanceLock

    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    data_dir = DataDir(root)
    data_dir.database.rename(root / "ips.db.new")
    with InstanceLock(data_dir.lock), pytest.raises(RestoreUnfinished):
        workspace.is_set_up(root)
    assert data_dir.key_file.exists() and (root / "ips.db.new").exists()
