"""The start-up dialog: the app password, or the recovery key when the password is lost.

It is the first thing a start shows, so it is built from Qt and the standard
library only (services.startup is the light part of the services): SQLAlchemy,
the services and the main window load on a background thread from its first
paint on (ui.preload), and every use of the database waits for them first.
The password is checked off the GUI thread (PasswordPrompt).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import error_message
from ips_desktop.services.startup import KeyFileDamaged, StorageError, WrongPassword
from ips_desktop.ui.shell.password_prompt import PasswordPrompt, password_field
from ips_desktop.ui.shell.preload import Preloader
from ips_desktop.ui.shell.strength import StrengthHint, password_problem

if TYPE_CHECKING:
    from ips_desktop.services.workspace import Workspace


class UnlockDialog(QDialog):
    """Every start asks for the app password; a link leads to the recovery key."""

    def __init__(self, root: Path, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.workspace: Workspace | None = None
        self.error: StorageError | None = None
        self.loading = Preloader(root)
        self._painted = False
        self.setWindowTitle(self.tr("Unlock IPS Desktop") + (" — DEMO" if demo else ""))
        self.setMinimumWidth(420)
        self.prompt = PasswordPrompt(self._attempt, on_error=self._attempt_failed)
        self.prompt.succeeded.connect(self.accept)
        self.use_recovery = QPushButton(self.tr("Forgot the password? Use the &recovery key"))
        self.use_recovery.setFlat(True)
        self.use_recovery.clicked.connect(self.show_recovery)
        self.recovery: RecoveryForm | None = None  # built when asked for: rarely, and not first
        password_page = QWidget()
        page_layout = QVBoxLayout(password_page)
        page_layout.addWidget(self.prompt)
        page_layout.addWidget(self.use_recovery)
        self.pages = QStackedWidget()
        self.pages.addWidget(password_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    @property
    def password(self) -> QLineEdit:
        return self.prompt.password

    @property
    def message(self) -> QLabel:
        return self.prompt.message

    def show_recovery(self) -> None:
        if self.recovery is None:
            self.recovery = RecoveryForm(self.root, self.loading)
            self.recovery.recovered.connect(self._recovered)
            self.pages.addWidget(self.recovery)
        self.pages.setCurrentWidget(self.recovery)
        self.recovery.key.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The screen is up: now load the rest, while the user types."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.loading.start()

    def reject(self) -> None:
        """Not while a password is being checked: the answer may hold an open database."""
        if not self.prompt.busy:
            super().reject()

    def _attempt(self, password: str) -> bool:
        """Runs off the GUI thread (PasswordPrompt), after the loading has finished."""
        self.loading.wait()
        from ips_desktop.services import workspace

        try:
            self.workspace = workspace.unlock(self.root, password)
        except WrongPassword:
            return False
        return True

    def _attempt_failed(self, exc: Exception) -> None:
        if isinstance(exc, KeyFileDamaged):  # no password can help; the recovery key opens it
            self.show_recovery()
            assert self.recovery is not None
            self.recovery.message.setText(error_message(exc))
            return
        if not isinstance(exc, StorageError):
            raise exc
        self.fail(exc)

    def _recovered(self, ws: Workspace) -> None:
        self.workspace = ws
        self.accept()

    def fail(self, exc: StorageError) -> None:
        """A failure the password cannot fix: say what it is and stop."""
        self.error = exc
        QMessageBox.critical(self, "IPS Desktop", error_message(exc))
        self.reject()


class RecoveryForm(QWidget):
    """The recovery key opens the database; a new app password is chosen at once."""

    recovered = Signal(object)

    def __init__(self, root: Path, loading: Preloader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.loading = loading
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-…")
        self.new_password = password_field(self.tr("New password"))
        self.confirm = password_field(self.tr("Repeat new password"))
        self.hint = StrengthHint(self.new_password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("&Open with recovery key"))
        self.button.clicked.connect(self.submit)
        intro = QLabel(self.tr("Type the recovery key from the sheet you kept when the database "
                               "was created, and choose a new password."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.key)
        form.addRow(self.tr("&New password:"), self.new_password)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button)

    def submit(self) -> None:
        problem = password_problem(self.new_password.text())  # the domain's one rule
        if problem:
            self.message.setText(problem)
            return
        if self.new_password.text() != self.confirm.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        self.loading.wait()
        from ips_desktop.services import workspace

        try:
            ws = workspace.recover(self.root, self.key.text(), self.new_password.text())
        except StorageError as exc:
            self.message.setText(error_message(exc))
            return
        self.recovered.emit(ws)
