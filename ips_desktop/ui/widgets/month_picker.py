"""The small month calendar beside the week: ISO week numbers, Monday first, a click jumps.

A QCalendarWidget (its keyboard, its month and year buttons) showing the days
of the week on screen highlighted and the public holidays in red, so a
consultant sees at a glance where in the month the grid is. Choosing a day
(a click, or Enter on the day the arrow keys reached) emits `day_chosen`. Red
means a holiday only: the weekend is grey, not Qt's red.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

SHOWN_BACKGROUND = QColor("#dbe8f7")
HOLIDAY_TEXT = QColor("#b00020")
WEEKEND_TEXT = QColor("#5f6b7a")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class MonthPicker(QCalendarWidget):
    day_chosen = Signal(object)  # a datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setGridVisible(False)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        # Red means a public holiday here, so the weekend is not red as well (Qt's default).
        weekend = QTextCharFormat()
        weekend.setForeground(WEEKEND_TEXT)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self._marked: list[date] = []
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def _chosen(self, day: QDate) -> None:
        self.day_chosen.emit(from_qdate(day))

    def show_days(self, first: date, last: date, holidays: Mapping[date, str], *,
                  current: date | None = None) -> None:
        """Highlight `first`..`last` (the days the grid shows) and mark `holidays`; the
        month shown is `current`'s (the day gone to), else `first`'s."""
        for day in self._marked:
            self.setDateTextFormat(to_qdate(day), QTextCharFormat())
        self._marked = []
        day = first
        while day <= last:
            self._mark(day, shown=True, holiday=day in holidays)
            day += timedelta(days=1)
        for holiday in holidays:
            if not first <= holiday <= last:
                self._mark(holiday, shown=False, holiday=True)
        self.blockSignals(True)  # moving the selection is not the user choosing a day
        self.setSelectedDate(to_qdate(current if current is not None else first))
        self.blockSignals(False)

    def _mark(self, day: date, *, shown: bool, holiday: bool) -> None:
        fmt = QTextCharFormat()
        if shown:
            fmt.setBackground(SHOWN_BACKGROUND)
        if holiday:
            fmt.setForeground(HOLIDAY_TEXT)
            fmt.setFontWeight(QFont.Weight.Bold)
        elif day.isoweekday() >= 6:
            fmt.setForeground(WEEKEND_TEXT)
        self.setDateTextFormat(to_qdate(day), fmt)
        self._marked.append(day)
