"""A referral without a consent date saves (IPS never blocks on it) but says so plainly, at
the consent field and on the form's message line, in Danish, bokmål and English."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ips_desktop.services import caseload
from ips_desktop.storage.models import Consent
from ips_desktop.ui.i18n import apply_language
from tests.ui.test_form_unsaved import open_dialog
from tests.ui.test_referral_tab_edit import open_tab, retype
from tests.ui.window_support import enrol

TODAY = date.today()
WARNINGS = {
    "da": "Ingen samtykkedato endnu: henvisningen kan gemmes, men indhent personens samtykke",
    "nb": "Ingen samtykkedato ennå: henvisningen kan lagres, men innhent personens samtykke",
    "en": "No consent date yet: the referral can be saved, but get the person's consent",
}


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_a_referral_without_consent_warns_and_still_saves(qtbot, ws, preferences, language):
    preferences.language = language
    apply_language(language)
    dialog = open_dialog(qtbot, ws, preferences)
    editor = dialog.editor
    assert editor.warning_text("consent_given_on").startswith(WARNINGS[language])
    assert not dialog.warning.isVisible()  # nothing typed yet: no nagging line at the bottom
    qtbot.keyClicks(editor.widgets["name"].edit, "Uden Samtykke")
    qtbot.keyClicks(editor.widgets["referral_date"].edit, TODAY.strftime("%d.%m.%Y"))
    assert dialog.warning.isVisible() and dialog.warning.text().startswith(WARNINGS[language])
    assert not editor.errors.form_text()  # a warning, not the red "not saved" line
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # saved: never blocked
    assert [r.name for r in caseload.caseload(ws.ctx, today=TODAY)] == ["Uden Samtykke"]
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Consent.given_on)).scalars().all() in ([], [None])


def test_typing_the_consent_date_takes_the_warning_away(qtbot, ws, preferences):
    dialog = open_dialog(qtbot, ws, preferences)
    qtbot.keyClicks(dialog.editor.widgets["name"].edit, "Med Samtykke")
    dialog.steps.setCurrentRow(3)
    qtbot.keyClicks(dialog.editor.widgets["consent_given_on"].edit, TODAY.strftime("%d.%m.%Y"))
    assert dialog.editor.warning_text("consent_given_on") == ""
    assert not dialog.warning.isVisible()


def test_the_referral_tab_says_when_consent_is_missing(qtbot, ws, preferences):
    course = enrol(ws)  # registered without a consent date
    _, tab = open_tab(qtbot, ws, preferences, course)
    assert tab.consent.isVisible() and tab.consent.text().startswith(WARNINGS["da"])
    retype(qtbot, tab.editor.widgets["consent_given_on"], TODAY.strftime("%d.%m.%Y"))
    assert not tab.consent.isVisible()
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Gemt."
