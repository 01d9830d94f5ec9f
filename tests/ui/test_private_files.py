"""Every folder the app makes is 0700 and every file 0600, however the user's umask is set.

The flows are the real ones, through the real entry point (`ips_desktop.app.main`,
which sets the process's umask first): set-up, unlock, a write, a backup, a
report to a file, a wrong password, and a window session that saves its
settings and writes the log. The data directory is then walked whole.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ips_desktop import app, hardening
from ips_desktop.crash_log import configure_logging, log
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.errors import WrongPassword
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.main_window import MainWindow
from tests.helpers import PASSWORD

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def lax_umask(monkeypatch):
    """The common default umask (0644 files) before the app starts; restored afterwards.

    Core dumps stay as they are in the test process (tested in a child process
    in tests/test_hardening.py): only the umask is what this test is about.
    """
    monkeypatch.setattr(hardening, "disable_core_dumps", lambda: None)
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def not_private(found: dict[str, int], root: Path) -> dict[str, str]:
    wrong = {}
    for name, mode in found.items():
        wanted = 0o700 if (root / name).is_dir() else 0o600
        if mode != wanted:
            wrong[name] = oct(mode)
    return wrong


@pytest.mark.parametrize("passphrase_mode", [False, True], ids=["keyring", "passphrase"])
def test_every_file_the_app_writes_is_the_users_alone(
        qtbot, tmp_path, monkeypatch, lax_umask, passphrase_mode):
    root = tmp_path / "data"
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    setup = ["setup", "--data-dir", str(root)] + (["--passphrase-mode"] if passphrase_mode
                                                  else [])
    assert app.main(setup) == 0

    ws = workspace.unlock(root, PASSWORD)  # a write: the owner's profile
    me = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Aisha Khan", "AKH", "Køge", 1.0, consultants.Role.CONSULTANT))
    workspace.set_owner(ws, me.id)
    ws.close()
    assert app.main(["backup", "--data-dir", str(root),
                     "--out", str(root / "backups" / "copy.db")]) == 0
    pdf = tmp_path / "out" / "henvisning.pdf"
    pdf.parent.mkdir()
    assert app.main(["report", "referral", "--blank", "--data-dir", str(root),
                     "--out", str(pdf)]) == 0

    configure_logging(root / "logs")  # the window's session: log, settings, geometry
    log.info("window opened")
    preferences = Preferences(root)
    preferences.auto_lock_minutes = 7
    window = MainWindow(workspace.unlock(root, PASSWORD), preferences)
    qtbot.addWidget(window)
    window.show()
    window.close()  # saves the geometry and syncs settings.ini
    # ... after the day's automatic backup, which the window makes at exit off the GUI thread
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    with pytest.raises(WrongPassword):
        workspace.unlock(root, "not the password")  # failed-unlocks.txt (passphrase mode)

    found = modes(root)
    expected = {"ips.db", "vault.json", "settings.ini", "backups", "backups/copy.db", "logs",
                "logs/ips-desktop.log", "ips.lock"}
    if passphrase_mode:
        expected |= {"ips.key", "failed-unlocks.txt"}
    assert expected <= set(found)
    assert any(name.startswith("backups/ips-backup-") for name in found)
    assert not_private(found, root) == {}
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_an_upgraded_data_directory_is_made_private_at_unlock(tmp_path, lax_umask):
    """A user upgrading from a version without a private umask has 0755/0644 files."""
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD)[0].close()
    (root / "logs").mkdir()
    (root / "logs" / "ips-desktop.log").write_text("old\n")
    (root / "backups").mkdir()
    (root / "backups" / "ips-before-migration-0001.db").write_bytes(b"copy")
    (root / "settings.ini").write_text("[General]\n")
    # Not the app's, even where the name looks alike: left as the user has them.
    theirs = [root / name for name in ("notes-of-mine.txt", ".bashrc", "ips.notes.txt")]
    for path in theirs:
        path.write_text("mine")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    workspace.unlock(root, PASSWORD).close()

    found = modes(root)
    for path in theirs:
        del found[path.name]
    assert not_private(found, root) == {}
    assert [stat.S_IMODE(path.stat().st_mode) for path in theirs] == [0o644] * 3
