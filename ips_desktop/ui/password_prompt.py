"""The password field shared by the start-up dialog and the lock screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ips_desktop.ui.delay import delay_after


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class PasswordPrompt(QWidget):
    """Asks until `attempt` says yes; after repeated misses it pauses, growing each time.

    `attempt` returns True (right), False (wrong) or raises for anything else,
    which the owner handles.
    """

    succeeded = Signal()

    def __init__(self, attempt: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.failures = 0
        self._wait = 0
        self.password = password_field(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        form = QFormLayout()
        self.label = QLabel(self.tr("&Password:"))
        self.label.setBuddy(self.password)
        form.addRow(self.label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button)

    def submit(self) -> None:
        if self._wait > 0 or not self.password.text():
            return
        text = self.password.text()
        self.password.clear()
        if self._attempt(text):
            self.failures = 0
            self.message.clear()
            self.succeeded.emit()
            return
        self.failures += 1
        self.message.setText(self.tr("Wrong password. Please try again."))
        self._wait = delay_after(self.failures)
        if self._wait:
            self._set_waiting(True)
            self._countdown.start()
            self._show_wait()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self._set_waiting(False)
            self.message.setText(self.tr("Wrong password. Please try again."))
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.message.setText(self.tr("Wrong password. You can try again in %n second(s).", "",
                                     self._wait))

    def _set_waiting(self, waiting: bool) -> None:
        self.password.setEnabled(not waiting)
        self.button.setEnabled(not waiting)
        if not waiting:
            self.password.setFocus()
