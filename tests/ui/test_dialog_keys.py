"""The record dialogs' shared keys and buttons (ui/dialogs/form_keys), on a small dialog.

The contact, event, opening and placement dialogs' own tests press the same
keys on the real dialogs; here each rule once, including the one that
differs between them (Enter on a check box).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QVBoxLayout

from ips_desktop.ui.dialogs import form_keys
from ips_desktop.ui.widgets.unsaved import Unsaved


@pytest.fixture(autouse=True)
def discard_at_teardown(monkeypatch) -> None:
    """A dialog left with input is closed at teardown: never a real question then."""
    monkeypatch.setattr(form_keys, "ask_about_unsaved", lambda parent: Unsaved.DISCARD)


class Small(QDialog):
    def __init__(self, *, press_boxes: bool) -> None:
        super().__init__()
        self.press_boxes = press_boxes
        self.saved: list[str] = []
        self.deleted = 0
        self.first, self.box, self.last = QLineEdit(), QCheckBox("Held"), QLineEdit()
        self.buttons = form_keys.form_buttons(self, save=self.save, delete=self.delete,
                                              can_delete=False)
        layout = QVBoxLayout(self)
        for widget in (self.first, self.box, self.last):
            layout.addWidget(widget)
        layout.addLayout(self.buttons.row)

    def save(self) -> None:
        self.saved.append(self.first.text())

    def delete(self) -> None:
        self.deleted += 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not form_keys.enter_moves_on(self, event, press_boxes=self.press_boxes):
            super().keyPressEvent(event)

    def reject(self) -> None:
        if form_keys.may_close(self, bool(self.first.text()), self.save):
            super().reject()


def opened(qtbot, *, press_boxes: bool = False) -> Small:
    dialog = Small(press_boxes=press_boxes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.first.setFocus()
    return dialog


def test_enter_moves_on_and_ctrl_enter_saves_from_anywhere(qtbot):
    dialog = opened(qtbot)
    qtbot.keyClicks(dialog.first, "Kok")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.box and dialog.saved == []
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # the event dialog's way: Space ticks
    assert not dialog.box.isChecked() and dialog.focusWidget() is dialog.last
    qtbot.keyClick(dialog.last, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.last, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved == ["Kok", "Kok"]
    buttons = dialog.buttons
    assert not any(b.isDefault() or b.autoDefault() for b in buttons[:3])
    assert not buttons.delete.isVisibleTo(dialog)  # nothing to delete yet
    assert form_keys.save_keys_text() == "Ctrl+Retur"  # as Qt writes it in Danish
    buttons.save.setFocus()
    qtbot.keyClick(buttons.save, Qt.Key.Key_Return)  # on a button: pressed
    assert dialog.saved == ["Kok", "Kok", "Kok"]


def test_enter_ticks_a_box_where_the_dialog_says_so(qtbot):
    dialog = opened(qtbot, press_boxes=True)  # the contact dialog's "Done"
    dialog.box.setFocus()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert dialog.box.isChecked()


@pytest.mark.parametrize(("answer", "closed", "saved"), [
    (Unsaved.KEEP_EDITING, False, []), (Unsaved.SAVE, False, ["Kok"]),
    (Unsaved.DISCARD, True, [])])
def test_escape_with_input_asks(qtbot, monkeypatch, answer, closed, saved):
    asked: list[QDialog] = []
    monkeypatch.setattr(form_keys, "ask_about_unsaved",
                        lambda parent: asked.append(parent) or answer)
    dialog = opened(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: gone without a question
    assert asked == [] and not dialog.isVisible()
    dialog = opened(qtbot)
    qtbot.keyClicks(dialog.first, "Kok")
    dialog.last.setFocus()
    qtbot.keyClick(dialog.last, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible() is not closed and dialog.saved == saved
    if answer is Unsaved.KEEP_EDITING:
        assert dialog.focusWidget() is dialog.last  # back where the typing was
        qtbot.mouseClick(dialog.buttons.cancel, Qt.MouseButton.LeftButton)  # Cancel: the same
        assert asked == [dialog, dialog] and dialog.isVisible()
