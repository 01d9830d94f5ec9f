"""Ctrl+L with a participant on screen: their name is nowhere to be read until unlocked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import CONSULTANT_NAME, PASSWORD
from tests.ui.window_support import (
    PARTICIPANT,
    enrol,
    open_window,
    participants,
    press,
    shows,
    visible_texts,
)


def unlock(qtbot, window, password: str = PASSWORD) -> None:
    prompt = window.lock_screen.prompt
    qtbot.keyClicks(prompt.password, password)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.busy, timeout=10_000)  # checked off the GUI thread


def test_ctrl_l_hides_the_open_participant_page(qtbot, ws, preferences):
    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    area.open_course(course)
    qtbot.waitUntil(lambda: area.page is not None and area.page.isVisible())
    assert area.page.name.text() == PARTICIPANT
    assert shows(PARTICIPANT)  # the check below can see a name where there is one

    press(qtbot, window, Qt.Key.Key_L)
    assert window.locked and window.lock_screen.isVisible()
    texts = visible_texts()
    assert not any(PARTICIPANT in t or "Ærenfeldt" in t for t in texts), texts
    assert not any(CONSULTANT_NAME in t for t in texts)
    assert window.windowTitle() == "IPS Desktop — låst"

    unlock(qtbot, window, "forkert-kode")
    assert window.locked and not shows(PARTICIPANT)
    unlock(qtbot, window)
    assert not window.locked
    assert area.page is not None and area.page.name.text() == PARTICIPANT
    assert shows(PARTICIPANT)  # back where the consultant left off


def test_ctrl_l_hides_the_names_in_the_list(qtbot, ws, preferences):
    enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert shows(PARTICIPANT)  # a cell of the list
    press(qtbot, window, Qt.Key.Key_L)
    assert window.locked
    assert not shows(PARTICIPANT)
    unlock(qtbot, window)
    assert shows(PARTICIPANT)
