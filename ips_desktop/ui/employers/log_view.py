"""The employer-contact log (*virksomhedslog*): the week's contacts, filtered, searched, sorted.

It opens on the current ISO week ("Uge 49, 2026") with buttons to the week
before and after, or every week at once; filters on consultant, employer,
participant, mode, purpose and due follow-ups; a folded search (Ctrl+F);
sorting by any column header. The rows come a page at a time (log_model), the
count and the week's summary off the GUI thread. Enter or a double-click edits
a contact, "Log contact" (Ctrl+N) adds one; after either the list is read
again and stays where it was.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import ContactMode, ContactPurpose
from ips_desktop.domain.rules import iso_week, shift_week
from ips_desktop.services import consultants, employer_log
from ips_desktop.services.employer_log import LogFilter, LogSort
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.pickers import EmployerPicker, ParticipantPicker
from ips_desktop.ui.employers.log_model import COLUMN_OF, Column, LogModel
from ips_desktop.ui.employers.log_output import LogOutput
from ips_desktop.ui.employers.week_summary import WeekSummary
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import contact_mode_text, contact_purpose_short_text, contact_purpose_text
from ips_desktop.ui.widgets.background import run_in_background
from ips_desktop.ui.widgets.flow_layout import FlowLayout

ALL, MINE = "all", "mine"  # the consultant filter's first two choices; then a consultant's id
SEARCH_PAUSE_MS = 250  # the search runs when typing pauses, not at every key


class LogView(QWidget):
    """The log with its filters; `open_employer` asks the area to show an employer's page."""

    open_employer = Signal(object)  # the employer's uuid

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.model = LogModel(ws.ctx)
        self.week = iso_week(date.today())
        self.output = LogOutput(self)
        # -- the week ---------------------------------------------------------------------
        self.previous_week = QToolButton()
        self.previous_week.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_week.clicked.connect(lambda: self.go_to_week(shift_week(self.week, -1)))
        self.next_week = QToolButton()
        self.next_week.setArrowType(Qt.ArrowType.RightArrow)
        self.next_week.clicked.connect(lambda: self.go_to_week(shift_week(self.week, 1)))
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        self.this_week = QPushButton()
        self.this_week.clicked.connect(lambda: self.go_to_week(iso_week(date.today())))
        self.all_weeks = QCheckBox()
        self.all_weeks.toggled.connect(lambda _: self._filter_changed())
        # -- the filters ------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._filter_changed)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.consultant = QComboBox()
        self.consultant.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.employer = EmployerPicker(ws)
        self.employer.setClearButtonEnabled(True)
        self.employer.chosen_changed.connect(lambda _: self._filter_changed())
        self.employer.textChanged.connect(self._picker_cleared)
        self.participant = ParticipantPicker(ws)
        self.participant.setClearButtonEnabled(True)
        self.participant.chosen_changed.connect(lambda _: self._filter_changed())
        self.participant.textChanged.connect(self._picker_cleared)
        self.mode = QComboBox()
        self.mode.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.purpose = QComboBox()
        self.purpose.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.only_due = QCheckBox()
        self.only_due.toggled.connect(lambda _: self._filter_changed())
        self.count = QLabel()
        self.count.setAccessibleName("count")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_contact)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_week)
        # -- the table and the week's summary ---------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The names and texts share the width; the short columns fit their words.
        for column in (Column.EMPLOYER, Column.CONTACT_PERSON, Column.PARTICIPANT,
                       Column.OUTCOME, Column.NEXT_STEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        self.table.activated.connect(self._edit_index)
        self.summary = WeekSummary()
        # The week, the search and the filters, then the buttons: in one row where there is
        # room, wrapping onto more in a narrow window (flow_layout).
        week_group = QWidget()
        week_row = QHBoxLayout(week_group)
        week_row.setContentsMargins(0, 0, 0, 0)
        for week_widget in (self.previous_week, self.week_label, self.next_week,
                            self.this_week, self.all_weeks):
            week_row.addWidget(week_widget)
        for combo, letters in ((self.consultant, 14), (self.mode, 14), (self.purpose, 14)):
            # As wide as a short choice; the open list is as wide as the longest.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        for field, width in ((self.search, 260), (self.employer, 170), (self.participant, 170)):
            field.setFixedWidth(width)
        self.count.setMinimumHeight(self.search.sizeHint().height())
        self.count.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        bar = FlowLayout()
        for widget in (week_group, self.search, self.count, self.consultant, self.employer,
                       self.participant, self.mode, self.purpose, self.only_due,
                       self.new_button, self.export_button, self.print_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._loaded = False  # the team and the rows are read when first shown
        self._read_recorded = False  # one audit READ each time the log is opened
        self._quiet = 0  # > 0 while filters are set in code: one reload at the end
        self._count_asked = 0
        self._counted: int | None = None
        self.retranslate()

    # -- being shown --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._load_team()
            self._loaded = True
            self.reload(keep_position=False)
        elif not self._read_recorded:
            self._count()  # shown again: the log is read again (its count records it)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._read_recorded = False

    def refresh(self) -> None:
        """Shared data changed (a profile in Settings): the team and the rows read again."""
        if self._loaded:
            self._load_team()
            self.reload(keep_position=True)

    def _load_team(self) -> None:
        chosen = self.consultant.currentData()
        self._quiet += 1
        try:
            self.consultant.clear()
            self.consultant.addItem(self.tr("All consultants"), ALL)
            self.consultant.addItem(self.tr("My contacts"), MINE)
            for person in consultants.list_consultants(self.ws.ctx):
                self.consultant.addItem(f"{person.initials} – {person.name}", person.id)
            self.consultant.setCurrentIndex(max(0, self.consultant.findData(chosen)))
        finally:
            self._quiet -= 1

    # -- the filter -------------------------------------------------------------------------

    def log_filter(self) -> LogFilter:
        """The filter the widgets stand for."""
        whose = self.consultant.currentData()
        consultant_id = self.ws.ctx.actor_id if whose == MINE else \
            whose if isinstance(whose, uuid.UUID) else None
        return LogFilter(
            week=None if self.all_weeks.isChecked() else self.week,
            consultant_id=consultant_id,
            employer_id=self.employer.chosen,
            course_id=self.participant.chosen,
            # A StrEnum comes back from the combo as its plain text value.
            mode=ContactMode(mode) if (mode := self.mode.currentData()) else None,
            purpose=ContactPurpose(purpose) if (purpose := self.purpose.currentData()) else None,
            search=self.search.text().strip(),
            follow_up_due_by=date.today() if self.only_due.isChecked() else None,
        )

    def go_to_week(self, week: tuple[int, int]) -> None:
        """Show `week` (and leave "all weeks")."""
        self.week = week
        self._quiet += 1
        try:
            self.all_weeks.setChecked(False)
        finally:
            self._quiet -= 1
        self._show_week_label()
        self._filter_changed()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._filter_changed()

    def _picker_cleared(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted: no choice any more
            picker = self.sender()
            if isinstance(picker, EmployerPicker | ParticipantPicker) and picker.chosen:
                picker.set_choice(None, "")

    def _filter_changed(self) -> None:
        if self._quiet or not self._loaded:
            return
        self._search_timer.stop()
        self.reload(keep_position=False)

    def set_filters(self, *, week: tuple[int, int] | bool | None = False,
                    consultant: object = ALL, employer: tuple[uuid.UUID, str] | None = None,
                    only_due: bool = False) -> None:
        """Show exactly these filters and none of the others (the home screen's links,
        an employer page's "all contacts"): the search, mode and purpose are cleared.
        `week=None`: every week; False: the week shown stays."""
        self._quiet += 1
        try:
            if not self._loaded:
                self._load_team()
                self._loaded = True
            if week is None:
                self.all_weeks.setChecked(True)
            elif week is not False:
                self.week = week  # type: ignore[assignment]
                self.all_weeks.setChecked(False)
            self.consultant.setCurrentIndex(max(0, self.consultant.findData(consultant)))
            self.employer.set_choice(*(employer or (None, "")))
            self.participant.set_choice(None, "")
            self.mode.setCurrentIndex(0)
            self.purpose.setCurrentIndex(0)
            self.only_due.setChecked(only_due)
            self.search.clear()
            self._search_timer.stop()
        finally:
            self._quiet -= 1
        self._show_week_label()
        self._read_recorded = False
        self.reload(keep_position=False)

    # -- reading ----------------------------------------------------------------------------

    def reload(self, *, keep_position: bool = True) -> None:
        """Read the rows again; `keep_position`: the same rows read, the same one chosen and
        the view scrolled where it was (after a save)."""
        flt = self.log_filter()
        if keep_position and self.model.log_filter() == flt:
            chosen = self.chosen_contact()
            scrolled = self.table.verticalScrollBar().value()
            self.model.reload()
            if chosen is not None:
                self.select_contact(chosen)
            self.table.verticalScrollBar().setValue(scrolled)
        else:
            sort, descending = self.model.sorting()
            self.model.set_query(flt, sort, descending)
            self.table.scrollToTop()
        self._show_week_label()
        self._count()

    def _count(self) -> None:
        """The count and the week's summary, off the GUI thread: over every week the count
        reads much of the table. Counting is reading the log: the first count after the log
        is opened records one audit READ, written on the GUI thread (the worker only reads:
        a write there could meet the GUI thread's in SQLite and fail as "locked")."""
        flt = self.log_filter()
        record = not self._read_recorded
        self._read_recorded = True
        self._count_asked += 1
        asked = self._count_asked
        ctx = self.ws.ctx
        week = self.week

        def work() -> tuple[int, list[employer_log.WeekSummaryRow]]:
            return employer_log.contact_count(ctx, flt), employer_log.week_summary(ctx, week)

        def done(result: tuple[int, list[employer_log.WeekSummaryRow]]) -> None:
            if record:
                employer_log.record_log_read(ctx, flt, result[0])
            if asked == self._count_asked:  # not an answer to an older filter
                self._show_count(result[0])
                self.summary.show_week(week, result[1])

        run_in_background(work, done, self)

    def _show_count(self, count: int) -> None:
        self._counted = count
        self.count.setText(self.tr("%n contact(s)", "", count))

    def counted(self) -> int | None:
        """The last count shown (None: not counted yet)."""
        return self._counted

    # -- choosing, adding, editing ----------------------------------------------------------

    def chosen_contact(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def select_contact(self, contact_id: uuid.UUID) -> bool:
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_contact(self.model.row_at(index.row()).id)

    def edit_contact(self, contact_id: uuid.UUID) -> None:
        from ips_desktop.ui.dialogs.contact_dialog import edit_contact_interactively

        if edit_contact_interactively(self.ws, self, contact_id):
            self.reload(keep_position=True)

    def new_contact(self) -> None:
        """Log a contact; an employer or participant the log is filtered on is filled in."""
        from ips_desktop.ui.dialogs.contact_dialog import ContactPreset, log_contact_interactively

        preset = ContactPreset(employer_id=self.employer.chosen,
                               course_id=self.participant.chosen)
        saved = log_contact_interactively(self.ws, self, preset)
        if saved is not None:
            self.reload(keep_position=True)
            self.select_contact(saved)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- export and print ---------------------------------------------------------------------

    def export(self) -> None:
        self.output.export(self.log_filter())

    def print_week(self) -> None:
        """The shown week's printout (with "all weeks" on: the week the arrows show)."""
        flt = self.log_filter()
        if flt.week is None:
            flt = LogFilter(**{**vars(flt), "week": self.week})
        self.output.print_week(flt)

    # -- words ------------------------------------------------------------------------------

    def _show_week_label(self) -> None:
        text = self.tr("Week %1, %2").replace("%1", str(self.week[1])).replace(
            "%2", str(self.week[0]))
        self.week_label.setText(text)
        self.week_label.setEnabled(not self.all_weeks.isChecked())

    def retranslate(self) -> None:
        self.previous_week.setToolTip(self.tr("The week before"))
        self.previous_week.setAccessibleName(self.tr("The week before"))
        self.next_week.setToolTip(self.tr("The week after"))
        self.next_week.setAccessibleName(self.tr("The week after"))
        self.this_week.setText(self.tr("This week"))
        self.all_weeks.setText(self.tr("All weeks"))
        self.search.setPlaceholderText(self.tr("Search employer, person, participant, text"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.employer.setPlaceholderText(self.tr("Employer"))
        self.employer.setAccessibleName(self.tr("Only this employer"))
        self.participant.setPlaceholderText(self.tr("Participant"))
        self.participant.setAccessibleName(self.tr("Only this participant"))
        self.only_due.setText(self.tr("Due follow-ups"))
        self.new_button.setText(self.tr("Log contact…"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the contacts shown as a spreadsheet (.xlsx)"))
        self.print_button.setText(self.tr("Print week…"))
        self.print_button.setToolTip(self.tr("The week's log for the team meeting (PDF)"))
        self._quiet += 1
        try:
            choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
                (self.mode, self.tr("All modes"),
                 [(contact_mode_text(m), m.value) for m in ContactMode]),
                (self.purpose, self.tr("All purposes"),
                 [(contact_purpose_text(p), p.value) for p in ContactPurpose])]
            for combo, first, items in choices:
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(first, None)
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            if self.consultant.count():
                self.consultant.setItemText(0, self.tr("All consultants"))
                self.consultant.setItemText(1, self.tr("My contacts"))
        finally:
            self._quiet -= 1
        self.model.retranslate()
        self._fit_columns()
        self._show_week_label()
        if self.counted() is not None:
            self._show_count(self.counted() or 0)

    def _fit_columns(self) -> None:
        """The short columns as wide as their header or their longest word in this language
        (the day and time, initials, a mode, a short purpose, a follow-up with "due"); the
        purpose's long wording is in the tooltip."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 18  # the cell's margins and the sort arrow
        samples = {
            Column.WHEN: ["30.12.2026 23:59"],
            Column.CONSULTANT: ["ÆØÅM"],
            Column.MODE: [contact_mode_text(m) for m in ContactMode],
            Column.PURPOSE: [contact_purpose_short_text(p) for p in ContactPurpose],
            Column.FOLLOW_UP: [self.model.due_text("30.12.2026")],
        }
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            header.resizeSection(column, widest + pad)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sort_by(self, sort: LogSort, descending: bool) -> None:
        """Sort as a click on that column's header does."""
        self.table.sortByColumn(COLUMN_OF[sort], Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
