"""The start-up dialog: the app password, or the recovery key when the password is lost.

It is the first thing a start shows, so it is built from Qt and the standard
library only (services.startup is the light part of the services): SQLAlchemy,
the services and the main window load on a background thread once its first
paint is done (ui.preload), and every use of the database waits for them
first. The password is checked off the GUI thread (PasswordPrompt). The
recovery form is its own module, loaded when asked for.

It holds the database's instance lock (`InstanceHold`, taken by ui.app before
the screen shows, so a second copy of the app says "open elsewhere" before
any password) and hands it to the unlock, which takes it itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import error_message
from ips_desktop.services.startup import InstanceHold, KeyFileDamaged, StorageError, WrongPassword
from ips_desktop.ui.shell.password_prompt import PasswordPrompt
from ips_desktop.ui.shell.preload import Preloader

if TYPE_CHECKING:
    from ips_desktop.services.workspace import Workspace
    from ips_desktop.ui.shell.recovery_form import RecoveryForm


class UnlockDialog(QDialog):
    """Every start asks for the app password; a link leads to the recovery key."""

    def __init__(self, root: Path, *, demo: bool = False, hold: InstanceHold | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.hold = hold or InstanceHold(root)  # none given: the unlock takes the lock alone
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
            from ips_desktop.ui.shell.recovery_form import RecoveryForm

            self.recovery = RecoveryForm(self.root, self.loading, self.hold)
            self.recovery.recovered.connect(self._recovered)
            self.pages.addWidget(self.recovery)
        self.pages.setCurrentWidget(self.recovery)
        self.recovery.key.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The screen is up: once this frame is done, load the rest while the user types."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            dispatcher = QAbstractEventDispatcher.instance()
            if dispatcher is None:
                self.loading.start()
            else:  # when the event loop has nothing left to do: the frame is on the screen
                dispatcher.aboutToBlock.connect(self._start_loading)

    def _start_loading(self) -> None:
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.aboutToBlock.disconnect(self._start_loading)
        self.loading.start()

    def done(self, result: int) -> None:
        """Closed either way: the instance lock goes (an open workspace holds its own)."""
        super().done(result)
        self.hold.release()

    def reject(self) -> None:
        """Not while a password is being checked: the answer may hold an open database."""
        if not self.prompt.busy:
            super().reject()

    def _attempt(self, password: str) -> bool:
        """Runs off the GUI thread (PasswordPrompt), after the loading has finished."""
        self.loading.wait()
        from ips_desktop.services import workspace

        try:
            with self.hold.handed_over():  # the open takes the instance lock itself
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
