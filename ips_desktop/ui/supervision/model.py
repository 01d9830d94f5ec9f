"""The supervision list as a two-level Qt model: a heading per consultant, a row per course.

The order is the service's (consultants by name, then what needs attention
first); the model never re-sorts or recomputes a figure, it only words them
(`cells.SupervisionCells`) and filters by one rule (the home screen's links).
The discussed tick is the one thing edited in the tree: the model asks its
`on_discussed` callback (the area calls the service) and shows the row the
service gives back.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ips_desktop.domain.rules import RuleId
from ips_desktop.services.supervision import ConsultantWeek, SupervisionList, SupervisionRow
from ips_desktop.ui.supervision.cells import SupervisionCells, day_text
from ips_desktop.ui.texts import phase_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the SupervisionRow (None on a heading)
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # the ConsultantWeek (on a heading)
OVERDUE = QColor("#b00020")  # as the participant list; the text says it too
HEADING_BACKGROUND = QColor("#e8eef6")
OVER_BACKGROUND = QColor("#f9dde1")  # a heading over capacity
NO_PARENT = 0  # a heading's internal id; a course row's is its heading's number + 1

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The issue's columns; on screen the tick and the flags stand next to the name, where
    the team lead's eye is while the group talks (the paper keeps the issue's order)."""

    PARTICIPANT = 0
    DISCUSSED = 1
    FLAGS = 2
    PHASE = 3
    DAYS_IN_IPS = 4
    FIRST_MEETING = 5
    FIRST_EMPLOYER_CONTACT = 6
    PROFILE = 7
    PLAN = 8
    LAST_CONTACT = 9
    PLACEMENT = 10
    NEXT_FOLLOW_UP = 11
    NOTE = 12


