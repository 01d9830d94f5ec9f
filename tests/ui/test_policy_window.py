"""IT's policy file as a consultant meets it: settings locked and said so, the auto-lock
capped, the language, the units offered, passphrase mode refused, a broken file warned of."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWizard

from ips_desktop.services import consultants, retention
from ips_desktop.ui.app import EXIT_CANCELLED, open_workspace
from ips_desktop.ui.dialogs.event_dialog import EventPreset, open_event_dialog
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.first_run import PAGE_CONSULTANT, PAGE_PASSWORD, FirstRunWizard
from ips_desktop.ui.shell.settings_dialog import SettingsDialog
from ips_desktop.ui.widgets.policy_lock import PolicyNote
from tests.ui.test_profile_settings import settings_from_the_window
from tests.ui.test_retention_tab import open_tab, people  # noqa: F401 (a fixture)
from tests.ui.window_support import open_window

LOCKED = {"da": "Indstillet af din it-afdeling", "nb": "Satt av IT-avdelingen din",
          "en": "Set by your IT department"}


@pytest.fixture
def share(tmp_path):
    """IT's network share, mounted: a forms folder and a backup folder."""
    (tmp_path / "share" / "forms").mkdir(parents=True)
    (tmp_path / "share" / "backups").mkdir()
    return tmp_path / "share"


def note_beside(dialog, widget) -> str:
    """The PolicyNote in the same form row as `widget` ("" when there is none)."""
    parent = widget.parentWidget()
    for note in parent.findChildren(PolicyNote):
        if abs(note.geometry().center().y() - widget.geometry().center().y()) < 20:
            return note.text()
    return ""


def test_settings_set_by_it_are_locked_and_say_so(qtbot, ws, preferences, it_policy, share):
    it_policy(f'municipality = "Køge Kommune"\n'
              f'forms_folder = "{share / "forms"}"\n'
              f'backup_folder = "{share / "backups"}"\n')
    window = open_window(qtbot, ws, preferences)
    dialog = settings_from_the_window(qtbot, window)
    municipality = dialog.profile.municipality
    assert municipality.text() == "Køge Kommune" and not municipality.isEnabled()
    assert note_beside(dialog, municipality) == LOCKED["da"]
    assert dialog.forms_dir.text() == str(share / "forms") and not dialog.forms_dir.isEnabled()
    assert note_beside(dialog, dialog.forms_dir) == LOCKED["da"]
    assert dialog.backup_dir.text() == str(share / "backups")
    assert not dialog.backup_dir.isEnabled()
    assert note_beside(dialog, dialog.backup_dir) == LOCKED["da"]
    assert note_beside(dialog, dialog.work_start) == ""  # the rest is the user's own
    assert dialog.work_start.isEnabled() and dialog.psychiatry_unit.isEnabled()
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert consultants.owner(ws.ctx).municipality == "Køge Kommune"  # saved as IT set it


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_locked_note_is_in_the_users_language(qtbot, ws, preferences, it_policy,
                                                   language):
    it_policy('municipality = "Køge Kommune"\n')
    apply_language(language)
    dialog = SettingsDialog(preferences, ws=ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert note_beside(dialog, dialog.profile.municipality) == LOCKED[language]


def test_without_a_policy_nothing_is_locked(qtbot, ws, preferences):
    dialog = SettingsDialog(preferences, ws=ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChildren(PolicyNote) == []
    assert dialog.profile.municipality.isEnabled() and dialog.forms_dir.isEnabled()
    assert dialog.auto_lock.maximum() == 60


def test_the_longest_auto_lock_caps_the_users_choice(qtbot, ws, preferences, it_policy):
    preferences.auto_lock_minutes = 30  # chosen before IT set the cap
    it_policy("max_auto_lock_minutes = 10\n")
    assert preferences.auto_lock_minutes == 10  # an existing longer preference is capped
    window = open_window(qtbot, ws, preferences)
    assert window.idle.interval() == 10 * 60_000
    dialog = settings_from_the_window(qtbot, window)
    spin = dialog.auto_lock
    assert (spin.value(), spin.maximum()) == (10, 10)
    assert note_beside(dialog, spin) == "Højst 10 min: indstillet af din it-afdeling"
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "45")  # never longer
    assert spin.value() <= 10
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "3")  # shorter is the user's to choose
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert preferences.auto_lock_minutes == 3
    assert window.idle.interval() == 3 * 60_000


