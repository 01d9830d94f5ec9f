"""F1: a short help page, and the keyboard shortcuts it lists.

`SHORTCUTS` is the one list of the window's shortcuts: the main window makes
its actions from it and Help prints it, so Help cannot promise a key that does
nothing. Each entry says what the key does as the user meets it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Shortcut:
    action: str  # the window's QAction attribute it is bound to
    keys: str  # portable form ("Ctrl+," is Cmd+, on a Mac)
    text: Callable[[], str]  # what it does, in the current language
    # The area method it reaches; None: the window itself acts.
    area_method: str | None = None
    # Where the current area lacks the method: go to the first area that has it.
    anywhere: bool = False

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_action", "Ctrl+N",
             lambda: QCoreApplication.translate("Help", "New referral, from any area"),
             "new_item", anywhere=True),
    Shortcut("find_action", "Ctrl+F",
             lambda: QCoreApplication.translate("Help", "Search participants, from any area"),
             "focus_search", anywhere=True),
    Shortcut("print_action", "Ctrl+P",
             lambda: QCoreApplication.translate("Help", "Print what Participants shows"),
             "print_current"),
    Shortcut("lock_action", "Ctrl+L",
             lambda: QCoreApplication.translate("Help", "Lock the window now")),
    Shortcut("settings_action", "Ctrl+,",
             lambda: QCoreApplication.translate("Help", "Settings")),
    Shortcut("quit_action", "Ctrl+Q", lambda: QCoreApplication.translate("Help", "Quit")),
    Shortcut("help_action", "F1", lambda: QCoreApplication.translate("Help", "This help")),
)


def shortcut_for(action: str) -> Shortcut:
    return next(s for s in SHORTCUTS if s.action == action)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help"))
        table = "".join(
            f"<tr><td><b>{html.escape(s.sequence().toString(QKeySequence.SequenceFormat.NativeText))}"
            f"</b></td><td>{html.escape(s.text())}</td></tr>" for s in SHORTCUTS)
        locking = self.tr("The window locks itself when you leave it; the password opens it "
                          "again. Everything you have not saved is kept while it is locked.")
        shortcuts = self.tr("Keyboard shortcuts")
        self.text.setHtml(f"<h3>IPS Desktop</h3><p>{html.escape(locking)}</p>"
                          f"<h4>{html.escape(shortcuts)}</h4>"
                          f"<table cellpadding='4'>{table}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(480, 420)
