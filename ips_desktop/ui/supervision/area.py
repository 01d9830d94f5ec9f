"""The Supervision area: the week's supervision list, per consultant, ticked and noted.

Team leads see the team (or one consultant), consultants their own caseload.
The list is `services.supervision.supervision_list`, read off the GUI thread
each time the week or whose list changes (a later answer replaces an earlier
one; a stale one is dropped), so the window never waits on it. Nothing is built
before the area is first shown: start-up pays for an empty widget only.

Keys: Alt+Left / Alt+Right / Ctrl+T move the week (as in the calendar), Enter
or a double-click opens the participant, Space ticks the row as discussed,
F2 (or Tab into it) edits the note beside the list, Ctrl+P prints.
"""

from __future__ import annotations

import contextlib
import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import Role
from ips_desktop.domain.messages import error_message
from ips_desktop.domain.rules import RuleId, iso_week, parse_iso_week, shift_week, week_bounds
from ips_desktop.services import consultants, problems, supervision, supervision_items
from ips_desktop.services.supervision import SupervisionList, SupervisionRow
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.i18n import week_label
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.supervision.keys import NOTE_KEYS, TICK_KEYS
from ips_desktop.ui.supervision.model import Column, SupervisionModel, ticked, with_note
from ips_desktop.ui.supervision.note_editor import NoteEditor
from ips_desktop.ui.supervision.toolbar import SupervisionToolbar
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.freshness import FreshnessLine
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS

if TYPE_CHECKING:  # ReportLab and Qt's PDF modules load when something is printed
    from ips_desktop.ui.supervision.output import SupervisionOutput

PARTICIPANTS = "participants"  # the participant list's area key (shell/areas.py)
# Each column's width in average characters (the note takes the rest); a header wider
# than that keeps its own width.
COLUMN_CHARS = (22, 8, 28, 17, 5, 14, 14, 12, 14, 16, 28, 10)


class SupervisionArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters
    listing_shown = Signal()  # a list read in the background is on screen (tests, bench)

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.week = iso_week(date.today())
        self._asked = 0  # the number of the last list asked for: older answers are dropped
        self._reading = False  # a read runs in the background
        self._built = False
        self._rule: RuleId | None = None
        self.output: SupervisionOutput | None = None  # made on the first print or export
        self.layout_ = QVBoxLayout(self)

    # -- built when first shown --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.toolbar = SupervisionToolbar()
        self.message = MessageBar()
        self.freshness = FreshnessLine()  # joined a team: how fresh each colleague's rows are
        self.model = SupervisionModel(on_discussed=self._discussed)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # 500 rows lay out without measuring each
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.activated.connect(self._activated)
        self.tree.installEventFilter(self)
        self.notes = NoteEditor(self._save_note)
        self.notes.saved.connect(self._note_saved)
        self.notes.leave.connect(self.tree.setFocus)
        # The note below the list: the list keeps the window's whole width for its columns,
        # and all the height the note (compact until a row is chosen, growing with its
        # lines) does not need.
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.freshness)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addWidget(self.notes)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        bar = self.toolbar
        bar.previous_button.clicked.connect(lambda: self.go_to_week(shift_week(self.week, -1)))
        bar.next_button.clicked.connect(lambda: self.go_to_week(shift_week(self.week, 1)))
        bar.today_button.clicked.connect(self.go_to_this_week)
        bar.day_chosen.connect(lambda day: self.go_to_week(iso_week(day)))
        bar.clear_filter.clicked.connect(lambda: self.set_rule(None))
        bar.print_button.clicked.connect(self.print_current)
        bar.export_button.clicked.connect(self.export)
        for keys, slot in ((PREVIOUS_KEYS, lambda: self.go_to_week(shift_week(self.week, -1))),
                           (NEXT_KEYS, lambda: self.go_to_week(shift_week(self.week, 1))),
                           (TODAY_KEYS, self.go_to_this_week),
                           (NOTE_KEYS, self.edit_note)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._load_team()
        self._whose = bar.whose.currentIndex()
        bar.whose.currentIndexChanged.connect(lambda _: self._whose_changed())
        self.retranslate()
        self.reload()

    def _load_team(self) -> None:
        me = consultants.owner(self.ws.ctx)
        lead = me is None or me.role is Role.TEAM_LEAD
        self.toolbar.set_team(self.ws.ctx.actor_id, lead, consultants.list_consultants(
            self.ws.ctx))

    # -- what the window reaches -------------------------------------------------------------

    def show_filtered(self, filters: dict[str, object]) -> None:
        """`{"rule": "<RuleId value>"}` (the home screen's links): only the courses late on
        that rule, said above the list with a button to show every course again;
        `{"week": "2026-W47"}` goes to that week. Unknown values are ignored."""
        self._build()
        rule = filters.get("rule")
        try:
            self.set_rule(RuleId(str(rule)) if rule is not None else None)
        except ValueError:
            self.set_rule(None)
        week = filters.get("week")
        if isinstance(week, str):
            with contextlib.suppress(ValueError):
                self.go_to_week(parse_iso_week(week))

    def refresh(self) -> None:
        """The profile changed in Settings: names and initials read again."""
        if not self._built:
            return
        self._load_team()
        self._whose = self.toolbar.whose.currentIndex()
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return self._built and self.notes.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        return self.notes.save()

    def discard_unsaved(self) -> None:
        self.notes.discard()

    # -- the week and whose list -------------------------------------------------------------

    def go_to_this_week(self) -> None:
        self.go_to_week(iso_week(date.today()))

    def go_to_week(self, week: tuple[int, int]) -> None:
        if week == self.week or not self.notes.may_leave():
            return
        self.week = week
        self.reload()

    def set_rule(self, rule: RuleId | None) -> None:
        if rule != self._rule and not self.notes.may_leave():
            return  # the typed note stays, and the list as it is
        current = self.notes.row.course_id if self.notes.row is not None else None
        self._rule = rule
        self.toolbar.set_rule(rule)
        self.model.set_rule(rule)
        self._after_reset()
        self._select_course(current)  # still listed: still chosen; else no note shown

    def _whose_changed(self) -> None:
        """Another consultant's list (or the team's); a typed note is asked about first."""
        if self.notes.may_leave():
            self._whose = self.toolbar.whose.currentIndex()
            self.reload()
            return
        whose = self.toolbar.whose
        whose.blockSignals(True)
        whose.setCurrentIndex(self._whose)
        whose.blockSignals(False)

    def reload(self) -> None:
        """Read the list for the week and consultant chosen, off the GUI thread.

        One read at a time: each read records its audit event, and two such
        transactions at once can find the database busy. A change made while a
        read runs (Alt+Right held down) is read when it is done, the last one only.
        """
        self._asked += 1
        self._word_week()
        if not self._reading:
            self._read()

    def _read(self) -> None:
        asked, week, whose, ctx = self._asked, self.week, self.toolbar.chosen(), self.ws.ctx
        self._reading = True

        def work() -> SupervisionList | Exception:
            try:
                return supervision.supervision_list(ctx, week, today=date.today(),
                                                    consultant_id=whose)
            except Exception as exc:  # said on the GUI thread, where the next read starts
                return exc

        run_in_background(work, lambda listing: self._show_listing(asked, listing), self)

    def _show_listing(self, asked: int, listing: SupervisionList | Exception) -> None:
        self._reading = False
        if isinstance(listing, Exception):
            problem = problems.storage_problem(listing)
            if problem is None:
                raise listing
            self.message.say(error_message(problem))  # the list shown stays; a reload retries
        elif asked != self._asked:
            # The user moved on meanwhile, or ticked or noted a row while it was read
            # (this answer would untick it): read what is asked for now.
            self._read()
        else:
            self.show_listing(listing)

    def show_listing(self, listing: SupervisionList) -> None:
        """Put `listing` on screen (the bench calls this with a list read beforehand)."""
        current = self.notes.row.course_id if self.notes.row is not None else None
        self.model.set_listing(listing)
        self.freshness.refresh(self.ws.ctx)
        self._after_reset()
        self._select_course(current)
        self.listing_shown.emit()

    def _after_reset(self) -> None:
        self.tree.expandAll()
        root = QModelIndex()
        for number in range(self.model.heading_count()):
            self.tree.setFirstColumnSpanned(number, root, True)
        self._word_count()

    def _select_course(self, course_id: uuid.UUID | None) -> None:
        index = self.model.index_of_course(course_id) if course_id is not None else QModelIndex()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.notes.show_row(None)

    # -- rows --------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_of(current)
        shown = self.notes.row
        moved = shown is not None and (row is None or row.course_id != shown.course_id)
        if moved and shown is not None and not self.notes.may_leave():
            # Keep editing: back to the row whose note is being typed.
            back = self.model.index_of_course(shown.course_id)
            selection = self.tree.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(back, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            return
        if moved or shown is None:
            self.notes.show_row(row)

    def current_row(self) -> SupervisionRow | None:
        return self.model.row_of(self.tree.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_of(index)
        if row is None:
            self.tree.setExpanded(index.siblingAtColumn(0),
                                  not self.tree.isExpanded(index.siblingAtColumn(0)))
            return
        if self.notes.may_leave():
            self.open_area.emit(PARTICIPANTS, {"course": row.course_id})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == QKeySequence(TICK_KEYS)):
            row = self.current_row()
            if row is not None:
                self.toggle_discussed(row)
                return True
        return super().eventFilter(watched, event)

    def toggle_discussed(self, row: SupervisionRow) -> None:
        index = self.model.index_of_course(row.course_id, Column.DISCUSSED)
        state = (Qt.CheckState.Unchecked if row.discussed_on is not None
                 else Qt.CheckState.Checked)
        self.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def shown_week(self) -> tuple[int, int]:
        """The week of the list on screen: a tick or a note is for the week the user sees,
        not one just asked for (Alt+Right pressed, its list still being read)."""
        return self.model.listing.week if self.model.listing is not None else self.week

    def _changed_while_reading(self) -> None:
        """A tick or note saved while a read runs: that read began before it and would
        show the row as it was, so its answer is dropped and the list read again."""
        if self._reading:
            self._asked += 1

    def _discussed(self, row: SupervisionRow, on: bool) -> SupervisionRow | None:
        today = date.today()
        try:
            supervision_items.set_discussed(self.ws.ctx, row.course_id, self.shown_week(), on,
                                            today=today)
        except Exception as exc:
            problem = problems.storage_problem(exc)
            if problem is None:
                raise
            self.message.say(error_message(problem))
            return None
        self._changed_while_reading()
        return ticked(row, today if on else None)

    def edit_note(self) -> None:
        if self.notes.row is not None:
            self.notes.text.setFocus()

    def _save_note(self, row: SupervisionRow, text: str) -> None:
        supervision_items.save_note(self.ws.ctx, row.course_id, self.shown_week(), text)

    def _note_saved(self, row: SupervisionRow, text: str) -> None:
        self._changed_while_reading()
        changed = with_note(row, text)
        self.model.replace_row(changed)
        self.notes.show_row(changed)

    # -- printing and export (ui/supervision/output.py) --------------------------------------

    def print_current(self) -> None:
        """Ctrl+P: the week's list (whose list chosen) in a print preview."""
        self._build()
        if self.model.listing is not None:
            self._output().print_listing(self.model.listing)

    def export(self) -> None:
        if self.model.listing is not None:
            self._output().export_listing(self.model.listing)

    def _output(self) -> SupervisionOutput:
        from ips_desktop.ui.supervision.output import SupervisionOutput

        if self.output is None:
            self.output = SupervisionOutput(self)
        return self.output

    # -- words -------------------------------------------------------------------------------

    def _word_week(self) -> None:
        year, number = self.week
        monday, sunday = week_bounds(self.week)
        label = week_label(number)
        self.toolbar.set_week_title(f"{label[:1].upper()}{label[1:]}, {year}")
        self.toolbar.title.setToolTip(
            f"{monday.day}.{monday.month}.{monday.year}–{sunday.day}.{sunday.month}."
            f"{sunday.year}")

    def _word_count(self) -> None:
        self.toolbar.count.setText(self.tr("%n course(s)", "", self.model.course_count()))

    def retranslate(self) -> None:
        if not self._built:
            return
        self.tree.setAccessibleName(self.tr("Supervision list"))
        self.model.retranslate()
        self.freshness.retranslate()
        self._after_reset()
        self._word_week()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths set from the words (never measured over 500 rows); the user may drag."""
        header = self.tree.header()
        char = self.tree.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            header.resizeSection(column, max(chars * char + 12, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
