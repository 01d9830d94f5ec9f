"""First set-up and unlock dialogs: the app password stands between the laptop and the data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import error_message
from ips_desktop.services import workspace
from ips_desktop.services.workspace import (
    StorageError,
    Workspace,
    WrongPassword,
    keyring_problem,
)

MIN_PASSWORD = 8


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class UnlockDialog(QDialog):
    """Asks for the app password; a wrong one clears the field and says so calmly."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.workspace: Workspace | None = None
        self.error: StorageError | None = None
        self.setWindowTitle(self.tr("Lås IPS Desktop op"))
        self.password = _password_field(self.tr("Adgangskode"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lås op"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            self.workspace = workspace.unlock(self.root, self.password.text())
        except WrongPassword as exc:
            self.password.clear()
            self.message.setText(error_message(exc))
            return
        except StorageError as exc:
            self.error = exc
            QMessageBox.critical(self, self.tr("IPS Desktop"), error_message(exc))
            self.reject()
            return
        self.accept()


class SetupDialog(QDialog):
    """First run: choose the app password; the recovery key is shown once afterwards."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Opret database"))
        self.password = _password_field(self.tr("Adgangskode"))
        self.confirm = _password_field(self.tr("Gentag adgangskode"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        intro = QLabel(self.tr("Vælg en adgangskode, der skal bruges hver gang programmet "
                               "åbnes. Den kan ikke gendannes, men gendannelsesnøglen kan."))
        intro.setWordWrap(True)
        if keyring_problem():
            intro.setText(intro.text() + "\n\n" + self.tr(
                "Denne maskine har ingen nøglering; databasen beskyttes alene af adgangskoden."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("&Gentag:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        if len(self.password.text()) < MIN_PASSWORD:
            self.message.setText(self.tr("Adgangskoden skal have mindst %n tegn.", "",
                                         MIN_PASSWORD))
            return
        if self.password.text() != self.confirm.text():
            self.message.setText(self.tr("De to adgangskoder er ikke ens."))
            self.confirm.clear()
            return
        self.workspace, recovery_key = workspace.set_up(self.root, self.password.text())
        show_recovery_key(self, recovery_key)
        self.accept()


def show_recovery_key(parent: QWidget, recovery_key: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("Gendannelsesnøgle"))
    box.setText(parent.tr("Skriv gendannelsesnøglen ned og opbevar den aflåst. Med den kan "
                          "databasen åbnes på en ny maskine. Den vises kun denne ene gang."))
    box.setInformativeText(recovery_key)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
