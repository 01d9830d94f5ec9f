"""The Data protection area (team leads only): what the data-protection officer asks about.

Its tabs (`ui/privacy/tabs.py`) are the audit trail (who read, changed, printed
or exported which record, and when) and the list of people due for erasure.
Nothing is built before the area is first shown, and a tab reads only when it
is shown: start-up pays for an empty widget only.

The area forwards the window's protocol (shell/areas.py) to the tab shown:
Ctrl+P prints what it prints, Ctrl+E exports what it exports, and a tab's
`open_area` (Enter on an audit row opens that person's page) reaches the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.privacy.tabs import TABS, Tab, tab_title
from ips_desktop.ui.widgets.unsaved import TabsUnsaved

EXPORT_KEYS = "Ctrl+E"


class PrivacyArea(TabsUnsaved, QWidget):
    open_area = Signal(str, object)  # an area's key and its filters

    def __init__(self, ws: Workspace, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preferences = preferences
        self._built = False
        self.tab_specs: list[Tab] = []
        self.tab_widgets: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    # -- built when first shown --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        for spec in TABS:
            tab = spec.make(self.ws, self.tab_widget)
            opener = getattr(tab, "open_area", None)
            if opener is not None and hasattr(opener, "connect"):
                opener.connect(self.open_area)
            self.tab_specs.append(spec)
            self.tab_widgets.append(tab)
            self.tab_widget.addTab(tab, tab_title(spec.key))
        self.layout_.addWidget(self.tab_widget, 1)
        QShortcut(QKeySequence(EXPORT_KEYS), self, self.export,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

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
        """`{"tab": "audit", ...}` shows that tab; the rest go to its own `show_filtered`."""
        tab_key = filters.get("tab")
        if isinstance(tab_key, str):
            self.show_tab(tab_key)
            shown = self.tab(tab_key)
            rest = {key: value for key, value in filters.items() if key != "tab"}
            if shown is not None and rest and hasattr(shown, "show_filtered"):
                shown.show_filtered(rest)

    def _shown(self) -> QWidget | None:
        self._build()
        return self.tab_widget.currentWidget()

    # -- what the window reaches -------------------------------------------------------------

    def print_current(self) -> None:
        shown = self._shown()
        if shown is not None and hasattr(shown, "print_current"):
            shown.print_current()

    def export(self) -> None:
        shown = self._shown()
        if shown is not None and hasattr(shown, "export"):
            shown.export()

    def refresh(self) -> None:
        if not self._built:
            return
        for tab in self.tab_widgets:
            if hasattr(tab, "refresh"):
                tab.refresh()

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if not self._built:
            return
        self.tab_widget.setAccessibleName(self.tr("Data protection"))
        for number, spec in enumerate(self.tab_specs):
            self.tab_widget.setTabText(number, tab_title(spec.key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
