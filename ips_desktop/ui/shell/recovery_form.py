"""The recovery key opens the database when the password is lost; a new password at once.

Its own module, loaded when the unlock screen's link asks for it: rarely, and
never before that screen's first paint (tests/ui/test_startup.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ips_desktop.domain.messages import error_message
from ips_desktop.services.startup import InstanceHold, StorageError
from ips_desktop.ui.shell.password_prompt import password_field
from ips_desktop.ui.shell.preload import Preloader
from ips_desktop.ui.shell.strength import StrengthHint, password_problem

if TYPE_CHECKING:
    pass


class RecoveryForm(QWidget):
    """The recovery key opens the database; a new app password is chosen at once."""

    recovered = Signal(object)

    def __init__(self, root: Path, loading: Preloader, hold: InstanceHold,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.loading = loading
        self.hold = hold
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
            with self.hold.handed_over():  # the open takes the instance lock itself
                ws = workspace.recover(self.root, self.key.text(), self.new_password.text())
        except StorageError as exc:
            self.message.setText(error_message(exc))
            return
        self.recovered.emit(ws)
