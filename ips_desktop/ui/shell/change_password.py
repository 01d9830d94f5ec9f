"""Changing the app password: the old one first, then the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.services import workspace
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.shell.password_prompt import password_field
from ips_desktop.ui.shell.strength import StrengthHint
from ips_desktop.ui.widgets.field_errors import FieldErrors


class ChangePasswordDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Change password"))
        self.old = password_field(self.tr("Current password"))
        self.new = password_field(self.tr("New password"))
        self.repeat = password_field(self.tr("Repeat new password"))
        self.hint = StrengthHint(self.new)
        self.errors = FieldErrors()
        form = QFormLayout()
        for text, field, widget in ((self.tr("&Current password:"), "old_password", self.old),
                                    (self.tr("&New password:"), "new_password", self.new),
                                    (self.tr("&Repeat:"), "repeat", self.repeat)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is self.new:
                form.addRow("", self.hint)
            form.addRow("", self.errors.label_for(field))
        note = QLabel(self.tr("The recovery key stays the same; keep using the sheet you have."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.errors.show(ValidationError([FieldError(
                "repeat", self.tr("The two passwords are not the same."))]))
            return
        try:
            workspace.change_password(self.ws, self.old.text(), self.new.text())
        except ValidationError as exc:
            self.errors.show(exc)
            self.old.clear()
            return
        super().accept()
