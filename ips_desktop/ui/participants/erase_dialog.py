"""Erase the person completely (GDPR art. 17): what goes, that it is for good, the password.

Opened from the page's Data protection menu. It says what is erased (counts
per kind), that it cannot be undone, that the employer contacts made for the
person stay in the log without them, and until when the backups made before
now still hold the person. The app password is asked again: a wrong one is
said at the field and nothing is erased. The erasure runs off the GUI thread
(seconds on a large database: the file is rebuilt); afterwards the page
closes and every list is read again, so nothing of the person stays on screen.
While it runs, Escape and Cancel wait: an erasure is not stopped halfway.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.crash_log import log_exception
from ips_desktop.domain.messages import error_message, message, number
from ips_desktop.services import erasure
from ips_desktop.services.erasure import ErasureDone, ErasurePlan
from ips_desktop.services.problems import StorageError, storage_problem
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.widgets.background import run_in_background

_RED = "color: #b00020;"


class EraseDialog(QDialog):
    """Asks, then erases; `erased` carries the ErasureDone once the person is gone."""

    erased = Signal(object)

    def __init__(self, ws: Workspace, participant_id: uuid.UUID,
                 parent: QWidget | None = None, *,
                 before: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.ws, self.participant_id = ws, participant_id
        self.before = before  # the page's open forms closed, its typed input let go
        self.setObjectName("erase_dialog")
        self.setWindowTitle(self.tr("Erase the person completely"))
        self.setMinimumWidth(560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("erase_counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.backups = QLabel()
        self.backups.setObjectName("erase_backups")
        self.backups.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I understand that this cannot be &undone"))
        self.understood.toggled.connect(self._update_button)
        self.password = QLineEdit()
        self.password.setObjectName("erase_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("App password"))
        self.password.textChanged.connect(self._password_typed)
        self.password_error = QLabel()
        self.password_error.setObjectName("erase_password_error")
        self.password_error.setStyleSheet(_RED)
        self.password_error.setWordWrap(True)
        self.password_error.hide()
        self.error = QLabel()  # what stops the erasure as a whole (not allowed, disk full)
        self.error.setObjectName("erase_error")
        self.error.setStyleSheet(_RED)
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()  # while the erasure runs
        self.status.setObjectName("erase_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button: QPushButton = self.buttons.addButton(
            self.tr("&Erase completely"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("erase_button")
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("Your app &password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        form.addRow("", self.password_error)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.counts, self.contacts, self.backups):
            layout.addWidget(widget)
        layout.addWidget(self.understood)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Enter (the password typed) erases once ticked, never Cancel: the first button
        # was the default, so the dialog vanished with nothing erased. Set once the button
        # is in the dialog, or the dialog does not know it.
        self.erase_button.setDefault(True)
        self.plan: ErasurePlan | None = None
        self.running = False
        self._read()
        self._update_button()

    # -- what goes --------------------------------------------------------------------------

    def _read(self) -> None:
        try:
            self.plan = erasure.plan(self.ws, [self.participant_id])
        except (erasure.NotAllowed, erasure.UnknownParticipant) as exc:
            self._stop(str(exc))
            return
        name = self.plan.names.get(self.participant_id, "")
        self.heading.setText(self.tr(
            "Erase everything IPS Desktop holds about %1: the person, every course and all "
            "that belongs to it? This cannot be undone.").replace("%1", name))
        kinds = [(message(f"erase_kind_{kind}"), count)
                 for kind, count in self.plan.counts.items()
                 if count and kind != "employer_contact"]
        self.counts.setText("\n".join(f"• {text}: {number(count)}" for text, count in kinds))
        contacts = self.plan.counts.get("employer_contact", 0)
        self.contacts.setText(self.tr(
            "%n employer contact(s) made for the person stay in the employer contact log and "
            "in the week's count of employer contacts, without the link to the person and "
            "without the text written about the outcome and the next step.", "", contacts))
        self.contacts.setVisible(bool(contacts))
        self.backups.setText(" ".join(erasure.backups_note(self.ws).lines()))

    def _stop(self, text: str) -> None:
        self.heading.setText(text)
        self.heading.setStyleSheet(_RED)
        for widget in (self.counts, self.contacts, self.backups, self.understood,
                       self.password, self.erase_button):
            widget.setVisible(False)
        for row_label in self.findChildren(QLabel):
            if row_label.buddy() is self.password:
                row_label.setVisible(False)

    def _password_typed(self) -> None:
        self.password_error.hide()
        self._update_button()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.plan is not None and self.understood.isChecked()
                                     and bool(self.password.text()))

    # -- erasing ----------------------------------------------------------------------------

    def _erase(self) -> None:
        password = self.password.text()
        if self.plan is None or not password or not self.understood.isChecked():
            return
        if self.before is not None and not self.before():
            return  # a form the page could not close: nothing is erased
        self.error.hide()
        self.buttons.setEnabled(False)
        self.understood.setEnabled(False)
        self.password.setEnabled(False)
        self.status.setText(self.tr("Erasing the person and overwriting the file… On a large "
                                    "database this takes up to a minute."))
        self.status.show()
        self.adjustSize()  # room for the line: the texts above were squeezed and cut
        self.running = True
        ws, participant_id = self.ws, self.participant_id

        def work() -> ErasureDone | Exception:
            try:
                return erasure.erase_participant(ws, participant_id, password)
            except (erasure.NotAllowed, erasure.UnknownParticipant) as exc:
                return exc
            except Exception as exc:  # said in the dialog; a bug is logged by its type too
                problem = storage_problem(exc, [ws.data_dir])
                if problem is None:
                    log_exception(type(exc), exc.__traceback__)
                return problem or exc

        run_in_background(work, self._finished, self)

    def reject(self) -> None:
        """Escape and Cancel wait while the erasure runs: it cannot be stopped halfway."""
        if not self.running:
            super().reject()

    def _finished(self, result: ErasureDone | Exception) -> None:
        self.running = False
        self.status.hide()
        self.buttons.setEnabled(True)
        self.understood.setEnabled(True)
        self.password.setEnabled(True)
        if isinstance(result, erasure.WrongPassword):
            self.password_error.setText(error_message(result))
            self.password_error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        if isinstance(result, erasure.OverwriteDeferred):  # the rows are gone all the same
            self.erased.emit(None)
            self._say_after(error_message(result))
            return
        if isinstance(result, Exception):
            known = isinstance(result, StorageError | erasure.NotAllowed
                               | erasure.UnknownParticipant)
            self.error.setText(
                (error_message(result) if isinstance(result, StorageError) else str(result))
                if known else self.tr("Something unexpected stopped the erasure; the person "
                                      "is not erased. It is recorded in the log."))
            self.error.show()
            return
        self.erased.emit(result)
        self.accept()

    def _say_after(self, text: str) -> None:
        self._stop(text)
        self.heading.setStyleSheet("")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)


def open_erase_dialog(ws: Workspace, participant_id: uuid.UUID | None, page: QWidget) -> None:
    """The privacy menu's "Erase the person completely…" on a participant's page.

    Before the erasure the page's open forms are closed (their drafts stored, then
    erased with the rest); after it the page goes without asking about typed input
    (it was about the person), and every area of the window reads its lists again.
    """
    if participant_id is None:
        return

    def before() -> bool:
        close_forms = getattr(page, "close_forms", None)
        if callable(close_forms):
            close_forms()
        return True

    def done(_result: object) -> None:
        window = page.window()
        gone = getattr(page, "erased", None)
        if gone is not None:
            gone.emit()
        for area in getattr(window, "area_widgets", []):
            refresh = getattr(area, "refresh", None)
            if callable(refresh):
                refresh()

    dialog = EraseDialog(ws, participant_id, page, before=before)
    dialog.erased.connect(done)
    dialog.open()
