"""The month calendar beside the week: ISO weeks, Monday first, the week shown and holidays
marked, and a click on a day is what it reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QTableView

from ips_desktop.ui.widgets.month_picker import (
    HOLIDAY_TEXT,
    SHOWN_BACKGROUND,
    MonthPicker,
    to_qdate,
)


def day_cell(picker: MonthPicker, day: date):
    """The view's index showing `day` (the grid has a header row and a week-number column)."""
    view = picker.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if row and column and str(index.data()) == str(day.day) and (
                    row > 2 or day.day < 15):  # the month's own day, not the one before/after
                return view, index
    raise AssertionError(day)


def test_a_click_on_a_day_reports_it_and_the_week_shown_is_marked(qtbot):
    picker = MonthPicker()
    qtbot.addWidget(picker)
    picker.show()
    assert picker.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert picker.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    picker.show_days(date(2026, 12, 21), date(2026, 12, 25), {date(2026, 12, 25): "Juledag",
                                                             date(2027, 1, 1): "Nytårsdag"})
    assert picker.selectedDate() == to_qdate(date(2026, 12, 21))
    monday = picker.dateTextFormat(to_qdate(date(2026, 12, 21)))
    assert monday.background().color() == SHOWN_BACKGROUND
    christmas = picker.dateTextFormat(to_qdate(date(2026, 12, 25)))
    assert christmas.foreground().color() == HOLIDAY_TEXT
    assert picker.dateTextFormat(to_qdate(date(2027, 1, 1))).foreground().color() == HOLIDAY_TEXT
    picker.show_days(date(2026, 12, 28), date(2027, 1, 1), {})
    assert picker.dateTextFormat(to_qdate(date(2026, 12, 21))).background().color() \
        != SHOWN_BACKGROUND  # the week before is no longer marked

    with qtbot.waitSignal(picker.day_chosen) as chosen:
        view, index = day_cell(picker, date(2026, 12, 9))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(index).center())
    assert chosen.args == [date(2026, 12, 9)]
