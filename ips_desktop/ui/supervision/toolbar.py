"""The supervision list's toolbar: the week (before, today, after, a month to pick from),
whose list, the rule filter when one is set, and printing and export.

It holds and words the controls; the area connects them. The week is moved with
the calendar's keys (`widgets.period_keys`) and picked in the same month
calendar with ISO weeks (`widgets.month_picker`). The whose chooser lists
"the whole team" and each consultant for a team lead; a consultant sees their
own caseload and no chooser. A rule filter (set by the home screen's links) is
said in words with a button that clears it, so a filtered list never looks whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ips_desktop.domain.rule_texts import rule_short
from ips_desktop.domain.rules import RuleId
from ips_desktop.services.consultants import ConsultantView
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.widgets.flow_layout import FlowLayout
from ips_desktop.ui.widgets.month_picker import MonthPicker
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS

TEAM = "team"  # the whose chooser's "whole team" entry; the others are consultants' ids


class SupervisionToolbar(QWidget):
    day_chosen = Signal(object)  # a datetime.date picked in the month calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = QPushButton()
        self.title = QToolButton()  # "Uge 47, 2026": opens the month calendar
        self.title.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.picker: MonthPicker | None = None  # made when first opened
        self._menu = QMenu(self.title)
        self._menu.aboutToShow.connect(self._make_picker)
        self.title.setMenu(self._menu)
        self.whose = QComboBox()
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_label = QLabel()
        self.filter_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.clear_filter = QPushButton()
        self.count = QLabel()
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self._lead = False
        self._rule: RuleId | None = None
        week_group = QWidget()
        week_row = QHBoxLayout(week_group)
        week_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button):
            week_row.addWidget(widget)
        week_row.addSpacing(8)
        week_row.addWidget(self.title)
        week_row.addSpacing(16)
        filter_group = QWidget()
        filter_row = QHBoxLayout(filter_group)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.clear_filter)
        self.filter_group = filter_group
        bar = FlowLayout(self)
        for control in (week_group, self.whose, filter_group, self.count,
                        self.print_button, self.export_button):
            bar.addWidget(control)
        self.set_rule(None)
        self.retranslate()

    def _make_picker(self) -> None:
        if self.picker is not None:
            return
        self.picker = MonthPicker()
        self.picker.day_chosen.connect(self._picked)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.picker)
        self._menu.addAction(action)

    def _picked(self, day: object) -> None:
        self._menu.hide()
        self.day_chosen.emit(day)

    # -- whose list --------------------------------------------------------------------------

    def set_team(self, me: uuid.UUID | None, lead: bool,
                 team: Sequence[ConsultantView]) -> None:
        """A team lead (or a database without an owner) chooses the team or one consultant;
        a consultant sees their own caseload and no chooser. The choice made is kept."""
        self._lead = lead or me is None
        chosen = self.whose.currentData()
        self.whose.blockSignals(True)
        self.whose.clear()
        if self._lead:
            self.whose.addItem("", TEAM)
            for person in team:
                self.whose.addItem(f"{person.name} ({person.initials})", person.id)
        else:
            self.whose.addItem("", me)
        self._word_team()
        self.whose.setCurrentIndex(max(0, self.index_of(chosen)))
        self.whose.blockSignals(False)
        self.whose.setVisible(self._lead)

    def index_of(self, data: object) -> int:
        """The chooser's row holding `data` (findData cannot compare a uuid), or -1."""
        return next((row for row in range(self.whose.count())
                     if self.whose.itemData(row) == data), -1)

    def chosen(self) -> uuid.UUID | None:
        """Whose list: one consultant's id, or None for the whole team."""
        data = self.whose.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def _word_team(self) -> None:
        if self.whose.count() and self.whose.itemData(0) == TEAM:
            self.whose.setItemText(0, self.tr("The whole team"))
        elif self.whose.count():
            self.whose.setItemText(0, self.tr("My caseload"))

    # -- the rule filter ---------------------------------------------------------------------

    def set_rule(self, rule: RuleId | None) -> None:
        self._rule = rule
        self.filter_group.setVisible(rule is not None)
        self._word_rule()

    def _word_rule(self) -> None:
        if self._rule is not None:
            self.filter_label.setText(self.tr("Only late on: %1").replace(
                "%1", rule_short(self._rule)))

    # -- words -------------------------------------------------------------------------------

    def set_week_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous week (%1)").replace(
            "%1", native_keys(PREVIOUS_KEYS)))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.next_button.setToolTip(self.tr("Next week (%1)").replace("%1", native_keys(NEXT_KEYS)))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.today_button.setText(self.tr("This week"))
        self.today_button.setToolTip(native_keys(TODAY_KEYS))
        self.title.setToolTip(self.tr("Choose a week"))
        self.whose.setAccessibleName(self.tr("Whose list"))
        self._word_team()
        self._word_rule()
        self.clear_filter.setText(self.tr("Show every course"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(native_keys("Ctrl+P"))
        self.export_button.setText(self.tr("Export…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

