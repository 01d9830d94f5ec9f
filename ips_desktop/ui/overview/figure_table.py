"""A table of figures with the months as columns: what a chart shows, in numbers.

Each chart on the Team overview carries one beneath it (for those who would
rather read numbers, and for screen readers), and the other figures use the
same look. Rows have their label in the vertical header; a month without a
figure (after today) is an empty cell. Only cells made editable (the
expectation row) take input. The table is as tall as its rows: the tab
scrolls, not each table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ips_desktop.reports.overview_charts import month_label

MAX_LABEL_WIDTH = 250  # pixels for the rows' labels
MONTH_ROLE = Qt.ItemDataRole.UserRole  # a cell's month (date), None in a total column
# Combined once: 24 months × 20 rows of cells would combine them again for each cell.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class FigureTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(34)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A long label (an end reason) is cut short with "…" and said whole in its tooltip,
        # so 24 months keep their room.
        self.verticalHeader().setMaximumWidth(MAX_LABEL_WIDTH)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.months: tuple[date, ...] = ()
        # The scroll bar comes and goes after the columns are laid out (120 months, then
        # 6): the height is fitted again then, so no row hides behind it or leaves a gap.
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())

    def set_columns(self, months: Sequence[date], language: str, *,
                    total: str | None = None) -> None:
        """One column per month ("nov" over "2026"), and a totals column if `total`."""
        self.months = tuple(months)
        headers = [month_label(month, language).replace(" ", "\n") for month in months]
        if total is not None:
            headers.append(total)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        for column, month in enumerate(months):
            header = self.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(month_label(month, language))

    def set_headers(self, headers: Sequence[str]) -> None:
        """Columns that are not months (the per-consultant table)."""
        self.months = ()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]], *,
                 editable_row: int | None = None) -> None:
        """`rows` of (label, the cells' texts); the cells of `editable_row` take input."""
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([label for label, _ in rows])
        for row, (label, _) in enumerate(rows):
            header = self.verticalHeaderItem(row)
            if header is not None:
                header.setToolTip(label.strip())
        for row, (_label, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(RIGHT)
                month = self.months[column] if column < len(self.months) else None
                item.setData(MONTH_ROLE, month)
                item.setFlags(EDITABLE if row == editable_row and month is not None
                              else READ_ONLY)
                self.setItem(row, column, item)
        self._fit_height()

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def row_texts(self, row: int) -> list[str]:
        return [self.cell_text(row, column) for column in range(self.columnCount())]

    def row_label(self, row: int) -> str:
        item = self.verticalHeaderItem(row)
        return item.text() if item is not None else ""

    def _fit_height(self) -> None:
        header = self.horizontalHeader()
        height = header.sizeHint().height() + self.frameWidth() * 2
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        scroll = self.horizontalScrollBar()
        if scroll.maximum() > scroll.minimum():
            height += scroll.sizeHint().height()
        self.setFixedHeight(height + 2)
