"""The Data protection area's tabs, in the order shown: adding a tab is one line in `TABS`.

A tab is a QWidget made by `make(workspace, parent)` (`XTab(ws, parent=None)`)
in the module named by its entry, imported when the area is first shown, so
start-up never loads a tab. A tab reads its data when it is first shown (its
own showEvent), not when it is made, so a hidden tab reads nothing. The area
finds what else a tab can do by duck typing, as the window does for areas
(shell/areas.py):

- `open_area`: a Signal(str, object) the tab emits to send the user to another
  area (the audit trail's Enter on a row opens that person's page).
- `print_current()`: what Ctrl+P does while the tab is shown.
- `export()`: what Ctrl+E does while the tab is shown.
- `refresh()`: shared data changed (a consultant's profile in Settings).
- `show_filtered(filters: dict[str, object])`: the rest of the area's filters
  once the area has shown the tab that `{"tab": key}` named.
- `has_unsaved_changes() -> bool`, `save_unsaved() -> bool`,
  `discard_unsaved()`: typed input, asked about as the window asks areas.

Tabs whose part has not landed yet are simply not in `TABS`. Each tab's title
is here, worded in the three languages, so a tab that lands brings no title
of its own to translate.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.services.workspace import Workspace

AUDIT, RETENTION = "audit", "retention"
MakeTab = Callable[[Workspace, QWidget | None], QWidget]


@dataclass(frozen=True)
class Tab:
    key: str  # AUDIT or RETENTION: its title, and what links name
    module: str  # inside ips_desktop.ui.privacy
    widget: str  # the QWidget class in that module

    def make(self, ws: Workspace, parent: QWidget | None = None) -> QWidget:
        made: MakeTab = getattr(
            importlib.import_module(f"ips_desktop.ui.privacy.{self.module}"), self.widget)
        return made(ws, parent)


# One line per tab, in the order shown: the audit trail, then retention. Keep the blank
# line between them, so two parts adding theirs at the same time merge without a conflict.
TABS: tuple[Tab, ...] = (
    Tab(AUDIT, "audit_tab", "AuditTab"),

    Tab(RETENTION, "retention_tab", "RetentionTab"),
)


def tab_title(key: str) -> str:
    """A tab's title in the language shown; called again when the language changes."""
    titles = {
        AUDIT: QCoreApplication.translate("PrivacyTabs", "Audit trail"),
        RETENTION: QCoreApplication.translate("PrivacyTabs", "Erasure due"),
    }
    return titles[key]
