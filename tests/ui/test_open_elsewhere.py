"""A second copy of the app says "open elsewhere" at once, before it asks for a password.

The unlock screen holds the database's instance lock from before it shows
(services.startup.InstanceHold), hands it to the unlock, and takes it back
after a wrong password; so whichever copy shows its screen first keeps the
database, and the other is told straight away, in the user's language.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ips_desktop.services import workspace
from ips_desktop.storage.errors import AlreadyOpen
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.vault import DataDir
from ips_desktop.ui.app import open_workspace
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.unlock import UnlockDialog
from tests.helpers import PASSWORD

REPO = Path(__file__).resolve().parents[2]
DANISH = "Databasen er allerede åben i et andet vindue."
ENGLISH = "The database is already open in another window."


def answer_dialogs(seen: list[str]) -> QTimer:
    """Every 20 ms: note a message box's text, or another dialog's class, and close it."""
    def close() -> None:
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                seen.append(dialog.text() if isinstance(dialog, QMessageBox)
                            else type(dialog).__name__)
                dialog.done(0)

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    return timer


def free(root: Path) -> bool:
    """Nobody holds the instance lock (taken and given back at once to find out)."""
    try:
        InstanceLock(DataDir(root).lock).acquire().release()
    except AlreadyOpen:
        return False
    return True


def test_a_second_copy_says_open_elsewhere_before_asking_for_the_password(qtbot, tmp_path):
    """Two real processes: the first sits at its unlock screen, nothing typed."""
    root = tmp_path / "data"
    workspace.set_up(root, PASSWORD, use_keyring=False)[0].close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    first = subprocess.Popen([sys.executable, "-m", "ips_desktop", "--data-dir", str(root)],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        # The lock file names the process that holds it, once it holds it.
        deadline = time.monotonic() + 30
        while DataDir(root).lock.read_text() != str(first.pid):
            assert first.poll() is None and time.monotonic() < deadline, (
                first.stderr.read().decode() if first.stderr else "")
            time.sleep(0.05)
        seen: list[str] = []
        timer = answer_dialogs(seen)
        try:
            opened = open_workspace(root, demo=False)
        finally:
            timer.stop()
        assert opened == AlreadyOpen.exit_code == 8
        assert seen == [DANISH]  # the message alone: no unlock screen came first
        assert first.poll() is None  # the first copy is untouched, still at its screen
    finally:
        first.kill()
        first.communicate()
    assert free(root)  # the lock went with the first process


def test_the_message_is_in_the_users_language(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    Preferences(data_dir).language = "en"
    seen: list[str] = []
    with InstanceLock(DataDir(data_dir).lock):  # another copy has the database open
        timer = answer_dialogs(seen)
        try:
            assert open_workspace(data_dir, demo=False) == AlreadyOpen.exit_code
        finally:
            timer.stop()
    assert seen == [ENGLISH]


def test_the_screen_keeps_the_lock_until_the_unlock_takes_it_and_after_a_wrong_password(
        qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD, demo=True)[0].close()  # no profile to ask for
    seen: list[str] = []
    states: list[tuple[str, bool]] = []

    def type_wrong_then_right() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, UnlockDialog) and w.isVisible())
        states.append(("screen shown", free(data_dir)))
        dialog.password.setText("not the password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.prompt.busy, timeout=10_000)
        states.append(("after a wrong password", free(data_dir)))
        dialog.password.setText(PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(50, type_wrong_then_right)
    opened = open_workspace(data_dir, demo=False)
    assert not isinstance(opened, int), seen
    ws, _ = opened
    try:
        assert states == [("screen shown", False), ("after a wrong password", False)]
        assert not free(data_dir)  # now the open workspace holds it
    finally:
        ws.close()
    assert free(data_dir)


def test_closing_the_screen_lets_the_lock_go(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()

    def cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, UnlockDialog) and w.isVisible())
        assert not free(data_dir)
        dialog.reject()

    QTimer.singleShot(50, cancel)
    assert open_workspace(data_dir, demo=False) == 1  # cancelled
    assert free(data_dir)


@pytest.mark.parametrize("taken_back", [True, False], ids=["taken-back", "taken-elsewhere"])
def test_a_lock_taken_in_the_instant_between_is_said_at_the_next_try(
        qtbot, data_dir, taken_back):
    """Between handing over and the unlock's own lock, another copy may get in."""
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.hold.take()
    other = InstanceLock(DataDir(data_dir).lock)
    with pytest.raises(ValueError), dialog.hold.handed_over():
        if not taken_back:
            other.acquire()
        raise ValueError("the open failed")
    assert dialog.hold.held is taken_back
    other.release()
    dialog.hold.release()
    assert free(data_dir)
