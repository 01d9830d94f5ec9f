"""Shared by the window tests: a window with a participant, visible texts, keys, dialogs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ips_desktop.services import referrals
from ips_desktop.ui.shell.main_window import MainWindow
from tests.reports.support import referral_spec
from tests.ui.conftest import activate

PARTICIPANT = "Gunnhild Ærenfeldt"
PARTICIPANTS_ROW = 1  # the sidebar's Participants area


def enrol(ws, name: str = PARTICIPANT):
    today = date.today()
    return referrals.register_referral(ws.ctx, referral_spec(), {
        "name": name, "referral_date": (today - timedelta(days=2)).isoformat(),
        "consultant": str(ws.ctx.actor_id), "phone": "+45 11 22 33 44"}, today=today)


def open_window(qtbot, ws, preferences) -> MainWindow:
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def participants(window: MainWindow):
    window.sidebar.setCurrentRow(PARTICIPANTS_ROW)
    return window.area_widgets[PARTICIPANTS_ROW]


def press(qtbot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    """A key as the user presses it, sent to whichever widget has the focus."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def sidebar_row(window: MainWindow, title: str) -> int:
    """The sidebar row of the area with this title (areas are added as issues land)."""
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())].index(title)


def visible_of(kind: type) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def visible_texts() -> list[str]:
    """Everything a person or a screen reader can read from the app's visible widgets:
    titles, labels, buttons, fields, accessible names and every cell of visible lists."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
            if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
                texts.append(widget.text())
            if isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                root = QModelIndex()
                try:
                    columns = model.columnCount(root)
                except TypeError:  # a list model keeps columnCount private: one column
                    columns = 1
                for row in range(model.rowCount(root)):
                    for column in range(columns):
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            value = model.data(model.index(row, column), role)
                            if value is not None:
                                texts.append(str(value))
    return texts


def shows(name: str) -> bool:
    return any(name in text for text in visible_texts())


def answer_question(qtbot, button: str, seen: list[str] | None = None) -> None:
    """Once a question box ("Kassér ændringer?") is on screen, note its text and click
    `button` with the mouse, as a user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        if seen is not None:
            seen.append(box.text())
        [target] = [b for b in box.findChildren(QPushButton) if b.text() == button]
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
