"""The first-run and unlock dialogs, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.services import workspace
from ips_desktop.ui.app import OverviewWindow
from ips_desktop.ui.unlock import SetupDialog, UnlockDialog
from tests.helpers import PASSWORD


def close_message_boxes(seen: list[str]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.informativeText())
            widget.accept()


def test_first_run_creates_database_and_shows_recovery_key(qtbot, data_dir):
    dialog = SetupDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "kort")
    qtbot.keyClicks(dialog.confirm, "kort")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert "mindst 8 tegn" in dialog.message.text()
    assert not (data_dir / "ips.db").exists()

    dialog.password.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, PASSWORD + "x")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert "ikke ens" in dialog.message.text()
    assert dialog.confirm.text() == ""

    shown: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: close_message_boxes(shown))
    timer.start(50)
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    timer.stop()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(shown) == 1 and len(shown[0].split("-")) == 17
    dialog.workspace.close()
    assert (data_dir / "ips.db").exists()


def test_unlock_wrong_then_right_password(qtbot, data_dir):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "forkert-kode")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.password.text() == ""
    assert "Forkert adgangskode" in dialog.message.text()
    assert dialog.workspace is None

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    window = OverviewWindow(dialog.workspace)
    qtbot.addWidget(window)
    assert window.windowTitle() == "IPS Desktop"
    assert window.centralWidget().rowCount() > 5
    window.close()
