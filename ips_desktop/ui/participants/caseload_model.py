"""The caseload as a Qt table model: sorting and filtering on the Python list itself.

A QSortFilterProxyModel over a Python model calls back into Python for every
comparison (0.7–1.3 s for 5,000 rows, STYLE.md habit 3); sorting the list and
filtering it here takes milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ips_desktop.domain.enums import Phase
from ips_desktop.domain.rule_texts import overdue_warning, rule_short
from ips_desktop.domain.rules import DueItem, RuleId
from ips_desktop.domain.text_search import fold, query_words
from ips_desktop.services.caseload import CaseloadRow
from ips_desktop.services.collation import sort_key
from ips_desktop.ui.texts import phase_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b00020")

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CONSULTANT = 1
    PHASE = 2
    DAYS_IN_IPS = 3
    LAST_CONTACT = 4
    NEXT_DUE = 5


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CaseloadModel", "Name"),
        QCoreApplication.translate("CaseloadModel", "Consultant"),
        QCoreApplication.translate("CaseloadModel", "Phase"),
        QCoreApplication.translate("CaseloadModel", "Days in IPS"),
        QCoreApplication.translate("CaseloadModel", "Last contact"),
        QCoreApplication.translate("CaseloadModel", "Next due"),
    ]


_PHASE_ORDER = {phase: i for i, phase in enumerate(Phase)}
_FAR = date.max


def _sort_key(column: Column, name_keys: dict[int, bytes]) -> Callable[[CaseloadRow], Any]:
    return {
        Column.NAME: lambda r: name_keys[id(r)],
        Column.CONSULTANT: lambda r: r.consultant_initials,
        Column.PHASE: lambda r: _PHASE_ORDER[r.phase],
        Column.DAYS_IN_IPS: lambda r: r.days_in_ips,
        Column.LAST_CONTACT: lambda r: (r.days_since_contact is None, -(r.days_since_contact or 0)),
        Column.NEXT_DUE: lambda r: r.next_due.due if r.next_due else _FAR,
    }[column]


def _searchable(row: CaseloadRow) -> str:
    """What the search box looks in, folded once per row: the name, CPR and phone."""
    cpr, phone = row.cpr or "", row.phone or ""
    return " ".join((fold(row.name), cpr, cpr.replace("-", ""), phone.replace(" ", "")))


class CaseloadModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._all: list[CaseloadRow] = []
        self._rows: list[CaseloadRow] = []
        self._search: list[str] = []  # the query's words, folded
        # Per row, by id() of the row (kept alive in _all): a UUID's hash is Python code.
        self._haystacks: dict[int, str] = {}
        self._name_keys: dict[int, bytes] = {}
        self._phase: Phase | None = None
        self._only_overdue = False
        self._sort = (Column.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self._headers = _headers()

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = {id(r): _searchable(r) for r in self._all}
        self._name_keys = {}  # collated when the list is sorted by name
        self._rows = self._filtered()
        self._rows.sort(key=self._key(), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def _collate(self) -> None:
        """Names in the UI language's alphabetical order (Danish: æ, ø, å last; Aa as Å)."""
        key = sort_key()
        self._name_keys = {id(r): key(r.name) for r in self._all}

    def _key(self) -> Callable[[CaseloadRow], Any]:
        if self._sort[0] == Column.NAME and len(self._name_keys) != len(self._all):
            self._collate()
        return _sort_key(self._sort[0], self._name_keys)

    def set_filter(
        self,
        *,
        search: str | None = None,
        phase: Phase | bool | None = False,
        only_overdue: bool | None = None,
    ) -> None:
        """Change any of the filters; `phase=None` means every phase."""
        if search is not None:
            self._search = query_words(search)
        if phase is not False:
            self._phase = phase  # type: ignore[assignment]
        if only_overdue is not None:
            self._only_overdue = only_overdue
        self._relayout(self._filtered())

    def _filtered(self) -> list[CaseloadRow]:
        words = self._search
        rows = self._all
        if self._phase is not None:
            rows = [r for r in rows if r.phase is self._phase]
        if self._only_overdue:
            rows = [r for r in rows if r.overdue]
        haystacks = self._haystacks
        for word in words:  # each word narrows the rows: the plain loop is the fast one
            rows = [r for r in rows if word in haystacks[id(r)]]
        return list(rows)

    def retranslate(self) -> None:
        self._headers = _headers()
        self._name_keys = {}  # the new language's alphabet
        if self._sort[0] == Column.NAME:
            self._relayout(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def total(self) -> int:
        return len(self._all)

    def sorting(self) -> tuple[Column, Qt.SortOrder]:
        """The column the list is sorted on, and which way."""
        return self._sort

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_DUE and row.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.DAYS_IN_IPS,
            Column.LAST_CONTACT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CaseloadRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.CONSULTANT:
            return row.consultant_initials
        if column == Column.PHASE:
            return phase_text(row.phase)
        if column == Column.DAYS_IN_IPS:
            return str(row.days_in_ips)
        if column == Column.LAST_CONTACT:
            return self._display_contact(row.days_since_contact)
        return self.due_text(row.next_due) if row.next_due else ""

    def _display_contact(self, days: int | None) -> str:
        if days:
            return self.tr("%n day(s) ago", "", days)
        if days is None:
            return QCoreApplication.translate("CaseloadModel", "none")
        return QCoreApplication.translate("CaseloadModel", "today")

    def due_text(self, due: DueItem) -> str:
        """ "Første møde — 13 dage over fristen" or "Månedlig kontakt — 05.12.2026"."""
        if due.overdue:
            late = self.tr("%n day(s) overdue", "", due.days_overdue)
            return f"{rule_short(due.rule)} — {late}"
        return f"{rule_short(due.rule)} — {due.due.strftime('%d.%m.%Y')}"

    def due_tip(self, due: DueItem) -> str:
        """A due item in the tooltip: an overdue one as the participant page warns of it,
        the rule, how late and what clears it (domain.rule_texts, the same words)."""
        if due.overdue:
            return overdue_warning(due.rule, due.days_overdue)
        return self.due_text(due)

    def _tooltip(self, row: CaseloadRow, column: Column) -> str | None:
        """The whole text of a cell that a narrow column cuts, and what the cell stands for:
        the consultant's name behind the initials, every due item behind the next one."""
        if column == Column.NAME:
            return row.name
        if column == Column.CONSULTANT:
            return row.consultant_name or None
        if column == Column.PHASE:
            return phase_text(row.phase)
        if column == Column.LAST_CONTACT and row.last_contact is not None:
            return row.last_contact.strftime("%d.%m.%Y")
        if column == Column.NEXT_DUE and row.due:
            return "\n".join(self.due_tip(item) for item in row.due)
        return None

    def width_samples(self, column: Column) -> list[str]:
        """The widest texts `column` can show in this language, whatever the rows: every
        phase, each rule with a long overdue count or a date, a long "days ago".

        The list sizes its columns by these, so that a filter or a new row never
        cuts a header or a cell; the consultant's initials are the list's to add.
        """
        long_ago = 999  # days: wider counts are rare enough to show as "…" with a tooltip
        if column == Column.PHASE:
            return [phase_text(phase) for phase in Phase]
        if column == Column.DAYS_IN_IPS:
            return ["8888"]  # four digits: 27 years in IPS
        if column == Column.LAST_CONTACT:
            return [self._display_contact(days) for days in (None, 0, long_ago)]
        if column == Column.NEXT_DUE:
            late = self.tr("%n day(s) overdue", "", long_ago)
            return [f"{rule_short(rule)} — {tail}" for rule in RuleId
                    for tail in (late, "28.08.2028")]
        if column == Column.CONSULTANT:
            return sorted({r.consultant_initials for r in self._all})
        return []

    def display_text(self, row: int, column: Column) -> str:
        """A cell's text as the list shows it (for the printout of the list as shown)."""
        return self._display(self._rows[row], column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Column(column), order)
        self._relayout(self._rows)

    def _relayout(self, rows: list[CaseloadRow]) -> None:
        """New order or subset; the selection stays on the same course, or is cleared.

        Without moving the persistent indexes the view's selection would point at
        whoever now stands in that row, and Enter would open the wrong person.
        """
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._rows[i.row()].course_id, i.column()) for i in old]
        self._rows = sorted(rows, key=self._key(),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        position = {row.course_id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(old, [
            self.index(position[course], column) if course in position else QModelIndex()
            for course, column in kept])
        self.layoutChanged.emit()
