"""The area a consultant left is where the next start opens; File › Change password works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ips_desktop.services import workspace
from ips_desktop.services.workspace import WrongPassword
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.change_password import ChangePasswordDialog
from tests.helpers import PASSWORD
from tests.ui.window_support import PARTICIPANTS_ROW, open_window, visible_of

NEW_PASSWORD = "Blå-Hest-Lygte-2027"


def reopen(qtbot, data_dir):
    return open_window(qtbot, workspace.unlock(data_dir, PASSWORD), Preferences(data_dir))


@pytest.mark.parametrize("row", [PARTICIPANTS_ROW, 0])
def test_the_last_area_is_shown_again(qtbot, ws, data_dir, preferences, row):
    window = open_window(qtbot, ws, preferences)
    other = 0 if row else PARTICIPANTS_ROW
    window.sidebar.setCurrentRow(other)  # somewhere else first, so the last choice counts
    window.sidebar.setCurrentRow(row)
    area_title = window.areas[row].title()
    window.close()

    again = reopen(qtbot, data_dir)
    assert again.sidebar.currentRow() == row
    assert again.area_stack.currentWidget() is again.area_widgets[row]
    assert again.area_widgets[row].isVisible()
    assert again.windowTitle() == f"{area_title} — IPS Desktop"
    again.close()


def test_change_password_from_the_file_menu(qtbot, ws, data_dir, preferences):
    window = open_window(qtbot, ws, preferences)
    entries = {a.text().replace("&", ""): a for a in window.file_menu.actions() if a.text()}
    entry = entries["Skift adgangskode…"]
    assert entry.isEnabled()
    entry.trigger()
    dialogs = visible_of(ChangePasswordDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal

    for field, text in ((dialog.old, PASSWORD), (dialog.new, NEW_PASSWORD),
                        (dialog.repeat, NEW_PASSWORD + "x")):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible()  # the two new ones differ
    assert dialog.errors.text("repeat") == "De to adgangskoder er ikke ens."
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == 1

    # The lock screen of the running window already wants the new password.
    window.lock()
    prompt = window.lock_screen.prompt
    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.busy, timeout=10_000)  # checked off the GUI thread
    assert window.locked
    prompt.password.clear()
    qtbot.keyClicks(prompt.password, NEW_PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.busy, timeout=10_000)
    assert not window.locked
    window.close()

    with pytest.raises(WrongPassword):
        workspace.unlock(data_dir, PASSWORD)
    workspace.unlock(data_dir, NEW_PASSWORD).close()
