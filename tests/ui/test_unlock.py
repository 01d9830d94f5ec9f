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


def press_enter(qtbot, dialog: UnlockDialog) -> None:
    """Enter, then wait for the answer: the password is checked off the GUI thread."""
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.prompt.busy, timeout=10_000)


def test_wrong_then_right_password(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    assert dialog.windowTitle() == "Lås IPS Desktop op"
    qtbot.keyClicks(dialog.password, "forkert-kode")
    press_enter(qtbot, dialog)
    assert dialog.password.text() == ""
    assert dialog.message.text() == "Forkert adgangskode. Prøv igen."
    assert dialog.workspace is None and dialog.isVisible()

    qtbot.keyClicks(dialog.password, PASSWORD)
    press_enter(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()


def test_repeated_failures_pause_but_never_lock_out(qtbot, data_dir):
    assert [delay_after(n) for n in range(1, 10)] == [0, 0, 1, 2, 4, 8, 16, 30, 30]
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    for _ in range(3):
        qtbot.keyClicks(dialog.password, "forkert")
        press_enter(qtbot, dialog)
    assert not dialog.password.isEnabled()
    assert "1 sekund" in dialog.message.text()
    qtbot.waitUntil(dialog.password.isEnabled, timeout=3000)
    qtbot.keyClicks(dialog.password, PASSWORD)
    press_enter(qtbot, dialog)
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