class SupervisionModel(QAbstractItemModel):
    def __init__(self, on_discussed: Callable[[SupervisionRow, bool], SupervisionRow | None]
                 | None = None) -> None:
        super().__init__()
        self.cells = SupervisionCells(self)
        self.listing: SupervisionList | None = None
        self._groups: list[tuple[ConsultantWeek, list[SupervisionRow]]] = []
        self._rule: RuleId | None = None
        self._on_discussed = on_discussed
        self.headers = self._headers()

    # -- data in -----------------------------------------------------------------------------

    def set_listing(self, listing: SupervisionList | None) -> None:
        self.beginResetModel()
        self.listing = listing
        self._groups = self._grouped()
        self.endResetModel()

    def set_rule(self, rule: RuleId | None) -> None:
        """Only the courses late on `rule` (None: every course), under their headings."""
        self.beginResetModel()
        self._rule = rule
        self._groups = self._grouped()
        self.endResetModel()

    @property
    def rule(self) -> RuleId | None:
        return self._rule

    def _grouped(self) -> list[tuple[ConsultantWeek, list[SupervisionRow]]]:
        if self.listing is None:
            return []
        rule = self._rule
        groups = []
        for week in self.listing.consultants:
            rows = list(week.rows) if rule is None else [r for r in week.rows if r.has_flag(rule)]
            if rows or rule is None:
                groups.append((week, rows))
        return groups

    def replace_row(self, row: SupervisionRow) -> None:
        """A row changed (ticked, a note saved): shown again where it stands."""
        for number, (_week, rows) in enumerate(self._groups):
            for position, old in enumerate(rows):
                if old.course_id == row.course_id:
                    rows[position] = row
                    self.dataChanged.emit(self.index(position, 0, self.index(number, 0)),
                                          self.index(position, len(Column) - 1,
                                                     self.index(number, 0)))
                    return

    def retranslate(self) -> None:
        self.headers = self._headers()
        self.beginResetModel()  # every cell's words
        self.endResetModel()

    def _headers(self) -> list[str]:
        words = self.cells.headers()
        return [words[column.name] for column in Column]

    # -- reading -----------------------------------------------------------------------------

    def course_count(self) -> int:
        return sum(len(rows) for _week, rows in self._groups)

    def heading_count(self) -> int:
        return len(self._groups)

    def heading_at(self, number: int) -> ConsultantWeek:
        return self._groups[number][0]

    def row_of(self, index: Index) -> SupervisionRow | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of_course(self, course_id: uuid.UUID, column: int = 0) -> QModelIndex:
        for number, (_week, rows) in enumerate(self._groups):
            for position, row in enumerate(rows):
                if row.course_id == course_id:
                    return self.index(position, column, self.index(number, 0))
        return QModelIndex()

    # -- Qt's model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.internalId() != NO_PARENT:
                return QModelIndex()
            rows = self._groups[parent.row()][1]
            if 0 <= row < len(rows) and 0 <= column < len(Column):
                return self.createIndex(row, column, parent.row() + 1)
            return QModelIndex()
        if 0 <= row < len(self._groups) and 0 <= column < len(Column):
            return self.createIndex(row, column, NO_PARENT)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != NO_PARENT and index.column() == Column.DISCUSSED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == NO_PARENT:
            return self._heading_data(self._groups[index.row()][0], index.column(), role)
        row = self._groups[index.internalId() - 1][1][index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.DISCUSSED:
            return (Qt.CheckState.Checked if row.discussed_on is not None
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and self._late(row, column):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_IN_IPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _heading_data(self, week: ConsultantWeek, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells.heading(week)
        if role == HEADING_ROLE:
            return week
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:  # over capacity: the words say it too
            return QBrush(OVER_BACKGROUND if self.cells.over_capacity(week)
                          else HEADING_BACKGROUND)
        return None

    def display(self, row: SupervisionRow, column: Column) -> str:
        """A cell's text as the tree shows it (the tests read these)."""
        cells = self.cells
        if column == Column.PARTICIPANT:
            return row.name
        if column == Column.PHASE:
            return phase_text(row.phase)
        if column == Column.DAYS_IN_IPS:
            return str(row.days_in_ips)
        if column == Column.FIRST_MEETING:
            return cells.deadline(row.first_meeting)
        if column == Column.FIRST_EMPLOYER_CONTACT:
            return cells.deadline(row.first_employer_contact)
        if column == Column.PROFILE:
            return cells.form(row.profile)
        if column == Column.PLAN:
            return cells.plan(row)
        if column == Column.LAST_CONTACT:
            return cells.last_contact(row)
        if column == Column.PLACEMENT:
            return cells.placement(row.placement)
        if column == Column.NEXT_FOLLOW_UP:
            return cells.follow_up(row.next_follow_up, self._as_of())
        if column == Column.FLAGS:
            return cells.flags(row)
        if column == Column.DISCUSSED:
            return cells.discussed(row)
        return " ".join(row.note.split())  # the note on one line; the editor shows it whole

    def _late(self, row: SupervisionRow, column: Column) -> bool:
        if column == Column.FIRST_MEETING:
            return row.first_meeting.days_overdue > 0
        if column == Column.FIRST_EMPLOYER_CONTACT:
            return row.first_employer_contact.days_overdue > 0
        if column == Column.PLAN:
            return row.plan_review.days_overdue > 0
        if column == Column.LAST_CONTACT:
            return row.outreach_due
        if column == Column.FLAGS:
            return bool(row.flags) or row.consent_missing
        if column == Column.NEXT_FOLLOW_UP:
            return row.next_follow_up is not None and row.next_follow_up <= self._as_of()
        return False

    def _as_of(self) -> date:
        """The day the list's rules are read at (today clamped into its week)."""
        return self.listing.as_of if self.listing is not None else date.today()

    def _tooltip(self, row: SupervisionRow, column: Column) -> str | None:
        as_of = self._as_of()
        if column == Column.FLAGS:
            return self.cells.flags_tip(row, as_of)
        if column == Column.PLACEMENT:
            return self.cells.placement_tip(row.placement)
        if column == Column.PLAN and row.plan.status is not None:
            return self.cells.form(row.plan)
        if column == Column.LAST_CONTACT and row.last_contact is not None:
            return day_text(row.last_contact)
        if column == Column.NOTE:
            return row.note or None
        text = self.display(row, column)
        return text or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_of(index)
        if (row is None or index.column() != Column.DISCUSSED
                or role != Qt.ItemDataRole.CheckStateRole or self._on_discussed is None):
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        changed = self._on_discussed(row, ticked)
        if changed is None:
            return False
        self.replace_row(changed)
        return True


def ticked(row: SupervisionRow, on: date | None) -> SupervisionRow:
    """The row as the service now holds it after a tick (`on`) or untick (None)."""
    return dataclasses.replace(row, discussed_on=on)


def with_note(row: SupervisionRow, note: str) -> SupervisionRow:
    return dataclasses.replace(row, note=note.strip())
