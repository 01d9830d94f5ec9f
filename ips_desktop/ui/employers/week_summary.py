"""The shown week's face-to-face employer contacts per consultant, against the reference of 6.

The IPS fidelity scale's reference (domain.rules.FACE_TO_FACE_WEEKLY_REFERENCE)
is shown as a reference for supervision, not a verdict: each row says in words
whether the week reaches it ("6 of 6 – reached"), so the panel reads the same
without colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.rules import FACE_TO_FACE_WEEKLY_REFERENCE
from ips_desktop.services.employer_log import WeekSummaryRow

BELOW = QColor("#8a5a00")  # amber text: below the reference (the words say it too)


class WeekSummary(QWidget):
    """A small table: initials, face-to-face "n of 6", reached or not, all contacts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        self.note.setVisible(False)  # said in the heading's tooltip: the panel stays narrow
        layout.addWidget(self.table, 1)
        self._rows: list[WeekSummaryRow] = []
        self._week: tuple[int, int] | None = None
        self.retranslate()

    def show_week(self, week: tuple[int, int], rows: list[WeekSummaryRow]) -> None:
        self._week, self._rows = week, list(rows)
        self._fill()

    def rows(self) -> list[WeekSummaryRow]:
        return list(self._rows)

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each row says (initials, face-to-face, total): for tests and screen readers."""
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]

    def _fill(self) -> None:
        if self._week is not None:
            self.heading.setText(self.tr("Face to face, week %1 (reference %2)").replace(
                "%1", str(self._week[1])).replace("%2", str(FACE_TO_FACE_WEEKLY_REFERENCE)))
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            who = QTableWidgetItem(row.initials)
            who.setToolTip(row.name)
            verdict = self.tr("reached") if row.meets_reference else self.tr("below")
            face = QTableWidgetItem(self.tr("%1 of %2 – %3").replace("%1", str(row.face_to_face))
                                    .replace("%2", str(FACE_TO_FACE_WEEKLY_REFERENCE))
                                    .replace("%3", verdict))
            if not row.meets_reference:
                face.setForeground(QBrush(BELOW))
            face.setToolTip(self.tr("%1: %2 face-to-face employer contacts this week")
                            .replace("%1", row.name).replace("%2", str(row.face_to_face)))
            total = QTableWidgetItem(str(row.total))
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total.setToolTip(self.tr("All employer contacts this week, any mode"))
            for c, item in enumerate((who, face, total)):
                self.table.setItem(r, c, item)
        # As wide as its words, so that "reached" or "below" is never cut.
        self.table.resizeColumnsToContents()
        scroll = self.table.verticalScrollBar().sizeHint().width()
        needed = self.table.horizontalHeader().length() + scroll + 2 * self.table.frameWidth() + 4
        self.setFixedWidth(needed)  # the log keeps the rest of the room

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Consultant"), self.tr("Face to face"), self.tr("All")])
        reference = self.tr("Reference: %1 face-to-face contacts a week (IPS fidelity scale)")
        self.note.setText(reference.replace("%1", str(FACE_TO_FACE_WEEKLY_REFERENCE)))
        self.heading.setToolTip(self.note.text())
        self.table.setToolTip(self.note.text())
        self.heading.setText(self.tr("Face to face"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
