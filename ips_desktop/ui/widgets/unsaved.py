"""Asking before typed input is thrown away: one question, worded the same everywhere.

Every dialog and page that holds input the user typed calls `ask_about_unsaved`
before it closes or navigates away (Cancel, Escape, the window's close button,
"Back to the list", locking is different: the lock keeps the input). The answer
decides: save and go on, discard and go on, or stay and keep editing. Saving
may still fail (a full disk, a field error): then the caller stays, with the
input where it was.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep_editing"


def ask_about_unsaved(parent: QWidget, *, can_save: bool = True) -> Unsaved:
    """Save / Discard / Keep editing; Escape or closing the question keeps editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Unsaved", "Discard changes?"))
    box.setInformativeText(
        QCoreApplication.translate("Unsaved", "What you typed here has not been saved."))
    role = QMessageBox.ButtonRole
    save = (box.addButton(QCoreApplication.translate("Unsaved", "Save"), role.AcceptRole)
            if can_save else None)
    discard = box.addButton(QCoreApplication.translate("Unsaved", "Discard"),
                            role.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("Unsaved", "Keep editing"),
                         role.RejectRole)
    box.setDefaultButton(save or keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if save is not None and clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.KEEP_EDITING


class TabsUnsaved:
    """The window's unsaved-input questions (shell/areas.py) for an area of tabs.

    The area asks each of its tabs that has `has_unsaved_changes()`; saving
    stops at the first tab that cannot save and shows it. The area sets
    `tab_widget` and `tab_widgets`, and `_built` once they exist.
    """

    tab_widget: QTabWidget
    tab_widgets: list[QWidget]
    _built: bool

    def _unsaved_tabs(self) -> list[QWidget]:
        return [tab for tab in self.tab_widgets
                if hasattr(tab, "has_unsaved_changes") and tab.has_unsaved_changes()]

    def has_unsaved_changes(self) -> bool:
        return self._built and bool(self._unsaved_tabs())

    def save_unsaved(self) -> bool:
        """Every tab's input saved; the first that cannot (a field error) is shown."""
        for tab in self._unsaved_tabs():
            if not tab.save_unsaved():  # type: ignore[attr-defined]
                self.tab_widget.setCurrentWidget(tab)
                return False
        return True

    def discard_unsaved(self) -> None:
        for tab in self._unsaved_tabs():
            if hasattr(tab, "discard_unsaved"):
                tab.discard_unsaved()
