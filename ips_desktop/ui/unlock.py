"""The start-up dialog: the app password, or the recovery key when the password is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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
from ips_desktop.services import workspace
from ips_desktop.services.workspace import (
    KeyFileDamaged,
    StorageError,
    Workspace,
    WrongPassword,
)
from ips_desktop.ui.password_prompt import PasswordPrompt, password_field
from ips_desktop.ui.strength import StrengthHint, password_problem


class UnlockDialog(QDialog):
    """Every start asks for the app password; a link leads to the recovery key."""

    def __init__(self, root: Path, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.workspace: Workspace | None = None
        self.error: StorageError | None = None
        self.setWindowTitle(self.tr("Unlock IPS Desktop") + (" — DEMO" if demo else ""))
        self.setMinimumWidth(420)
        self.prompt = PasswordPrompt(self._attempt)
        self.prompt.succeeded.connect(self.accept)
        self.use_recovery = QPushButton(self.tr("Forgot the password? Use the &recovery key"))
        self.use_recovery.setFlat(True)
        self.use_recovery.clicked.connect(self.show_recovery)
        self.recovery = RecoveryForm(root)
        self.recovery.recovered.connect(self._recovered)
        password_page = QWidget()
        page_layout = QVBoxLayout(password_page)
        page_layout.addWidget(self.prompt)
        page_layout.addWidget(self.use_recovery)
        self.pages = QStackedWidget()
        self.pages.addWidget(password_page)
        self.pages.addWidget(self.recovery)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    @property
    def password(self) -> QLineEdit:
        return self.prompt.password

    @property
    def message(self) -> QLabel:
        return self.prompt.message

    def show_recovery(self) -> None:
        self.pages.setCurrentWidget(self.recovery)
        self.recovery.key.setFocus()

    def _attempt(self, password: str) -> bool:
        try:
            self.workspace = workspace.unlock(self.root, password)
        except WrongPassword:
            return False
        except KeyFileDamaged as exc:  # no password can help; the recovery key opens it
            self.show_recovery()
            self.recovery.message.setText(error_message(exc))
            return False
        except StorageError as exc:
            self.fail(exc)
            return False
        return True

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

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
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
        try:
            ws = workspace.recover(self.root, self.key.text(), self.new_password.text())
        except StorageError as exc:
            self.message.setText(error_message(exc))
            return
        self.recovered.emit(ws)
