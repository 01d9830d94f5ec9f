"""The Participants area: the caseload list, and a participant's page in its place."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import Phase
from ips_desktop.services import caseload, consultants, courses
from ips_desktop.services.collation import sort_key
from ips_desktop.services.consultants import ConsultantView
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.caseload_model import CaseloadModel, Column
from ips_desktop.ui.participants.page import ParticipantPage
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import phase_text

if TYPE_CHECKING:  # ReportLab and Qt's PDF modules load when something is printed
    from ips_desktop.reports.list_pdf import ListPrintout
    from ips_desktop.ui.widgets.print_preview import BackgroundPreview, PrintPreviewDialog

MINE, ALL = "mine", "all"  # the whose filter's first two choices; then a consultant's id
# The least the name column keeps when the window is narrow, in pixels.
NAME_ROOM = 220


class ParticipantsArea(QWidget):
    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.model = CaseloadModel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter_changed(search=text))
        self.search.installEventFilter(self)  # Enter or Down: into the results
        self.whose = QComboBox()  # mine, all, then each consultant by name (a team lead's view)
        # As wide as "All participants"; the open list is as wide as the longest name.
        self.whose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.whose.currentIndexChanged.connect(lambda _: self.reload())
        self._team: list[ConsultantView] = []
        self.phase = QComboBox()
        self.phase.currentIndexChanged.connect(
            lambda _: self._filter_changed(phase=self._chosen_phase()))
        self.only_overdue = QCheckBox()
        self.only_overdue.toggled.connect(lambda on: self._filter_changed(only_overdue=on))
        self.show_ended = QCheckBox()
        self.show_ended.toggled.connect(lambda _: self.reload())
        self.count = QLabel()
        self.blank_form = QPushButton()
        self.blank_form.clicked.connect(self.print_blank_form)
        # The same for the window's File menu (Ctrl+P prints the list itself).
        self.blank_form_action = QAction(self)
        self.blank_form_action.triggered.connect(self.print_blank_form)
        self._list_job: BackgroundPreview | None = None  # the list's printouts, from the first
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per participant: scanning a long list
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # The short columns as wide as their header and longest text (the user may drag
        # them); the name takes the rest of the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.activated.connect(self._open_index)
        self._fitted: dict[Column, int] = {}  # each short column's width for its words
        self._dragged: set[Column] = set()  # the columns the user has sized
        self._sizing = False
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)  # a narrower window: share the width
        for combo in (self.whose, self.phase):  # the filters never shrink below their text
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.search.setMinimumWidth(160)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)  # the search field takes the room that is left
        for widget in (self.whose, self.phase, self.only_overdue, self.show_ended):
            filters.addWidget(widget)
        filters.addWidget(self.count)
        filters.addWidget(self.blank_form)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.page: ParticipantPage | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._loaded = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:  # the list is read when first shown, not at start-up
            self._load_team()
            self.reload()
        elif self._page_person_erased():  # erased from the retention list meanwhile
            self._page_erased()
        super().showEvent(event)

    def _page_person_erased(self) -> bool:
        if self.page is None:
            return False
        try:
            courses.course_phase(self.ws.ctx, self.page.course_id)
        except LookupError:
            return True
        return False

    # -- what the window's actions reach --------------------------------------------------

    def focus_search(self) -> None:
        self.show_list()
        if self.page is not None:
            return  # the page's typed input is kept: the user chose to keep editing
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        from ips_desktop.ui.participants.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.ws, self.preferences, parent=self)
        dialog.accepted.connect(lambda: self._switch_course(dialog.course_id))
        dialog.open()  # not exec(): the auto-lock may hide it, and its input must survive

    def show_filtered(self, filters: dict[str, object]) -> None:
        """Show the list with exactly these filters and none of the others (the home
        screen's counts): `consultant` "mine", "all" or a consultant's id, and
        `include_ended`. The search, phase and "only overdue" are cleared, so the list
        counts what the link counted.

        `course` (a course id) opens that participant's page instead, as another
        area asks for it (an employer's page, the openings list)."""
        course = filters.get("course")
        if course is not None:
            course_id = course if isinstance(course, uuid.UUID) else uuid.UUID(str(course))
            if self.page is None or self.page.course_id != course_id:
                self.open_course(course_id)
            return
        self.show_list()
        if self.page is not None:
            return  # the user kept their typed input on the page
        if not self._loaded:
            self._load_team()
        whose = str(filters.get("consultant", ALL))
        self.whose.blockSignals(True)
        self.show_ended.blockSignals(True)
        self.phase.blockSignals(True)
        try:
            self.whose.setCurrentIndex(max(0, self.whose.findData(whose)))
            self.show_ended.setChecked(bool(filters.get("include_ended", False)))
            self.phase.setCurrentIndex(0)  # all phases
            self.only_overdue.setChecked(False)
            self.search.clear()
        finally:
            self.whose.blockSignals(False)
            self.show_ended.blockSignals(False)
            self.phase.blockSignals(False)
        self.model.set_filter(search="", phase=None, only_overdue=False)
        self.reload()

    def refresh(self) -> None:
        """The profile changed in Settings: the consultants' names in the filter and the
        initials in the list are read again (a list not yet shown reads them when shown)."""
        if not self._loaded:
            return
        self._load_team()
        if self._page_person_erased():
            self._page_erased()
            return
        self.reload()
        if self.page is not None:
            self.page.refresh()  # its header names the consultant by initials

    # -- list -----------------------------------------------------------------------------

    def reload(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = caseload.caseload(
                self.ws.ctx, today=date.today(), consultant_id=self.chosen_consultant(),
                include_ended=self.show_ended.isChecked())
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = True
        self.model.set_rows(rows)
        self._update_count()

    def chosen_consultant(self) -> uuid.UUID | None:
        """Whose participants the list shows: the chosen consultant's, or everyone's (None)."""
        data = self.whose.currentData()
        if data == MINE:
            return self.ws.ctx.actor_id
        if data in (ALL, None):
            return None
        return uuid.UUID(str(data))

    def _load_team(self) -> None:
        self._team = consultants.list_consultants(self.ws.ctx)
        self._fill_whose()
        self.fit_columns()

    def _fill_whose(self) -> None:
        """Mine and All, then each colleague by name in the language's alphabetical order."""
        me = self.ws.ctx.actor_id
        current = self.whose.currentData() or (MINE if me else ALL)
        self.whose.blockSignals(True)
        self.whose.clear()
        if me is not None:  # without an owner, "mine" would be everyone's
            self.whose.addItem(self.tr("My participants"), MINE)
        self.whose.addItem(self.tr("All participants"), ALL)
        by_name = sort_key()
        colleagues = sorted((c for c in self._team if c.id != me), key=lambda c: by_name(c.name))
        if colleagues:
            self.whose.insertSeparator(self.whose.count())
        for colleague in colleagues:
            self.whose.addItem(f"{colleague.name} ({colleague.initials})", str(colleague.id))
        self.whose.setCurrentIndex(max(0, self.whose.findData(current)))
        self.whose.blockSignals(False)
        texts = [self.whose.itemText(i) for i in range(self.whose.count())]
        metrics = self.whose.fontMetrics()
        self.whose.setMinimumContentsLength(max(len(t) for t in texts[:2]))
        self.whose.view().setMinimumWidth(
            max(metrics.horizontalAdvance(t) for t in texts) + 40)

    def fit_columns(self) -> None:
        """Each short column as wide as its header or the widest text it can show, in this
        language; the name column stretches over the rest. Measured on what a column can
        hold (every phase, every rule's longest wording), not on today's rows, so that
        switching filters never cuts a header or a cell."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 12
        initials = [c.initials for c in self._team]
        for column in Column:
            if column == Column.NAME:
                continue
            samples = self.model.width_samples(column) + (
                initials if column == Column.CONSULTANT else [])
            content = max((metrics.horizontalAdvance(text) for text in samples), default=0)
            self._fitted[column] = max(content + padding, header.sectionSizeHint(column))
        self._dragged.clear()  # a new language's words: fitted afresh
        self._share_width()

    def _share_width(self) -> None:
        """In a narrow window the due column gives way before the name does: it is cut
        with "…" (its tooltip has every due item), never narrower than its header."""
        header = self.table.horizontalHeader()
        need = self._fitted.get(Column.NEXT_DUE)
        if need is None:
            return
        room = self.table.viewport().width() - NAME_ROOM - sum(
            header.sectionSize(c) for c in Column if c not in (Column.NAME, Column.NEXT_DUE))
        self._sizing = True
        try:
            for column, width in self._fitted.items():
                if column in self._dragged:
                    continue
                if column == Column.NEXT_DUE:
                    width = max(min(width, room), header.sectionSizeHint(column))
                header.resizeSection(column, width)
        finally:
            self._sizing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing and column != Column.NAME:
            self._dragged.add(Column(column))  # the user's own width stays

    def _chosen_phase(self) -> Phase | None:
        data = self.phase.currentData()
        if data == Phase.ENDED and not self.show_ended.isChecked():
            self.show_ended.setChecked(True)  # ended courses are read only on request
        return Phase(data) if data else None

    def _filter_changed(self, **changes: object) -> None:
        self.model.set_filter(**changes)  # type: ignore[arg-type]
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(self.model.rowCount()))
                           .replace("%2", str(self.model.total())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search and event.type() == QEvent.Type.Resize:
            self._share_width()  # the table's viewport: the only other widget watched
            return False
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (
                    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
                and self.model.rowCount() > 0):
            self.table.setFocus()
            self.table.selectRow(0)  # Enter then opens the first hit
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_course(self.model.row_at(index.row()).course_id)

    # -- page -----------------------------------------------------------------------------

    def open_course(self, course_id: uuid.UUID) -> None:
        if self.page is not None and not self.page.may_leave():
            return
        try:
            page = ParticipantPage(self.ws, self.preferences, course_id, parent=self)
        except LookupError:  # erased since the list that links here was read: the list
            self.reload()
            return
        if self.page is not None:
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self.page.back_requested.connect(self.show_list)
        self.page.changed.connect(self.reload)
        self.page.course_switched.connect(self._switch_course)
        self.page.erased.connect(self._page_erased)
        self.pages.addWidget(self.page)
        self.pages.setCurrentWidget(self.page)

    def _switch_course(self, course_id: uuid.UUID | None) -> None:
        self.reload()
        if course_id is not None:
            self.open_course(course_id)

    def _page_erased(self) -> None:
        """The person is gone: their page with it, typed input and all; the list anew."""
        if self.page is not None:
            self.pages.setCurrentIndex(0)
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.reload()
        self.table.setFocus()

    def show_list(self) -> None:
        if self.page is not None and not self.page.may_leave():
            return
        self.pages.setCurrentIndex(0)
        if self.page is not None:
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.table.setFocus()

    # -- unsaved input, asked about by the window before it closes or changes area ------------

    def has_unsaved_changes(self) -> bool:
        return self.page is not None and self.page.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        """True when saved or nothing to save; False keeps the page, with the reason shown."""
        return self.page is None or self.page.save_unsaved()

    def discard_unsaved(self) -> None:
        if self.page is not None:
            self.page.discard_unsaved()

    def print_current(self) -> None:
        """Ctrl+P: the open participant's referral, or from the list the list as shown."""
        if self.page is not None:
            self.page.print_referral()
        else:
            self.print_list()

    def print_list(self) -> None:
        """The list as it stands, its filter, search and sort, with every row's due items.

        The text is taken from the list on the GUI thread (a few milliseconds);
        the PDF is laid out off it, as it takes a second or more for a long
        list, and the preview opens when it is ready (after the unlock, if the
        window was locked meanwhile): the print preview's BackgroundPreview.
        """
        from ips_desktop.reports.list_pdf import list_file_name, list_pdf
        from ips_desktop.ui.widgets.print_preview import BackgroundPreview

        self._list_job = BackgroundPreview.of(self)
        if self._list_job.building:  # a second Ctrl+P while the first is being laid out
            return
        printout = self.printout()
        language, rows, whose = self.preferences.language, self.model.rowCount(), \
            self.chosen_consultant()
        caseload.record_list_print(self.ws.ctx, rows=rows, consultant_id=whose)
        self._list_job.start(
            lambda: list_pdf(printout, language=language), title=self.tr("Participant list"),
            suggested_name=list_file_name(language, date.today()),
            on_saved=lambda: caseload.record_list_export(self.ws.ctx, rows=rows,
                                                         consultant_id=whose))

    @property
    def list_preview(self) -> PrintPreviewDialog | None:
        """The list's last print preview, while open."""
        return self._list_job.preview if self._list_job is not None else None

    @property
    def _printing(self) -> bool:
        return self._list_job is not None and self._list_job.building

    def printout(self) -> ListPrintout:
        """What the printed list shows: the list as it stands (ui/participants/list_printout)."""
        from ips_desktop.ui.participants.list_printout import list_printout

        return list_printout(self, chosen=(MINE, ALL))

    def print_blank_form(self) -> None:
        from ips_desktop.ui.participants.referral_print import print_blank_referral

        print_blank_referral(self.ws, self.preferences, self)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, CPR or phone (Ctrl+F)"))
        self.search.setToolTip(self.search.placeholderText())  # when a narrow window cuts it
        self.search.setAccessibleName(self.tr("Search participants"))
        self._fill_whose()
        self.whose.setAccessibleName(self.tr("Whose participants"))
        phase = self.phase.currentData()
        self.phase.blockSignals(True)
        self.phase.clear()
        self.phase.addItem(self.tr("All phases"), None)
        for each in Phase:
            self.phase.addItem(phase_text(each), each)
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
        self.phase.blockSignals(False)
        self.phase.setAccessibleName(self.tr("Phase"))
        self.only_overdue.setText(self.tr("Only &overdue"))
        self.show_ended.setText(self.tr("Show &ended"))
        self.blank_form.setText(self.tr("&Blank referral form…"))
        self.blank_form_action.setText(self.tr("Print &blank referral form…"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.model.retranslate()
        self._update_count()
        if self._loaded:
            self.fit_columns()  # the new language's words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
