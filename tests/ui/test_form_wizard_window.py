"""The draft wizard inside the main window: the auto-lock and quitting store what was typed.

The lock hides every open window (the wizard too) and the window closes the
database when it closes; in both cases the draft is stored first, without a
question, and after unlocking the wizard is back with the cursor where it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ips_desktop.services import form_drafts, forms, workspace
from ips_desktop.services.form_drafts import PROFILE_FORM
from tests.helpers import PASSWORD
from tests.ui.test_lock_participant import unlock
from tests.ui.window_support import enrol, open_window, participants
from tests.ui.wizard_support import (
    PROFILE_V1,
    close_wizards,  # noqa: F401  (autouse fixture)
    install_form,
    open_wizard,
)


def begin(qtbot, ws, preferences, data_dir):
    install_form(data_dir, PROFILE_FORM, PROFILE_V1)
    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    area.open_course(course)
    qtbot.waitUntil(lambda: area.page is not None and area.page.isVisible())
    area.page.open_form(PROFILE_FORM)
    wizard = open_wizard()
    qtbot.waitUntil(lambda: wizard.editor.field_of(QApplication.focusWidget()) == "dream_job")
    return window, wizard, course


def answers_in(ws, course) -> dict:
    spec = forms.spec_in_use(ws.ctx, ws.data_dir, None, PROFILE_FORM).spec
    return form_drafts.open_form(ws.ctx, course, PROFILE_FORM, spec).answers


def test_the_auto_lock_stores_the_draft_and_unlocking_brings_the_wizard_back(
        qtbot, ws, preferences, data_dir):
    window, wizard, course = begin(qtbot, ws, preferences, data_dir)
    qtbot.keyClicks(QApplication.focusWidget(), "Pædagogmedhjælper")
    window.idle.idle.emit()  # what the idle timer does after the chosen minutes
    assert window.locked and not wizard.isVisible()
    assert answers_in(ws, course) == {"dream_job": "Pædagogmedhjælper"}
    unlock(qtbot, window)
    assert wizard.isVisible()
    assert wizard.editor.widgets["dream_job"].edit.text() == "Pædagogmedhjælper"
    wizard.close()


def test_quitting_with_the_wizard_open_stores_the_draft_without_asking(
        qtbot, ws, preferences, data_dir):
    window, _wizard, course = begin(qtbot, ws, preferences, data_dir)
    qtbot.keyClicks(QApplication.focusWidget(), "Chauffør")
    window.close()  # Ctrl+Q / the window's close button: no "Kassér ændringer?"
    assert not window.isVisible()
    reopened = workspace.unlock(ws.data_dir, PASSWORD, exclusive=False)
    try:
        assert answers_in(reopened, course) == {"dream_job": "Chauffør"}
    finally:
        reopened.close()
