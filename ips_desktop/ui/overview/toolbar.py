"""The Team overview's toolbar: the months shown (from, to, presets), whose figures, output.

It holds and words the controls; the area connects them. The period is two
months (`first` and `last`, first days of months, both included), typed or
stepped in month fields, or set by a preset: the last 12 or 24 months up to
this month, or this year so far. Alt+Left / Alt+Right move the whole period a
month (the calendar's keys, `widgets.period_keys`), Ctrl+T goes back to the
last 12 months. "The whole team" or one consultant is chosen beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ips_desktop.services.consultants import ConsultantView
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.widgets.flow_layout import FlowLayout
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS

TEAM = "team"  # the chooser's "whole team" entry; the others are consultants' ids
MONTH_FORMAT = "MM.yyyy"  # typed the Danish way; stepped with the arrow keys


def month_of(day: date) -> date:
    return date(day.year, day.month, 1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def last_months(today: date, count: int) -> tuple[date, date]:
    """The `count` months up to and including today's."""
    last = month_of(today)
    return add_months(last, 1 - count), last


def this_year(today: date) -> tuple[date, date]:
    return date(today.year, 1, 1), month_of(today)


class MonthEdit(QDateEdit):
    """A month typed or stepped (MM.yyyy); it answers only when the user is done typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(MONTH_FORMAT)
        self.setKeyboardTracking(False)  # one answer per month typed, not per keystroke
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 1))

    def month(self) -> date:
        shown = self.date()
        return date(shown.year(), shown.month(), 1)

    def set_month(self, month: date) -> None:
        self.blockSignals(True)
        self.setDate(QDate(month.year, month.month, 1))
        self.blockSignals(False)


class OverviewToolbar(QWidget):
    period_chosen = Signal(object, object)  # first, last: the months the user chose
    whose_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.first_edit, self.last_edit = MonthEdit(), MonthEdit()
        self.from_label.setBuddy(self.first_edit)
        self.to_label.setBuddy(self.last_edit)
        self.months_12, self.months_24, self.year_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.whose = QComboBox()
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A name may hold 200 characters: the chooser stops at about 40 (the whole name is
        # in its tooltip), so the toolbar never pushes the window past a laptop's screen.
        self.whose.setMaximumWidth(self.whose.fontMetrics().averageCharWidth() * 40 + 40)
        self.whose.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self.report_button = QPushButton()  # the period report for STAR and the case system
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        for field in (self.from_label, self.first_edit, self.to_label, self.last_edit):
            row.addWidget(field)
        presets = QWidget()
        row = QHBoxLayout(presets)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.months_12, self.months_24, self.year_button):
            row.addWidget(widget)
        bar = FlowLayout(self)
        for control in (period, presets, self.whose, self.print_button, self.export_button,
                        self.report_button):
            bar.addWidget(control)
        self.first_edit.dateChanged.connect(lambda _: self._typed())
        self.last_edit.dateChanged.connect(lambda _: self._typed())
        self.whose.currentIndexChanged.connect(lambda _: self.whose_chosen.emit())
        self.retranslate()

    # -- the period --------------------------------------------------------------------------

    def set_period(self, first: date, last: date) -> None:
        """Show the months (the area's choice); no signal."""
        self.first_edit.set_month(first)
        self.last_edit.set_month(last)

    def period(self) -> tuple[date, date]:
        first, last = self.first_edit.month(), self.last_edit.month()
        return (first, last) if first <= last else (last, first)

    def _typed(self) -> None:
        self.period_chosen.emit(*self.period())

    # -- whose figures -----------------------------------------------------------------------

    def set_team(self, team: Sequence[ConsultantView]) -> None:
        """The whole team, then each consultant; the choice made is kept. No signal."""
        chosen = self.whose.currentData()
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem("", TEAM)
        for person in team:
            self.whose.addItem(f"{person.name} ({person.initials})", person.id)
            self.whose.setItemData(self.whose.count() - 1, f"{person.name} ({person.initials})",
                                   Qt.ItemDataRole.ToolTipRole)
        self._word_team()
        self.whose.setCurrentIndex(max(0, self.index_of(chosen)))
        self.whose.blockSignals(False)

    def index_of(self, data: object) -> int:
        """The chooser's row holding `data` (findData cannot compare a uuid), or -1."""
        return next((row for row in range(self.whose.count())
                     if self.whose.itemData(row) == data), -1)

    def chosen(self) -> uuid.UUID | None:
        """One consultant's id, or None for the whole team."""
        data = self.whose.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def choose(self, consultant_id: uuid.UUID | None) -> None:
        """Show `consultant_id` (or the team) as chosen; no signal."""
        self.whose.blockSignals(True)
        self.whose.setCurrentIndex(max(0, self.index_of(consultant_id or TEAM)))
        self.whose.blockSignals(False)

    def _word_team(self) -> None:
        if self.whose.count():
            self.whose.setItemText(0, self.tr("The whole team"))

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.first_edit.setAccessibleName(self.tr("First month"))
        self.last_edit.setAccessibleName(self.tr("Last month"))
        tip = self.tr("Move the period a month: %1 and %2").replace(
            "%1", native_keys(PREVIOUS_KEYS)).replace("%2", native_keys(NEXT_KEYS))
        self.first_edit.setToolTip(tip)
        self.last_edit.setToolTip(tip)
        self.months_12.setText(self.tr("12 months"))
        self.months_12.setToolTip(self.tr("The last 12 months (%1)").replace(
            "%1", native_keys(TODAY_KEYS)))
        self.months_24.setText(self.tr("24 months"))
        self.months_24.setToolTip(self.tr("The last 24 months"))
        self.year_button.setText(self.tr("This year"))
        self.whose.setAccessibleName(self.tr("Whose figures"))
        self._word_team()
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(native_keys("Ctrl+P"))
        self.export_button.setText(self.tr("Export…"))
        self.report_button.setText(self.tr("Period report…"))
        self.report_button.setToolTip(self.tr(
            "The courses started and ended in the months shown, for the municipal case "
            "system (IPS STAR), and the quarterly figures"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
