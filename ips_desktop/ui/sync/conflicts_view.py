"""Konflikter: what the sync could not settle, one at a time, for a person to decide.

A list of what waits on the left, the chosen one on the right with both
values. Deciding goes through services.conflicts (logged and synced like any
edit); the window is told (`decided`) so its views show the value kept. A
conflict another person decided meanwhile is said in a line, not a dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import conflict_details, conflicts
from ips_desktop.services.conflicts import (
    SAME_PERSON,
    ConflictGone,
    ConflictView,
    is_refused_erasure,
)
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.sync.conflict_panel import ConflictPanel
from ips_desktop.ui.sync.erase_request_panel import EraseRequestPanel
from ips_desktop.ui.sync.merge_panel import MergePanel
from ips_desktop.ui.sync.words import field_text, table_text, when_text

# Makes the erasure dialog for a person (ws, participant id, parent); it has `erased`.
EraseDialogFactory = Callable[[Workspace, uuid.UUID, QWidget], Any]


class ConflictsView(QDialog):
    decided = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 erase_dialog: EraseDialogFactory | None = None) -> None:
        """`erase_dialog`: the page's erasure dialog (the shell's to give: ui.participants)."""
        super().__init__(parent)
        self.ws = ws
        self.erase_dialog_factory = erase_dialog
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.waiting: list[ConflictView] = []
        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.setMinimumWidth(240)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show)
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.panel: QWidget | None = None
        self.empty = QLabel()
        self.empty.setObjectName("no_conflicts")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("conflict_note")
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 640])
        self.split = split
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(920, 540)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.empty.setText(self.tr("No conflicts are waiting."))
        self.refresh()  # the panels are made in the language of the moment

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read what waits again (after a sync, a decision), keeping the one shown if it waits."""
        shown = self._current()
        self.waiting = conflicts.waiting(self.ws.ctx)
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.waiting:
            item = QListWidgetItem(self._title(view))
            item.setData(Qt.ItemDataRole.UserRole, str(view.id))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [v.id for v in self.waiting]
        self.split.setVisible(bool(self.waiting))
        self.empty.setVisible(not self.waiting)
        row = ids.index(shown.id) if shown is not None and shown.id in ids else 0
        if self.waiting:
            self.list.setCurrentRow(row)
        self._show(row if self.waiting else -1)

    def _title(self, view: ConflictView) -> str:
        if view.kind == SAME_PERSON:
            first = self.tr("Same person twice?")
        elif is_refused_erasure(view):
            first = self.tr("Erasure refused")
        else:
            first = " – ".join(p for p in (table_text(view.table_name),
                                           field_text(view.field)) if p)
        if view.kind == SAME_PERSON:
            found = conflict_details.people(self.ws.ctx, view)
            person = found[0].name if found else None
        else:
            person = conflict_details.person_name(self.ws.ctx, view)
        second = " · ".join(p for p in (person, when_text(view.detected_at)) if p)
        return f"{first}\n{second}"

    def _current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.waiting[row] if 0 <= row < len(self.waiting) else None

    def _show(self, row: int) -> None:
        if self.panel is not None:
            self.detail_layout.removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if not 0 <= row < len(self.waiting):
            return
        view = self.waiting[row]
        ctx = self.ws.ctx
        panel: QWidget
        if is_refused_erasure(view):
            request = EraseRequestPanel(view, person=conflict_details.person_name(ctx, view))
            request.erase.connect(lambda v=view: self._erase(v))
            request.erase_button.setEnabled(self.erase_dialog_factory is not None)
            request.set_aside.connect(lambda v=view: self._resolve(v, "server", None))
            panel = request
        elif view.kind == SAME_PERSON:
            merge = MergePanel(conflict_details.people(ctx, view), view,
                               conflict_details.this_laptop(ctx))
            merge.merge.connect(lambda kept, v=view: self._merge(v, kept))
            merge.not_same.connect(lambda v=view: self._resolve(v, "server", None))
            panel = merge
        else:
            field = ConflictPanel(view, person=conflict_details.person_name(ctx, view),
                                  this_laptop=conflict_details.this_laptop(ctx),
                                  combinable=conflict_details.free_text(view))
            field.decide.connect(lambda choice, value, v=view: self._resolve(v, choice, value))
            panel = field
        self.panel = panel
        self.detail_layout.addWidget(panel)

    def _resolve(self, view: ConflictView, choice: Any, value: Any) -> None:
        self._decide(lambda: conflicts.resolve(self.ws.ctx, view.id, choice, value))

    def _erase(self, view: ConflictView) -> None:
        """The page's own erasure dialog; the person's erasure takes the request with it."""
        if self.erase_dialog_factory is None:
            return
        self.erase_dialog = self.erase_dialog_factory(self.ws, view.row_id, self)
        self.erase_dialog.erased.connect(self._erased)
        self.erase_dialog.open()

    def _erased(self, done: object) -> None:
        del done
        self.note.setText(self.tr("Erased here. The erasure is sent at the next sync."))
        self.refresh()
        self.decided.emit()

    def _merge(self, view: ConflictView, kept: uuid.UUID) -> None:
        self._decide(lambda: conflicts.merge_people(self.ws.ctx, view.id, kept))

    def _decide(self, act: Any) -> None:
        try:
            act()
        except ConflictGone:
            self.note.setText(self.tr("Someone decided this conflict already."))
        else:
            self.note.setText(self.tr("Decided. The choice is sent at the next sync."))
        self.refresh()
        self.decided.emit()
