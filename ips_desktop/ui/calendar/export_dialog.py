"""Export the calendar to an .ics file for Outlook or Google Calendar.

The dialog asks for the period (the shown week's, or whatever is typed), the
consultant (or everyone), whether only the presence days in psychiatry go,
and whether names go: unticked by default, with the reason beside it (the
file leaves the encrypted database, and titles, notes and places may name a
participant). The rows, the file and the audit event are
services.calendar_exports' and reports.calendar_ics'; the file name suggested
carries the dates, never a name.

Opened with `open()` and waited for, not `exec()`: the auto-lock hides a
dialog, which would end an `exec()`.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEventLoop, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain import typed_dates
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import current_language
from ips_desktop.services import calendar_exports as exports
from ips_desktop.services import consultants
from ips_desktop.ui.widgets.error_dialog import error_message
from ips_desktop.ui.widgets.field_errors import FieldErrors
from ips_desktop.ui.widgets.form_fields import DateField
from ips_desktop.ui.widgets.sharing_warning import confirm_names_without_consent

if TYPE_CHECKING:
    from ips_desktop.services.workspace import Workspace


class IcsExportDialog(QDialog):
    """The period, the consultant, presence only, names: then where to save."""

    def __init__(self, ws: Workspace, parent: QWidget | None, *, first: date, last: date,
                 consultant_id: uuid.UUID | None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Export calendar to Outlook (.ics)"))
        self.errors = FieldErrors()
        self.first = DateField()
        self.first.set_value(first)
        self.first.setAccessibleName(self.tr("First day"))
        self.last = DateField()
        self.last.set_value(last)
        self.last.setAccessibleName(self.tr("Last day"))
        self.consultant = QComboBox()
        self.consultant.setAccessibleName(self.tr("Consultant"))
        self.consultant.addItem(self.tr("Everyone"), "")
        for person in consultants.list_consultants(ws.ctx):  # ids as text: Qt compares those
            self.consultant.addItem(f"{person.initials} – {person.name}", str(person.id))
        found = self.consultant.findData(str(consultant_id)) if consultant_id else 0
        self.consultant.setCurrentIndex(found if found >= 0 else 0)
        self.presence_only = QCheckBox(self.tr("Only presence days in psychiatry"))
        self.include_names = QCheckBox(self.tr("Include names (titles, notes and places)"))
        self.include_names.setChecked(False)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("About names"))
        self.include_names.toggled.connect(self._say_about_names)
        self._say_about_names(False)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.first)
        form.addRow("", self.errors.label_for("first"))
        form.addRow(self.tr("&To"), self.last)
        form.addRow("", self.errors.label_for("last"))
        form.addRow(self.tr("&Consultant"), self.consultant)
        form.addRow("", self.presence_only)
        form.addRow("", self.include_names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("&Export…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter in a field exports: the box would make Cancel, its first button, the default.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(buttons)
        self.first.setFocus()

    def chosen_consultant(self) -> uuid.UUID | None:
        chosen = self.consultant.currentData()
        return uuid.UUID(chosen) if chosen else None

    def _say_about_names(self, on: bool) -> None:
        if on:
            self.warning.setText(self.tr(
                "The file leaves the encrypted database. With names, the events' titles, "
                "notes and places go into it as they are, and they may name participants: "
                "keep the file where only you can read it, and delete it after the import."))
            self.warning.setStyleSheet("color: #b00020;")
        else:
            self.warning.setText(self.tr(
                "The file leaves the encrypted database, so no names go into it: each event "
                "is called by its kind, and its place is kept only when it names no one "
                "(a psychiatry unit, video)."))
            self.warning.setStyleSheet("")

    def _period(self) -> tuple[date, date] | None:
        """The two days typed (the Danish way or ISO), or None with the reason at the field."""
        problems: list[FieldError] = []
        days: list[date | None] = []
        for name, field in (("first", self.first), ("last", self.last)):
            day = typed_dates.parse_date(field.edit.text(), today=date.today())
            if day is None:
                problems.append(FieldError(name, self.tr("Type a date, e.g. 1.12.2026.")))
            days.append(day)
        first, last = days
        if first is not None and last is not None and last < first:
            problems.append(FieldError("last", self.tr("The last day is before the first.")))
        if problems:
            self.errors.show(ValidationError(problems))
            return None
        self.errors.clear()
        assert first is not None and last is not None
        return first, last

    def _export(self) -> None:
        period = self._period()
        if period is None:
            return
        first, last = period
        ctx = self.ws.ctx
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from ips_desktop.reports.calendar_ics import calendar_ics

            made = exports.calendar_export(
                ctx, first, last, consultant_id=self.chosen_consultant(),
                presence_only=self.presence_only.isChecked(),
                include_names=self.include_names.isChecked())
            data = calendar_ics(made, language=current_language())
        finally:
            QApplication.restoreOverrideCursor()
        lacking = made.without_consent
        if lacking and not confirm_names_without_consent(self, lacking.people, lacking.withdrawn,
                                                         lacking.of_people):
            return  # back to the dialog: untick the names, or cancel
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = Path(folder) / exports.ics_file_name(made, current_language())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(suggested), self.tr("Calendar files (*.ics)"))
        if not chosen:
            return  # back to the dialog: the user may change the period
        target = Path(chosen)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            exports.save_ics(ctx, target, data, made)
        except exports.ExportTargetRefused as refused:
            QMessageBox.warning(self, self.tr("Not saved"), error_message(refused))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The file could not be saved in %1:").replace(
                                    "%1", QDir.toNativeSeparators(str(target.parent)))
                                + f"\n\n{error.strerror or error}")
            return
        self.saved = target
        self.accept()


def export_ics_interactively(ws: Workspace, parent: QWidget | None, *, first: date, last: date,
                             consultant_id: uuid.UUID | None) -> Path | None:
    """Ask, then write the .ics; the file written, or None when the user cancelled."""
    dialog = IcsExportDialog(ws, parent, first=first, last=last, consultant_id=consultant_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.destroyed.connect(loop.quit)
    saved: list[Path | None] = [None]
    dialog.finished.connect(lambda _=0: saved.__setitem__(0, dialog.saved))
    dialog.open()
    loop.exec()
    return saved[0]
