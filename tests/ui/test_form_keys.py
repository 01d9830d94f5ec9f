"""Enter walks a form as a consultant expects: field by field, page by page, and on the
last page's last field to the Save button, never saving half a form by surprise."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.services import caseload
from tests.ui.conftest import activate
from tests.ui.test_form_unsaved import open_dialog
from tests.ui.test_referral_tab_edit import open_tab
from tests.ui.window_support import enrol

TODAY = date.today()


def enter(qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, modifier)


def test_enter_moves_to_the_next_field_then_the_next_page(qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    widgets = dialog.editor.widgets
    widgets["name"].edit.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Enter Hansen")
    enter(qtbot)
    assert QApplication.focusWidget() is widgets["cpr"].edit
    enter(qtbot)
    assert QApplication.focusWidget() is widgets["phone"].edit
    enter(qtbot)  # the last field of page 1
    assert dialog.steps.currentRow() == 1
    assert QApplication.focusWidget() is widgets["referral_date"].edit
    qtbot.keyClicks(QApplication.focusWidget(), TODAY.strftime("%d.%m.%Y"))
    enter(qtbot)
    assert QApplication.focusWidget() is widgets["psychiatry_unit"].edit
    for _ in range(3):  # the unit, the clinician, the date received
        enter(qtbot)
    assert QApplication.focusWidget() is widgets["consultant"].combo  # a choice moves on too
    for _ in range(3):  # the consultant, first meeting, plan date: the last of page 2
        enter(qtbot)
    assert dialog.steps.currentRow() == 2
    assert QApplication.focusWidget() is widgets["job_preferences"].edit
    assert caseload.caseload(ws.ctx, today=TODAY) == []  # no Enter saved anything


def test_enter_in_a_multi_line_field_is_a_new_line_and_ctrl_enter_moves_on(
        qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    dialog.steps.setCurrentRow(2)
    notes = dialog.editor.widgets["job_preferences"].edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Lager")
    enter(qtbot)
    qtbot.keyClicks(notes, "Deltid")
    assert notes.toPlainText() == "Lager\nDeltid" and QApplication.focusWidget() is notes
    enter(qtbot, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.editor.widgets["medications"].table


def test_enter_on_the_last_field_goes_to_save_and_only_a_second_enter_saves(
        qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    qtbot.keyClicks(dialog.editor.widgets["name"].edit, "Sidste Felt")
    qtbot.keyClicks(dialog.editor.widgets["referral_date"].edit, TODAY.strftime("%d.%m.%Y"))
    dialog.steps.setCurrentRow(3)
    consent = dialog.editor.widgets["consent_given_on"]
    consent.edit.setFocus()
    enter(qtbot)  # no consent date: the other consent questions are hidden, this is the last
    assert QApplication.focusWidget() is dialog.save_button
    assert dialog.isVisible() and caseload.caseload(ws.ctx, today=TODAY) == []
    enter(qtbot)  # Enter on the focused Save button saves, deliberately
    assert not dialog.isVisible()
    assert [r.name for r in caseload.caseload(ws.ctx, today=TODAY)] == ["Sidste Felt"]


def test_enter_in_the_group_table_or_the_steps_does_not_save(qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    qtbot.keyClicks(dialog.editor.widgets["name"].edit, "Ingen Standardknap")
    qtbot.keyClicks(dialog.editor.widgets["referral_date"].edit, TODAY.strftime("%d.%m.%Y"))
    dialog.steps.setFocus()
    enter(qtbot)
    dialog.steps.setCurrentRow(2)
    dialog.editor.widgets["medications"].table.setFocus()
    enter(qtbot)
    assert dialog.isVisible() and caseload.caseload(ws.ctx, today=TODAY) == []


def test_enter_on_the_referral_tab_walks_into_the_next_section_then_to_save(
        qtbot, ws, preferences):
    course = enrol(ws)
    page, tab = open_tab(qtbot, ws, preferences, course)
    activate(qtbot, page)
    widgets = tab.editor.widgets
    widgets["phone"].edit.setFocus()
    enter(qtbot)
    assert QApplication.focusWidget() is widgets["referral_date"].edit
    widgets["consent_given_on"].edit.setFocus()
    enter(qtbot)
    assert QApplication.focusWidget() is tab.save
