"""File › New database key: the password, a re-encryption with progress, the new recovery key.

The rekey runs off the GUI thread inside the window's own process (which
holds the instance lock); the dialog is modal, so nothing else writes
meanwhile. The new recovery key is shown the way the first run shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.crash_log import log_exception
from ips_desktop.domain.messages import error_message
from ips_desktop.services import workspace
from ips_desktop.services.workspace import StorageError, Workspace, WrongPassword
from ips_desktop.ui.shell.password_prompt import password_field
from ips_desktop.ui.shell.recovery_key_view import RecoveryKeyView
from ips_desktop.ui.widgets.background import run_in_background


class _Progress(QObject):
    """Carries the worker thread's progress to the GUI thread (a queued signal)."""

    moved = Signal(float)


class RekeyDialog(QDialog):
    finished_rekey = Signal(str)  # the new recovery key (tests and the window listen)

    def __init__(self, ws: Workspace, language: str, parent: QWidget | None = None, *,
                 interrupted: bool = False) -> None:
        super().__init__(parent)
        self.ws = ws
        self.language = language
        self.busy = False
        self.setWindowTitle(self.tr("New database key"))
        self.setMinimumWidth(480)
        self.intro = QLabel(self.tr(
            "The database is encrypted again under a new key, and you get a new recovery "
            "key. The old recovery key and any copy of the old key file stop working. Older "
            "backups still open only with the old recovery key."))
        self.intro.setWordWrap(True)
        self.interrupted = QLabel(self.tr(
            "A new key was being made when IPS Desktop stopped. It is in use now, but its "
            "recovery key was never shown, so the recovery key you have no longer opens the "
            "database. Make a new key now to get a recovery key."))
        self.interrupted.setWordWrap(True)
        self.interrupted.setVisible(interrupted)
        self.password = password_field(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = QPushButton(self.tr("&Encrypt with a new key"))
        self.start.setDefault(True)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self.submit)
        form = QFormLayout()
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        ask = QWidget()
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(self.interrupted)
        ask_layout.addWidget(self.intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.message)
        ask_layout.addWidget(self.progress)
        ask_layout.addWidget(self.buttons)

        self.view = RecoveryKeyView()
        self.done_note = QLabel(self.tr(
            "Done. Older backups still open only with the old recovery key: keep the old "
            "sheet with them, or take a new backup."))
        self.done_note.setWordWrap(True)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        self.view.kept_changed.connect(self.close_button.setEnabled)
        show = QWidget()
        show_layout = QVBoxLayout(show)
        show_layout.addWidget(self.view)
        show_layout.addWidget(self.done_note)
        show_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pages = QStackedWidget()
        self.pages.addWidget(ask)
        self.pages.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._progress = _Progress(self)
        self._progress.moved.connect(lambda f: self.progress.setValue(int(f * 100)))

    def submit(self) -> None:
        if self.busy or not self.password.text():
            return
        password = self.password.text()
        self.password.clear()
        self._set_busy(True)
        ws, progress = self.ws, self._progress

        def work() -> tuple[str, object]:
            try:
                return "ok", workspace.rekey(ws, password, progress.moved.emit)
            except StorageError as exc:  # said in the dialog
                return "error", exc
            except Exception as exc:  # a full disk, say: logged, and said without details
                log_exception(type(exc), exc.__traceback__)
                return "error", exc

        run_in_background(work, self._done, self)

    def _done(self, result: tuple[str, object]) -> None:
        self._set_busy(False)
        outcome, value = result
        if outcome == "ok":
            assert isinstance(value, str)
            self.view.show_key(value, language=self.language, demo=self.ws.ctx.is_demo)
            self.pages.setCurrentIndex(1)
            workspace.recovery_key_shown(self.ws)  # on screen now: no more "unseen" warnings
            self.finished_rekey.emit(value)
            return
        if isinstance(value, WrongPassword):
            self.message.setText(self.tr("Wrong password. Please try again."))
        elif isinstance(value, StorageError):
            self.message.setText(error_message(value))
        else:
            self.message.setText(self.tr(
                "The new key could not be made; the data are safe under the key they had. "
                "The log has the details."))
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.password, self.start, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()

    def _may_close(self) -> bool:
        """Not while re-encrypting, and not before the new recovery key is marked as kept."""
        if self.busy:
            return False
        return self.pages.currentIndex() == 0 or self.view.kept.isChecked()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._may_close():
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)
