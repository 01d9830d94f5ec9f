"""The audit trail as a table model that reads more as the user scrolls (canFetchMore).

The trail may hold millions of events: the model holds the pages read so far
and asks the service for the next one (keyset, services/audit_log.py) when the
view scrolls near the end. Every read runs off the GUI thread: a filter on a
rare kind over a long trail walks many rows before it has a page. A new filter
starts a new load; an answer to an older one is dropped when it comes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ips_desktop.crash_log import log_exception
from ips_desktop.services import audit_log, problems
from ips_desktop.services.audit_log import AuditFilter, AuditPage, AuditRow, details_text
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.privacy.audit_texts import erased_text, kind_text, record_text, system_text
from ips_desktop.ui.widgets.background import run_in_background

WHEN, WHO, KIND, RECORD, DETAILS = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole  # the AuditRow
AnyIndex = QModelIndex | QPersistentModelIndex
Answer = AuditPage | TeamLeadOnly | Exception


def header_text(column: int) -> str:
    return (QCoreApplication.translate("AuditModel", "When"),
            QCoreApplication.translate("AuditModel", "User"),
            QCoreApplication.translate("AuditModel", "Action"),
            QCoreApplication.translate("AuditModel", "Record"),
            QCoreApplication.translate("AuditModel", "Details"))[column]


def when_text(row: AuditRow) -> str:
    return row.at.strftime("%d.%m.%Y %H:%M:%S")


def record_cell(row: AuditRow) -> str:
    """Which record: the person by name (or "erased person"), then the record's kind and
    the first digits of its id, enough to tell two apart and to find it in an export."""
    parts = []
    if row.person is not None:
        parts.append(row.person)
    elif row.erased:
        parts.append(erased_text())
    what = record_text(row.entity)
    if row.entity_id is not None:
        what = f"{what} {row.entity_id.hex[:8]}".strip()
    if what:
        parts.append(what)
    return " · ".join(parts)


class AuditModel(QAbstractTableModel):
    loaded = Signal()  # the first page of a load has come (or the load failed)
    fetched = Signal()  # a further page has come
    refused = Signal()  # the service said this user may not read the trail
    failed = Signal(object)  # a read failed: the StorageError to say, or None (a logged bug)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[AuditRow] = []
        self._texts: list[tuple[str, ...]] = []  # each row's five cells, worded once
        self.filter = AuditFilter()
        self.after: audit_log.Key | None = None
        self.reading = False  # a page is on its way
        self._load = 0  # which load the answers belong to

    # -- reading -----------------------------------------------------------------------------

    def load(self, flt: AuditFilter) -> None:
        """Show `flt` from its newest event: the rows go, the first page is read (and the
        read recorded once, by the service)."""
        self._load += 1
        load, ctx = self._load, self.ws.ctx
        self.beginResetModel()
        self.rows, self.filter, self.after, self.reading = [], flt, None, True
        self._texts = []
        self.endResetModel()
        run_in_background(lambda: _guarded(lambda: audit_log.open_trail(ctx, flt)),
                          lambda page: self._first(load, page), self)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.after is not None and not self.reading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self.after is not None
        load, ctx, flt, after = self._load, self.ws.ctx, self.filter, self.after
        self.reading = True
        run_in_background(lambda: _guarded(lambda: audit_log.next_page(ctx, flt, after)),
                          lambda page: self._more(load, page), self)

    def _first(self, load: int, page: Answer) -> None:
        if load != self._load:
            return
        self.reading = False
        if self._answered(page):
            self._append(page)  # type: ignore[arg-type]
        self.loaded.emit()

    def _more(self, load: int, page: Answer) -> None:
        if load != self._load:
            return
        self.reading = False
        if self._answered(page):
            self._append(page)  # type: ignore[arg-type]
            self.fetched.emit()

    def _answered(self, page: Answer) -> bool:
        """Whether a page came; a refusal or a failure is said by signal instead."""
        if isinstance(page, TeamLeadOnly):
            self.refused.emit()
            return False
        if isinstance(page, Exception):
            self.failed.emit(problems.storage_problem(page))
            return False
        return True

    def _append(self, page: AuditPage) -> None:
        self.after = page.after
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self._texts.extend(_texts(row) for row in page.rows)
            self.endInsertRows()

    # -- the table ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 5:
            return header_text(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell is asked for a dozen roles: the ones without an answer go first.
        if role not in _ANSWERED or not index.isValid() \
                or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()][index.column()]
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RECORD:
            return "\n".join(f"{name}: {value}" for name, value in (
                ("entity", row.entity), ("entity_id", row.entity_id),
                ("participant_id", row.participant_id)) if value is not None) or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DETAILS:
            return details_text(row.details) or None
        return None

    def retranslate(self) -> None:
        """The words (kinds, "system", headers) in the new language: the rows stay."""
        self._texts = [_texts(row) for row in self.rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


_ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                       Qt.ItemDataRole.ToolTipRole, ROW_ROLE})


def _texts(row: AuditRow) -> tuple[str, ...]:
    """A row's cells in the language shown, made once when the row comes, not per paint."""
    who = row.actor_initials if row.actor_initials is not None else system_text()
    return (when_text(row), who, kind_text(row.action), record_cell(row),
            details_text(row.details))


def _guarded(read: Callable[[], AuditPage]) -> Answer:
    """The page, or what stopped it as a value, so the model hears of a failure too (and
    stops waiting): a refusal is an answer; a full disk is said; anything else is logged."""
    try:
        return read()
    except TeamLeadOnly as refused:
        return refused
    except Exception as exc:
        if problems.storage_problem(exc) is None:
            log_exception(type(exc), exc.__traceback__)
        return exc
