"""Presence coverage: the months around the one shown, and whether each has a presence day.

IPS asks a consultant to be in psychiatry at least once a month (co-location),
so a month without a single presence day is what this strip points out: its
row says so in words ("ingen mødedage") and in colour, not by colour alone.
The figures come from `services.calendar.presence_coverage` (distinct days with
a presence occurrence); the area fetches them and hands them here. A click on
a month asks the area to show its first week (`month_chosen`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ips_desktop.services.calendar import MonthCoverage

MONTHS_BACK, MONTHS_AHEAD = 3, 3
MISSING_STYLE = ("QPushButton { background: #fde7e9; color: #8a0015; border: 1px solid #e8a3ab;"
                 " text-align: left; padding: 2px 6px; font-weight: bold; }")
COVERED_STYLE = "QPushButton { text-align: left; padding: 2px 6px; border: 1px solid #d0d7de; }"
SHOWN_STYLE_EXTRA = " QPushButton { border: 2px solid #3a6ea5; }"


def month_range(year: int, month: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and last (year, month) of the strip around the month shown."""
    def shifted(by: int) -> tuple[int, int]:
        index = year * 12 + (month - 1) + by
        return index // 12, index % 12 + 1
    return shifted(-MONTHS_BACK), shifted(MONTHS_AHEAD)


class CoverageStrip(QWidget):
    month_chosen = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rows: list[QPushButton] = []
        self._months: list[MonthCoverage] = []
        self._shown: tuple[int, int] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self.retranslate()

    def set_coverage(self, months: Sequence[MonthCoverage], shown: tuple[int, int]) -> None:
        """One row per month in `months`; `shown` (year, month) is framed."""
        self._months, self._shown = list(months), shown
        while len(self.rows) < len(self._months):
            row = QPushButton()
            row.setFlat(False)
            row.setCursor(Qt.CursorShape.PointingHandCursor)
            index = len(self.rows)
            row.clicked.connect(lambda _=False, at=index: self._chosen(at))
            self._layout.addWidget(row)
            self.rows.append(row)
        for index, row in enumerate(self.rows):
            row.setVisible(index < len(self._months))
        self._fill()

    def missing(self) -> list[tuple[int, int]]:
        """The months shown without any presence day (what the strip marks)."""
        return [(m.year, m.month) for m in self._months if m.presence_days == 0]

    def _chosen(self, index: int) -> None:
        if index < len(self._months):
            month = self._months[index]
            self.month_chosen.emit(month.year, month.month)

    def _fill(self) -> None:
        locale = QLocale()
        for row, month in zip(self.rows, self._months, strict=False):
            name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
            name = f"{name[:1].upper()}{name[1:]} {month.year}"
            if month.presence_days:
                count = self.tr("%n presence day(s)", "", month.presence_days)
                style = COVERED_STYLE
            else:
                count = self.tr("no presence day")
                style = MISSING_STYLE
            if (month.year, month.month) == self._shown:
                style += SHOWN_STYLE_EXTRA
            row.setText(f"{name}: {count}")
            row.setStyleSheet(style)
            row.setAccessibleName(f"{name}: {count}")
            row.setToolTip(self.tr("Show the first week of this month"))
            row.setProperty("missing", not month.presence_days)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Presence in psychiatry"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
