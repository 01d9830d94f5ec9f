"""The employer-contact log as a Qt table model, read a page at a time as the view scrolls.

The log may hold 100,000 contacts, so the model never holds them all: it
reads the first page for the filter and sort, and Qt's canFetchMore/fetchMore
(called when the view scrolls near the end) reads the next one after the last
row's keyset cursor (services.employer_log). A header click sorts in the query,
from the first page again.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ips_desktop.services import employer_log
from ips_desktop.services.context import AppContext
from ips_desktop.services.employer_log import ContactRow, LogCursor, LogFilter, LogSort
from ips_desktop.ui.texts import (
    contact_mode_text,
    contact_outcome_text,
    contact_purpose_short_text,
    contact_purpose_text,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b00020")
PAGE = 100  # rows per page: a screenful or three, read in a few milliseconds

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    EMPLOYER = 1
    CONTACT_PERSON = 2
    CONSULTANT = 3
    MODE = 4
    PURPOSE = 5
    PARTICIPANT = 6
    OUTCOME = 7
    NEXT_STEP = 8
    FOLLOW_UP = 9


SORT_OF = {
    Column.WHEN: LogSort.WHEN, Column.EMPLOYER: LogSort.EMPLOYER,
    Column.CONTACT_PERSON: LogSort.CONTACT_PERSON, Column.CONSULTANT: LogSort.CONSULTANT,
    Column.MODE: LogSort.MODE, Column.PURPOSE: LogSort.PURPOSE,
    Column.PARTICIPANT: LogSort.PARTICIPANT, Column.OUTCOME: LogSort.OUTCOME,
    Column.NEXT_STEP: LogSort.NEXT_STEP, Column.FOLLOW_UP: LogSort.FOLLOW_UP,
}
COLUMN_OF = {sort: column for column, sort in SORT_OF.items()}


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("LogModel", "When"),
        QCoreApplication.translate("LogModel", "Employer"),
        QCoreApplication.translate("LogModel", "Contact person"),
        QCoreApplication.translate("LogModel", "Consultant"),
        QCoreApplication.translate("LogModel", "Mode"),
        QCoreApplication.translate("LogModel", "Purpose"),
        QCoreApplication.translate("LogModel", "Participant"),
        QCoreApplication.translate("LogModel", "Outcome"),
        QCoreApplication.translate("LogModel", "Next step"),
        QCoreApplication.translate("LogModel", "Follow-up"),
    ]


def _day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def follow_up_is_due(row: ContactRow, today: date) -> bool:
    """A follow-up on or before today that is not done (the home screen's "due")."""
    return row.follow_up_date is not None and row.follow_up_done_on is None \
        and row.follow_up_date <= today


class LogModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, *, page_size: int = PAGE) -> None:
        super().__init__()
        self.ctx = ctx
        self.page_size = page_size
        self.today = date.today()
        self._rows: list[ContactRow] = []
        self._next: LogCursor | None = None
        self._filter: LogFilter | None = None  # None: nothing asked for yet
        self._sort = (LogSort.WHEN, True)
        self._headers = _headers()

    # -- what is shown ---------------------------------------------------------------------

    def set_query(self, flt: LogFilter, sort: LogSort | None = None,
                  descending: bool | None = None, *, keep: int = 0) -> None:
        """Show `flt` in this order from the first row; `keep`: read on until at least that
        many rows are in (a reload after a save keeps the rows the user had scrolled to)."""
        if sort is not None:
            self._sort = (LogSort(sort), self._sort[1] if descending is None else descending)
        elif descending is not None:
            self._sort = (self._sort[0], descending)
        self._filter = flt
        self.today = date.today()
        page = employer_log.contact_page(self.ctx, flt, sort=self._sort[0],
                                         descending=self._sort[1],
                                         limit=max(self.page_size, keep))
        self.beginResetModel()
        self._rows, self._next = list(page.rows), page.next
        self.endResetModel()

    def reload(self) -> None:
        """Read the same filter again (a contact saved), keeping as many rows as were read."""
        if self._filter is not None:
            self.set_query(self._filter, keep=len(self._rows))

    def log_filter(self) -> LogFilter | None:
        return self._filter

    def sorting(self) -> tuple[LogSort, bool]:
        """The sort and whether it runs descending."""
        return self._sort

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: uuid.UUID) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == contact_id:
                return n
        return None

    def has_more(self) -> bool:
        return self._next is not None

    def retranslate(self) -> None:
        self._headers = _headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and self._filter is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._filter is not None
        page = employer_log.contact_page(self.ctx, self._filter, sort=self._sort[0],
                                         descending=self._sort[1], after=self._next,
                                         limit=self.page_size)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the query sorts, and the list starts from its first row again."""
        sort, descending = SORT_OF[Column(column)], order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == self._sort and self._filter is not None and self._rows:
            return
        self._sort = (sort, descending)
        if self._filter is not None:
            self.set_query(self._filter)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.PURPOSE:  # the cell shows the short form
                return contact_purpose_text(row.purpose)
            text = self.display_text(row, column)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.FOLLOW_UP \
                and follow_up_is_due(row, self.today):
            return QBrush(OVERDUE)
        return None

    def display_text(self, row: ContactRow, column: Column) -> str:
        if column == Column.WHEN:
            when = _day(row.contact_date)
            if row.contact_time.hour or row.contact_time.minute:  # 00:00: no time given
                when += row.contact_time.strftime(" %H:%M")
            return when
        if column == Column.EMPLOYER:
            return row.employer_name
        if column == Column.CONTACT_PERSON:
            return row.contact_person
        if column == Column.CONSULTANT:
            return row.consultant_initials
        if column == Column.MODE:
            return contact_mode_text(row.mode)
        if column == Column.PURPOSE:
            return contact_purpose_short_text(row.purpose)
        if column == Column.PARTICIPANT:
            return row.participant
        if column == Column.OUTCOME:
            kind = contact_outcome_text(row.outcome_kind) if row.outcome_kind else ""
            return " – ".join(part for part in (kind, row.outcome) if part)
        if column == Column.NEXT_STEP:
            return row.next_step
        return self.follow_up_text(row)

    def follow_up_text(self, row: ContactRow) -> str:
        """The day, and in words whether it is done or due (not by colour alone)."""
        if row.follow_up_date is None:
            return ""
        day = _day(row.follow_up_date)
        if row.follow_up_done_on is not None:
            return self.tr("%1, done").replace("%1", day)
        if follow_up_is_due(row, self.today):
            return self.due_text(day)
        return day

    def due_text(self, day: str) -> str:
        """ "03.12.2026, forfalden": a follow-up due, said in words beside the colour."""
        return self.tr("%1, due").replace("%1", day)
