"""The participant page's one-line lists (timeline, contacts): built, and fitted to their words.

A column sized by ResizeToContents measures every row at each layout: with a
long timeline that was the larger part of opening the page, so the columns are
fitted once from the few different texts they hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget


def fit_columns(tree: QTreeWidget) -> None:
    """Each column but the last as wide as its widest text: the few different texts of a
    column (dates, kinds, places) measured once each."""
    metrics, header = tree.fontMetrics(), tree.header()
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    for column in range(tree.columnCount() - 1):
        texts = {item.text(column) for item in items if item is not None}
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
