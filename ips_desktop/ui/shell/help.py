"""F1: a short help page, and the keyboard shortcuts it lists.

`SHORTCUTS` is the one list of the window's shortcuts: the main window makes
its actions from it and Help prints it, so Help cannot promise a key that does
nothing. Each entry says what the key does as the user meets it; where an
area answers a key with its own method (Ctrl+N in the employer contact log logs
a contact, not a referral), `in_areas` says so and Help prints it under the
key. The keys inside a form (`FORM_KEYS`) follow, the tables' taken from the
tables' code.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ips_desktop.ui.shell.areas import CALENDAR, EMPLOYERS, OVERVIEW, SUPERVISION, all_areas
from ips_desktop.ui.supervision.keys import NOTE_KEYS, SAVE_NOTE_KEYS, TICK_KEYS
from ips_desktop.ui.widgets.group_field import (
    ADD_ROW_KEYS,
    MOVE_DOWN_KEYS,
    MOVE_UP_KEYS,
    REMOVE_ROW_KEYS,
)
from ips_desktop.ui.widgets.period_keys import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEYS, UNDO_KEYS


@dataclass(frozen=True)
class InArea:
    """What a key does instead while that area is shown."""

    area: str  # the area's key (ui/shell/areas.py)
    text: Callable[[], str]


@dataclass(frozen=True)
class Shortcut:
    action: str  # the window's QAction attribute it is bound to
    keys: str  # portable form ("Ctrl+," is Cmd+, on a Mac)
    text: Callable[[], str]  # what it does, in the current language
    # The area method it reaches; None: the window itself acts.
    area_method: str | None = None
    # Where the current area lacks the method: go to the first area that has it.
    anywhere: bool = False
    in_areas: tuple[InArea, ...] = ()

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("new_action", "Ctrl+N",
             lambda: QCoreApplication.translate("Help", "New referral, from any area"),
             "new_item", anywhere=True,
             in_areas=(InArea(EMPLOYERS, lambda: QCoreApplication.translate(
                 "Help", "log an employer contact instead")),
                       InArea(CALENDAR, lambda: QCoreApplication.translate(
                           "Help", "a new event at the next free half hour")))),
    Shortcut("find_action", "Ctrl+F",
             lambda: QCoreApplication.translate("Help", "Search participants, from any area"),
             "focus_search", anywhere=True,
             in_areas=(InArea(EMPLOYERS, lambda: QCoreApplication.translate(
                 "Help", "search the log instead")),)),
    Shortcut("contact_action", "Ctrl+Shift+K",
             lambda: QCoreApplication.translate("Help", "Log an employer contact, from any area")),
    Shortcut("print_action", "Ctrl+P",
             lambda: QCoreApplication.translate("Help", "Print what Participants shows"),
             "print_current",
             in_areas=(InArea(EMPLOYERS, lambda: QCoreApplication.translate(
                 "Help", "print the week's log for the team meeting")),
                       InArea(CALENDAR, lambda: QCoreApplication.translate(
                           "Help", "print the week shown")),
                       InArea(SUPERVISION, lambda: QCoreApplication.translate(
                           "Help", "print the week's supervision list")),
                       InArea(OVERVIEW, lambda: QCoreApplication.translate(
                           "Help", "print the steering group's printout of the months "
                                   "shown")))),
    Shortcut("lock_action", "Ctrl+L",
             lambda: QCoreApplication.translate("Help", "Lock the window now")),
    Shortcut("settings_action", "Ctrl+,",
             lambda: QCoreApplication.translate("Help", "Settings")),
    Shortcut("quit_action", "Ctrl+Q", lambda: QCoreApplication.translate("Help", "Quit")),
    Shortcut("help_action", "F1", lambda: QCoreApplication.translate("Help", "This help")),
    Shortcut("sync_action", "F9", lambda: QCoreApplication.translate(
        "Help", "Sync with the team database now (on a computer that has joined one)")),
)


# The keys inside a form (the referral, the career profile, the plan). The table keys
# are the ones the tables bind (ui/widgets/group_field.py), so Help cannot drift from them.
FORM_KEYS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Return", lambda: QCoreApplication.translate(
        "Help", "Next question; after the page's last, the next page")),
    ("Ctrl+Return", lambda: QCoreApplication.translate(
        "Help", "Leave a long text (there Enter starts a new line)")),
    (ADD_ROW_KEYS, lambda: QCoreApplication.translate(
        "Help", "Add a row to a table (jobs, medication, sub-goals)")),
    (REMOVE_ROW_KEYS, lambda: QCoreApplication.translate("Help", "Remove the table's row")),
    (MOVE_UP_KEYS, lambda: QCoreApplication.translate("Help", "Move the row up")),
    (MOVE_DOWN_KEYS, lambda: QCoreApplication.translate("Help", "Move the row down")),
)


# The calendar's own keys (ui/widgets/period_keys.py; the grid's keys are its own).
CALENDAR_KEYS: tuple[tuple[str, Callable[[], str]], ...] = (
    (PREVIOUS_KEYS, lambda: QCoreApplication.translate("Help", "The week (or day) before")),
    (NEXT_KEYS, lambda: QCoreApplication.translate("Help", "The week (or day) after")),
    (TODAY_KEYS, lambda: QCoreApplication.translate("Help", "Back to today")),
    (UNDO_KEYS, lambda: QCoreApplication.translate("Help", "Undo the last move")),
    ("Return", lambda: QCoreApplication.translate("Help", "Open the event chosen")),
    ("Del", lambda: QCoreApplication.translate("Help", "Delete the event chosen")),
    ("Tab", lambda: QCoreApplication.translate("Help", "The next event (arrow keys too)")),
)


# The Supervision area's keys (ui/supervision/keys.py; the week keys are the calendar's).
SUPERVISION_KEYS: tuple[tuple[str, Callable[[], str]], ...] = (
    (PREVIOUS_KEYS, lambda: QCoreApplication.translate("Help", "The week before")),
    (NEXT_KEYS, lambda: QCoreApplication.translate("Help", "The week after")),
    (TODAY_KEYS, lambda: QCoreApplication.translate("Help", "This week")),
    (TICK_KEYS, lambda: QCoreApplication.translate(
        "Help", "Tick the participant chosen as discussed (again: untick)")),
    (NOTE_KEYS, lambda: QCoreApplication.translate("Help", "Write the supervision note")),
    (SAVE_NOTE_KEYS, lambda: QCoreApplication.translate("Help", "Save the note")),
    ("Return", lambda: QCoreApplication.translate("Help", "Open the participant chosen")),
)


# The Team overview's keys (the period keys move the months shown).
OVERVIEW_KEYS: tuple[tuple[str, Callable[[], str]], ...] = (
    (PREVIOUS_KEYS, lambda: QCoreApplication.translate("Help", "The period a month earlier")),
    (NEXT_KEYS, lambda: QCoreApplication.translate("Help", "The period a month later")),
    (TODAY_KEYS, lambda: QCoreApplication.translate("Help", "The last 12 months")),
    ("Return", lambda: QCoreApplication.translate(
        "Help", "Save the expectation typed in a chart's table")),
)


def _rows(keys_and_texts: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td><b>{html.escape(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))}"
        f"</b></td><td>{html.escape(text)}</td></tr>" for keys, text in keys_and_texts)


def area_lines(shortcut: Shortcut) -> list[str]:
    """The lines Help prints under a key for the areas that answer it their own way."""
    titles = {area.key: area.title() for area in all_areas()}
    return [QCoreApplication.translate("Help", "In “%1”: %2").replace(
        "%1", titles[in_area.area]).replace("%2", in_area.text()) for in_area in shortcut.in_areas]


def shortcut_for(action: str) -> Shortcut:
    return next(s for s in SHORTCUTS if s.action == action)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help"))
        table = _rows([row for s in SHORTCUTS
                       for row in [(s.keys, s.text()), *(("", line) for line in area_lines(s))]])
        form_table = _rows([(keys, text()) for keys, text in FORM_KEYS])
        calendar_table = _rows([(keys, text()) for keys, text in CALENDAR_KEYS])
        supervision_table = _rows([(keys, text()) for keys, text in SUPERVISION_KEYS])
        overview_table = _rows([(keys, text()) for keys, text in OVERVIEW_KEYS])
        in_supervision = self.tr("In supervision")
        in_overview = self.tr("In the team overview")
        mouse = self.tr("Drag over empty time (or double-click it) to make an event there; "
                        "drag an event to move it, its lower edge to make it longer or "
                        "shorter.")
        locking = self.tr("The window locks itself when you leave it; the password opens it "
                          "again. Everything you have not saved is kept while it is locked.")
        shortcuts = self.tr("Keyboard shortcuts")
        in_forms = self.tr("In a form")
        in_calendar = self.tr("In the calendar")
        self.text.setHtml(f"<h3>IPS Desktop</h3><p>{html.escape(locking)}</p>"
                          f"<h4>{html.escape(shortcuts)}</h4>"
                          f"<table cellpadding='4'>{table}</table>"
                          f"<h4>{html.escape(in_forms)}</h4>"
                          f"<table cellpadding='4'>{form_table}</table>"
                          f"<h4>{html.escape(in_calendar)}</h4><p>{html.escape(mouse)}</p>"
                          f"<table cellpadding='4'>{calendar_table}</table>"
                          f"<h4>{html.escape(in_supervision)}</h4>"
                          f"<table cellpadding='4'>{supervision_table}</table>"
                          f"<h4>{html.escape(in_overview)}</h4>"
                          f"<table cellpadding='4'>{overview_table}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(480, 420)
