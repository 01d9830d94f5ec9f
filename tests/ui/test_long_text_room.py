"""A long answer's box has room for a few lines and grows with the text, to a dozen lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.ui.widgets.form_fields import GrowingTextEdit, TextField


def lines_shown(edit: GrowingTextEdit) -> float:
    return edit.height() / edit.fontMetrics().lineSpacing()


def test_the_box_grows_line_by_line_as_the_answer_is_typed(qtbot):
    field = TextField(multiline=True)
    qtbot.addWidget(field)
    field.resize(500, 400)
    field.show()
    edit = field.edit
    assert isinstance(edit, GrowingTextEdit)
    empty = edit.height()
    assert 4 <= lines_shown(edit) < 5.5  # four lines to begin with, not Qt's 192 pixels
    edit.setFocus()
    for n in range(7):
        qtbot.keyClicks(edit, f"linje {n}")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert edit.height() > empty and 8 <= lines_shown(edit) < 9.5  # eight lines now
    for _ in range(10):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert 12 <= lines_shown(edit) < 13.5  # then a scroll bar instead of a taller box
    assert field.value().startswith("linje 0\nlinje 1")


def test_a_long_paragraph_counts_its_wrapped_lines(qtbot):
    field = TextField(multiline=True)
    qtbot.addWidget(field)
    field.resize(300, 400)
    field.show()
    field.set_value("ord " * 120)  # one paragraph, many lines at this width
    QApplication.processEvents()
    assert lines_shown(field.edit) > 6  # one paragraph, yet more than the first four lines
