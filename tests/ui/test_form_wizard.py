"""The draft wizard used as a consultant uses it: typing, moving on, closing, coming back.

Every test drives the real dialog over a real database, with the keyboard
where a consultant would use it, and reads back what the services stored.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.domain.enums import FormStatus
from ips_desktop.services import form_drafts, forms
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard
from ips_desktop.ui.participants.form_wizard_parts import HistoryDialog
from tests.reports.support import pages_text
from tests.ui.conftest import activate
from tests.ui.window_support import PARTICIPANT, answer_question, enrol, visible_of
from tests.ui.wizard_support import (
    PROFILE_V1,
    close_wizards,  # noqa: F401  (autouse fixture)
    install_form,
    open_wizard,
)

TODAY = date.today()


@pytest.fixture
def profile_form(data_dir):
    install_form(data_dir, PROFILE_FORM, PROFILE_V1)


@pytest.fixture
def page(qtbot, ws, preferences, profile_form):
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.open_course(enrol(ws))
    assert area.page is not None
    return area.page


def stored(ws, course_id, preferences) -> form_drafts.FormDraft:
    current = forms.spec_in_use(ws.ctx, ws.data_dir, preferences.forms_dir, PROFILE_FORM).spec
    return form_drafts.open_form(ws.ctx, course_id, PROFILE_FORM, current)


def begin_profile(qtbot, page) -> FormDraftWizard:
    """From the page's Career profile tab, with the keyboard: its button, then Space."""
    page.tabs.setCurrentIndex(3)
    tab = page.form_tabs[PROFILE_FORM]
    tab.open_button.setFocus()
    qtbot.keyClick(tab.open_button, Qt.Key.Key_Space)
    wizard = open_wizard()
    activate(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.editor.field_of(QApplication.focusWidget()) is not None)
    return wizard


