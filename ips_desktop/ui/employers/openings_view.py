"""The team's job openings, for the weekly meeting: who they are considered for, who might fit.

One row per opening (employer, title, hours, where, deadline, found on and
by whom, candidates, suggestions from the career profiles), the nearest
deadline first; a deadline that has passed on an open opening is marked in
red and says so. The status filter shows open (the default), filled, closed
or every opening. Enter or a double-click opens the opening; "Placement from
this opening…" opens the start dialog filled in from it. Sorting is on the
Python list (STYLE.md habit 3), by a header click.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import OpeningStatus
from ips_desktop.services import job_openings
from ips_desktop.services.collation import sort_key
from ips_desktop.services.job_openings import OpeningRow
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.opening_dialog import (
    OpeningDialog,
    edit_opening_interactively,
    new_opening_interactively,
)
from ips_desktop.ui.dialogs.placement_dialog import record_placement_interactively
from ips_desktop.ui.dialogs.placement_texts import hours_text, opening_status_text

OVERDUE = QColor("#b00020")
ALL = "all"
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    EMPLOYER = 0
    TITLE = 1
    HOURS = 2
    WHERE = 3
    DEADLINE = 4
    FOUND = 5
    STATUS = 6
    CANDIDATES = 7
    SUGGESTIONS = 8


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("OpeningsModel", "Employer"),
        QCoreApplication.translate("OpeningsModel", "Title"),
        QCoreApplication.translate("OpeningsModel", "Hours"),
        QCoreApplication.translate("OpeningsModel", "Where"),
        QCoreApplication.translate("OpeningsModel", "Deadline"),
        QCoreApplication.translate("OpeningsModel", "Found"),
        QCoreApplication.translate("OpeningsModel", "Status"),
        QCoreApplication.translate("OpeningsModel", "Candidates"),
        QCoreApplication.translate("OpeningsModel", "Suggested"),
    ]


def is_overdue(row: OpeningRow, today: date) -> bool:
    """An open opening whose deadline has passed: to be closed, or chased today."""
    return row.status is OpeningStatus.OPEN and row.deadline is not None and row.deadline < today


class OpeningsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OpeningRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[OpeningRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DEADLINE \
                and is_overdue(row, self.today):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: OpeningRow, column: Column) -> str:
        if column is Column.EMPLOYER:
            return row.employer_name
        if column is Column.TITLE:
            return row.title
        if column is Column.HOURS:
            return hours_text(row.hours_per_week)
        if column is Column.WHERE:
            return row.location
        if column is Column.DEADLINE:
            if row.deadline is None:
                return ""
            day = row.deadline.strftime("%d.%m.%Y")
            if is_overdue(row, self.today):
                return QCoreApplication.translate("OpeningsModel", "%1 (passed)").replace(
                    "%1", day)
            return day
        if column is Column.FOUND:
            day = row.found_on.strftime("%d.%m.%Y")
            return f"{day} · {row.consultant_initials}" if row.consultant_initials else day
        if column is Column.STATUS:
            return opening_status_text(row.status)
        if column is Column.CANDIDATES:
            return ", ".join(c.name for c in row.candidates)
        return ", ".join(s.name for s in row.suggestions)

    def _tooltip(self, row: OpeningRow, column: Column) -> str | None:
        if column is Column.SUGGESTIONS and row.suggestions:
            return "\n".join(f"{s.name}: {s.matched}" for s in row.suggestions)
        if column is Column.CANDIDATES and row.candidates:
            return "\n".join(c.name for c in row.candidates)
        if column is Column.DEADLINE and is_overdue(row, self.today):
            return QCoreApplication.translate(
                "OpeningsModel", "The deadline has passed: close the opening, or ask the "
                "employer whether it is still open.")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=_sort_key(Column(column)),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> OpeningRow:
        return self.rows[row]


def _sort_key(column: Column) -> Callable[[OpeningRow], Any]:
    text = sort_key()
    return {
        Column.EMPLOYER: lambda r: text(r.employer_name),
        Column.TITLE: lambda r: text(r.title),
        Column.HOURS: lambda r: (r.hours_per_week is None, r.hours_per_week or 0.0),
        Column.WHERE: lambda r: text(r.location),
        Column.DEADLINE: lambda r: (r.deadline is None, r.deadline or date.max),
        Column.FOUND: lambda r: r.found_on,
        Column.STATUS: lambda r: list(OpeningStatus).index(r.status),
        Column.CANDIDATES: lambda r: len(r.candidates),
        Column.SUGGESTIONS: lambda r: len(r.suggestions),
    }[column]


# The most of the width a long text column may take, so that the suggestions (the last
# column, taking the rest) stay on screen at 1366 pixels beside the sidebar.
_CAPS = {Column.EMPLOYER: 0.2, Column.TITLE: 0.14, Column.WHERE: 0.09, Column.CANDIDATES: 0.2}


class OpeningsView(QWidget):
    """The openings list (a tab of the employer area); loads when first shown."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._loaded = False
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(self.reload)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_opening)
        self.placement_button = QPushButton()
        self.placement_button.clicked.connect(self.placement_from_current)
        self.count = QLabel()
        self.model = OpeningsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # nearest deadline first
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # widths from the first rows, not all 4,000
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_index)  # Enter, or a double-click
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.status)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.placement_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    # -- list -------------------------------------------------------------------------------

    def chosen_status(self) -> OpeningStatus | None:
        value = self.status.currentData()
        return None if value in (None, ALL) else OpeningStatus(value)

    def reload(self) -> None:
        keep = self.current_id()
        self.model.set_rows(job_openings.openings(self.ws.ctx, status=self.chosen_status()))
        self._loaded = True
        self.table.setColumnHidden(Column.STATUS, self.chosen_status() is not None)
        self.count.setText(self.tr("%n opening(s)", "", len(self.model.rows)))
        self._fit_columns()
        for row, opening in enumerate(self.model.rows):
            if opening.id == keep:
                self.table.selectRow(row)
                break
        self._current_changed()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        width = max(self.table.viewport().width(), 800)
        for column, share in _CAPS.items():
            cap = int(width * share)
            if self.table.columnWidth(column) > cap:
                self.table.setColumnWidth(column, cap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._loaded and event.oldSize().width() != event.size().width():
            self._fit_columns()

    def current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _current_changed(self, *_: object) -> None:
        index = self.table.currentIndex()
        self.placement_button.setEnabled(
            index.isValid() and self.model.row_at(index.row()).status is OpeningStatus.OPEN)

    def focus_list(self) -> None:
        self.table.setFocus()
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- actions ----------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_opening(self.model.row_at(index.row()).id)

    def open_opening(self, opening_id: uuid.UUID) -> OpeningDialog:
        dialog = edit_opening_interactively(self.ws, self, opening_id)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.placement_started.connect(self._watch_placement)
        return dialog

    def new_opening(self) -> OpeningDialog:
        dialog = new_opening_interactively(self.ws, self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.placement_started.connect(self._watch_placement)
        return dialog

    def placement_from_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        only = row.candidates[0] if len(row.candidates) == 1 else None
        dialog = record_placement_interactively(
            self.ws, self, course_id=only.course_id if only else None,
            participant_name=only.name if only else "", employer_id=row.employer_id,
            employer_name=row.employer_name, title=row.title,
            hours_per_week=row.hours_per_week, opening_id=row.id)
        self._watch_placement(dialog)

    def _watch_placement(self, dialog: QWidget) -> None:
        finished = getattr(dialog, "finished", None)
        if finished is not None:
            finished.connect(lambda _result: self.reload())

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("&Show:"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        for text, value in ((self.tr("Open openings"), OpeningStatus.OPEN.value),
                            (self.tr("Filled"), OpeningStatus.FILLED.value),
                            (self.tr("Closed"), OpeningStatus.CLOSED.value),
                            (self.tr("All"), ALL)):
            self.status.addItem(text, value)
        self.status.setCurrentIndex(max(0, self.status.findData(current or OpeningStatus.OPEN
                                                                .value)))
        self.status.blockSignals(False)
        self.new_button.setText(self.tr("&New opening…"))
        self.placement_button.setText(self.tr("&Placement from this opening…"))
        self.table.setAccessibleName(self.tr("Job openings"))
        if self._loaded:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
            self.count.setText(self.tr("%n opening(s)", "", len(self.model.rows)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
