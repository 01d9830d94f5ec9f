"""Repeatable groups with the keyboard alone: add, fill, reorder and remove rows.

Driven on the shipped career profile's work-experience table and the plan's
sub-goals, inside a real FormEditor page, with key presses only (the test
puts the focus in the table once, as Tab would).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import ROW_ID, FormSpec
from ips_desktop.ui.widgets.form_editor import FormEditor, scrolled
from ips_desktop.ui.widgets.group_field import LONG_TEXT_LINES, GroupField
from tests.ui.conftest import activate

FORMS = Path(__file__).resolve().parents[2] / "forms"
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def spec(name: str) -> FormSpec:
    return parse_form((FORMS / f"{name}.toml").read_text(encoding="utf-8"), name)


@pytest.fixture
def show_page(qtbot) -> Iterator[Callable[[str, str], FormEditor]]:
    """Shows one page of a form in a window of its own, active so that shortcuts reach it.

    The window owns the editor and the page, and is deleted at the end of the test, so
    nothing is left for the garbage collector to delete in the wrong order."""
    windows: list[QWidget] = []

    def show(form: str, section: str) -> FormEditor:
        window = QWidget()
        windows.append(window)
        editor = FormEditor(spec(form), "da", parent=window)
        editor.hide()
        [page] = [p for p in editor.pages if p.section.name == section]
        area = scrolled(page)
        area.setParent(window)
        window.resize(900, 600)
        area.resize(900, 600)
        window.show()
        activate(qtbot, window)
        return editor

    yield show
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the focus is, then let queued work run as the running app's
    event loop would: Enter in a cell editor commits it on the next turn, and a closed
    editor is deleted."""
    qtbot.keyClick(focused(), k, modifiers)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed editors go


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def answer_box(qtbot, k: Qt.Key, seen: list[str]) -> Callable[[], None]:
    """Once the question box is up and active, note its text and press `k` in it.

    Returns a function that stops the looking, for a test that expects no box."""
    looking = [True]

    def act() -> None:
        if not looking[0]:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.activeWindow() is not box:
            QTimer.singleShot(10, act)
            return
        looking[0] = False
        seen.append(box.text())
        qtbot.keyClick(box, k)

    QTimer.singleShot(0, act)
    return lambda: looking.__setitem__(0, False)


@pytest.fixture
def jobs(qtbot, show_page) -> GroupField:
    editor = show_page("vocational_profile", "work_experience")
    group = editor.widgets["jobs"]
    assert isinstance(group, GroupField)
    assert not group.isVisibleTo(group.window())  # until "Have you worked before?" is yes
    editor.widgets["has_work_experience"].setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, Qt.Key.Key_Down)  # "Ja", the first answer after the empty one
    assert editor.answers()["has_work_experience"] is True and group.isVisible()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is group.table
    return group


def add_job(qtbot, workplace: str, title: str) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    type_text(qtbot, workplace)
    key(qtbot, Qt.Key.Key_Tab)  # ends the cell and edits the next one
    type_text(qtbot, title)
    key(qtbot, Qt.Key.Key_Return)


def test_a_new_row_takes_the_focus_in_its_first_cell_and_keeps_typing_there(qtbot, jobs):
    changes: list[int] = []
    jobs.changed.connect(lambda: changes.append(1))
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert jobs.table.rowCount() == 1
    assert (jobs.table.currentRow(), jobs.table.currentColumn()) == (0, 0)
    assert isinstance(focused(), QLineEdit) and focused().parent() is jobs.table.viewport()
    assert changes
    type_text(qtbot, "Netto, Køge")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Butiksassistent")
    # adding while a cell is edited keeps what was typed in it
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    assert (jobs.table.currentRow(), jobs.table.currentColumn()) == (1, 0)
    type_text(qtbot, "PostNord")
    key(qtbot, Qt.Key.Key_Return)
    rows = jobs.value()
    assert [(r["workplace"], r["job_title"]) for r in rows] == [
        ("Netto, Køge", "Butiksassistent"), ("PostNord", None)]
    assert len({r[ROW_ID] for r in rows}) == 2


def test_tab_leaves_the_table_for_its_buttons_and_ctrl_delete_in_a_cell_deletes_a_word(
        qtbot, jobs):
    add_job(qtbot, "Netto Køge", "Butiksassistent")
    assert focused() is jobs.table
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is jobs.add
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is jobs.table
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Home)
    asked: list[str] = []
    stop = answer_box(qtbot, Qt.Key.Key_Escape, asked)  # keeps the row, were it asked
    key(qtbot, Qt.Key.Key_Delete, CTRL)  # the editor's own key: the first word goes
    stop()
    key(qtbot, Qt.Key.Key_Return)
    assert asked == [] and jobs.table.rowCount() == 1
    assert jobs.value()[0]["workplace"] == "Køge"


