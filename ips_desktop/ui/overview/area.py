"""The Team overview area (team leads only): the steering group's figures, month by month.

A toolbar chooses the months and whose figures (the whole team or one
consultant); the tabs below (`ui/overview/tabs.py`) each show that period:
the figures with their burn-up charts, the fidelity self-check, the
implementation plan, the staffing. Nothing is built before the area is first
shown, and a tab reads its data only when it is shown with a period it has
not read yet: start-up pays for an empty widget only.

The area forwards the window's protocol (shell/areas.py) to its tabs: Ctrl+P
prints what the tab shown prints (the steering group's printout when the tab
has nothing of its own), and typed input in any tab is asked about before
the window leaves the area and before another period or consultant is chosen.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ips_desktop.services import consultants
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.tabs import FIGURES, TABS, Tab, tab_title
from ips_desktop.ui.overview.toolbar import (
    OverviewToolbar,
    add_months,
    last_months,
    this_year,
)
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.freshness import FreshnessLine
from ips_desktop.ui.widgets.message_bar import MessageBar
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS
from ips_desktop.ui.widgets.unsaved import TabsUnsaved, Unsaved, ask_about_unsaved

DEFAULT_MONTHS = 12
Period = tuple[date, date, uuid.UUID | None]


class OverviewArea(TabsUnsaved, QWidget):
    open_area = Signal(str, object)  # an area's key and its filters
    period_changed = Signal()  # the months or whose figures changed (tests, bench)

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self.first, self.last = last_months(tabs.today(), DEFAULT_MONTHS)
        self.consultant_id: uuid.UUID | None = None
        self._built = False
        self.tab_specs: list[Tab] = []
        self.tab_widgets: list[QWidget] = []
        self._given: dict[int, Period] = {}  # the period each tab was last given
        self._after_read: str | None = None  # the figures' print/export once they are read
        self._waiting_for_read = False
        self.layout_ = QVBoxLayout(self)

    # -- built when first shown --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.toolbar = OverviewToolbar()
        self.message = MessageBar()
        # Joined a team: how fresh each colleague's rows are, above every tab's figures
        # (the overview's, the fidelity self-check's).
        self.freshness = FreshnessLine()
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        for spec in TABS:
            tab = spec.make(self.ws, self.tab_widget)
            opener = getattr(tab, "open_area", None)
            if opener is not None and hasattr(opener, "connect"):
                opener.connect(self.open_area)
            changed = getattr(tab, "changed", None)
            if changed is not None and hasattr(changed, "connect"):
                changed.connect(lambda t=tab: self._data_changed(t))
            self.tab_specs.append(spec)
            self.tab_widgets.append(tab)
            self.tab_widget.addTab(tab, tab_title(spec.key))
        self.layout_.addWidget(self.toolbar)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.freshness)
        self.layout_.addWidget(self.tab_widget, 1)
        bar = self.toolbar
        bar.set_period(self.first, self.last)
        bar.set_team(consultants.list_consultants(self.ws.ctx))
        bar.period_chosen.connect(lambda first, last: self.set_period(first, last))
        bar.whose_chosen.connect(lambda: self.set_consultant(bar.chosen()))
        bar.months_12.clicked.connect(lambda: self.set_period(*last_months(tabs.today(), 12)))
        bar.months_24.clicked.connect(lambda: self.set_period(*last_months(tabs.today(), 24)))
        bar.year_button.clicked.connect(lambda: self.set_period(*this_year(tabs.today())))
        bar.print_button.clicked.connect(self.print_current)
        bar.export_button.clicked.connect(self.export)
        bar.report_button.clicked.connect(self.print_period_report)
        for keys, slot in ((PREVIOUS_KEYS, lambda: self.move_period(-1)),
                           (NEXT_KEYS, lambda: self.move_period(1)),
                           (TODAY_KEYS, lambda: self.set_period(
                               *last_months(tabs.today(), DEFAULT_MONTHS)))):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tab_widget.currentChanged.connect(lambda _: self._give_period())
        self.retranslate()
        self._give_period()

    # -- the period and whose figures --------------------------------------------------------

    def period(self) -> Period:
        return self.first, self.last, self.consultant_id

    def set_period(self, first: date, last: date) -> None:
        """Show `first`..`last` (months); typed input is asked about first."""
        self._build()
        first, last = min(first, last), max(first, last)
        if (first, last) != (self.first, self.last) and self.may_leave():
            self.first, self.last = first, last
            self._give_period()
            self.period_changed.emit()
        self.toolbar.set_period(self.first, self.last)

    def move_period(self, months: int) -> None:
        self.set_period(add_months(self.first, months), add_months(self.last, months))

    def set_consultant(self, consultant_id: uuid.UUID | None) -> None:
        """One consultant's figures (None: the whole team); typed input is asked about."""
        self._build()
        if consultant_id != self.consultant_id and self.may_leave():
            self.consultant_id = consultant_id
            self._give_period()
            self.period_changed.emit()
        self.toolbar.choose(self.consultant_id)

    def _give_period(self) -> None:
        """The tab shown gets the period if it has not got it yet; hidden tabs wait."""
        self.freshness.refresh(self.ws.ctx)
        number = self.tab_widget.currentIndex()
        if number < 0 or self._given.get(number) == self.period():
            return
        self._given[number] = self.period()
        self.tab_widgets[number].set_period(self.first, self.last, self.consultant_id)  # type: ignore[attr-defined]

    def _data_changed(self, changed: QWidget) -> None:
        """A tab saved something the others show (staffing: the FTE): they read again
        when next shown."""
        for number, tab in enumerate(self.tab_widgets):
            if tab is not changed:
                self._given.pop(number, None)

    # -- tabs by key -------------------------------------------------------------------------

    def tab(self, key: str) -> QWidget | None:
        self._build()
        return next((tab for spec, tab in zip(self.tab_specs, self.tab_widgets, strict=True)
                     if spec.key == key), None)

    def show_tab(self, key: str) -> None:
        tab = self.tab(key)
        if tab is not None:
            self.tab_widget.setCurrentWidget(tab)

    def show_filtered(self, filters: dict[str, object]) -> None:
        """`{"tab": "plan", ...}` shows that tab; the rest of the filters go to the tab's
        own `show_filtered` (the home screen's passed deadline opens the plan at its item).
        """
        tab_key = filters.get("tab")
        if isinstance(tab_key, str):
            self.show_tab(tab_key)
            shown = self.tab(tab_key)
            rest = {key: value for key, value in filters.items() if key != "tab"}
            if shown is not None and rest and hasattr(shown, "show_filtered"):
                shown.show_filtered(rest)

    # -- what the window reaches -------------------------------------------------------------

    def refresh(self) -> None:
        """The profile changed in Settings: names and initials read again."""
        if not self._built:
            return
        self.toolbar.set_team(consultants.list_consultants(self.ws.ctx))
        for tab in self.tab_widgets:
            if hasattr(tab, "refresh"):
                tab.refresh()

    def may_leave(self) -> bool:
        """Before another period or consultant: typed input saved, thrown away, or kept."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_about_unsaved(self)
        if answer is Unsaved.SAVE:
            return self.save_unsaved()
        if answer is Unsaved.DISCARD:
            self.discard_unsaved()
            return True
        return False

    def print_current(self) -> None:
        """Ctrl+P: the tab's own printout, else the steering group's (the figures tab's)."""
        self._build()
        shown = self.tab_widget.currentWidget()
        if shown is not None and hasattr(shown, "print_current"):
            shown.print_current()
        else:
            self._on_figures("print_current")

    def export(self) -> None:
        """The figures as PDF or a workbook (the figures tab's export)."""
        self._build()
        self._on_figures("export")

    def _on_figures(self, action: str) -> None:
        """The figures tab's `action` on the months chosen now: a hidden figures tab still
        holds the period it was last shown with, so it reads this one first."""
        figures = self.tab(FIGURES)
        if figures is None or not hasattr(figures, action):
            return
        number = self.tab_widgets.index(figures)
        if self._given.get(number) != self.period():
            self._given[number] = self.period()
            figures.set_period(self.first, self.last, self.consultant_id)  # type: ignore[attr-defined]
        if not getattr(figures, "_reading", False):
            getattr(figures, action)()
            return
        self._after_read = action
        shown = getattr(figures, "shown", None)
        if shown is not None and not self._waiting_for_read:
            self._waiting_for_read = True
            shown.connect(self._read_done)

    def _read_done(self) -> None:
        figures, action = self.tab(FIGURES), self._after_read
        self._after_read = None
        if figures is not None and action is not None:
            getattr(figures, action)()

    def print_period_report(self) -> None:
        """"Indberetning…": the period report of the months shown, in a preview."""
        from ips_desktop.ui.overview.period_output import print_period_report

        self._build()
        print_period_report(self, self.ws.ctx, self.first, self.last, self.consultant_id,
                            today=tabs.today())

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if not self._built:
            return
        self.tab_widget.setAccessibleName(self.tr("Team overview"))
        self.freshness.retranslate()
        for number, spec in enumerate(self.tab_specs):
            self.tab_widget.setTabText(number, tab_title(spec.key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
