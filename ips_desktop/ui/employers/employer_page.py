"""An employer's page: its details and contact people, and everything the team did there.

Every contact (services.employer_log), every opening (services.job_openings)
and every job or education start (services.placements) with the employer,
and who in the team knows it: the consultant who is off sick next week can be
replaced at this employer by the one who has been there too. The page lists
participants' names, so showing it is an audit READ (ids and counts only).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services import employer_log, employers, job_openings, placements
from ips_desktop.services.employer_log import ContactRow, LogFilter
from ips_desktop.services.employers import ContactPersonView, EmployerDetail
from ips_desktop.services.job_openings import OpeningRow
from ips_desktop.services.placements import PlacementView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.placement_texts import (
    hours_text,
    opening_status_text,
    placement_kind_text,
)
from ips_desktop.ui.texts import (
    contact_mode_text,
    contact_outcome_text,
    contact_purpose_short_text,
    contact_purpose_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole  # a row's record id
COURSE_ROLE = Qt.ItemDataRole.UserRole + 1  # the participant's course, when the row has one
CONTACTS_TAB, OPENINGS_TAB, PLACEMENTS_TAB, PERSONS_TAB, KNOWN_TAB = range(5)
KNOWN_IN_HEADER = 3  # consultants named in the header line; the tab has them all
FIT_MOST = 220  # pixels: the widest a fitted column starts


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _list(columns: int, stretch: int) -> QTreeWidget:
    """One line per row; the `stretch` column takes the width left and elides. The
    others are fitted to their text when filled (`_fit`) and can be dragged wider."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.setSortingEnabled(False)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def _fit(tree: QTreeWidget) -> None:
    """Each column not stretched as wide as its header and text, at most FIT_MOST
    pixels (a long purpose or name is elided, its whole text one drag away)."""
    header = tree.header()
    for column in range(tree.columnCount()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        tree.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), FIT_MOST))


