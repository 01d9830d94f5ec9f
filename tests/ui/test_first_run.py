"""First run, as a new consultant meets it: language, password, recovery key, profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ips_desktop.paths import demo_data_dir
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.storage.recovery_key import parse_recovery_key
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.first_run import (
    PAGE_CONSULTANT,
    PAGE_PASSWORD,
    PAGE_RECOVERY,
    FirstRunWizard,
)


def click(qtbot, wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def make_wizard(qtbot, root) -> FirstRunWizard:
    wizard = FirstRunWizard(root, Preferences(root))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_set_up_database_and_profile(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    assert wizard.windowTitle() == "Velkommen til IPS Desktop"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PASSWORD

    page = wizard.password_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Opret database"
    qtbot.keyClicks(page.password, "kort")
    assert page.hint.text() == "Mindst 8 tegn."
    assert not commit.isEnabled()
    qtbot.keyClicks(page.password, "-men-nu-meget-længere")
    assert page.hint.text() == "Stærk."
    qtbot.keyClicks(page.confirm, "kort-men-nu-meget-længere")
    assert commit.isEnabled()
    assert not (data_dir / "ips.db").exists()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == PAGE_RECOVERY
    assert (data_dir / "ips.db").exists()

    shown = wizard.recovery_page.key.text()
    assert len(shown.split()) == 17
    assert parse_recovery_key(shown) == wizard.workspace.database.key
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    wizard.recovery_page.kept.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONSULTANT

    profile = wizard.consultant_page
    qtbot.keyClicks(profile.name, "Mette Ærø Nielsen")
    qtbot.keyClicks(profile.initials, "m")
    qtbot.keyClicks(profile.municipality, "Holbæk")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert profile.errors.text("initials") == "Initialer er 2–6 bogstaver eller tal."
    assert profile.errors.text("name") == ""

    qtbot.keyClicks(profile.initials, "en")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    me = consultants.owner(wizard.workspace.ctx)
    assert (me.name, me.initials, me.municipality) == ("Mette Ærø Nielsen", "MEN", "Holbæk")
    wizard.workspace.close()


def test_choosing_english_translates_the_wizard_and_is_remembered(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    combo = wizard.language_page.language
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Welcome to IPS Desktop")
    assert wizard.language_page.demo.text().startswith("Open a d&emo database")
    assert Preferences(data_dir).language == "en"


def test_demo_option_opens_a_demo_database(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    wizard.language_page.demo.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.password_page.password, "demo-kode-123")
    qtbot.keyClicks(wizard.password_page.confirm, "demo-kode-123")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    wizard.recovery_page.kept.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    ws = wizard.workspace
    assert wizard.root == demo_data_dir(data_dir)
    assert ws.ctx.is_demo
    assert consultants.owner(ws.ctx) is not None  # you are one of the demo consultants
    assert maintenance.row_counts(ws)["participant"] > 0
    assert not (data_dir / "ips.db").exists()  # the real database is untouched
    ws.close()
    assert workspace.is_set_up(demo_data_dir(data_dir))


def test_recovery_sheet_opens_in_the_print_preview(qtbot, data_dir):
    import io

    import pypdf

    wizard = make_wizard(qtbot, data_dir)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.password_page.password.setText("en-lang-adgangskode")
    wizard.password_page.confirm.setText("en-lang-adgangskode")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.recovery_page
    qtbot.mouseClick(page.save_pdf, Qt.MouseButton.LeftButton)
    preview = page.preview
    assert preview.isVisible()
    text = pypdf.PdfReader(io.BytesIO(preview.pdf_bytes)).pages[0].extract_text()
    assert wizard.recovery_key.split("-")[0] in text
    assert "Opbevar dette ark aflåst" in text
    # The secret goes on paper only: no Save button, and no "Print to file" in the dialog.
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

    assert not preview.save_button.isVisible()
    printer = QPrinter()
    printer.setOutputFileName(str(data_dir / "sheet.pdf"))  # as a previous job may have left
    dialog = preview.make_print_dialog(printer)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert printer.outputFileName() == ""
    preview.close()
    wizard.workspace.close()


def test_a_first_run_stopped_before_the_profile_asks_for_it_at_the_next_start(qtbot, data_dir):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ips_desktop.ui.app import _ask_for_profile

    ws, _ = workspace.set_up(data_dir, "en-lang-adgangskode")  # closed before the profile
    assert consultants.owner(ws.ctx) is None

    def fill_profile():
        wizard = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, FirstRunWizard) and w.isVisible())
        assert wizard.currentId() == PAGE_CONSULTANT
        wizard.reject()  # cannot be dismissed without a profile
        assert wizard.isVisible()
        page = wizard.consultant_page
        page.name.setText("Ulla Ørum")
        page.initials.setText("UO")
        page.municipality.setText("Faxe")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(100, fill_profile)
    _ask_for_profile(data_dir, Preferences(data_dir), ws)
    assert consultants.owner(ws.ctx).name == "Ulla Ørum"
    ws.close()


def test_a_refusing_keyring_falls_back_to_passphrase_mode_and_says_so(qtbot, data_dir):
    import keyring
    import keyring.errors

    from tests.storage.test_key_slots import RefusingKeyring

    keyring.set_keyring(RefusingKeyring(keyring.errors.KeyringLocked("locked")))
    wizard = make_wizard(qtbot, data_dir)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.password_page
    qtbot.keyClicks(page.password, "aaaaaaaaaa")  # long enough, but one character
    qtbot.keyClicks(page.confirm, "aaaaaaaaaa")
    assert page.hint.text() == "Adgangskoden skal have mindst 4 forskellige tegn."
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    for field in (page.password, page.confirm):
        field.clear()
        qtbot.keyClicks(field, "kort-men-nu-meget-længere")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == PAGE_RECOVERY
    note = wizard.recovery_page.mode_note
    assert note.isVisible() and "din adgangskode alene" in note.text()
    assert wizard.workspace.key_mode.value == "passphrase"
    wizard.workspace.close()
    wizard.workspace = None


# -- the wizard as a consultant meets it (issue 13) ---------------------------------------

Button = QWizard.WizardButton
BUTTONS = {  # Back, Next, Cancel, Finish: the wizard's own texts in each language
    "da": ("< &Tilbage", "&Næste >", "Annuller", "&Færdig"),
    "nb": ("< &Tilbake", "&Neste >", "Avbryt", "&Ferdig"),
    "en": ("< &Back", "&Next >", "Cancel", "&Finish"),
}


def choose_language(qtbot, wizard: FirstRunWizard, code: str) -> None:
    combo = wizard.language_page.language
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(code) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(combo.findData(code) - combo.currentIndex())):  # as a user picks it
        qtbot.keyClick(combo, key)
    assert combo.currentData() == code
    # Qt delivers the LanguageChange events a moment later, from the event loop.
    qtbot.waitUntil(lambda: wizard.button(Button.NextButton).text() == BUTTONS[code][1])


def every_text(wizard: FirstRunWizard) -> dict[str, str]:
    """Every text a person reads in the wizard, on every page, keyed by where it is."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = {"title": wizard.windowTitle()}
    for which in (Button.BackButton, Button.NextButton, Button.CancelButton,
                  Button.FinishButton):
        texts[f"button {which}"] = wizard.button(which).text()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts[f"{page_id} title"], texts[f"{page_id} subtitle"] = page.title(), page.subTitle()
        texts[f"{page_id} commit"] = page.buttonText(Button.CommitButton)
        for n, widget in enumerate(page.findChildren(QLabel) + page.findChildren(QAbstractButton)):
            texts[f"{page_id} {type(widget).__name__} {n}"] = widget.text()
    return {where: text for where, text in texts.items() if text}


