"""First run, as a new consultant meets it: language, password, recovery key, profile."""

from __future__ import annotations

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
