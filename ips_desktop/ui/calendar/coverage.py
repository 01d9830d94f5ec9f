"""Presence coverage: the months around the one shown, and whether each has a presence day.

IPS asks a consultant to be in psychiatry at least once a month (co-location),
so a month without a single presence day is what this strip points out: its
row says so in words ("ingen mødedage") and in colour, not by colour alone.
The figures come from `services.calendar.presence_coverage` (distinct days with
a presence occurrence); the area fetches them and hands them here. A click on
a month asks the area to show its first week (`month_chosen`).
"""

from __future__ import annotations

import uuid
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
    """One row per month (a consultant's calendar) or per consultant (side by side)."""

    month_chosen = Signal(int, int)  # year, month
    consultant_chosen = Signal(object)  # a consultant's uuid (side by side: show theirs)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.rows: list[QPushButton] = []
        self._months: list[MonthCoverage] = []
        self._team: list[tuple[uuid.UUID, str, int]] = []  # id, initials, presence days
        self._shown: tuple[int, int] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self.retranslate()

    def set_coverage(self, months: Sequence[MonthCoverage], shown: tuple[int, int]) -> None:
        """One row per month in `months`; `shown` (year, month) is framed."""
        self._months, self._team, self._shown = list(months), [], shown
        self._make_rows(len(self._months))
        self._fill()

    def set_team(self, team: Sequence[tuple[uuid.UUID, str, int]],
                 shown: tuple[int, int]) -> None:
        """The month `shown` for each consultant: (id, initials, presence days)."""
        self._months, self._team, self._shown = [], list(team), shown
        self._make_rows(len(self._team))
        self._fill()

    def _make_rows(self, count: int) -> None:
        while len(self.rows) < count:
            row = QPushButton()
            row.setCursor(Qt.CursorShape.PointingHandCursor)
            index = len(self.rows)
            row.clicked.connect(lambda _=False, at=index: self._chosen(at))
            self._layout.addWidget(row)
            self.rows.append(row)
        for index, row in enumerate(self.rows):
            row.setVisible(index < count)

    def missing(self) -> list[object]:
        """What the strip marks: the months (year, month) or the consultants (ids) without
        any presence day."""
        if self._team:
            return [person for person, _, days in self._team if days == 0]
        return [(m.year, m.month) for m in self._months if m.presence_days == 0]

    def _chosen(self, index: int) -> None:
        if index < len(self._team):
            self.consultant_chosen.emit(self._team[index][0])
        elif index < len(self._months):
            month = self._months[index]
            self.month_chosen.emit(month.year, month.month)

    def _count(self, days: int) -> str:
        return self.tr("%n presence day(s)", "", days) if days else self.tr("no presence day")

    def _fill(self) -> None:
        if self._team:
            tip = self.tr("Show this consultant’s calendar")
            lines = [(initials, days, False, tip) for _, initials, days in self._team]
        else:
            tip = self.tr("Show the first week of this month")
            lines = [(_month_name(m.year, m.month), m.presence_days,
                      (m.year, m.month) == self._shown, tip) for m in self._months]
        for row, (name, days, framed, tip) in zip(self.rows, lines, strict=False):
            text = f"{name}: {self._count(days)}"
            style = COVERED_STYLE if days else MISSING_STYLE
            row.setText(text)
            row.setStyleSheet(style + (SHOWN_STYLE_EXTRA if framed else ""))
            row.setAccessibleName(text)
            row.setToolTip(tip)
            row.setProperty("missing", not days)
        self._title()

    def _title(self) -> None:
        if self._team and self._shown is not None:
            self.title.setText(self.tr("Presence in psychiatry, %1").replace(
                "%1", _month_name(*self._shown, capital=False)))  # mid-sentence: "december"
        else:
            self.title.setText(self.tr("Presence in psychiatry"))

    def retranslate(self) -> None:
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _month_name(year: int, month: int, *, capital: bool = True) -> str:
    """"December 2026" to begin a row; within a sentence as the language writes it (da and
    nb: "december 2026")."""
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}" if capital else f"{name} {year}"
