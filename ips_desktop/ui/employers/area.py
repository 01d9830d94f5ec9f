"""The employer area (*Virksomhedslog*): the contact log, the employer register, the openings.

Three tabs, the log first (what a consultant opens the area for); an
employer's page (from the register, or from a link) is shown in the tabs'
place and "Back" returns to them. Its changes are made in dialogs, saved
there, so the area has no unsaved input of its own to ask about. What
the window reaches (shell/areas.py): Ctrl+N logs a contact, Ctrl+F searches
the log, Ctrl+P prints the log's week; `show_filtered` takes the agreed
links: `{"employer": uuid}` opens that employer's page, `{"follow_ups": "due"}`
shows my due follow-ups in the log.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.employers.employer_list import EmployerListView
from ips_desktop.ui.employers.employer_page import EmployerPage
from ips_desktop.ui.employers.log_view import MINE, LogView
from ips_desktop.ui.employers.openings_view import OpeningsView
from ips_desktop.ui.preferences import Preferences

LOG_TAB, EMPLOYERS_TAB, OPENINGS_TAB = 0, 1, 2


class EmployersArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters (shell/areas.py)

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.log = LogView(ws, preferences)
        self.employers = EmployerListView(ws)
        self.employers.open_employer.connect(self.show_employer)
        self.log.open_employer.connect(self.show_employer)
        self.openings = OpeningsView(ws)
        self.page = EmployerPage(ws)
        self.page.back.connect(self.show_tabs)
        self.page.open_participant.connect(
            lambda course_id: self.open_area.emit("participants", {"course": course_id}))
        self.page.changed.connect(self._register_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log, "")
        self.tabs.addTab(self.employers, "")
        self.tabs.addTab(self.openings, "")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()

    # -- what the window reaches -------------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: log an employer contact (the log shows it once saved)."""
        self.show_tabs()
        self.log.new_contact()

    def focus_search(self) -> None:
        self.show_tabs()
        self.tabs.setCurrentIndex(LOG_TAB)
        self.log.focus_search()

    def print_current(self) -> None:
        """Ctrl+P: the log's week, for the team meeting."""
        self.log.print_week()

    def show_filtered(self, filters: dict[str, object]) -> None:
        """The agreed links: `{"employer": uuid}` opens the employer's page,
        `{"follow_ups": "due"}` my due follow-ups in the log (every week); the home
        screen's counts: `{"weeks": "all"}` the whole log, `{"tab": "employers"}` the
        register. The log's other filters are cleared, so it shows what was counted."""
        employer = filters.get("employer")
        if isinstance(employer, uuid.UUID):
            self.show_employer(employer)
            return
        self.show_tabs()
        if filters.get("tab") == "employers":
            self.tabs.setCurrentIndex(EMPLOYERS_TAB)
            return
        self.tabs.setCurrentIndex(LOG_TAB)
        if filters.get("follow_ups") == "due":
            self.log.set_filters(week=None, consultant=MINE, only_due=True)
        elif filters.get("weeks") == "all":
            self.log.set_filters(week=None)

    def show_employer(self, employer_id: uuid.UUID) -> None:
        """An employer's page in the tabs' place ("Back" returns to them)."""
        self.page.show_employer(employer_id)
        self.pages.setCurrentWidget(self.page)

    def show_tabs(self) -> None:
        if self.pages.currentWidget() is self.page:
            self.log.reload(keep_position=True)  # a contact edited on the page shows
        self.pages.setCurrentWidget(self.tabs)

    def _register_changed(self) -> None:
        """The page changed an employer (details, people, a merge): the lists read again."""
        self.employers.reload()
        self.log.reload(keep_position=True)

    def refresh(self) -> None:
        """Shared data changed (a profile in Settings, a contact logged with the window's
        shortcut): what has been read is read again, what has not waits to be shown."""
        self.log.refresh()
        if getattr(self.employers, "_loaded", True):  # the register has been read
            self.employers.reload()
        if self.pages.currentWidget() is self.page:
            self.page.refresh()

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(LOG_TAB, self.tr("Log"))
        self.tabs.setTabText(EMPLOYERS_TAB, self.tr("Employers"))
        self.tabs.setTabText(OPENINGS_TAB, self.tr("Openings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
