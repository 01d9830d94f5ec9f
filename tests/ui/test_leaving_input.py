"""Leaving an area with unsaved input, or closing the window, asks first (shell/areas.py).

A small fake area stands in for one with a form: it is registered in the test
(the participants' own `has_unsaved_changes` lands separately).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ips_desktop.ui.shell.areas import Area, all_areas
from ips_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import activate
from tests.ui.window_support import answer_question

HOME_ROW = 0


class FormArea(QWidget):
    """An area with one field: typed text is unsaved until saved."""

    def __init__(self, ws: object, preferences: object) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setAccessibleName("note")
        QVBoxLayout(self).addWidget(self.field)
        self.save_works = True
        self.saved: list[str] = []
        self.discarded = 0

    def has_unsaved_changes(self) -> bool:
        return bool(self.field.text())

    def save_unsaved(self) -> bool:
        if not self.save_works:
            return False  # a real form says why at the field
        self.saved.append(self.field.text())
        self.field.clear()
        return True

    def discard_unsaved(self) -> None:
        self.discarded += 1
        self.field.clear()


class PlainArea(QWidget):
    """An area without the protocol at all: it is never asked."""

    def __init__(self, ws: object, preferences: object) -> None:
        super().__init__()


def open_with_form(qtbot, ws, preferences) -> tuple[MainWindow, FormArea, int]:
    areas = [*all_areas(),
             Area("form", lambda: "Formular", FormArea),
             Area("plain", lambda: "Uden formular", PlainArea)]
    window = MainWindow(ws, preferences, areas=areas)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    row = len(areas) - 2
    click_sidebar(qtbot, window, row)
    form = window.area_widgets[row]
    assert isinstance(form, FormArea) and window.area_stack.currentWidget() is form
    qtbot.keyClicks(form.field, "halvt skrevet")
    return window, form, row


def click_sidebar(qtbot, window: MainWindow, row: int) -> None:
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_keep_editing_stays_in_the_area_with_the_input(qtbot, ws, preferences):
    window, form, row = open_with_form(qtbot, ws, preferences)
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    click_sidebar(qtbot, window, HOME_ROW)
    assert seen == ["Kassér ændringer?"]
    assert window.sidebar.currentRow() == row and window.area_stack.currentWidget() is form
    assert form.field.text() == "halvt skrevet" and form.saved == []
    assert window.windowTitle().startswith("Formular")


def test_discard_goes_on_and_tells_the_area(qtbot, ws, preferences):
    window, form, _ = open_with_form(qtbot, ws, preferences)
    answer_question(qtbot, "Kassér")
    click_sidebar(qtbot, window, HOME_ROW)
    assert window.sidebar.currentRow() == HOME_ROW
    assert window.area_stack.currentWidget() is window.area_widgets[HOME_ROW]
    assert form.discarded == 1 and form.saved == []


def test_save_goes_on_only_when_the_save_succeeds(qtbot, ws, preferences):
    window, form, row = open_with_form(qtbot, ws, preferences)
    form.save_works = False
    answer_question(qtbot, "Gem")
    click_sidebar(qtbot, window, HOME_ROW)
    assert window.sidebar.currentRow() == row and form.field.text() == "halvt skrevet"

    form.save_works = True
    answer_question(qtbot, "Gem")
    click_sidebar(qtbot, window, HOME_ROW)
    assert window.sidebar.currentRow() == HOME_ROW and form.saved == ["halvt skrevet"]


def test_nothing_typed_switches_without_a_question(qtbot, ws, preferences):
    window, form, _ = open_with_form(qtbot, ws, preferences)
    form.field.clear()
    click_sidebar(qtbot, window, HOME_ROW)
    assert window.sidebar.currentRow() == HOME_ROW
    assert QApplication.activeModalWidget() is None


def test_ctrl_n_to_another_area_asks_too(qtbot, ws, preferences):
    from ips_desktop.ui.participants.referral_dialog import ReferralDialog
    from tests.ui.window_support import PARTICIPANTS_ROW, visible_of

    window, form, row = open_with_form(qtbot, ws, preferences)
    answer_question(qtbot, "Fortsæt redigering")
    qtbot.keyClick(form.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == row and visible_of(ReferralDialog) == []
    activate(qtbot, window)  # back from the question
    answer_question(qtbot, "Kassér")
    qtbot.keyClick(form.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == PARTICIPANTS_ROW
    [dialog] = visible_of(ReferralDialog)
    dialog.done(0)


def test_closing_the_window_asks_about_every_area(qtbot, ws, preferences):
    window, form, row = open_with_form(qtbot, ws, preferences)
    answer_question(qtbot, "Kassér")  # leaving it asks once already
    click_sidebar(qtbot, window, HOME_ROW)  # the unsaved area is not the one on screen
    form.field.setText("igen")
    assert window.sidebar.currentRow() == HOME_ROW

    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    window.close()
    assert seen == ["Kassér ændringer?"] and window.isVisible()
    assert window.sidebar.currentRow() == row  # shown while it was asked about

    activate(qtbot, window)
    answer_question(qtbot, "Gem")
    qtbot.keyClick(form.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    qtbot.waitUntil(lambda: not window.isVisible())
    assert form.saved == ["igen"]


def test_a_failed_save_keeps_the_window_open(qtbot, ws, preferences):
    window, form, _ = open_with_form(qtbot, ws, preferences)
    form.save_works = False
    answer_question(qtbot, "Gem")
    window.close()
    assert window.isVisible() and form.field.text() == "halvt skrevet"
    form.field.clear()
    window.close()
    assert not window.isVisible()


def test_locking_keeps_the_input_without_asking(qtbot, ws, preferences):
    window, form, _ = open_with_form(qtbot, ws, preferences)
    qtbot.keyClick(form.field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QCoreApplication.processEvents()
    assert window.locked and QApplication.activeModalWidget() is None
    assert form.field.text() == "halvt skrevet"