def test_the_default_language_is_its_until_the_user_chooses(qtbot, data_dir, it_policy):
    it_policy('default_language = "en"\n')
    wizard = FirstRunWizard(data_dir, Preferences(data_dir))
    qtbot.addWidget(wizard)
    apply_language(wizard.preferences.language)
    wizard.retranslate()
    assert wizard.language_page.language.currentData() == "en"
    assert wizard.windowTitle() == "Welcome to IPS Desktop"
    chosen = Preferences(data_dir.parent / "chosen")
    chosen.language = "nb"
    assert chosen.language == "nb"  # the user's own choice wins


def test_the_units_offered_are_its_and_none_is_added(qtbot, ws, it_policy):
    it_policy('psychiatry_units = ["Psykiatrisk Center Køge", "Distriktspsykiatrien Roskilde"]\n')
    from ips_desktop.services import calendar

    assert calendar.psychiatry_units(ws.ctx) == ["Distriktspsykiatrien Roskilde",
                                                 "Psykiatrisk Center Køge"]
    dialog = open_event_dialog(ws, None, EventPreset())
    qtbot.waitExposed(dialog)
    offered = [name for name, _, _ in dialog.place._rows("")]
    assert offered == ["Distriktspsykiatrien Roskilde", "Psykiatrisk Center Køge", "Video"]
    dialog.place.follow_kind(True)  # a presence day
    dialog.location.setFocus()
    qtbot.keyClicks(dialog.location, "Et andet sted")
    assert not dialog.add_unit.isVisible()  # IT's list: a typed place never joins it
    assert dialog.place.unit_to_add() == ""
    QDialog.reject(dialog)  # without the question about the typed place


def test_a_retention_period_set_by_it_is_shown_fixed(qtbot, ws, preferences, people,  # noqa: F811
                                                      it_policy):
    it_policy("retention_years = 3\n")
    assert retention.retention_years(ws.ctx) == 3
    _, tab = open_tab(qtbot, ws, preferences)
    assert tab.years.value() == 3 and not tab.years.isEnabled()
    assert not tab.save_button.isVisible()


def create_with(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_PASSWORD
    page = wizard.password_page
    qtbot.keyClicks(page.password, "kort-men-nu-meget-længere")
    qtbot.keyClicks(page.confirm, "kort-men-nu-meget-længere")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton),
                     Qt.MouseButton.LeftButton)


def test_passphrase_mode_not_allowed_refuses_a_database_without_a_keyring(
        qtbot, data_dir, no_keyring, it_policy):
    it_policy("allow_passphrase_mode = false\n")
    wizard = FirstRunWizard(data_dir, Preferences(data_dir))
    qtbot.addWidget(wizard)
    wizard.show()
    create_with(qtbot, wizard)
    page = wizard.password_page
    assert wizard.currentId() == PAGE_PASSWORD and wizard.workspace is None
    assert page.message.isVisible()
    assert page.message.text().startswith(
        "Din it-afdeling tillader ikke, at databasen beskyttes alene med adgangskoden")
    assert not (data_dir / "ips.db").exists() and not (data_dir / "ips.key").exists()


def test_without_the_policy_the_same_machine_sets_up_in_passphrase_mode(
        qtbot, data_dir, no_keyring):
    wizard = FirstRunWizard(data_dir, Preferences(data_dir))
    qtbot.addWidget(wizard)
    wizard.show()
    create_with(qtbot, wizard)
    assert wizard.workspace is not None and wizard.workspace.key_mode.value == "passphrase"
    wizard.workspace.close()
    wizard.workspace = None


def test_first_run_fills_in_and_locks_its_municipality(qtbot, data_dir, it_policy):
    it_policy('municipality = "Køge Kommune"\n')
    wizard = FirstRunWizard(data_dir, Preferences(data_dir))
    qtbot.addWidget(wizard)
    wizard.show()
    create_with(qtbot, wizard)
    wizard.recovery_page.kept.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_CONSULTANT
    profile = wizard.consultant_page
    assert profile.municipality.text() == "Køge Kommune"
    assert not profile.municipality.isEnabled()
    assert profile.municipality_note.isVisible()
    assert profile.municipality_note.text() == LOCKED["da"]
    wizard.workspace.close()
    wizard.workspace = None


def test_a_broken_file_is_warned_of_with_its_line_and_the_app_starts(qtbot, data_dir,
                                                                       it_policy):
    it_policy('municipality = "Køge Kommune"\nmax_auto_lock_minutes = "ti"\n')
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        elif isinstance(box, FirstRunWizard):  # the app went on: first run
            seen.append("first run")
            box.reject()
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    assert open_workspace(data_dir, demo=False) == EXIT_CANCELLED
    warning, went_on = seen
    assert "policy.toml, linje 2: max_auto_lock_minutes har forkert type" in warning
    assert "et helt tal fra 1 til 60" in warning
    assert "højst 5 minutter" in warning  # what it does instead
    assert went_on == "first run"
