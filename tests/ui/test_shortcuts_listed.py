"""Every shortcut Help lists, pressed as a user presses it, does what Help says.

Help and the window's actions come from one list (help.SHORTCUTS); a new entry
without an effect checked here fails `test_every_listed_shortcut_is_checked`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ips_desktop.ui.dialogs.contact_dialog import ContactDialog
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.shell.help import FORM_KEYS, SHORTCUTS, HelpDialog, Shortcut, shortcut_for
from ips_desktop.ui.shell.main_window import MainWindow
from ips_desktop.ui.shell.settings_dialog import SettingsDialog
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.ui.window_support import PARTICIPANTS_ROW, open_window, participants, visible_of

HOME_ROW = 0


def press_shortcut(qtbot, window: MainWindow, shortcut: Shortcut) -> None:
    combination = QKeySequence(shortcut.keys)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def close_all(*kinds: type) -> None:
    for kind in kinds:
        for dialog in visible_of(kind):
            dialog.reject()


def new_referral_from_home(qtbot, window: MainWindow) -> None:
    assert window.sidebar.currentRow() == HOME_ROW
    press_shortcut(qtbot, window, shortcut_for("new_action"))
    [dialog] = visible_of(ReferralDialog)
    assert dialog.windowTitle() == "Henvisning til IPS"
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW  # where the new one will be
    close_all(ReferralDialog)


def search_from_home(qtbot, window: MainWindow) -> None:
    press_shortcut(qtbot, window, shortcut_for("find_action"))
    area = window.area_widgets[PARTICIPANTS_ROW]
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.search)


def log_contact_from_participants(qtbot, window: MainWindow) -> None:
    participants(window)
    window.area_widgets[PARTICIPANTS_ROW].table.setFocus()
    press_shortcut(qtbot, window, shortcut_for("contact_action"))
    [dialog] = visible_of(ContactDialog)
    assert dialog.windowTitle() == "Log virksomhedskontakt"
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW  # it opens over the area shown
    close_all(ContactDialog)


def print_in_participants(qtbot, window: MainWindow) -> None:
    assert not window.print_action.isEnabled()  # Help: it prints what Participants shows
    participants(window)
    window.area_widgets[PARTICIPANTS_ROW].table.setFocus()
    press_shortcut(qtbot, window, shortcut_for("print_action"))
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1, timeout=20_000)
    close_all(PrintPreviewDialog)


def lock(qtbot, window: MainWindow) -> None:
    press_shortcut(qtbot, window, shortcut_for("lock_action"))
    assert window.locked and window.pages.currentWidget() is window.lock_screen


def settings(qtbot, window: MainWindow) -> None:
    press_shortcut(qtbot, window, shortcut_for("settings_action"))
    [dialog] = visible_of(SettingsDialog)
    assert dialog.windowTitle() == "Indstillinger"
    close_all(SettingsDialog)


def help_lists_every_shortcut(qtbot, window: MainWindow) -> None:
    press_shortcut(qtbot, window, shortcut_for("help_action"))
    [dialog] = visible_of(HelpDialog)
    text = dialog.text.toPlainText()
    for shortcut in SHORTCUTS:
        assert shortcut.sequence().toString(QKeySequence.SequenceFormat.NativeText) in text
        assert shortcut.text() in text
    assert "Ny henvisning, fra ethvert område" in text and "Ctrl+," in text
    for keys, words in FORM_KEYS:  # the keys inside a form, a table's among them
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in text
        assert words() in text
    assert "Tilføj en række i en tabel" in text
    close_all(HelpDialog)


def quit_closes(qtbot, window: MainWindow) -> None:
    press_shortcut(qtbot, window, shortcut_for("quit_action"))
    qtbot.waitUntil(lambda: not window.isVisible())


def sync_only_when_joined(qtbot, window: MainWindow) -> None:
    """A fresh install has joined no team: F9 does nothing (tests/ui/test_sync_window.py
    presses it on a laptop that has)."""
    assert not window.sync_action.isVisible()
    press_shortcut(qtbot, window, shortcut_for("sync_action"))
    assert not window.auto_sync.running and not window.auto_sync.label.isVisible()


EFFECTS: dict[str, Callable[..., None]] = {
    "new_action": new_referral_from_home, "find_action": search_from_home,
    "contact_action": log_contact_from_participants,
    "print_action": print_in_participants, "lock_action": lock, "settings_action": settings,
    "help_action": help_lists_every_shortcut, "quit_action": quit_closes,
    "sync_action": sync_only_when_joined,
}


def test_every_listed_shortcut_is_checked():
    assert {s.action for s in SHORTCUTS} == set(EFFECTS)


@pytest.mark.parametrize("shortcut", SHORTCUTS, ids=lambda s: s.keys)
def test_each_listed_shortcut_does_what_help_says(qtbot, ws, preferences, shortcut):
    window = open_window(qtbot, ws, preferences)  # a fresh install: no participants yet
    window.sidebar.setCurrentRow(HOME_ROW)
    assert getattr(window, shortcut.action).shortcut() == shortcut.sequence()
    EFFECTS[shortcut.action](qtbot, window)


def test_ctrl_comma_opens_settings_and_the_menu_shows_it(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(visible_of(SettingsDialog)) == 1
    close_all(SettingsDialog)


EMPLOYERS_ROW = 2


def test_in_the_employer_log_the_keys_do_what_help_says_there(qtbot, ws, preferences):
    """Ctrl+N, Ctrl+F and Ctrl+P reach the log area's own methods, and Help says so."""
    window = open_window(qtbot, ws, preferences)
    press_shortcut(qtbot, window, shortcut_for("help_action"))
    [dialog] = visible_of(HelpDialog)
    text = dialog.text.toPlainText()
    assert "I “Virksomhedslog”: log en virksomhedskontakt i stedet" in text
    assert "I “Virksomhedslog”: søg i loggen i stedet" in text
    assert "I “Virksomhedslog”: udskriv ugens log til teammødet" in text
    close_all(HelpDialog)
    assert window.show_area(EMPLOYERS_ROW)
    area = window.area_widgets[EMPLOYERS_ROW]
    area.log.table.setFocus()
    seen: list[str] = []

    def close_the_contact_dialog() -> None:  # the log waits for the dialog to end
        dialogs = visible_of(ContactDialog)
        if not dialogs:
            QTimer.singleShot(50, close_the_contact_dialog)
            return
        seen.append(dialogs[0].windowTitle())
        dialogs[0].reject()

    QTimer.singleShot(0, close_the_contact_dialog)
    press_shortcut(qtbot, window, shortcut_for("new_action"))
    qtbot.waitUntil(lambda: seen == ["Log virksomhedskontakt"])
    assert window.sidebar.currentRow() == EMPLOYERS_ROW  # not a referral in Participants
    assert not visible_of(ReferralDialog)
    window.activateWindow()
    area.log.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.log.table)
    press_shortcut(qtbot, window, shortcut_for("find_action"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.log.search)
    press_shortcut(qtbot, window, shortcut_for("print_action"))
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1, timeout=20_000)
    close_all(PrintPreviewDialog)
