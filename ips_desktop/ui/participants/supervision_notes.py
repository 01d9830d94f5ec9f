"""The participant page's Supervision tab: what the weekly group supervision wrote on the course.

A supervision note is the team's advice about a course, not a contact with
the participant, so it has its own tab rather than a line among the
contacts (and never moves the monthly-contact rule: services.supervision_items
keeps it apart from notes). Newest week first, each with its week, who wrote
it and whether the course was ticked as discussed; the chosen note is shown
whole underneath, as a note may run to 4,000 characters. The page hides the
tab while there is none, and reads the notes again each time it is shown, as
they are written in the Supervision area.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import supervision_items
from ips_desktop.services.supervision_items import SupervisionNote
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.notes import excerpt

WEEK_ROLE = Qt.ItemDataRole.UserRole  # a row's (year, week), to keep the choice on a re-read


class SupervisionNotesView(QWidget):
    """The course's supervision notes: a list (week, by, discussed, note) and the chosen one."""

    def __init__(self, ws: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.course_id = ws, course_id
        self.notes: list[SupervisionNote] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda current, _: self._show(current))
        self.text = QPlainTextEdit()  # the chosen note, whole
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([160, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        self.retranslate()

    def refresh(self) -> int:
        """Read the course's notes again (the chosen week kept); returns how many there are."""
        chosen = self.chosen_week()
        self.notes = supervision_items.notes_for_course(self.ws.ctx, self.course_id)
        self._fill(chosen)
        return len(self.notes)

    def _fill(self, chosen: tuple[int, int] | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        keep: QTreeWidgetItem | None = None
        for note in self.notes:
            item = QTreeWidgetItem([self.week_text(note.week), note.written_by or "–",
                                    self.discussed_text(note), excerpt(note.note)])
            item.setData(0, WEEK_ROLE, note.week)
            self.list.addTopLevelItem(item)
            if note.week == chosen:
                keep = item
        self.list.blockSignals(False)
        shown = keep or self.list.topLevelItem(0)  # the newest, unless one was chosen
        if shown is not None:
            self.list.setCurrentItem(shown)
        self._show(shown)

    def chosen_week(self) -> tuple[int, int] | None:
        current = self.list.currentItem()
        return current.data(0, WEEK_ROLE) if current is not None else None

    def _show(self, item: QTreeWidgetItem | None) -> None:
        note = next((n for n in self.notes if item is not None
                     and n.week == item.data(0, WEEK_ROLE)), None)
        self.text.setPlainText(note.note if note is not None else "")

    def week_text(self, week: tuple[int, int]) -> str:
        return self.tr("Week %1, %2").replace("%1", str(week[1])).replace("%2", str(week[0]))

    def discussed_text(self, note: SupervisionNote) -> str:
        """The day it was ticked as discussed, or "No": in words, never a colour alone."""
        if note.discussed_on is None:
            return self.tr("No")
        return note.discussed_on.strftime("%d.%m.%Y")

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Notes from supervision, newest week first. They are the team's advice, "
            "not contacts with the participant."))
        self.list.setHeaderLabels([self.tr("Week"), self.tr("Written by"),
                                   self.tr("Discussed"), self.tr("Note")])
        self.list.setAccessibleName(self.tr("Notes from supervision"))
        self.text.setAccessibleName(self.tr("Supervision note"))
        if self.notes:
            self._fill(self.chosen_week())
