"""Auto-lock and Ctrl+L: nothing personal is shown while locked, nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.ui.shell.main_window import MainWindow
from tests.helpers import CONSULTANT_NAME, PASSWORD
from tests.ui.conftest import activate

SURNAME = CONSULTANT_NAME.split()[-1]


def visible_texts() -> list[str]:
    """Every text a person (or a screen reader) can read from the app's visible widgets."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts.append(widget.accessibleName())
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
    return texts


def make_window(qtbot, ws, preferences) -> MainWindow:
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def unlock_from_lock_screen(qtbot, window, password=PASSWORD) -> None:
    prompt = window.lock_screen.prompt
    qtbot.keyClicks(prompt.password, password)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.busy, timeout=10_000)  # checked off the GUI thread


def test_idle_time_locks_and_hides_names_but_keeps_unsaved_input(qtbot, ws, preferences):
    window = make_window(qtbot, ws, preferences)
    assert any(SURNAME in t for t in visible_texts())  # shown while unlocked

    draft = QDialog(window)
    draft.setWindowTitle(f"Note about {CONSULTANT_NAME}")
    field = QLineEdit(draft)
    QVBoxLayout(draft).addWidget(field)
    draft.show()
    qtbot.keyClicks(field, "Halvfærdig note om Jens Ærø")

    window.idle.set_interval(150)  # instead of minutes
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    texts = visible_texts()
    assert not any(SURNAME in t or "Jens Ærø" in t for t in texts), texts
    assert window.windowTitle() == "IPS Desktop — låst"
    assert not draft.isVisible()
    assert not window.new_action.isEnabled()

    unlock_from_lock_screen(qtbot, window, "forkert-kode")
    assert window.locked
    assert "Forkert adgangskode" in window.lock_screen.prompt.message.text()

    unlock_from_lock_screen(qtbot, window)
    assert not window.locked
    assert draft.isVisible() and field.text() == "Halvfærdig note om Jens Ærø"
    assert any(SURNAME in t for t in visible_texts())


def test_ctrl_l_locks_at_once(qtbot, ws, preferences):
    window = make_window(qtbot, ws, preferences)
    activate(qtbot, window)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.lock_screen.isVisible()
    assert not any(SURNAME in t for t in visible_texts())
    unlock_from_lock_screen(qtbot, window)
    assert window.pages.currentWidget() is window.content


def test_activity_postpones_the_lock(qtbot, ws, preferences):
    window = make_window(qtbot, ws, preferences)
    window.idle.set_interval(400)
    for _ in range(6):
        qtbot.wait(120)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_auto_lock_minutes_come_from_preferences(qtbot, ws, preferences):
    preferences.auto_lock_minutes = 7
    window = make_window(qtbot, ws, preferences)
    assert window.idle.interval() == 7 * 60_000
    preferences.auto_lock_minutes = 500
    assert preferences.auto_lock_minutes == 60


def test_a_referral_being_typed_survives_the_lock(qtbot, ws, preferences):
    from ips_desktop.ui.participants.referral_dialog import ReferralDialog

    window = make_window(qtbot, ws, preferences)
    window.sidebar.setCurrentRow(1)  # Participants
    window.area_widgets[1].new_item()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReferralDialog) and w.isVisible())
    qtbot.keyClicks(dialog.editor.widgets["name"].edit, "Halvt Indtastet Navn")

    window.lock()
    assert not dialog.isVisible()
    assert not any("Indtastet" in t for t in visible_texts())
    unlock_from_lock_screen(qtbot, window)
    assert dialog.isVisible() and dialog.result() == 0  # still open, not cancelled
    assert dialog.editor.widgets["name"].value() == "Halvt Indtastet Navn"
    dialog.reject()
