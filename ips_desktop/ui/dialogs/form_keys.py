"""The keyboard and the button row the record dialogs share (a contact, an event).

They are filled in from the keyboard: Enter moves to the next field (on a
button it presses it), Ctrl+Enter saves from anywhere, Escape with something
typed asks "Kassér ændringer?" (ui/widgets/unsaved.py), and the buttons are
Delete… on the left, Save and Cancel on the right, none of them a default
button (a default would take Enter from the fields). Here once, so the two
dialogs cannot drift apart; each dialog keeps its own words for the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QHBoxLayout, QPushButton

from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class FormButtons(NamedTuple):
    save: QPushButton
    cancel: QPushButton
    delete: QPushButton
    row: QHBoxLayout  # Delete…, room, Save, Cancel: for the dialog's layout


def form_buttons(dialog: QDialog, *, save: Callable[[], object],
                 delete: Callable[[], object], can_delete: bool,
                 others: Iterable[QAbstractButton] = ()) -> FormButtons:
    """Save, Cancel (the dialog's `reject`) and Delete…, and Ctrl+Enter for `save`.

    `others` are the dialog's other push buttons, which must not turn into the
    default button either (Enter moves on instead).
    """
    made = FormButtons(QPushButton(), QPushButton(), QPushButton(), QHBoxLayout())
    made.delete.setVisible(can_delete)
    made.save.clicked.connect(save)
    made.cancel.clicked.connect(dialog.reject)
    made.delete.clicked.connect(delete)
    for button in (made.save, made.cancel, made.delete, *others):
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)  # Enter moves on; Ctrl+Enter saves
            button.setDefault(False)
    made.row.addWidget(made.delete)
    made.row.addStretch(1)
    made.row.addWidget(made.save)
    made.row.addWidget(made.cancel)
    for keys in SAVE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(save)
    return made


def save_keys_text() -> str:
    """"Ctrl+Return" as the platform writes it: the Save button's tooltip."""
    return native_keys(SAVE_KEYS[0])


def enter_moves_on(dialog: QDialog, event: QKeyEvent, *, press_boxes: bool) -> bool:
    """Enter: the next field, or the focused button pressed; True when it was Enter.

    `press_boxes`: Enter on a check box ticks it too (else Space does, and
    Enter moves past it, as in the event dialog, whose Held box sits above
    Save).
    """
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    focused = dialog.focusWidget()
    if isinstance(focused, QAbstractButton) \
            and (press_boxes or not isinstance(focused, QCheckBox)):
        focused.click()
    else:
        dialog.focusNextChild()
    return True


def may_close(dialog: QDialog, unsaved: bool, save: Callable[[], object]) -> bool:
    """Escape, Cancel or the close button: True when the dialog may go as it is.

    With something typed it asks first: keep editing (back where the typing
    was), save (the dialog's `save`, which closes it when it succeeds), or
    discard.
    """
    if not unsaved:
        return True
    was = dialog.focusWidget()
    answer = ask_about_unsaved(dialog)
    if answer is Unsaved.KEEP_EDITING:
        dialog.activateWindow()  # back where the typing was
        if was is not None:
            was.setFocus()
        return False
    if answer is Unsaved.SAVE:
        save()
        return False
    return True
