"""The password field shared by the start-up dialog and the lock screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.ui.shell.delay import delay_after


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def _outcome(attempt: Callable[[str], bool], password: str) -> bool | Exception:
    """The attempt's answer, or what it raised, to be handed over to the GUI thread."""
    try:
        return attempt(password)
    except Exception as exc:  # handled on the GUI thread, by the owner or the error hook
        return exc


class PasswordPrompt(QWidget):
    """Asks until `attempt` says yes; after repeated misses it pauses, growing each time.

    `attempt` returns True (right), False (wrong) or raises for anything else.
    It runs off the GUI thread, because checking a password takes a deliberate
    key derivation (a fifth of a second or so) and the window must not freeze
    meanwhile: a busy bar runs instead, and the field waits. What `attempt`
    raises goes to `on_error` on the GUI thread, or, without one, to the
    error hook as any unexpected error does.
    """

    succeeded = Signal()

    def __init__(self, attempt: Callable[[str], bool], parent: QWidget | None = None, *,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._on_error = on_error
        self.failures = 0
        self._wait = 0
        self._busy = False
        self.password = password_field(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: it only says "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Checking the password"))
        self.busy_bar.setVisible(False)
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
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.button)

    @property
    def busy(self) -> bool:
        """A password is being checked; the answer has not come yet."""
        return self._busy

    def submit(self) -> None:
        if self._wait > 0 or self._busy or not self.password.text():
            return
        text = self.password.text()
        self.password.clear()
        self._busy = True
        self.busy_bar.setVisible(True)
        self.message.setText(self.tr("Checking the password…"))
        self._update_enabled()
        attempt = self._attempt
        # Here, not at the top: the unlock screen shows before it is needed (it is
        # loaded by then, behind that screen, with the main window's modules).
        from ips_desktop.ui.widgets.background import run_in_background

        run_in_background(lambda: _outcome(attempt, text), self._answered, self)

    def _answered(self, outcome: bool | Exception) -> None:
        self._busy = False
        self.busy_bar.setVisible(False)
        self.message.clear()
        self._update_enabled()
        if isinstance(outcome, Exception):
            if self._on_error is None:
                raise outcome
            self._on_error(outcome)
        elif outcome:
            self.failures = 0
            self.succeeded.emit()
        else:
            self._wrong()

    def _wrong(self) -> None:
        self.failures += 1
        self.message.setText(self.tr("Wrong password. Please try again."))
        self._wait = delay_after(self.failures)
        if self._wait:
            self._update_enabled()
            self._countdown.start()
            self._show_wait()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self._update_enabled()
            self.message.setText(self.tr("Wrong password. Please try again."))
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.message.setText(self.tr("Wrong password. You can try again in %n second(s).", "",
                                     self._wait))

    def _update_enabled(self) -> None:
        ready = not self._busy and self._wait <= 0
        self.password.setEnabled(ready)
        self.button.setEnabled(ready)
        if ready:
            self.password.setFocus()