def focused_field(wizard: FormDraftWizard) -> str | None:
    return wizard.editor.field_of(QApplication.focusWidget())


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_part_of_a_profile_typed_with_the_keyboard_is_there_at_the_same_field_next_time(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    assert focused_field(wizard) == "dream_job"
    type_here(qtbot, "Gartner på Ærø")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving a field saves
    assert stored(ws, page.course_id, preferences).answers == {"dream_job": "Gartner på Ærø"}
    type_here(qtbot, "Lager, deltid")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # the page's last field: on to the next
    assert wizard.steps.currentRow() == 1 and focused_field(wizard) == "last_school"
    type_here(qtbot, "Køge Gymnasium")
    assert "2 of 3" not in wizard.status.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # closes, saving
    assert not wizard.isVisible()

    draft = stored(ws, page.course_id, preferences)
    assert draft.answers == {"dream_job": "Gartner på Ærø", "job_now": "Lager, deltid",
                             "last_school": "Køge Gymnasium"}
    assert draft.status is FormStatus.DRAFT
    assert draft.position == form_drafts.Position(1, "last_school")
    assert "kladde" in page.form_tabs[PROFILE_FORM].line.text().lower()

    again = begin_profile(qtbot, page)
    assert again is not wizard
    assert again.steps.currentRow() == 1 and focused_field(again) == "last_school"
    assert again.editor.widgets["last_school"].edit.text() == "Køge Gymnasium"
    assert again.editor.widgets["dream_job"].edit.text() == "Gartner på Ærø"
    # the step list: the first section complete, the second begun, the third not
    steps = [again.steps.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(3)]
    assert steps == ["Mål for arbejde: udfyldt", "Baggrund: påbegyndt",
                     "Erfaring: ikke påbegyndt"]
    assert "1 af 3 afsnit" in again.status.text()
    again.close()


def test_typing_is_saved_every_few_seconds_without_leaving_the_field(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    wizard._timer.setInterval(100)
    type_here(qtbot, "Tømrer")
    qtbot.waitUntil(lambda: stored(ws, page.course_id, preferences).answers.get(
        "dream_job") == "Tømrer", timeout=3000)
    assert QApplication.focusWidget() is wizard.editor.widgets["dream_job"].edit
    wizard.close()


def test_the_lock_hides_the_wizard_and_what_was_typed_is_stored_first(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    type_here(qtbot, "Bager")
    wizard.hide()  # what the lock does to every open window
    assert stored(ws, page.course_id, preferences).answers == {"dream_job": "Bager"}
    wizard.show()
    wizard.close()


def test_an_impossible_date_is_refused_at_its_field_and_the_rest_is_saved(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    type_here(qtbot, "Smed")
    wizard.go(+1)
    wizard.show_field("school_left")
    type_here(qtbot, "31.02.2020")
    for _ in range(2):  # past the date's calendar button, out of the question
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused_field(wizard) == "transport"
    assert wizard.editor.errors.text("school_left")  # said at the field
    assert stored(ws, page.course_id, preferences).answers == {"dream_job": "Smed"}
    wizard.go(+1)  # nothing blocks moving on
    assert wizard.steps.currentRow() == 2
    wizard.save_button.click()  # but closing would lose the date: it stays open
    assert wizard.isVisible()
    wizard.close()


def test_mark_complete_lists_the_missing_answer_one_click_away_then_completes(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    wizard.go(+1)
    type_here(qtbot, "Køge Gymnasium")
    wizard.complete_button.click()
    assert wizard.missing.isVisible()
    [(name, link)] = wizard.missing.buttons.items()
    assert name == "dream_job" and "Drømmejob" in link.text()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert wizard.steps.currentRow() == 0 and focused_field(wizard) == "dream_job"
    type_here(qtbot, "Kok")
    assert wizard.complete_button.isEnabled()
    wizard.complete_button.click()
    assert not wizard.missing.isVisible()
    draft = stored(ws, page.course_id, preferences)
    assert draft.status is FormStatus.COMPLETE and draft.completed_on == TODAY
    assert "Udfyldt den" in wizard.status.text()

    # A completed form is changed again, and its history says who changed what.
    wizard.show_field("dream_job")
    QApplication.focusWidget().selectAll()
    type_here(qtbot, "Kok på et plejehjem")
    wizard.history_button.click()
    [history] = visible_of(HistoryDialog)
    rows = [[history.list.topLevelItem(i).text(c) for c in range(5)]
            for i in range(history.list.topLevelItemCount())]
    # one sitting's autosaves of an answer are one change (services.form_drafts.SITTING)
    assert rows[0][2:] == ["Drømmejob", "–", "Kok på et plejehjem"]
    assert rows[0][1] == ws_name(ws)
    history.close()
    wizard.close()
    assert stored(ws, page.course_id, preferences).answers["dream_job"] == "Kok på et plejehjem"


def ws_name(ws) -> str:
    from ips_desktop.services import consultants

    return next(c.name for c in consultants.list_consultants(ws.ctx) if c.id == ws.ctx.actor_id)




def test_ctrl_p_prints_what_was_typed_with_the_persons_name_on_every_page(
        qtbot, ws, preferences, page):
    wizard = begin_profile(qtbot, page)
    type_here(qtbot, "Tømrerlærling på Ærø")  # not yet autosaved: Print stores it first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wizard.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    pages = pages_text(preview.pdf_bytes)
    assert all(PARTICIPANT in text for text in pages)
    assert "Tømrerlærling på Ærø" in " ".join(pages)
    preview.close()
    wizard.close()


@pytest.mark.parametrize("form_id", [PROFILE_FORM, PLAN_FORM])
def test_the_shipped_forms_every_page_and_field_named_for_a_screen_reader(
        qtbot, ws, preferences, form_id):
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.show()
    area.open_course(enrol(ws))
    assert area.page is not None
    area.page.open_form(form_id)
    wizard = open_wizard()
    assert wizard.spec.version == "1"  # the shipped form, not a test copy
    for row in range(wizard.steps.count()):  # each page is built when first shown
        wizard.go(+1 if row else 0)
        assert ": " in wizard.steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        page_widget = wizard.pages.currentWidget()
        assert page_widget.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert set(wizard.editor.widgets) == {q.name for q in wizard.spec.all_fields()}
    for name, widget in wizard.editor.widgets.items():
        assert widget.accessibleName(), name
    wizard.close()


def test_an_autosave_on_a_full_disk_keeps_the_typing_says_why_and_stores_it_later(
        qtbot, ws, preferences, page):
    from tests.machine import database_full

    wizard = begin_profile(qtbot, page)
    long_answer = ("Vil gerne arbejde udendørs med dyr og planter på Ærø. " * 80)[:3900]
    with database_full(ws.ctx.engine):
        type_here(qtbot, "Gartner")
        wizard.editor.widgets["job_now"].set_value(long_answer)  # pasted: more than a page
        qtbot.waitUntil(lambda: wizard.editor.errors.form_label().isVisible(), timeout=6000)
        assert "Disken er fuld" in wizard.editor.errors.form_text()
        assert wizard.editor.answers()["job_now"] == long_answer  # nothing typed is lost
        assert stored(ws, page.course_id, preferences).status is None  # nothing half-written
        asked: list[str] = []
        answer_question(qtbot, "Fortsæt redigering", asked)  # the question Escape asks
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert asked and wizard.isVisible()  # Escape does not close over unstored input
    # Room again: the draft is stored by the next try, with nothing more typed.
    qtbot.waitUntil(lambda: not wizard.editor.errors.form_label().isVisible(), timeout=8000)
    draft = stored(ws, page.course_id, preferences)
    assert draft.answers["dream_job"] == "Gartner"
    assert draft.answers["job_now"] == long_answer
    activate(qtbot, wizard)  # and the typing goes on in the field
    field = wizard.editor.widgets["dream_job"].enter_widget()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_End)
    type_here(qtbot, " ved Ærø")
    qtbot.waitUntil(lambda: stored(ws, page.course_id, preferences).answers["dream_job"]
                    == "Gartner ved Ærø", timeout=8000)
