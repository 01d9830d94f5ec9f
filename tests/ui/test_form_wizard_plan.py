"""The plan over time on the participant page, and a draft under an older form version.

A plan with two sub-goals (one past its target date and not reached) is
completed and reviewed from the page: the page marks the late sub-goal, and
the next review date follows on the page and in the caseload list. A profile
draft begun on version 1 is opened after version 2 is installed: the note
says what changed, the button moves it, and every answer is on screen.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import caseload, form_drafts
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.form_tab import ReviewDialog
from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.reports.support import all_text
from tests.ui.conftest import activate
from tests.ui.window_support import enrol, visible_of
from tests.ui.wizard_support import (
    PLAN,
    PROFILE_V1,
    PROFILE_V2,
    close_wizards,  # noqa: F401  (autouse fixture)
    install_form,
    open_wizard,
)

TODAY = date.today()
REVIEW_DAYS = 91


@pytest.fixture
def area(qtbot, ws, preferences, data_dir):
    install_form(data_dir, PLAN_FORM, PLAN)
    install_form(data_dir, PROFILE_FORM, PROFILE_V1)
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_form(qtbot, page, form_id: str) -> FormDraftWizard:
    tab = page.form_tabs[form_id]
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    wizard = open_wizard()
    activate(qtbot, wizard)
    return wizard


def test_a_plan_with_two_sub_goals_reviewed_from_the_page_moves_the_review_date(
        qtbot, ws, area):
    course = enrol(ws)
    area.open_course(course)
    page = area.page
    assert page.form_tabs[PLAN_FORM].line.text() == "Ikke påbegyndt"
    wizard = open_form(qtbot, page, PLAN_FORM)
    qtbot.keyClicks(QApplication.focusWidget(), "Fast job som gartner inden sommer")
    wizard.go(+1)
    late, later = TODAY - timedelta(days=5), TODAY + timedelta(days=30)
    wizard.editor.widgets["sub_goals"].set_value([
        {"sub_goal": "Skrive CV", "target_date": late.isoformat()},
        {"sub_goal": "Besøge et gartneri", "target_date": later.isoformat()}])
    assert wizard.mark_complete()
    wizard.save_button.click()
    assert not wizard.isVisible()

    tab = page.form_tabs[PLAN_FORM]
    goals = [[tab.goals.topLevelItem(i).text(c) for c in range(4)]
             for i in range(tab.goals.topLevelItemCount())]
    assert goals == [["Skrive CV", late.strftime("%d.%m.%Y"), "", "overskredet"],
                     ["Besøge et gartneri", later.strftime("%d.%m.%Y"), "", ""]]
    assert tab.overdue.isVisible() and "1 delmål" in tab.overdue.text()
    assert f"Udfyldt den {TODAY:%d.%m.%Y}" in tab.line.text()

    reviewed = TODAY - timedelta(days=1)
    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    [dialog] = visible_of(ReviewDialog)
    dialog.day.edit.selectAll()
    qtbot.keyClicks(dialog.day.edit, reviewed.strftime("%d.%m.%Y"))
    qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    due = reviewed + timedelta(days=REVIEW_DAYS)
    state = form_drafts.form_states(ws.ctx, course, today=TODAY)[PLAN_FORM]
    assert (state.last_review, state.review_due) == (reviewed, due)
    assert f"gennemgås senest {due:%d.%m.%Y}" in page.form_tabs[PLAN_FORM].line.text()
    assert f"{due:%d.%m.%Y}" in page.forms_line.text()
    [row] = caseload.caseload(ws.ctx, today=TODAY)
    assert [item.due for item in row.due if item.rule is RuleId.PLAN_REVIEW] == [due]


def test_an_old_draft_shows_what_the_new_version_changes_and_moves_with_every_answer(
        qtbot, ws, area, data_dir):
    course = enrol(ws)
    area.open_course(course)
    wizard = open_form(qtbot, area.page, PROFILE_FORM)
    answers = {"dream_job": "Smed", "job_now": "Lager om natten", "last_school": "Ølby Skole",
               "transport": "bike"}
    for name, value in answers.items():
        wizard.editor.widgets[name].set_value(value)
    wizard.save_button.click()

    install_form(data_dir, PROFILE_FORM, PROFILE_V2)
    old = open_form(qtbot, area.page, PROFILE_FORM)
    assert old.spec.version == "test-1" and old.version_note.isVisible()
    note = old.version_note.text()
    for said in ("“Fritidsinteresser”", "“Sidste skole”", "“Job nu”",
                 "“Ønsket job lige nu”", "“Cykel”"):
        assert said in note
    assert old.editor.widgets["last_school"].value() == "Ølby Skole"
    assert old.move_button.isVisible()
    qtbot.mouseClick(old.move_button, Qt.MouseButton.LeftButton)
    assert not old.isVisible()
    new = old.successor
    assert new is not None and new.isVisible() and new.spec.version == "test-2"
    assert not new.version_note.isVisible()
    widgets = new.editor.widgets
    assert widgets["dream_job"].value() == "Smed"
    assert widgets["wanted_now"].value() == "Lager om natten"  # renamed, answer kept
    assert widgets["transport"].value() == "bike"  # a retired choice is still shown
    assert widgets["transport"].combo.currentText().startswith("Cykel")
    assert "last_school" not in widgets
    assert new.old_answers.isVisible()  # on screen, marked as the old version's
    assert "Sidste skole (version test-1): Ølby Skole" in new.old_answers.text()
    assert new.editor.answers()["last_school"] == "Ølby Skole"  # kept with the old version
    draft = form_drafts.open_form(ws.ctx, course, PROFILE_FORM, new.spec)
    assert draft.spec.version == "test-2" and draft.status is FormStatus.DRAFT
    activate(qtbot, new)
    qtbot.keyClick(new, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # and in print
    [preview] = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    try:
        printed = " ".join(all_text(preview.pdf_bytes).split())
        for answer in ("Smed", "Lager om natten", "Cykel", "Ølby Skole"):
            assert answer in printed
        assert "version test-1" in printed  # the removed question's answer, marked
    finally:
        preview.close()
    new.close()


def test_the_profile_tab_lists_each_section_and_opens_the_wizard_at_one(qtbot, ws, area):
    course = enrol(ws)
    area.open_course(course)
    page = area.page
    tab = page.form_tabs[PROFILE_FORM]
    page.tabs.setCurrentWidget(tab)
    spec = tab._current()
    form_drafts.save_draft(ws.ctx, course, spec, {"dream_job": "Gartner"},
                           form_drafts.Position(), today=TODAY)
    page.refresh_forms()
    rows = [(tab.sections.topLevelItem(n).text(0), tab.sections.topLevelItem(n).text(1))
            for n in range(tab.sections.topLevelItemCount())]
    assert rows[:2] == [("● Mål for arbejde", "udfyldt"), ("○ Baggrund", "ikke påbegyndt")]
    assert len(rows) == len(spec.sections)
    tab.sections.setFocus()
    tab.sections.setCurrentItem(tab.sections.topLevelItem(1))
    qtbot.keyClick(tab.sections, Qt.Key.Key_Return)  # Enter on "Baggrund"
    wizard = open_wizard()
    assert wizard.steps.currentRow() == 1
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.editor.widgets["last_school"]
                    .enter_widget())


def test_the_form_tab_prints_the_form_with_the_persons_name(qtbot, ws, area):
    course = enrol(ws)
    area.open_course(course)
    tab = area.page.form_tabs[PROFILE_FORM]
    area.page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    [preview] = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    try:
        text = all_text(preview.pdf_bytes)
        assert "Karriereprofil" in text and area.page.name.text() in text
    finally:
        preview.close()

