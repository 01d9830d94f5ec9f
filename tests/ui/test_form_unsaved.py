"""Typed input is never thrown away without asking: the referral dialog and tab, as a user
leaves them (Cancel, Escape), answering "Kassér ændringer?" with each of its buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ips_desktop.services import caseload
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.widgets import form_editor
from tests.ui.conftest import activate
from tests.ui.test_referral_tab_edit import open_tab, retype, stored
from tests.ui.window_support import answer_question, enrol

TODAY = date.today()


def answer_with(qtbot, button: str) -> list[str]:
    """Click `button` in the question once it is on screen; returns the questions seen."""
    seen: list[str] = []
    answer_question(qtbot, button, seen)
    return seen


@pytest.fixture
def never_asked(monkeypatch):
    def fail(*_args, **_kwargs):
        raise AssertionError("asked about unsaved input although nothing was typed")
    monkeypatch.setattr(form_editor, "ask_about_unsaved", fail)


def open_dialog(qtbot, ws, preferences) -> ReferralDialog:
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)  # focus (and so Enter) lives in the active window
    return dialog


def type_in(qtbot, dialog, name: str, text: str) -> None:
    qtbot.keyClicks(dialog.editor.widgets[name].edit, text)


def press_escape(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.editor.widgets["name"].edit, Qt.Key.Key_Escape)


def test_escape_on_a_half_filled_referral_asks_and_keep_editing_keeps_the_input(
        qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    type_in(qtbot, dialog, "name", "Halvt Udfyldt")
    seen = answer_with(qtbot, "Fortsæt redigering")
    press_escape(qtbot, dialog)
    assert seen == ["Kassér ændringer?"]
    assert dialog.isVisible() and dialog.editor.widgets["name"].value() == "Halvt Udfyldt"

    seen = answer_with(qtbot, "Kassér")
    press_escape(qtbot, dialog)
    assert seen == ["Kassér ændringer?"]
    assert not dialog.isVisible() and dialog.result() == ReferralDialog.DialogCode.Rejected
    assert caseload.caseload(ws.ctx, today=TODAY) == []


def test_cancel_then_save_saves_as_the_save_button_does(qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    type_in(qtbot, dialog, "name", "Gemt Ved Annuller")
    type_in(qtbot, dialog, "referral_date", TODAY.strftime("%d.%m.%Y"))
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    seen = answer_with(qtbot, "Gem")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert seen == ["Kassér ændringer?"]
    assert not dialog.isVisible() and dialog.result() == ReferralDialog.DialogCode.Accepted
    assert dialog.course_id is not None
    assert [r.name for r in caseload.caseload(ws.ctx, today=TODAY)] == ["Gemt Ved Annuller"]


def test_save_from_the_question_that_fails_stays_open_with_the_input(qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    type_in(qtbot, dialog, "name", "Uden Dato")  # the referral date is required
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    answer_with(qtbot, "Gem")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.editor.errors.text("referral_date") == "Skal udfyldes."
    assert dialog.steps.currentRow() == 1  # turned to the page of the message
    assert dialog.editor.widgets["name"].value() == "Uden Dato"
    assert caseload.caseload(ws.ctx, today=TODAY) == []


def test_a_dialog_with_nothing_typed_closes_without_asking(qtbot, ws, preferences, never_asked):
    dialog = open_dialog(qtbot, ws, preferences)
    press_escape(qtbot, dialog)
    assert not dialog.isVisible()

    dialog = open_dialog(qtbot, ws, preferences)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_typed_and_erased_again_closes_without_asking(qtbot, ws, preferences, never_asked):
    dialog = open_dialog(qtbot, ws, preferences)
    type_in(qtbot, dialog, "name", "Ib")
    dialog.steps.setCurrentRow(3)
    consent = dialog.editor.widgets["consent_given_on"].edit
    qtbot.keyClicks(consent, "1.1")
    assert dialog.has_unsaved_changes()
    for edit, count in ((consent, 3), (dialog.editor.widgets["name"].edit, 2)):
        for _ in range(count):
            qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not dialog.has_unsaved_changes()
    qtbot.keyClick(consent, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_referral_tab_knows_its_unsaved_edit_and_saves_it(qtbot, ws, preferences):
    course = enrol(ws)
    _, tab = open_tab(qtbot, ws, preferences, course)
    assert not tab.has_unsaved_changes()  # the stored answers are not typed input
    retype(qtbot, tab.editor.widgets["phone"], "+45 12 12 12 12")
    assert tab.has_unsaved_changes()
    assert tab.save_unsaved() is True
    assert not tab.has_unsaved_changes()
    assert stored(ws, course)[0].phone == "+45 12 12 12 12"

    retype(qtbot, tab.editor.widgets["referral_date"], "32.13.2026")
    assert tab.save_unsaved() is False  # refused: the input stays, the reason at the field
    assert tab.has_unsaved_changes()
    assert tab.editor.errors.text("referral_date")
    assert tab.editor.widgets["referral_date"].edit.text() == "32.13.2026"
