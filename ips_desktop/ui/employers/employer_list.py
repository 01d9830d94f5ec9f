"""The employer register as a list: searched as you type, sorted on every column.

The rows are read once (services.employers.employer_rows, one query) and the
search and sorting work on that Python list in the model (STYLE.md habit 3):
a key typed costs a few milliseconds for 1,500 employers, not a query.
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
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.text_search import fold
from ips_desktop.services import employers
from ips_desktop.services.collation import sort_key
from ips_desktop.services.employers import EmployerRow
from ips_desktop.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    CVR = 1
    INDUSTRY = 2
    MUNICIPALITY = 3
    CONTACTS = 4
    LAST_CONTACT = 5
    OPEN_OPENINGS = 6
    PLACEMENTS = 7


_NUMBERS = (Column.CONTACTS, Column.OPEN_OPENINGS, Column.PLACEMENTS)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("EmployerModel", "Name"),
        QCoreApplication.translate("EmployerModel", "CVR"),
        QCoreApplication.translate("EmployerModel", "Industry"),
        QCoreApplication.translate("EmployerModel", "Municipality"),
        QCoreApplication.translate("EmployerModel", "Contacts"),
        QCoreApplication.translate("EmployerModel", "Last contact"),
        QCoreApplication.translate("EmployerModel", "Open openings"),
        QCoreApplication.translate("EmployerModel", "Placements"),
    ]


def searchable(row: EmployerRow) -> str:
    """Word starts to look in: " " before each word of the folded name, the CVR number,
    the industry and the municipality, so " ost" finds "Østergård" but not "Vester"."""
    words = " ".join((name_key(row.name), row.cvr, fold(row.industry), fold(row.municipality)))
    return " " + " ".join(words.split())


def search_words(text: str) -> list[str]:
    """The typed words, folded like the names, each to be found at a word start."""
    return [" " + word for word in employers.query_words(text)]


class EmployerModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._all: list[EmployerRow] = []
        self._rows: list[EmployerRow] = []
        self._haystacks: dict[int, str] = {}  # by id() of the row, kept alive in _all
        self._name_keys: dict[int, bytes] = {}
        self._words: list[str] = []
        self._sort = (Column.NAME, Qt.SortOrder.AscendingOrder)
        self._headers = _headers()

    def set_rows(self, rows: list[EmployerRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = {id(r): searchable(r) for r in self._all}
        key = sort_key()
        self._name_keys = {id(r): key(r.name) for r in self._all}
        self._rows = self._filtered()
        self._rows.sort(key=self._key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._words = search_words(text)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._filtered()
        self._rows.sort(key=self._key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _filtered(self) -> list[EmployerRow]:
        rows, haystacks = self._all, self._haystacks
        for word in self._words:
            rows = [r for r in rows if word in haystacks[id(r)]]
        return list(rows)

    def _key(self) -> Callable[[EmployerRow], Any]:
        names = self._name_keys
        column = self._sort[0]
        if column == Column.NAME:
            return lambda r: names[id(r)]
        if column == Column.LAST_CONTACT:  # never contacted: after the oldest
            return lambda r: (r.last_contact or date.min, names[id(r)])
        attribute = {Column.CVR: "cvr", Column.INDUSTRY: "industry",
                     Column.MUNICIPALITY: "municipality", Column.CONTACTS: "contacts",
                     Column.OPEN_OPENINGS: "open_openings",
                     Column.PLACEMENTS: "placements"}[Column(column)]
        if column in _NUMBERS or column == Column.CVR:
            return lambda r: (getattr(r, attribute), names[id(r)])
        key = sort_key()
        return lambda r: (key(getattr(r, attribute)), names[id(r)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (Column(column), order)
        self._rows.sort(key=self._key(), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def total(self) -> int:
        return len(self._all)

    def column_texts(self, column: Column) -> set[str]:
        """Every text the column shows for the rows read (for fitting its width)."""
        return {self._text(r, column) for r in self._all}

    def row_at(self, row: int) -> EmployerRow:
        return self._rows[row]

    def row_of(self, employer_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == employer_id), None)

    def retranslate(self) -> None:
        self._headers = _headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return row.name
        return None

    @staticmethod
    def _text(row: EmployerRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.CVR:
            return row.cvr
        if column == Column.INDUSTRY:
            return row.industry
        if column == Column.MUNICIPALITY:
            return row.municipality
        if column == Column.LAST_CONTACT:
            return row.last_contact.strftime("%d.%m.%Y") if row.last_contact else ""
        value = {Column.CONTACTS: row.contacts, Column.OPEN_OPENINGS: row.open_openings,
                 Column.PLACEMENTS: row.placements}[column]
        return str(value) if value else ""


class EmployerListView(QWidget):
    """The register: a search field, the table, and "New employer…"; Enter or a
    double-click on a row emits `open_employer` with the employer's id."""

    open_employer = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.model = EmployerModel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)  # Enter or Down: into the results
        self.count = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_employer)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.activated.connect(self._open_index)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._loaded = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:  # read when first shown, not when the area is built
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """The register read again (after an edit, a merge, a contact logged elsewhere)."""
        selected = self.selected_id()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = employers.employer_rows(self.ws.ctx)
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = True
        self.model.set_rows(rows)
        self._fit_columns()
        if selected is not None:
            self.select(selected)
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select(self, employer_id: uuid.UUID) -> bool:
        row = self.model.row_of(employer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def new_employer(self) -> None:
        from ips_desktop.ui.dialogs.employer_dialog import EmployerDialog

        dialog = EmployerDialog(self.ws, self, name=self.search.text())
        dialog.accepted.connect(lambda: self._registered(dialog.employer_id))
        dialog.open()  # not exec(): the auto-lock may hide it, and its input must survive

    def _registered(self, employer_id: uuid.UUID | None) -> None:
        if employer_id is None:
            return
        self.search.clear()
        self.reload()
        self.select(employer_id)
        self.table.setFocus()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total())))

    def _fit_columns(self) -> None:
        """The short columns as wide as their header or widest text; the name stretches."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in Column:
            if column == Column.NAME:
                continue
            widest = max((metrics.horizontalAdvance(text)
                          for text in self.model.column_texts(column)), default=0)
            header.resizeSection(column, min(max(widest + 24, header.sectionSizeHint(column)),
                                             260))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_employer.emit(self.model.row_at(index.row()).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (
                    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
                and self.model.rowCount() > 0):
            self.table.setFocus()
            self.table.selectRow(0)  # Enter then opens the first hit
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, CVR, industry or municipality"))
        self.search.setToolTip(self.search.placeholderText())
        self.search.setAccessibleName(self.tr("Search employers"))
        self.new_button.setText(self.tr("&New employer…"))
        self.table.setAccessibleName(self.tr("Employers"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
