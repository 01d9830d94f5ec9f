"""The one question asked before typed input is thrown away, answered as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved


def _answer(qtbot, action) -> None:
    """Once the question is on screen, act on it (click a button or press a key)."""
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        action(box)
    QTimer.singleShot(0, act)


def _click(text: str):
    def click(box: QMessageBox) -> None:
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
        button.click()
    return click


@pytest.mark.parametrize(("button", "answer"), [
    ("Gem", Unsaved.SAVE), ("Kassér", Unsaved.DISCARD),
    ("Fortsæt redigering", Unsaved.KEEP_EDITING)])
def test_each_button_gives_its_answer_in_danish(qtbot, button, answer):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def read_then_click(box: QMessageBox) -> None:
        seen.append(box.text())
        _click(button)(box)

    _answer(qtbot, read_then_click)
    assert ask_about_unsaved(parent) == answer
    assert seen == ["Kassér ændringer?"]


def test_escape_keeps_editing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert ask_about_unsaved(parent) == Unsaved.KEEP_EDITING


def test_without_save_there_is_no_save_button(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    buttons: list[str] = []

    def read(box: QMessageBox) -> None:
        buttons.extend(b.text() for b in box.findChildren(QPushButton))
        _click("Kassér")(box)

    _answer(qtbot, read)
    assert ask_about_unsaved(parent, can_save=False) == Unsaved.DISCARD
    assert "Gem" not in buttons
