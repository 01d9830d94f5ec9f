"""The participant page's Jobs tab: the job search, the employers contacted, jobs and educations.

It says when the job search began (the first employer contact made for them,
the date the 30-day rule reads), lists the contacts made for them (newest
first) and their jobs and educations, with "Record job or education…",
"End…" on the one chosen, and "Log employer contact…" for them.

The page opens fast whichever tab is in front: this tab reads its lists
only when it is first shown (and again when something changed while it is
shown), in one query each, never one per row.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import ContactPurpose
from ips_desktop.services import employer_log, placements
from ips_desktop.services.employer_log import LogFilter
from ips_desktop.services.placements import PlacementView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.contact_dialog import ContactPreset, open_contact_dialog
from ips_desktop.ui.dialogs.placement_dialog import (
    end_placement_interactively,
    record_placement_interactively,
)
from ips_desktop.ui.dialogs.placement_texts import hours_text, placement_kind_text
from ips_desktop.ui.texts import contact_mode_text, contact_outcome_text

ID_ROLE = Qt.ItemDataRole.UserRole


class JobsTab(QWidget):
    changed = Signal()  # a start, an end, a phase move or a contact was recorded here

    def __init__(self, ws: Workspace, course_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.course_id = course_id
        self.participant_name = ""
        self.ended = False
        self._began: date | None = None
        self._loaded = False
        self.began = QLabel()
        self.began.setWordWrap(True)
        self.log_button = QPushButton()
        self.log_button.clicked.connect(self.log_contact)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.record_start)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.record_end)
        self.placements = _tree(7)
        self.placements.itemActivated.connect(lambda _item: self.record_end())
        self.placements.currentItemChanged.connect(lambda *_: self._enable())
        self.placements_label = QLabel()
        self.placements_label.setBuddy(self.placements)
        self.contacts = _tree(6)
        self.contacts_label = QLabel()
        self.contacts_label.setBuddy(self.contacts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.began, 1)
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.placements_label)
        layout.addWidget(self.placements, 1)
        layout.addWidget(self.contacts_label)
        layout.addWidget(self.contacts, 2)
        self.views: list[PlacementView] = []
        self.retranslate()

    def show_course(self, name: str, *, ended: bool, job_search_began: date | None) -> None:
        """What the page knows already (no query): the name, whether it ended, the date."""
        self.participant_name = name
        self.ended = ended
        self._began = job_search_began
        self._say_began()
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.views = placements.placements_for_course(self.ws.ctx, self.course_id)
        self.placements.clear()
        for view in self.views:
            item = QTreeWidgetItem([
                placement_kind_text(view.kind), view.title, view.employer_name,
                view.start_date.strftime("%d.%m.%Y"),
                view.end_date.strftime("%d.%m.%Y") if view.end_date else self.tr("running"),
                hours_text(view.hours_per_week),
                self.tr("yes") if view.ordinary_terms else self.tr("no")])
            item.setData(0, ID_ROLE, view.id)
            self.placements.addTopLevelItem(item)
        rows = employer_log.contacts(self.ws.ctx, LogFilter(course_id=self.course_id))
        self.contacts.clear()
        for row in rows:
            said = row.outcome or row.next_step
            kind = contact_outcome_text(row.outcome_kind) if row.outcome_kind else ""
            outcome = f"{kind}: {said}" if kind and said else kind or said
            item = QTreeWidgetItem([
                row.contact_date.strftime("%d.%m.%Y"), row.employer_name, row.contact_person,
                contact_mode_text(row.mode), row.consultant_initials, outcome])
            if outcome:
                item.setToolTip(5, outcome)
            self.contacts.addTopLevelItem(item)
        self._enable()

    def _say_began(self) -> None:
        began = self._began
        self.began.setText(
            self.tr("Job search began: %1").replace("%1", began.strftime("%d.%m.%Y"))
            if began else self.tr("No employer contact for them yet: the job search has not "
                                  "begun."))

    def _enable(self) -> None:
        current = self._current()
        self.start_button.setEnabled(not self.ended)
        self.log_button.setEnabled(not self.ended)
        self.end_button.setEnabled(current is not None and current.running)

    def _current(self) -> PlacementView | None:
        item = self.placements.currentItem()
        if item is None:
            running = [v for v in self.views if v.running]
            return running[0] if len(running) == 1 else None
        placement_id = item.data(0, ID_ROLE)
        return next((v for v in self.views if v.id == placement_id), None)

    # -- actions ----------------------------------------------------------------------------

    def record_start(self) -> QWidget:
        dialog = record_placement_interactively(
            self.ws, self, course_id=self.course_id, participant_name=self.participant_name)
        dialog.finished.connect(self._done)
        return dialog

    def record_end(self) -> QWidget | None:
        current = self._current()
        if current is None or not current.running:
            return None
        dialog = end_placement_interactively(self.ws, self, current.id)
        dialog.finished.connect(self._done)
        return dialog

    def log_contact(self) -> QWidget:
        """The contact dialog for them (a job for this participant); the lists follow a save.

        Opened, not waited for (contact_dialog.log_contact_interactively would run a
        loop of its own): the page stays usable, and the auto-lock may hide the dialog.
        """
        dialog = open_contact_dialog(self.ws, self, ContactPreset(
            course_id=self.course_id, purpose=ContactPurpose.FOR_PARTICIPANT))
        dialog.saved.connect(self._done)
        return dialog

    def _done(self, *_: object) -> None:
        self._loaded = False
        self.changed.emit()
        if self.isVisible() and not self._loaded:
            self.reload()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("&Log employer contact…"))
        self.start_button.setText(self.tr("&Record job or education…"))
        self.end_button.setText(self.tr("En&d…"))
        self.placements_label.setText(self.tr("Jobs and educations"))
        self.contacts_label.setText(self.tr("Employers contacted for them"))
        self.placements.setHeaderLabels([
            self.tr("Kind"), self.tr("Title or programme"), self.tr("Employer or school"),
            self.tr("Start"), self.tr("End"), self.tr("Hours"), self.tr("Ordinary terms")])
        self.placements.setAccessibleName(self.tr("Jobs and educations"))
        how = self.tr("How")  # face to face, phone, e-mail, video
        self.contacts.setHeaderLabels([self.tr("Date"), self.tr("Employer"),
                                       self.tr("Contact person"), how,
                                       self.tr("Consultant"), self.tr("Outcome")])
        self.contacts.setAccessibleName(self.tr("Employers contacted for them"))
        self._say_began()
        if self._loaded:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _tree(columns: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setUniformRowHeights(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = tree.header()
    header.setStretchLastSection(True)
    for column in range(columns - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return tree
