"""The Team overview area's tabs, in the order shown: adding a tab is one line in `TABS`.

A tab is a QWidget made by `make(workspace, parent)` (`XTab(ws, parent=None)`)
in the module named by its entry, imported when the area is first shown, so
start-up never loads a tab. The area finds what else a tab can do by duck
typing, as the window does for areas (shell/areas.py):

- `set_period(first: date, last: date, consultant_id: uuid.UUID | None)`
  (required): the months chosen in the toolbar (`first` and `last` are first
  days of months, both included) and whose figures (None: the whole team).
  The area calls it when the tab is shown and the period or consultant has
  changed since the tab last got one, so a hidden tab reads nothing.
- `print_current()`: what Ctrl+P (and the toolbar's Print button) does while
  the tab is shown; without it the steering group's printout is previewed.
- `has_unsaved_changes() -> bool`, `save_unsaved() -> bool`,
  `discard_unsaved()`: typed input. The window asks the area, which asks each
  tab; the area also asks before another period or consultant is chosen.
- `refresh()`: shared data changed (a consultant's profile in Settings).
- `changed`: a Signal() the tab emits when it saved data other tabs show (a new
  FTE); the other tabs read again when next shown.

A tab reads "today" as `tabs.today()` (the area's default months too), so a test
sets one day for the whole area.

Tabs whose part has not landed yet are simply not in `TABS`. Each tab's title
is here, worded in the three languages, so a tab that lands brings no title
of its own to translate.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.services.workspace import Workspace

FIGURES, FIDELITY, PLAN, STAFFING = "figures", "fidelity", "plan", "staffing"
MakeTab = Callable[[Workspace, QWidget | None], QWidget]


@dataclass(frozen=True)
class Tab:
    key: str  # FIGURES, FIDELITY, PLAN or STAFFING: its title, and what links name
    module: str  # inside ips_desktop.ui.overview
    widget: str  # the QWidget class in that module

    def make(self, ws: Workspace, parent: QWidget | None = None) -> QWidget:
        made: MakeTab = getattr(
            importlib.import_module(f"ips_desktop.ui.overview.{self.module}"), self.widget)
        return made(ws, parent)


# One line per tab, in the order shown: Fidelity goes right after Figures, the
# implementation plan right before Staffing. Keep the blank line between them, so two
# parts adding theirs at the same time merge without a conflict.
TABS: tuple[Tab, ...] = (
    Tab(FIGURES, "figures_tab", "FiguresTab"),
    Tab(FIDELITY, "fidelity_tab", "FidelityTab"),

    Tab(PLAN, "plan_tab", "PlanTab"),
    Tab(STAFFING, "staffing_tab", "StaffingTab"),
)


def tab_title(key: str) -> str:
    """A tab's title in the language shown; called again when the language changes."""
    titles = {
        FIGURES: QCoreApplication.translate("OverviewTabs", "Figures"),
        FIDELITY: QCoreApplication.translate("OverviewTabs", "Fidelity"),
        PLAN: QCoreApplication.translate("OverviewTabs", "Implementation plan"),
        STAFFING: QCoreApplication.translate("OverviewTabs", "Staffing"),
    }
    return titles[key]


def today() -> date:
    """The day the overview is read at: one place for the area, its tabs and tests."""
    return date.today()