def test_alt_up_and_down_move_a_row_and_its_id_goes_with_it(qtbot, jobs):
    for place in ("Netto", "PostNord", "Jysk"):
        add_job(qtbot, place, "Medhjælper")
    before = {r["workplace"]: r[ROW_ID] for r in jobs.value()}
    assert jobs.table.currentRow() == 2  # the last one added
    key(qtbot, Qt.Key.Key_Up, ALT)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert [r["workplace"] for r in jobs.value()] == ["Jysk", "Netto", "PostNord"]
    assert jobs.table.currentRow() == 0 and focused() is jobs.table
    key(qtbot, Qt.Key.Key_Up, ALT)  # already at the top: nothing moves
    assert [r["workplace"] for r in jobs.value()] == ["Jysk", "Netto", "PostNord"]
    key(qtbot, Qt.Key.Key_Down, ALT)
    assert [r["workplace"] for r in jobs.value()] == ["Netto", "Jysk", "PostNord"]
    assert {r["workplace"]: r[ROW_ID] for r in jobs.value()} == before
    # moving while a cell is being edited keeps the edit and moves it with the row
    key(qtbot, Qt.Key.Key_Home)  # the row's first cell
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " Holbæk")
    key(qtbot, Qt.Key.Key_Down, ALT)
    assert [r["workplace"] for r in jobs.value()] == ["Netto", "PostNord", "Jysk Holbæk"]
    assert jobs.value()[2][ROW_ID] == before["Jysk"]
    # Tab to the next cell's editor (the first editor goes away meanwhile), then move
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Postomdeler")
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert [(r["workplace"], r["job_title"]) for r in jobs.value()] == [
        ("PostNord", "Postomdeler"), ("Netto", "Medhjælper"), ("Jysk Holbæk", "Medhjælper")]


def back_in_table(qtbot, group: GroupField) -> None:
    """After the question closes, the table has the focus in its window again.

    A window manager gives the activation back to the window when the question
    closes; the offscreen platform leaves none active, so the test activates it."""
    activate(qtbot, group.window())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.table)


def test_ctrl_delete_asks_for_a_row_with_answers_and_escape_keeps_it(qtbot, jobs):
    add_job(qtbot, "Netto", "Butiksassistent")
    add_job(qtbot, "PostNord", "Postomdeler")
    key(qtbot, Qt.Key.Key_Up)
    assert jobs.table.currentRow() == 0
    seen: list[str] = []
    answer_box(qtbot, Qt.Key.Key_Escape, seen)
    key(qtbot, Qt.Key.Key_Delete, CTRL)
    assert seen == ["Fjern rækken og dens svar?"]
    assert [r["workplace"] for r in jobs.value()] == ["Netto", "PostNord"]
    back_in_table(qtbot, jobs)
    answer_box(qtbot, Qt.Key.Key_Return, seen)  # the default answer removes
    key(qtbot, Qt.Key.Key_Delete, CTRL)
    assert [r["workplace"] for r in jobs.value()] == ["PostNord"]
    back_in_table(qtbot, jobs)
    assert jobs.table.currentRow() == 0


def test_an_empty_row_goes_without_a_question_and_the_last_leaves_the_focus_on_add(
        qtbot, jobs):
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Escape)  # leave the new cell unedited
    assert jobs.table.rowCount() == 1
    key(qtbot, Qt.Key.Key_Delete, CTRL)
    assert jobs.table.rowCount() == 0 and jobs.value() is None
    assert focused() is jobs.add
    assert not jobs.remove.isEnabled() and not jobs.up.isEnabled()
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # the keys work from the buttons too
    assert jobs.table.rowCount() == 1


def test_a_long_text_cell_is_edited_on_several_lines_with_room(qtbot, jobs):
    add_job(qtbot, "Netto", "Butiksassistent")
    tasks = jobs.columns.index("tasks")
    for _ in range(tasks - 1):
        key(qtbot, Qt.Key.Key_Right)
    assert jobs.table.currentColumn() == tasks
    key(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.height() >= editor.fontMetrics().lineSpacing() * LONG_TEXT_LINES
    type_text(qtbot, "Fyldte varer op")
    key(qtbot, Qt.Key.Key_Return)  # a new line, not the end of the edit
    type_text(qtbot, "Sad i kassen")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert focused() is jobs.table
    assert jobs.value()[0]["tasks"] == "Fyldte varer op\nSad i kassen"
    row_height = jobs.table.rowHeight(0)
    assert row_height >= 2 * jobs.table.fontMetrics().lineSpacing()  # both lines show


def test_the_buttons_name_their_group_and_their_keys(qtbot, jobs):
    expected = {jobs.add: ("Tilføj række", "Ctrl+Shift+N"),
                jobs.remove: ("Fjern række", "Ctrl+Del"),
                jobs.up: ("Flyt op", "Alt+Up"), jobs.down: ("Flyt ned", "Alt+Down")}
    for button, (text, keys) in expected.items():
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        assert button.text() == text
        assert button.toolTip() == f"{text} ({shown})"  # the keys as the desktop names them
        assert "Tidligere job" in button.accessibleName()
    assert jobs.table.accessibleName() == "Tidligere job"


def test_sub_goals_keep_their_ids_and_dates_show_the_danish_way(qtbot, show_page):
    editor = show_page("action_plan", "sub_goals")
    goals = editor.widgets["sub_goals"]
    assert isinstance(goals, GroupField)
    stored = [{ROW_ID: "a1", "sub_goal": "Opdatere CV", "target_date": "2026-12-01"},
              {ROW_ID: "b2", "sub_goal": "Besøge to virksomheder",
               "target_date": "2026-12-15", "reached_on": "2026-12-10"}]
    goals.set_value(stored)
    target = goals.columns.index("target_date")
    assert goals.table.item(0, target).text() == "01.12.2026"
    goals.table.setFocus()
    goals.table.setCurrentCell(1, 0)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert goals.row_ids() == ["b2", "a1"]
    values = goals.value()
    assert [v[ROW_ID] for v in values] == ["b2", "a1"]
    assert values[0]["reached_on"] == "2026-12-10" and values[1]["target_date"] == "2026-12-01"
    assert editor.has_unsaved_changes()  # the editor heard of the move
