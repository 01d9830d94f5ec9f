"""The contact dialog's type-ahead fields: rows for the text typed, Enter that is the field's own.

A row counts as chosen only once the user highlighted it (an arrow key, the
mouse), so Enter on typed text never picks the popup's first row by accident;
Enter then says `entered`, and the dialog decides (for an employer nothing
matches: register the typed name as a new one). Moved out of contact_dialog.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

HITS = 12  # type-ahead rows shown: more than a laptop's popup shows without scrolling
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the employer's or course's id; None: "create new"
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # what the field shows once the row is chosen


class TypeAheadEdit(QLineEdit):
    """A line edit whose Enter is its own: a row highlighted in the popup is chosen by
    the completer; otherwise `entered` says Enter was pressed (and it goes no further)."""

    entered = Signal()
    # Ctrl+Enter while the popup is open (it has the keys then, not the dialog's shortcut).
    save_keys = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and modifiers == Qt.KeyboardModifier.ControlModifier:
            event.accept()
            completer = self.completer()
            if completer is not None and completer.popup() is not None:
                completer.popup().hide()  # type: ignore[union-attr]
            self.save_keys.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                # A row the user highlighted (arrows, the mouse) is selected; the list's
                # own current row (its first, when it takes focus) is not a choice.
                if popup.selectionModel().hasSelection():
                    event.ignore()  # the completer chooses the highlighted row
                    return
                popup.hide()
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class TypeAhead(QObject):
    """A field's type-ahead: `fill` gives the rows for the text typed; a row chosen
    (Enter or a click) is handed to `chosen` once the completer is done with the field.

    No row is highlighted until an arrow key or the mouse chooses one, so Enter on
    what was typed never takes a row by accident (the list's own current row, its
    first when it takes focus, is no choice): Down then starts at the first row and
    Up at the last ("create new").
    """

    def __init__(self, edit: TypeAheadEdit,
                 fill: Callable[[str], list[tuple[str, str, object]]],
                 chosen: Callable[[str, object], None]) -> None:
        super().__init__(edit)
        self.edit = edit
        self.model = QStandardItemModel(edit)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(HITS + 1)
        edit.setCompleter(self.completer)
        self._fill = fill
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.textEdited.connect(self.refresh)
        self._chosen = chosen
        popup = self.completer.popup()
        assert popup is not None
        popup.installEventFilter(self)  # after the completer's own filter: it sees keys first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        popup = self.completer.popup()
        model = self.completer.completionModel()
        selected = popup is not None and popup.selectionModel().hasSelection()
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and popup is not None \
                and model.rowCount() and not selected:
            row = 0 if event.key() == Qt.Key.Key_Down else model.rowCount() - 1
            popup.setCurrentIndex(model.index(row, 0))
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup is not None \
                and selected and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # Chosen here rather than by the completer, which would give the focus back
            # to this field after the popup closed, not to the next one.
            index = popup.currentIndex()
            popup.hide()
            self.edit.setText(str(index.data(NAME_ROLE)))
            self._chosen(index.data(NAME_ROLE), index.data(ID_ROLE))
            return True
        return super().eventFilter(watched, event)

    def refresh(self, text: str) -> None:
        """The rows for `text` (the line edit shows the popup after this, as it does
        after every edit)."""
        self.model.clear()
        for shown, name, value in self._fill(text):
            item = QStandardItem(shown)
            item.setData(name, NAME_ROLE)
            item.setData(value, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        # The completer highlights the first row starting with the text typed, which is
        # often "create new" (its text is the text typed). Nothing is, until a key chooses.
        QTimer.singleShot(0, self._no_highlight)

    def _no_highlight(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.setCurrentIndex(QModelIndex())
            popup.clearSelection()

    def rows(self) -> list[tuple[str, object]]:
        return [(self.model.item(r).data(NAME_ROLE), self.model.item(r).data(ID_ROLE))
                for r in range(self.model.rowCount())]

    def highlight_first(self) -> None:
        """Show the popup with its first row highlighted: one more Enter chooses it."""
        self.completer.complete()
        popup = self.completer.popup()
        assert popup is not None
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        name, value = index.data(NAME_ROLE), index.data(ID_ROLE)
        # After this signal the line edit sets the row's text; act when it has.
        QTimer.singleShot(0, lambda: self._chosen(name, value))
