"""The start-up dialog, driven as a user would: password, wrong password, recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ips_desktop.services import workspace
from ips_desktop.ui.delay import delay_after
from ips_desktop.ui.unlock import UnlockDialog
from tests.helpers import PASSWORD


def make_dialog(qtbot, root) -> UnlockDialog:
    dialog = UnlockDialog(root)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_then_right_password(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    assert dialog.windowTitle() == "Lås IPS Desktop op"
    qtbot.keyClicks(dialog.password, "forkert-kode")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.password.text() == ""
    assert dialog.message.text() == "Forkert adgangskode. Prøv igen."
    assert dialog.workspace is None and dialog.isVisible()

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()


def test_repeated_failures_pause_but_never_lock_out(qtbot, data_dir):
    assert [delay_after(n) for n in range(1, 10)] == [0, 0, 1, 2, 4, 8, 16, 30, 30]
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    for _ in range(3):
        qtbot.keyClicks(dialog.password, "forkert")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not dialog.password.isEnabled()
    assert "1 sekund" in dialog.message.text()
    qtbot.waitUntil(dialog.password.isEnabled, timeout=3000)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()


def test_recovery_key_link_opens_and_sets_a_new_password(qtbot, data_dir, memory_keyring):
    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    memory_keyring.secrets.clear()  # the laptop's keyring entry is gone
    dialog = make_dialog(qtbot, data_dir)
    qtbot.mouseClick(dialog.use_recovery, Qt.MouseButton.LeftButton)
    form = dialog.recovery
    assert dialog.pages.currentWidget() is form
    qtbot.keyClicks(form.key, recovery.lower())
    qtbot.keyClicks(form.new_password, "ny-lang-kode-2026")
    qtbot.keyClicks(form.confirm, "ny-lang-kode-2026")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()
    workspace.unlock(data_dir, "ny-lang-kode-2026").close()


def test_mistyped_recovery_key_says_so_at_the_field(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    dialog.show_recovery()
    form = dialog.recovery
    qtbot.keyClicks(form.key, "ABCD-1234")
    qtbot.keyClicks(form.new_password, "ny-lang-kode-2026")
    qtbot.keyClicks(form.confirm, "ny-lang-kode-2026")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert "Gendannelsesnøglen er ikke skrevet rigtigt" in form.message.text()
    assert dialog.isVisible()


def test_a_damaged_key_file_leads_to_the_recovery_key(qtbot, data_dir):
    from ips_desktop.storage.vault import DataDir

    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    DataDir(data_dir).key_file.write_bytes(b"{damaged")
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.recovery
    assert "Nøglefilen ips.key er beskadiget" in dialog.recovery.message.text()
    qtbot.keyClicks(dialog.recovery.key, recovery)
    qtbot.keyClicks(dialog.recovery.new_password, "en-helt-ny-kode-2027")
    qtbot.keyClicks(dialog.recovery.confirm, "en-helt-ny-kode-2027")
    qtbot.mouseClick(dialog.recovery.button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None and not dialog.isVisible()
    dialog.workspace.close()
    workspace.unlock(data_dir, "en-helt-ny-kode-2027").close()  # a whole key file again
