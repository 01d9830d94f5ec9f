"""The calendar's toolbar: the period (before, today, after, its title), the view, whose
calendar, "only presence days", and the buttons for a new event, printing and .ics.

It only holds and words the controls; the area connects them. The whose-calendar
chooser is shown to a team lead alone: my calendar, each colleague's, or every
consultant's presence days side by side (`LANES`). Laid out in a flow layout, so
in a narrow window the controls wrap onto a second line instead of setting the
window's least width.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from ips_desktop.services.consultants import ConsultantView
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.widgets.flow_layout import FlowLayout
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS

LANES = "lanes"  # the consultant chooser's "side by side" entry; the others are ids


class View(IntEnum):
    DAY = 0
    WORK_WEEK = 1
    FULL_WEEK = 2


class CalendarToolbar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = QPushButton()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.view_choice = QComboBox()
        for _ in View:
            self.view_choice.addItem("")
        self.view_choice.setCurrentIndex(View.WORK_WEEK)
        self.consultant = QComboBox()
        self.consultant.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.only_presence = QCheckBox()
        self.new_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        self._lead = False
        self._team: list[tuple[uuid.UUID, str]] = []
        week_group = QWidget()
        week_row = QHBoxLayout(week_group)
        week_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.today_button, self.next_button):
            week_row.addWidget(widget)
        week_row.addSpacing(8)
        week_row.addWidget(self.title)
        week_row.addSpacing(16)
        bar = FlowLayout(self)
        for control in (week_group, self.view_choice, self.consultant, self.only_presence,
                        self.new_button, self.print_button, self.export_button):
            bar.addWidget(control)
        self.retranslate()

    # -- whose calendar ---------------------------------------------------------------------

    def set_team(self, me: uuid.UUID | None, lead: bool,
                 team: Sequence[ConsultantView]) -> None:
        """The chooser's entries (the choice made is kept); shown to a team lead only."""
        self._lead = lead
        self._team = [(p.id, f"{p.initials} – {p.name}") for p in team if p.id != me]
        chosen = self.consultant.currentData()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem("", me)
        if lead:
            for person, text in self._team:
                self.consultant.addItem(text, person)
            self.consultant.addItem("", LANES)
        self._word_team()
        self.consultant.setCurrentIndex(max(0, self.index_of(chosen)))
        self.consultant.blockSignals(False)
        self.consultant.setVisible(lead)

    def index_of(self, data: object) -> int:
        """The chooser's row holding `data` (findData cannot compare a uuid), or -1."""
        return next((row for row in range(self.consultant.count())
                     if self.consultant.itemData(row) == data), -1)

    def side_by_side(self) -> bool:
        return self.consultant.currentData() == LANES

    def chosen(self) -> uuid.UUID | None:
        """The one consultant whose calendar is shown (None side by side)."""
        data = self.consultant.currentData()
        return data if isinstance(data, uuid.UUID) else None

    # -- words ------------------------------------------------------------------------------

    def _word_team(self) -> None:
        if self.consultant.count():
            self.consultant.setItemText(0, self.tr("My calendar"))
        if self._lead:
            self.consultant.setItemText(self.consultant.count() - 1,
                                        self.tr("Everyone’s presence days side by side"))

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous (%1)").replace(
            "%1", native_keys(PREVIOUS_KEYS)))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next (%1)").replace("%1", native_keys(NEXT_KEYS)))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(native_keys(TODAY_KEYS))
        self.view_choice.setItemText(View.DAY, self.tr("Day"))
        self.view_choice.setItemText(View.WORK_WEEK, self.tr("Work week"))
        self.view_choice.setItemText(View.FULL_WEEK, self.tr("Full week"))
        self.view_choice.setAccessibleName(self.tr("View"))
        self.consultant.setAccessibleName(self.tr("Whose calendar"))
        self._word_team()
        self.only_presence.setText(self.tr("Only presence days"))
        self.new_button.setText(self.tr("New event…"))
        self.print_button.setText(self.tr("Print…"))
        self.export_button.setText(self.tr("Export .ics…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

