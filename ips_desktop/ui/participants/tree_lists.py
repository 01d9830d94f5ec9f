"""The participant page's one-line lists (timeline, contacts): built, and fitted to their words.

A column sized by ResizeToContents measures every row at each layout: with a
long timeline that was the larger part of opening the page, so the columns are
fitted once from the few different texts they hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

Row = tuple[Sequence[str], str | None, str | None]
"""One row: its cells' texts, the tooltip of every cell (or None), the note id (or None)."""


def fill(tree: QTreeWidget, rows: Sequence[Row], role: int) -> None:
    """The rows put in at once, the columns fitted from the texts already in hand.

    One addTopLevelItems is one insertion for the view, where an item at a time was
    one each; and reading the texts back from the items cost more than making them.
    """
    items = []
    columns = tree.columnCount()
    for texts, tip, key in rows:
        item = QTreeWidgetItem(list(texts))
        if tip is not None:
            for column in range(columns):
                item.setToolTip(column, tip)
        if key is not None:
            item.setData(0, role, key)
        items.append(item)
    tree.clear()
    tree.addTopLevelItems(items)
    fit_columns(tree, [texts for texts, _tip, _key in rows])


def fit_columns(tree: QTreeWidget, rows: Sequence[Sequence[str]] | None = None) -> None:
    """Each column but the last as wide as its widest text: the few different texts of a
    column (dates, kinds, places) measured once each."""
    metrics, header = tree.fontMetrics(), tree.header()
    if rows is None:
        rows = [[item.text(column) for column in range(tree.columnCount())]
                for item in (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
                if item is not None]
    for column in range(tree.columnCount() - 1):
        texts = {texts[column] for texts in rows}
        texts.add(tree.headerItem().text(column))
        header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 16)


def one_line_list(columns: int) -> QTreeWidget:
    """One line per row, the last column taking the rest and eliding what does not fit."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setUniformRowHeights(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = tree.header()
    header.setStretchLastSection(True)
    # Widths from the words (fit_columns), not ResizeToContents: that measures every row
    # at each layout, the larger part of opening a page with a long timeline.
    header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return tree
