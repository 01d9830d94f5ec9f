"""The participant page's "Databeskyttelse" button: the person's rights under the GDPR.

One button with a menu, so that access (art. 15) and erasure (art. 17) sit
together and out of the way of the everyday buttons. Each right is one line
in `add_privacy_actions`; the dialogs are imported when chosen, so the page
opens no slower for them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ips_desktop.services.workspace import Workspace

PersonId = Callable[[], uuid.UUID | None]  # the person the page shows now (None: not read yet)


class PrivacyMenu(QToolButton):
    """The header's button; `add_action` puts one action in its menu, `named` finds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_menu")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.named: dict[str, QAction] = {}
        self._texts: list[tuple[QAction, Callable[[], str]]] = []
        self.retranslate()

    def add_action(self, name: str, text: Callable[[], str],
                   triggered: Callable[[], object]) -> QAction:
        """An action whose text is `text()` in the current language (asked again on a change)."""
        action = QAction(text(), self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: triggered())
        self.menu().addAction(action)
        self.named[name] = action
        self._texts.append((action, text))
        return action

    def retranslate(self) -> None:
        self.setText(self.tr("Data protection"))
        self.setMinimumWidth(0)  # the menu's arrow beside the text, not over its last letter
        self.setMinimumWidth(self.sizeHint().width() + self.fontMetrics().horizontalAdvance("  "))
        for action, text in self._texts:
            action.setText(text())


def add_privacy_actions(menu: PrivacyMenu, ws: Workspace, person: PersonId,
                        parent: QWidget) -> None:
    """The menu's actions, one line each (the page calls this once)."""
    menu.add_action("access", _access_text, lambda: _open_access(ws, person, parent))
    menu.add_action("erase", _erase_text, lambda: _open_erase(ws, person, parent))


def _access_text() -> str:
    return QCoreApplication.translate("PrivacyMenu", "Access copy for the person…")


def _open_access(ws: Workspace, person: PersonId, parent: QWidget) -> None:
    participant_id = person()
    if participant_id is None:
        return
    from ips_desktop.ui.participants.access_dialog import AccessDialog

    dialog = AccessDialog(ws, participant_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _erase_text() -> str:
    return QCoreApplication.translate("PrivacyMenu", "Erase the person completely…")


def _open_erase(ws: Workspace, person: PersonId, parent: QWidget) -> None:
    from ips_desktop.ui.participants.erase_dialog import open_erase_dialog

    open_erase_dialog(ws, person(), parent)