class EmployerPage(QWidget):
    back = Signal()
    open_participant = Signal(object)  # a course id
    changed = Signal()  # details, persons or a merge changed the register: lists read again

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.employer_id: uuid.UUID | None = None
        self.detail: EmployerDetail | None = None
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.log_button = QPushButton()
        self.log_button.clicked.connect(self.log_contact)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_details)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.log_button, self.edit_button, self.merge_button):
            buttons.addWidget(button)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(dark);")
        self.known_line = QLabel()
        self.known_line.setWordWrap(True)
        self.merged_note = QLabel()
        self.merged_note.setWordWrap(True)
        # Names, addresses and notes as typed: a "<b>" in them is text, not markup.
        for label in (self.name, self.facts, self.notes, self.known_line):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.contacts = _list(9, 8)
        # The outcome and the next step share the width left; a long one elides (tooltip).
        self.contacts.header().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.contacts.itemActivated.connect(self._contact_activated)
        self.openings = _list(6, 1)
        self.openings.itemActivated.connect(self._opening_activated)
        self.placements = _list(7, 1)
        self.placements.itemActivated.connect(self._placement_activated)
        self.persons = _list(4, 3)
        self.persons.itemActivated.connect(lambda _item: self.edit_person())
        self.known = _list(4, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._with_buttons(self.contacts, self._contact_buttons()), "")
        self.tabs.addTab(self.openings, "")
        self.tabs.addTab(self.placements, "")
        self.tabs.addTab(self._with_buttons(self.persons, self._person_buttons()), "")
        self.tabs.addTab(self.known, "")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.persons,
                  self.remove_person, context=Qt.ShortcutContext.WidgetShortcut)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes)
        layout.addWidget(self.known_line)
        layout.addWidget(self.merged_note)
        layout.addWidget(self.tabs, 1)
        self.contact_rows: list[ContactRow] = []
        self.opening_rows: list[OpeningRow] = []
        self.placement_rows: list[PlacementView] = []
        self.retranslate()

    def _with_buttons(self, tree: QTreeWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(tree)
        return page

    def _contact_buttons(self) -> list[QPushButton]:
        self.participant_button = QPushButton()
        self.participant_button.clicked.connect(self._open_selected_participant)
        self.contacts.currentItemChanged.connect(lambda *_: self._contact_chosen())
        return [self.participant_button]

    def _person_buttons(self) -> list[QPushButton]:
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button = QPushButton()
        self.edit_person_button.clicked.connect(self.edit_person)
        self.remove_person_button = QPushButton()
        self.remove_person_button.clicked.connect(self.remove_person)
        self.persons.currentItemChanged.connect(lambda *_: self._person_chosen())
        return [self.add_person_button, self.edit_person_button, self.remove_person_button]

    # -- showing ------------------------------------------------------------------------------

    def show_employer(self, employer_id: uuid.UUID) -> None:
        """The employer's page (the kept one, if this id was merged away)."""
        self.employer_id = employer_id
        self.refresh(record_read=True)  # the one read event of this opening
        self.tabs.setCurrentIndex(CONTACTS_TAB)
        self.contacts.setFocus()

    def refresh(self, *, record_read: bool = False) -> None:
        """Read the employer and its lists again and show them; only the opening records
        a read (a change made on the page, or the profile's, is the same opening)."""
        if self.employer_id is None:
            return
        self.detail = detail = employers.employer_detail(self.ws.ctx, self.employer_id)
        self.employer_id = detail.id
        self.contact_rows = employer_log.contacts(self.ws.ctx, LogFilter(employer_id=detail.id))
        self.opening_rows = job_openings.openings(self.ws.ctx, status=None,
                                                  employer_id=detail.id, record_read=False)
        self.placement_rows = placements.placements_for_employer(self.ws.ctx, detail.id,
                                                                 record_read=False)
        if record_read:
            employers.record_page_read(self.ws.ctx, detail.id, contacts=len(self.contact_rows),
                                       placements=len(self.placement_rows),
                                       openings=len(self.opening_rows))
        self._render()

    def _render(self) -> None:
        """What was read, in the current language (a language change reads nothing again)."""
        detail = self.detail
        if detail is None:
            return
        self._show_details(detail)
        self._show_persons(detail.persons)
        self._show_known(detail)
        self._show_contacts(self.contact_rows)
        self._show_openings(self.opening_rows)
        self._show_placements(self.placement_rows)
        self._retitle_tabs()

    def _show_details(self, detail: EmployerDetail) -> None:
        data = detail.data
        self.name.setText(data.name)
        facts = [f"CVR {data.cvr}" if data.cvr else self.tr("no CVR number")]
        facts += [text for text in (data.industry, data.address, data.municipality,
                                    data.phone, data.website) if text]
        self.facts.setText(" · ".join(facts))
        self.notes.setText(data.notes)
        self.notes.setVisible(bool(data.notes))
        self.merged_note.setText(self.tr(
            "The employer asked for was merged into this one.") if detail.merged_into else "")
        self.merged_note.setVisible(detail.merged_into is not None)

    def _show_known(self, detail: EmployerDetail) -> None:
        known = detail.known_by
        if known:
            named = [self.tr("%1 (%n contact(s), last %2)", "", k.contacts)
                     .replace("%1", k.initials).replace("%2", _day(k.last_contact))
                     for k in known[:KNOWN_IN_HEADER]]
            more = len(known) - KNOWN_IN_HEADER
            if more > 0:
                named.append(self.tr("%n more", "", more))
            self.known_line.setText(self.tr("Known in the team by: %1").replace(
                "%1", ", ".join(named)))
        else:
            self.known_line.setText(self.tr("No one in the team has been in contact yet."))
        self.known.clear()
        for k in known:
            item = QTreeWidgetItem([k.name, k.initials, str(k.contacts), _day(k.last_contact)])
            item.setData(0, ID_ROLE, k.consultant_id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.known.addTopLevelItem(item)
        _fit(self.known)

    def _show_persons(self, persons: list[ContactPersonView]) -> None:
        current = self._current_id(self.persons)
        self.persons.clear()
        for person in persons:
            item = QTreeWidgetItem([person.name, person.role, person.phone, person.email])
            item.setData(0, ID_ROLE, person.id)
            self.persons.addTopLevelItem(item)
            if person.id == current:
                self.persons.setCurrentItem(item)
        _fit(self.persons)
        self._person_chosen()

    def _show_contacts(self, rows: list[ContactRow]) -> None:
        self.contacts.clear()
        items = []
        for row in rows:
            outcome = contact_outcome_text(row.outcome_kind) if row.outcome_kind else ""
            if row.outcome:
                outcome = f"{outcome}: {row.outcome}" if outcome else row.outcome
            item = QTreeWidgetItem([
                _day(row.contact_date), row.contact_time.strftime("%H:%M"),
                row.consultant_initials, row.contact_person, contact_mode_text(row.mode),
                contact_purpose_short_text(row.purpose), row.participant, outcome,
                row.next_step])
            item.setToolTip(5, contact_purpose_text(row.purpose))
            item.setData(0, ID_ROLE, row.id)
            item.setData(0, COURSE_ROLE, row.course_id)
            for column in (7, 8):
                text = item.text(column)
                if text:
                    item.setToolTip(column, text)
            items.append(item)
        self.contacts.addTopLevelItems(items)
        _fit(self.contacts)
        self._contact_chosen()

    def _show_openings(self, rows: list[OpeningRow]) -> None:
        self.openings.clear()
        for row in rows:
            candidates = ", ".join(c.name for c in row.candidates)
            item = QTreeWidgetItem([_day(row.found_on), row.title, hours_text(row.hours_per_week),
                                    _day(row.deadline), opening_status_text(row.status),
                                    candidates])
            item.setData(0, ID_ROLE, row.id)
            self.openings.addTopLevelItem(item)
        _fit(self.openings)

    def _show_placements(self, rows: list[PlacementView]) -> None:
        self.placements.clear()
        for row in rows:
            item = QTreeWidgetItem([
                row.participant, row.title, placement_kind_text(row.kind), _day(row.start_date),
                _day(row.end_date), hours_text(row.hours_per_week),
                self.tr("yes") if row.ordinary_terms else self.tr("no")])
            item.setData(0, ID_ROLE, row.id)
            item.setData(0, COURSE_ROLE, row.course_id)
            self.placements.addTopLevelItem(item)
        _fit(self.placements)

    def _retitle_tabs(self) -> None:
        detail = self.detail
        counts = {"contacts": len(self.contact_rows), "openings": len(self.opening_rows),
                  "placements": len(self.placement_rows),
                  "persons": len(detail.persons) if detail else 0}
        known = len(detail.known_by) if detail else 0
        titles = {CONTACTS_TAB: self.tr("Contacts (%1)"), OPENINGS_TAB: self.tr("Openings (%1)"),
                  PLACEMENTS_TAB: self.tr("Jobs and educations (%1)"),
                  PERSONS_TAB: self.tr("Contact people (%1)"),
                  KNOWN_TAB: self.tr("Known in the team (%1)")}
        numbers = {CONTACTS_TAB: counts.get("contacts", 0),
                   OPENINGS_TAB: counts.get("openings", 0),
                   PLACEMENTS_TAB: counts.get("placements", 0),
                   PERSONS_TAB: counts.get("persons", 0), KNOWN_TAB: known}
        for tab, title in titles.items():
            self.tabs.setTabText(tab, title.replace("%1", str(numbers[tab])))

    # -- the lists' actions -------------------------------------------------------------------

    @staticmethod
    def _current_id(tree: QTreeWidget, role: int = ID_ROLE) -> uuid.UUID | None:
        item = tree.currentItem()
        value = item.data(0, role) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _contact_chosen(self) -> None:
        self.participant_button.setEnabled(
            self._current_id(self.contacts, COURSE_ROLE) is not None)

    def _open_selected_participant(self) -> None:
        course = self._current_id(self.contacts, COURSE_ROLE)
        if course is not None:
            self.open_participant.emit(course)

    def _contact_activated(self, item: QTreeWidgetItem) -> None:
        """Enter or a double-click on a contact: the contact itself, to read or change."""
        from ips_desktop.ui.dialogs.contact_dialog import open_contact_dialog

        contact_id = item.data(0, ID_ROLE)
        if isinstance(contact_id, uuid.UUID):
            dialog = open_contact_dialog(self.ws, self, contact_id=contact_id)
            dialog.saved.connect(lambda *_: self._changed())
            dialog.finished.connect(lambda *_: self._after_contact_dialog(dialog))

    def _after_contact_dialog(self, dialog: QWidget) -> None:
        if getattr(dialog, "deleted", False):
            self._changed()

    def _opening_activated(self, item: QTreeWidgetItem) -> None:
        from ips_desktop.ui.dialogs.opening_dialog import edit_opening_interactively

        opening_id = item.data(0, ID_ROLE)
        if isinstance(opening_id, uuid.UUID):
            dialog = edit_opening_interactively(self.ws, self, opening_id)
            dialog.saved.connect(lambda *_: self._changed())

    def _placement_activated(self, item: QTreeWidgetItem) -> None:
        """A job or education: the participant's page, where it is started and ended."""
        course = item.data(0, COURSE_ROLE)
        if isinstance(course, uuid.UUID):
            self.open_participant.emit(course)

    def _person_chosen(self) -> None:
        chosen = self._current_id(self.persons) is not None
        self.edit_person_button.setEnabled(chosen)
        self.remove_person_button.setEnabled(chosen)

    def _person(self) -> ContactPersonView | None:
        chosen = self._current_id(self.persons)
        return next((p for p in self.detail.persons if p.id == chosen), None) \
            if self.detail else None

    def add_person(self) -> None:
        self._person_dialog(None)

    def edit_person(self) -> None:
        person = self._person()
        if person is not None:
            self._person_dialog(person)

    def _person_dialog(self, person: ContactPersonView | None) -> None:
        from ips_desktop.ui.dialogs.employer_dialog import ContactPersonDialog

        if self.employer_id is None:
            return
        dialog = ContactPersonDialog(self.ws, self.employer_id, self, person=person)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()

    def remove_person(self) -> None:
        person = self._person()
        if person is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove contact person"),
                          self.tr("Remove %1 from the employer's contact people?")
                          .replace("%1", person.name), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
        box.setInformativeText(self.tr("Contacts already logged with them keep their name."))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        box.exec()
        if box.clickedButton() is remove:
            employers.remove_contact_person(self.ws.ctx, person.id)
            self._changed()

    # -- the page's actions -------------------------------------------------------------------

    def log_contact(self) -> None:
        """The contact dialog with this employer filled in; the page follows its save."""
        from ips_desktop.ui.dialogs.contact_dialog import ContactPreset, open_contact_dialog

        if self.employer_id is None:
            return
        dialog = open_contact_dialog(self.ws, self, ContactPreset(employer_id=self.employer_id))
        dialog.saved.connect(lambda *_: self._changed())

    def edit_details(self) -> None:
        from ips_desktop.ui.dialogs.employer_dialog import EmployerDialog

        if self.employer_id is None:
            return
        dialog = EmployerDialog(self.ws, self, employer_id=self.employer_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()

    def merge(self) -> None:
        from ips_desktop.ui.employers.merge_dialog import MergeDialog

        if self.employer_id is None:
            return
        dialog = MergeDialog(self.ws, self.employer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._merged(dialog.kept))
        dialog.open()

    def _merged(self, kept: uuid.UUID | None) -> None:
        if kept is not None:
            self.employer_id = kept
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- what the area asks -------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False  # every change is made in a dialog, saved or asked about there

    def may_leave(self) -> bool:
        return True

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back"))
        self.log_button.setText(self.tr("&Log contact…"))
        self.edit_button.setText(self.tr("&Edit details…"))
        self.merge_button.setText(self.tr("&Merge with…"))
        self.participant_button.setText(self.tr("Go to the &participant"))
        self.add_person_button.setText(self.tr("&Add contact person…"))
        self.edit_person_button.setText(self.tr("Change contact &person…"))
        self.remove_person_button.setText(self.tr("&Remove"))
        headers: dict[QTreeWidget, Callable[[], list[str]]] = {
            self.contacts: lambda: [self.tr("Date"), self.tr("Time"), self.tr("Consultant"),
                                    self.tr("Contact person"), self.tr("Mode"),
                                    self.tr("Purpose"), self.tr("Participant"),
                                    self.tr("Outcome"), self.tr("Next step")],
            self.openings: lambda: [self.tr("Found"), self.tr("Title"), self.tr("Hours"),
                                    self.tr("Deadline"), self.tr("Status"),
                                    self.tr("Candidates")],
            self.placements: lambda: [self.tr("Participant"), self.tr("Title"), self.tr("Kind"),
                                      self.tr("Start"), self.tr("End"), self.tr("Hours"),
                                      self.tr("Ordinary terms")],
            self.persons: lambda: [self.tr("Name"), self.tr("Role"), self.tr("Phone"),
                                   self.tr("E-mail")],
            self.known: lambda: [self.tr("Consultant"), self.tr("Initials"),
                                 self.tr("Contacts"), self.tr("Last contact")],
        }
        for tree, texts in headers.items():
            tree.setHeaderLabels(texts())
        self.contacts.setAccessibleName(self.tr("Contacts with the employer"))
        self.openings.setAccessibleName(self.tr("Openings at the employer"))
        self.placements.setAccessibleName(self.tr("Jobs and educations at the employer"))
        self.persons.setAccessibleName(self.tr("Contact people"))
        self.known.setAccessibleName(self.tr("Known in the team"))
        self._render()
        self._retitle_tabs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
