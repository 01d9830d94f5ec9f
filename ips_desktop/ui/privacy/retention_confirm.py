"""The one confirmation before the ticked people of the retention list are erased.

It says how many, that it cannot be undone, and until when the backups made
before today still hold them (`erasure.backups_note`); the app password is
asked once for all of them. The erasure (`erasure.erase_participants`: one
transaction, then the file's freed pages overwritten) runs off the GUI thread,
since checking the password takes a deliberate while and the overwrite reads
the whole file. A wrong password is said at the field and nothing is erased;
the dialog stays open for another try or Cancel.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.crash_log import log
from ips_desktop.domain.messages import error_message
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services import problems
from ips_desktop.services.workspace import Workspace, WrongPassword
from ips_desktop.ui.widgets.background import run_in_background


def _erase(ws: Workspace, ids: Sequence[uuid.UUID], password: str) -> object:
    """The erasure's result, or what it raised, to be handed over to the GUI thread."""
    from ips_desktop.services import erasure  # part D's; loaded only when erasing

    try:
        return erasure.erase_participants(ws, ids, password)
    except Exception as exc:  # said at the dialog (or raised there: a bug)
        return exc


class EraseDialog(QDialog):
    def __init__(self, ws: Workspace, participant_ids: Sequence[uuid.UUID],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ids = list(participant_ids)
        self.result_: object = None
        n = len(self.ids)
        self.setWindowTitle(self.tr("Erase for good"))
        self.setMinimumWidth(480)
        self.question = QLabel(self.tr(
            "Erase %n person(s) for good? Every record about them is removed from this "
            "database and cannot be brought back. Only a tombstone stays in the audit trail: "
            "their id and today's date.", "", n))
        self.question.setWordWrap(True)
        self.backups = QLabel(self._backups_text())
        self.backups.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("App password"))
        self.password.textChanged.connect(lambda _: self._word_button())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Not erased"))
        self.error.hide()
        form = QFormLayout()
        label = QLabel(self.tr("App &password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        form.addRow("", self.error)
        self.working = QLabel(self.tr(
            "Erasing… The whole file is rewritten so that nothing of them can be found in it: "
            "on a large database this takes a minute or so."))
        self.working.setWordWrap(True)
        self.working.hide()
        form.addRow("", self.working)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase %n person(s)", "", n))
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.backups)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.busy = False
        self.deferred = False  # erased, but the file's overwrite waits for the next unlock
        self._word_button()

    def _backups_text(self) -> str:
        from ips_desktop.services import erasure

        try:
            note = erasure.backups_note(self.ws)
        except Exception as exc:  # an unreadable backup folder: the erasure still works
            log.warning("backups note: %s", type(exc).__name__)
            return self.tr("Backups made before today may still hold them.")
        if note.until is None:
            return self.tr("No automatic backup made before today holds them.")
        return self.tr("%n backup(s) made before today still hold them; the daily backup "
                       "rotation has removed the last of them by %1.", "", note.held_by
                       ).replace("%1", format_date(note.until)) + (
            " " + self.tr("%n copy(ies) in the backup folder are never rotated away: "
                          "delete them by hand.", "", len(note.unrotated))
            if note.unrotated else "")

    def reject(self) -> None:
        """Escape and the close button wait while the erasure runs: it cannot be stopped."""
        if not self.busy:
            super().reject()

    def _word_button(self) -> None:
        self.erase_button.setEnabled(bool(self.password.text()) and not self.busy)

    def erase(self) -> None:
        if self.busy or not self.password.text():
            return
        self.busy = True
        self._word_button()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.error.hide()
        self.working.show()
        ws, ids, password = self.ws, list(self.ids), self.password.text()
        run_in_background(lambda: _erase(ws, ids, password), self._done, self)

    def _done(self, outcome: object) -> None:
        from ips_desktop.services import erasure

        self.busy = False
        self.working.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        if isinstance(outcome, WrongPassword):
            self._say(self.tr("The password is wrong. Nobody was erased."))
            self.password.clear()
            self.password.setFocus()
            return
        if isinstance(outcome, erasure.OverwriteDeferred):
            # The rows are gone; the file is overwritten at the next unlock.
            self.deferred = True
            self.result_ = outcome
            self.accept()
            return
        if isinstance(outcome, Exception):
            problem = problems.storage_problem(outcome)
            if problem is None and not isinstance(outcome, PermissionError | LookupError):
                raise outcome  # a bug: the crash dialog, never a silent failure
            self._say(error_message(problem or outcome) + " "
                      + self.tr("Nobody was erased."))
            return
        self.result_ = outcome
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._word_button()

    @property
    def erased(self) -> int:
        return len(self.ids) if self.result_ is not None else 0
