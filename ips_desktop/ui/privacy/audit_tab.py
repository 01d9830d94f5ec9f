"""The Audit trail tab (*adgangslog*): who read, changed, printed or exported which record.

The filter bar above, the events below, newest first; the table reads more
as the user scrolls (audit_model.py), so a trail of a million events opens as
fast as one of a hundred. Each load (a filter shown) is one READ event in the
trail itself; scrolling further is the same load. Enter (or a double click) on
an event about a person who is still there opens their page; Ctrl+E exports
what the filter shows as CSV or JSON through the service the command line
uses (`ips-desktop audit`), off the GUI thread.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import number
from ips_desktop.services import audit_log_exports as exports
from ips_desktop.services import printing
from ips_desktop.services.audit_log import AuditFilter, AuditRow
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.services.problems import StorageError
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.privacy.audit_filters import AuditFilterBar
from ips_desktop.ui.privacy.audit_model import KIND, RECORD, ROW_ROLE, WHEN, WHO, AuditModel
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.error_dialog import error_message

PARTICIPANTS = "participants"  # the area a person's page is in (shell/areas.py)


def today() -> date:
    """The day the default period ends on (a test sets another)."""
    return date.today()


class _Table(QTableView):
    """Enter opens the event's person, as a double click does."""

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class AuditTab(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters
    shown = Signal()  # a load's first page is on screen (tests, bench)
    exported = Signal(object)  # the file written (tests)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._read_once = False
        self._exporting = False
        self.filters = AuditFilterBar(ws, today())
        self.model = AuditModel(ws, self)
        self.table = _Table()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the events; arrows move in them
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in ((WHEN, "00.00.0000 00:00:00"), (WHO, "WWWW"),
                               (RECORD, "W" * 26)):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.resizeSection(KIND, metrics.horizontalAdvance("W" * 11) + 24)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Audit trail status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.filters.chosen.connect(self.reload)
        self.filters.export_asked.connect(self.export)
        self.table.entered.connect(self.open_person)
        self.table.doubleClicked.connect(self.open_person)
        self.model.loaded.connect(self._loaded)
        self.model.fetched.connect(self._say_count)
        self.model.refused.connect(lambda: self._say(self.tr(
            "Only a team lead can see the audit trail.")))
        self.model.failed.connect(self._failed)
        self.retranslate()

    # -- reading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._read_once:
            self._read_once = True
            self.reload()

    def reload(self) -> None:
        """Show the filter as it stands (a day that is none is said at the filter)."""
        flt = self.filters.current(today())
        if flt is None:
            return
        self._read_once = True
        self.status.setText(self.tr("Reading…"))
        self.model.load(flt)

    def show_filtered(self, filters: dict[str, object]) -> None:
        """`{"participant": id, "name": text}`: the trail of one person (from their page)."""
        person = filters.get("participant")
        if person is not None:
            self.filters.choose_person(
                person if isinstance(person, uuid.UUID) else uuid.UUID(str(person)),
                str(filters.get("name", "")))
            self.reload()

    def _loaded(self) -> None:
        self._say_count()
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.shown.emit()

    def _say_count(self) -> None:
        shown = len(self.model.rows)
        if self.model.reading:
            return
        if shown == 0:
            self.status.setText(self.tr("No events match the filter."))
        elif self.model.after is not None:
            self.status.setText(self.tr("The newest %1 events; more as you scroll.")
                                .replace("%1", number(shown)))
        else:
            self.status.setText(self.tr("%1 events.").replace("%1", number(shown)))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _failed(self, problem: StorageError | None) -> None:
        text = self.tr("The audit trail could not be read.")
        self._say(f"{text} {error_message(problem)}" if problem is not None else text)

    def refresh(self) -> None:
        """A consultant's profile changed (their initials): read the names again."""
        self.filters.fill_consultants()
        if self._read_once:
            self.reload()

    # -- going to the person -----------------------------------------------------------------

    def open_person(self, index: QModelIndex) -> None:
        row: AuditRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None or row.participant_id is None:
            return
        if row.erased:
            self._say(self.tr("That person has been erased: the trail keeps only their id."))
            return
        try:
            course = printing.course_for(self.ws.ctx, row.participant_id)
        except LookupError:
            self._say(self.tr("That person has no course to open."))
            return
        self.open_area.emit(PARTICIPANTS, {"course": course})

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        """Ctrl+E: what the filter shows (all of it, not only the rows read) as CSV or JSON."""
        if self._exporting:
            return
        flt = self.filters.current(today())
        if flt is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        csv_files, json_files = self.tr("CSV files (*.csv)"), self.tr("JSON files (*.json)")
        chosen, kind = QFileDialog.getSaveFileName(
            self, self.tr("Export audit trail"), str(Path(folder) / exports.file_name(flt, "csv")),
            f"{csv_files};;{json_files}")
        if not chosen:
            return
        target = Path(chosen)
        file_format = "json" if target.suffix.lower() == ".json" or (
            kind == json_files and target.suffix.lower() != ".csv") else "csv"
        if target.suffix.lower() != f".{file_format}":
            target = target.with_name(f"{target.name}.{file_format}")
        try:
            exports.check_target(self.ws.ctx, target)
        except exports.ExportTargetRefused as refused:
            QMessageBox.warning(self, self.tr("Not saved"), error_message(refused))
            return
        self._start_export(flt, target, file_format)

    def _start_export(self, flt: AuditFilter, target: Path, file_format: str) -> None:
        ctx = self.ws.ctx
        self._exporting = True
        self.filters.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))

        def work() -> int | Exception:
            try:
                return exports.save_export(ctx, target, flt, file_format)
            except (OSError, StorageError) as error:  # TeamLeadOnly is a PermissionError
                return error

        run_in_background(work, lambda done: self._exported(target, done), self)

    def _exported(self, target: Path, done: int | Exception) -> None:
        self._exporting = False
        self.filters.export_button.setEnabled(True)
        if isinstance(done, TeamLeadOnly):
            self._say(self.tr("Only a team lead can see the audit trail."))
        elif isinstance(done, StorageError):
            self._say(error_message(done))
        elif isinstance(done, OSError):
            self._say(self.tr("The file could not be saved in %1:").replace(
                "%1", QDir.toNativeSeparators(str(target.parent)))
                + f" {done.strerror or done}")
        elif isinstance(done, Exception):
            self._say(self.tr("The audit trail could not be exported."))
        else:
            self._say(self.tr("Saved: %1 (%2 events)").replace(
                "%1", QDir.toNativeSeparators(str(target))).replace("%2", number(done)))
            self.exported.emit(target)

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.model.retranslate()
        if self._read_once and not self.model.reading:
            self._say_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

