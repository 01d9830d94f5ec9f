"""The Team overview's staffing: each consultant's periods and FTE for IPS, changed from a day.

The steering group reads resources month by month, so staffing is kept as
periods (`services.staffing`): a consultant's row shows today's FTE and
whether they are in the team, and opens to their periods. "New FTE from a
date…" closes the open period the day before and opens a new one; "Leaves the
team…" ends it; "Back in the team…" opens one again. The list is read when the
tab is shown (it is small: one row per consultant), and again after a change.
The period chosen in the toolbar does not filter it: staffing is the whole
history.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import current_language, error_message
from ips_desktop.services import problems, staffing
from ips_desktop.services.staffing import StaffingRow
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.figures_read import fte_text
from ips_desktop.ui.overview.staffing_dialog import Change, StaffingDialog
from ips_desktop.ui.widgets.message_bar import MessageBar

ROW_ROLE = Qt.ItemDataRole.UserRole  # a consultant's row: their StaffingRow


def day_text(day: date | None) -> str:
    return "" if day is None else f"{day.day}.{day.month}.{day.year}"


class StaffingTab(QWidget):
    changed = Signal()  # a period was saved (the figures read again when next shown)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.period: tuple[date, date, uuid.UUID | None] | None = None
        self.rows: list[StaffingRow] = []
        self.message = MessageBar()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_: self._word_buttons())
        self.fte_button, self.leave_button, self.rejoin_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.fte_button.clicked.connect(lambda: self.change(Change.FTE))
        self.leave_button.clicked.connect(lambda: self.change(Change.LEAVE))
        self.rejoin_button.clicked.connect(lambda: self.change(Change.REJOIN))
        buttons = QHBoxLayout()
        for button in (self.fte_button, self.leave_button, self.rejoin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def set_period(self, first: date, last: date, consultant_id: uuid.UUID | None) -> None:
        self.period = (first, last, consultant_id)
        self.reload()

    def reload(self) -> None:
        """Read the staffing again (a few rows: on the GUI thread) and keep the choice."""
        try:
            self.rows = staffing.staffing(self.ws.ctx, today=tabs.today())
        except PermissionError as refused:
            self.message.say(str(refused))
            return
        except Exception as exc:
            problem = problems.storage_problem(exc)
            if problem is None:
                raise
            self.message.say(error_message(problem))
            return
        self._fill()

    def _fill(self) -> None:
        chosen = self.current_row()
        chosen_id = chosen.consultant_id if chosen is not None else (
            self.period[2] if self.period is not None else None)
        language = current_language()
        self.tree.clear()
        for row in self.rows:
            status = (self.tr("Left the team %1").replace("%1", day_text(row.left_on))
                      if row.left_on is not None else
                      self.tr("In the team") if row.in_team else self.tr("No staffing"))
            item = QTreeWidgetItem([f"{row.name} ({row.initials})",
                                    fte_text(row.current_fte, language), status, ""])
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(0, f"{row.name} ({row.initials})")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for period in reversed(row.periods):  # newest first
                until = (day_text(period.ends_on) if period.ends_on is not None
                         else self.tr("open"))
                child = QTreeWidgetItem([
                    self.tr("%1 – %2").replace("%1", day_text(period.starts_on))
                    .replace("%2", until),
                    fte_text(period.fte, language), "", ""])
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if row.consultant_id == chosen_id:
                self.tree.setCurrentItem(item)
        # A 200-character name is cut short ("…", whole in its tooltip): FTE and status
        # stay in sight beside it.
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.resizeColumnToContents(0)
        widest = self.tree.fontMetrics().averageCharWidth() * 48
        header.resizeSection(0, min(header.sectionSize(0), widest))
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._word_buttons()

    def current_row(self) -> StaffingRow | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        data = item.data(0, ROW_ROLE) if item is not None else None
        return data if isinstance(data, StaffingRow) else None

    def choose(self, consultant_id: uuid.UUID) -> None:
        for number in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(number)
            row = item.data(0, ROW_ROLE) if item is not None else None
            if (item is not None and isinstance(row, StaffingRow)
                    and row.consultant_id == consultant_id):
                self.tree.setCurrentItem(item)

    def change(self, change: Change) -> bool:
        """Open the dialog for `change` on the chosen consultant; True when saved."""
        row = self.current_row()
        if row is None:
            return False
        dialog = StaffingDialog(self.ws, row, change, today=tabs.today(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        self.changed.emit()
        return True

    def _word_buttons(self) -> None:
        row = self.current_row()
        in_team = row is not None and row.in_team
        self.fte_button.setEnabled(in_team)
        self.leave_button.setEnabled(in_team and row is not None
                                     and row.consultant_id != self.ws.ctx.actor_id)
        self.rejoin_button.setEnabled(row is not None and not row.in_team)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Each consultant's real FTE for IPS, period by period: the FTE chart and the "
            "caseload size per FTE count these. A change counts from its day on."))
        self.tree.setHeaderLabels([self.tr("Consultant and periods"), self.tr("FTE"),
                                   self.tr("Status"), ""])
        self.tree.setAccessibleName(self.tr("Staffing"))
        self.fte_button.setText(self.tr("New FTE from a date…"))
        self.leave_button.setText(self.tr("Leaves the team…"))
        self.rejoin_button.setText(self.tr("Back in the team…"))
        if self.rows:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
