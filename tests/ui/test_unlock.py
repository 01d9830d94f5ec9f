"""The start-up dialog, driven as a user would: password, wrong password, recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.domain.messages import error_message
from ips_desktop.services import workspace
from ips_desktop.ui.app import open_workspace
from ips_desktop.ui.shell.delay import delay_after
from ips_desktop.ui.shell.unlock import UnlockDialog
from tests.helpers import PASSWORD


def make_dialog(qtbot, root) -> UnlockDialog:
    dialog = UnlockDialog(root)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def actions(ws) -> list[str]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ips_desktop.storage.models import AuditEvent

    with Session(ws.ctx.engine) as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.at))]


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
    try:  # the wrong password, checked on a worker thread, is still an audit event
        assert actions(dialog.workspace) == ["unlock_failed", "unlock"]
    finally:
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


def test_the_password_is_checked_off_the_gui_thread_with_a_busy_bar(qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    dialog = make_dialog(qtbot, data_dir)
    prompt = dialog.prompt
    assert prompt.busy_bar.isHidden()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # Enter has returned to the event loop before the answer: the window can repaint.
    assert prompt.busy and prompt.busy_bar.isVisible()
    assert not dialog.password.isEnabled() and not prompt.button.isEnabled()
    assert dialog.message.text() == "Kontrollerer adgangskoden…"
    dialog.reject()  # Escape or the close button while the database is being opened
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not prompt.busy, timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert prompt.busy_bar.isHidden()
    dialog.workspace.close()


def close_message_boxes(seen: list[str]) -> QTimer:
    """The error box is modal; this closes each one that opens and keeps its text."""
    def close() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append(box.text())
                box.accept()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    return timer


def test_a_failure_the_password_cannot_fix_is_shown_and_ends_with_its_exit_code(
        qtbot, data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    (data_dir / "vault.json").write_text("{", encoding="utf-8")  # damaged
    dialog = make_dialog(qtbot, data_dir)
    shown: list[str] = []
    timer = close_message_boxes(shown)
    qtbot.keyClicks(dialog.password, PASSWORD)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    timer.stop()
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.workspace is None
    assert dialog.error is not None and dialog.error.exit_code == 4  # KeyMissing
    assert shown == [error_message(dialog.error)]
    assert "gendannelsesnøglen" in shown[0].lower()


def test_start_up_returns_the_failures_exit_code(qtbot, data_dir):
    """What `run_gui` exits with: the unlock screen's error, through `open_workspace`."""
    workspace.set_up(data_dir, PASSWORD)[0].close()
    (data_dir / "vault.json").write_text("{", encoding="utf-8")
    shown: list[str] = []
    timer = close_message_boxes(shown)

    def type_password() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, UnlockDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, type_password)
            return
        dialog.password.setText(PASSWORD)
        dialog.prompt.submit()

    QTimer.singleShot(0, type_password)
    assert open_workspace(data_dir, demo=False) == 4
    timer.stop()
    assert len(shown) == 1


def test_a_damaged_key_file_leads_to_the_recovery_key(qtbot, data_dir):
    from ips_desktop.storage.vault import DataDir

    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    DataDir(data_dir).key_file.write_bytes(b"{damaged")
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    press_enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.pages.currentWidget() is dialog.recovery
    assert "Nøglefilen ips.key er beskadiget" in dialog.recovery.message.text()
    qtbot.keyClicks(dialog.recovery.key, recovery)
    qtbot.keyClicks(dialog.recovery.new_password, "en-helt-ny-kode-2027")
    qtbot.keyClicks(dialog.recovery.confirm, "en-helt-ny-kode-2027")
    qtbot.mouseClick(dialog.recovery.button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None and not dialog.isVisible()
    dialog.workspace.close()
    workspace.unlock(data_dir, "en-helt-ny-kode-2027").close()  # a whole key file again
