"""The access copy (GDPR art. 15) dialog: choose a folder, see what is written, write it.

The copy of a long course (hundreds of notes, every form version) takes longer
than a frame to read and lay out, so it is made off the GUI thread; the dialog
says it is working and then where the two files went. Every failure (a folder
in the data directory, a read-only folder, a full disk) is one sentence here,
in the user's language, and nothing is left half written
(services/person_export_files.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.crash_log import log_exception
from ips_desktop.domain.messages import current_language, error_message, message
from ips_desktop.reports.person_copy import AccessCopy, planned_names, write_access_copy
from ips_desktop.services import person_export_files, problems
from ips_desktop.services.context import AppContext
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.page_header import WARNING_STYLE
from ips_desktop.ui.widgets.background import run_in_background


@dataclass(frozen=True)
class NotWritten:
    """Why the copy was not written, said at the dialog."""

    reason: str


class AccessDialog(QDialog):
    def __init__(self, ws: Workspace, participant_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.participant_id = participant_id
        self.written: AccessCopy | None = None
        self.setWindowTitle(self.tr("Access copy for the person"))
        self.setMinimumWidth(560)
        self.intro = QLabel(self.tr(
            "A copy of everything IPS Desktop holds about the person, records marked as "
            "deleted too: a PDF to hand to them and a JSON file for other systems. Making "
            "it is recorded in the audit trail."))
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(_default_folder())
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.textChanged.connect(self._show_plan)
        self.choose = QPushButton(self.tr("&Choose folder…"))
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("&Write the copy"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.plan)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_plan()

    def _names(self) -> tuple[str, str]:
        return planned_names(self.participant_id, date.today(), current_language())

    def _show_plan(self) -> None:
        pdf, data = self._names()
        self.plan.setText(self.tr("Will be written:\n%1 (to hand to the person)\n%2 "
                                  "(machine-readable)").replace("%1", pdf).replace("%2", data))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the access copy"), self.folder.text())
        if chosen:
            self.folder.setText(QDir.toNativeSeparators(chosen))

    def write(self) -> None:
        """Write both files off the GUI thread; the answer comes back to `_done`."""
        text = self.folder.text().strip()
        if not text:
            self._say(message("export_person_not_a_folder", path="–"), failed=True)
            return
        folder = Path(text).expanduser()
        self.save.setEnabled(False)
        self.folder.setEnabled(False)
        self.choose.setEnabled(False)
        self._say(self.tr("Writing the copy…"), failed=False)
        ctx, person, language = self.ws.ctx, self.participant_id, current_language()
        run_in_background(lambda: _write(ctx, person, folder, language), self._done, self)

    def _done(self, result: AccessCopy | NotWritten) -> None:
        self.folder.setEnabled(True)
        self.choose.setEnabled(True)
        self.save.setEnabled(True)
        if isinstance(result, NotWritten):
            self._say(result.reason, failed=True)
            # Back to the folder (disabled while writing, the focus had gone on to Close,
            # where the next Enter closed the dialog), ready to be typed over.
            self.folder.setFocus()
            self.folder.selectAll()
            return
        self.written = result
        pdf, data = result.paths
        self._say(self.tr("Written in %1:\n%2\n%3").replace(
            "%1", QDir.toNativeSeparators(str(pdf.parent))).replace("%2", pdf.name)
            .replace("%3", data.name), failed=False)

    def _say(self, text: str, *, failed: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(WARNING_STYLE if failed else "")
        self.adjustSize()  # the answer's lines shown whole, however many


def _write(ctx: AppContext, person: uuid.UUID, folder: Path, language: str
           ) -> AccessCopy | NotWritten:
    """On the worker thread: the copy, or why not in one sentence (never a traceback)."""
    try:
        return write_access_copy(ctx, person, folder, language=language)
    except person_export_files.ExportTargetRefused as refused:
        return NotWritten(error_message(refused))
    except LookupError:
        return NotWritten(message("export_person_unknown", id=person))
    except OSError as error:
        return NotWritten(person_export_files.write_problem(error, folder))
    except Exception as exc:  # said here, not as a crash: the dialog stays usable
        problem = problems.storage_problem(exc)
        if problem is not None:
            return NotWritten(error_message(problem))
        log_exception(type(exc), exc.__traceback__)
        return NotWritten(message("export_person_not_written", path=folder))


def _default_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return QDir.toNativeSeparators(folder or str(Path.home()))
