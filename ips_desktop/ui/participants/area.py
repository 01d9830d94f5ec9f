"""The Participants area: the caseload list, and a participant's page in its place."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
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
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import Phase
from ips_desktop.services import caseload
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.caseload_model import CaseloadModel, Column
from ips_desktop.ui.participants.page import ParticipantPage
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.texts import phase_text

MINE, ALL = "mine", "all"


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
        self.whose = QComboBox()
        self.whose.currentIndexChanged.connect(lambda _: self.reload())
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        filters = QHBoxLayout()
        for widget in (self.search, self.whose, self.phase, self.only_overdue, self.show_ended):
            filters.addWidget(widget)
        filters.addStretch(1)
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
        self._sized = False
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:  # the list is read when first shown, not at start-up
            self.reload()
        super().showEvent(event)

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

    # -- list -----------------------------------------------------------------------------

    def reload(self) -> None:
        mine = self.whose.currentData() == MINE and self.ws.ctx.actor_id is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = caseload.caseload(
                self.ws.ctx, today=date.today(),
                consultant_id=self.ws.ctx.actor_id if mine else None,
                include_ended=self.show_ended.isChecked())
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = True
        self.model.set_rows(rows)
        self._update_count()
        if rows and not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()

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
        if self.page is not None:
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
        self.page = ParticipantPage(self.ws, self.preferences, course_id, parent=self)
        self.page.back_requested.connect(self.show_list)
        self.page.changed.connect(self.reload)
        self.page.course_switched.connect(self._switch_course)
        self.pages.addWidget(self.page)
        self.pages.setCurrentWidget(self.page)

    def _switch_course(self, course_id: uuid.UUID | None) -> None:
        self.reload()
        if course_id is not None:
            self.open_course(course_id)

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

    def print_current(self) -> None:
        """Ctrl+P: the open participant's referral, or from the list the blank form."""
        if self.page is not None:
            self.page.print_referral()
        else:
            self.print_blank_form()

    def print_blank_form(self) -> None:
        from ips_desktop.ui.participants.referral_print import print_blank_referral

        print_blank_referral(self.ws, self.preferences, self)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, CPR or phone (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        current = self.whose.currentData() or (MINE if self.ws.ctx.actor_id else ALL)
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem(self.tr("My participants"), MINE)
        self.whose.addItem(self.tr("All participants"), ALL)
        self.whose.setCurrentIndex(self.whose.findData(current))
        self.whose.blockSignals(False)
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
        self.table.setAccessibleName(self.tr("Participants"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
