"""The main window: title, status bar, menus and shortcuts, settings, state kept between runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog

from ips_desktop.services import workspace
from ips_desktop.services.workspace import WrongPassword
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.shell.main_window import MainWindow
from ips_desktop.ui.shell.settings_dialog import SettingsDialog
from tests.helpers import CONSULTANT_NAME, PASSWORD
from tests.ui.conftest import activate


def test_title_status_bar_and_menus_in_danish(qtbot, ws, preferences):
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Overblik — IPS Desktop"
    assert window.consultant_label.text() == f"{CONSULTANT_NAME} (SOE)"
    assert window.lock_label.text() == "Låst op"
    assert not window.demo_label.isVisible()
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.help_menu)] == [
        "&Filer", "&Rediger", "&Hjælp"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.help_action.shortcut().toString() == "F1"
    assert "uge" in window.area_widgets[0].heading.text()


def test_demo_database_says_demo(qtbot, data_dir, preferences):
    ws, _ = workspace.set_up(data_dir / "demo", PASSWORD, demo=True)
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    assert "DEMO" in window.windowTitle()
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"
    window.close()


def test_geometry_and_area_are_restored(qtbot, ws, data_dir, preferences):
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800 × 600
    window.close()
    again = MainWindow(workspace.unlock(data_dir, PASSWORD), Preferences(data_dir))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    assert again.sidebar.currentRow() == 0
    again.close()


def test_settings_dialog_validates_and_saves(qtbot, preferences):
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.auto_lock.setValue(12)
    dialog.psychiatry_unit.setText("Psykiatrisk Klinik Køge")
    dialog.work_start.setTime(QTime(9, 0))
    dialog.work_end.setTime(QTime(8, 0))
    dialog.accept()
    assert dialog.hours_error.text() == "Arbejdsdagen skal slutte, efter den starter."
    assert dialog.isVisible() and preferences.auto_lock_minutes == 5
    dialog.work_end.setTime(QTime(15, 30))
    dialog.accept()
    assert preferences.auto_lock_minutes == 12
    assert preferences.psychiatry_unit == "Psykiatrisk Klinik Køge"
    assert preferences.working_hours.end == QTime(15, 30)


def test_switching_language_retranslates_the_window(qtbot, ws, preferences):
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(preferences, window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # LanguageChange is posted
    assert window.windowTitle() == "Overview — IPS Desktop"
    dialog = SettingsDialog(preferences, window)
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fil")
    assert window.lock_label.text() == "Låst opp"
    assert preferences.language == "nb"


def test_f1_opens_help(qtbot, ws, preferences):
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible()]
    assert [w.windowTitle() for w in shown] == ["Hjælp"]
    shown[0].reject()


def test_every_input_and_button_has_an_accessible_name(qtbot, ws, preferences):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    window = MainWindow(ws, preferences)
    dialog = SettingsDialog(preferences, window)
    qtbot.addWidget(window)
    unnamed = []
    for top in (window.lock_screen, dialog):
        widgets = [w for kind in (QLineEdit, QAbstractButton, QComboBox, QSpinBox)
                   for w in top.findChildren(kind)]
        for widget in widgets:
            if widget.parent() and widget.parent().inherits("QAbstractSpinBox"):
                continue  # the spin box's own line edit
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                unnamed.append(type(widget).__name__)
    assert unnamed == []


@pytest.mark.parametrize("keyring_mode", [True, False])
def test_change_password(qtbot, data_dir, preferences, request, keyring_mode):
    from ips_desktop.ui.shell.change_password import ChangePasswordDialog

    if not keyring_mode:
        request.getfixturevalue("no_keyring")
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    dialog = ChangePasswordDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, "forkert")
    qtbot.keyClicks(dialog.new, "kort")
    qtbot.keyClicks(dialog.repeat, "kort")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors.text("old_password") == "Forkert adgangskode. Prøv igen."
    assert dialog.errors.text("new_password") == "Adgangskoden skal have mindst 8 tegn."
    qtbot.keyClicks(dialog.old, PASSWORD)
    for field in (dialog.new, dialog.repeat):
        field.clear()
        qtbot.keyClicks(field, "en-helt-ny-kode-2027")
    dialog.accept()
    assert not dialog.isVisible()
    ws.close()
    with pytest.raises(WrongPassword):
        workspace.unlock(data_dir, PASSWORD)
    workspace.unlock(data_dir, "en-helt-ny-kode-2027").close()


def test_file_menu_new_database_key(qtbot, data_dir, preferences, tmp_path):
    """File › New database key: password, re-encryption off the GUI thread, the new key."""
    from ips_desktop.storage.recovery_key import parse_recovery_key

    ws, old_recovery = workspace.set_up(data_dir, PASSWORD)
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    assert window.rekey_action in window.file_menu.actions()
    assert window.rekey_action.text() == "Ny database&nøgle…"
    window.rekey_action.trigger()
    dialog = window.rekey_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.password, "forkert-kodeord")
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.text() != "")
    assert dialog.message.text() == "Forkert adgangskode. Prøv igen."
    assert dialog.pages.currentIndex() == 0
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.finished_rekey, timeout=30_000) as shown:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    new_recovery = shown.args[0]
    assert dialog.pages.currentIndex() == 1
    assert parse_recovery_key(dialog.view.key.text()) == parse_recovery_key(new_recovery)
    assert parse_recovery_key(new_recovery) == ws.database.key != parse_recovery_key(old_recovery)
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # not before the new key is marked as kept
    assert dialog.isVisible()
    dialog.view.kept.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # The window goes on working on the new key.
    assert window.consultant_label.text() == ""  # no owner in this database
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    window.close()
    again = workspace.unlock(data_dir, PASSWORD)
    assert [c.name for c in consultants.list_consultants(again.ctx)] == ["Anna Ærø"]
    again.close()


def test_an_unseen_recovery_key_is_said_in_the_rekey_dialog(qtbot, ws, preferences):
    from ips_desktop.ui.shell.rekey_dialog import RekeyDialog

    dialog = RekeyDialog(ws, "da", interrupted=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.interrupted.isVisible()
    assert "aldrig vist" in dialog.interrupted.text()
    plain = RekeyDialog(ws, "da")
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.interrupted.isVisible()