def test_every_button_and_text_follows_the_language_switch(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    seen = {"da": every_text(wizard)}
    # Danish and bokmål share words ("Navn:", "Kommune:"), English shares none with either.
    for language, compared_with in (("en", "da"), ("nb", "en")):
        choose_language(qtbot, wizard, language)
        seen[language] = every_text(wizard)
        back, next_, cancel, finish = BUTTONS[language]
        assert [wizard.button(b).text() for b in (Button.BackButton, Button.NextButton,
                Button.CancelButton, Button.FinishButton)] == [back, next_, cancel, finish]
        assert seen[language].keys() == seen["da"].keys()
        same = {where: text for where, text in seen[language].items()
                if seen[compared_with][where] == text}
        assert same == {}, f"{language}: still in {compared_with} after the switch"

    choose_language(qtbot, wizard, "da")  # and back: the first page is where one tries it
    assert every_text(wizard) == seen["da"]
    assert wizard.button(Button.FinishButton).text() == "&Færdig"


def test_the_finish_button_says_done(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    wizard.language_page.demo.setChecked(True)
    click(qtbot, wizard, Button.NextButton)
    for field in (wizard.password_page.password, wizard.password_page.confirm):
        qtbot.keyClicks(field, "demo-kode-123")
    click(qtbot, wizard, Button.CommitButton)
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and finish.text() == "&Færdig"
    wizard.workspace.close()
    wizard.workspace = None


def test_a_different_repeat_password_is_said_at_the_field(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    click(qtbot, wizard, Button.NextButton)
    page = wizard.password_page
    qtbot.keyClicks(page.password, "kort-men-nu-meget-længere")
    qtbot.keyClicks(page.confirm, "kort-men")
    assert not page.mismatch.isVisible()  # still on its way to the same password
    qtbot.keyClicks(page.confirm, "X")  # can no longer match: said at once
    assert page.mismatch.isVisible()
    assert page.mismatch.text() == "De to adgangskoder er ikke ens."
    qtbot.keyClick(page.confirm, Qt.Key.Key_Backspace)
    assert not page.mismatch.isVisible()

    # Stopping short and pressing Create: said there, and nothing is created.
    commit = wizard.button(Button.CommitButton)
    assert commit.isEnabled()
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == PAGE_PASSWORD
    assert page.mismatch.isVisible() and page.mismatch.text() == "De to adgangskoder er ikke ens."
    assert wizard.focusWidget() is page.confirm
    assert not (data_dir / "ips.db").exists()
    # The message sits right under the repeat field, above nothing it could hide.
    assert page.mismatch.geometry().top() >= page.confirm.geometry().bottom()

    page.confirm.clear()  # the repeat retyped in full: the message goes, the database is made
    qtbot.keyClicks(page.confirm, "kort-men-nu-meget-længere")
    assert not page.mismatch.isVisible()
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == PAGE_RECOVERY
    wizard.workspace.close()


def test_cancel_is_off_with_its_reason_once_the_database_exists(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    cancel = wizard.button(Button.CancelButton)
    click(qtbot, wizard, Button.NextButton)
    assert cancel.isEnabled()  # before "Create database" nothing exists: Cancel cancels
    for field in (wizard.password_page.password, wizard.password_page.confirm):
        qtbot.keyClicks(field, "kort-men-nu-meget-længere")
    click(qtbot, wizard, Button.CommitButton)
    assert wizard.currentId() == PAGE_RECOVERY and (data_dir / "ips.db").exists()

    assert not cancel.isEnabled()
    assert cancel.toolTip() == ("Databasen er oprettet, så opsætningen kan ikke længere "
                                "annulleres.")
    note = wizard.recovery_page.cancel_note
    assert note.isVisible()
    assert note.text().startswith("Databasen er oprettet, så opsætningen kan ikke længere")
    assert "udfyld så din profil på næste side" in note.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nor does Escape leave a half set-up database
    assert wizard.isVisible() and wizard.currentId() == PAGE_RECOVERY

    wizard.recovery_page.kept.setChecked(True)
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == PAGE_CONSULTANT
    assert not cancel.isEnabled()
    assert wizard.consultant_page.cancel_note.isVisible()
    assert "sidste trin kan ikke annulleres" in wizard.consultant_page.cancel_note.text()
    wizard.workspace.close()


def test_cancel_before_the_database_exists_still_cancels(qtbot, data_dir):
    wizard = make_wizard(qtbot, data_dir)
    click(qtbot, wizard, Button.NextButton)
    click(qtbot, wizard, Button.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected and not wizard.isVisible()
    assert not (data_dir / "ips.db").exists()


@pytest.mark.parametrize(("language", "plain"), [
    ("da", "Computeren har ikke et sikkert lager for adgangskoder"),
    ("nb", "Datamaskinen har ikke et sikkert passordlager"),
    ("en", "This computer has no secure password store"),
])
def test_no_password_store_is_said_in_plain_words(qtbot, data_dir, no_keyring, language, plain):
    wizard = make_wizard(qtbot, data_dir)
    choose_language(qtbot, wizard, language)
    click(qtbot, wizard, Button.NextButton)
    message = wizard.password_page.message
    assert message.isVisible() and message.text().startswith(plain)


JARGON = {"da": ("nøglering", "adgangskodetilstand"), "nb": ("nøkkelring", "passordmodus"),
          "en": ("keyring", "passphrase mode")}


@pytest.mark.parametrize("language", sorted(JARGON))
def test_the_window_never_says_keyring_or_passphrase_mode(language):
    """Consultants read "the computer's secure password store", never the jargon."""
    import xml.etree.ElementTree as ET

    from ips_desktop.paths import resources_dir

    ts = resources_dir() / "translations" / f"ips_desktop_{language}.ts"
    said = [(m.findtext("translation") or "") for m in ET.parse(ts).iter("message")]
    assert [t for t in said if any(word in t.lower() for word in JARGON[language])] == []


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_the_strength_hint_wraps_and_is_fully_visible(qtbot, data_dir, language):
    wizard = make_wizard(qtbot, data_dir)
    choose_language(qtbot, wizard, language)
    click(qtbot, wizard, Button.NextButton)
    page = wizard.password_page
    for width in (wizard.minimumWidth(), 800):
        wizard.resize(width, wizard.minimumHeight())
        for typed in ("kort", "aaaaaaaaaa", "abcdefgh", "kort-men-nu-meget-længere"):
            page.password.setText(typed)
            qtbot.waitUntil(lambda: page.hint.height() == needed_height(page.hint))
            hint = page.hint.geometry()
            assert page.password.geometry().bottom() <= hint.top()
            assert hint.bottom() <= page.confirm.geometry().top(), (width, page.hint.text())
    wizard.resize(wizard.minimumSize())


def needed_height(label) -> int:
    """The height `label`'s text needs when wrapped at its present width."""
    from PySide6.QtCore import QRect

    margins = label.contentsMargins()
    rect = label.fontMetrics().boundingRect(
        QRect(0, 0, label.width() - margins.left() - margins.right(), 100_000),
        Qt.TextFlag.TextWordWrap, label.text())
    return rect.height() + margins.top() + margins.bottom()
