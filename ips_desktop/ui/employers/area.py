"""The employer area (*Virksomhedslog*): the contact log, the employer register, the openings.

Three tabs, the log first (what a consultant opens the area for); an
employer's page is shown in the tabs' place and "Back" returns to them. What
the window reaches (shell/areas.py): Ctrl+N logs a contact, Ctrl+F searches
the log, Ctrl+P prints the log's week; `show_filtered` takes the agreed
links: `{"employer": uuid}` opens that employer's page, `{"follow_ups": "due"}`
shows my due follow-ups in the log.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.employers.log_view import MINE, LogView
from ips_desktop.ui.employers.openings_view import OpeningsView
from ips_desktop.ui.preferences import Preferences

LOG_TAB, EMPLOYERS_TAB, OPENINGS_TAB = 0, 1, 2


class _Placeholder(QLabel):
    """Stands where the employer register comes (its branch has not landed here yet)."""

    open_employer = Signal(object)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class EmployersArea(QWidget):
    open_area = Signal(str, object)  # an area's key and its filters (shell/areas.py)

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.log = LogView(ws, preferences)
        self.employers = _Placeholder(ws)
        self.employers.open_employer.connect(self.show_employer)
        self.openings = OpeningsView(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log, "")
        self.tabs.addTab(self.employers, "")
        self.tabs.addTab(self.openings, "")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
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
        """An employer's page; until the page lands, the log of that employer's contacts."""
        from ips_desktop.services import employers

        self.show_tabs()
        self.tabs.setCurrentIndex(LOG_TAB)
        name = employers.employer_detail(self.ws.ctx, employer_id).data.name
        self.log.set_filters(week=None, employer=(employer_id, name))

    def show_tabs(self) -> None:
        self.pages.setCurrentWidget(self.tabs)

    def refresh(self) -> None:
        """The profile changed in Settings: names and initials are read again."""
        self.log.refresh()

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(LOG_TAB, self.tr("Log"))
        self.tabs.setTabText(EMPLOYERS_TAB, self.tr("Employers"))
        self.tabs.setTabText(OPENINGS_TAB, self.tr("Openings"))
        self.employers.setText(self.tr("The employer register comes here."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
