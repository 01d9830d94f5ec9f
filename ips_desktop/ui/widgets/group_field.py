"""A repeatable group (jobs, medication, network, sub-goals) as a table, kept by the keyboard.

Rows are added, removed (after a question when they hold answers) and moved
with the keys below and with buttons that name them; each row keeps its id
(`forms.ROW_ID`) wherever it moves, so the history and a merge find it.
Long texts are edited on several lines; dates read the Danish way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain import forms, typed_dates
from ips_desktop.domain.forms import FieldType, FormField
from ips_desktop.ui.widgets.form_fields import FieldWidget, parse_date

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 7  # where a row's id (forms.ROW_ID) is kept


# The keys of a repeatable group, active while the focus is anywhere in it (a cell, its
# editor, its buttons). None is the app's (help.SHORTCUTS) or a cell editor's own:
# Ctrl+N is a new referral, and Ctrl+Delete while a cell is edited deletes a word there.
ADD_ROW_KEYS = "Ctrl+Shift+N"
REMOVE_ROW_KEYS = "Ctrl+Delete"
MOVE_UP_KEYS = "Alt+Up"
MOVE_DOWN_KEYS = "Alt+Down"
LONG_TEXT_LINES = 5  # a long text's cell editor is this many lines tall, at least
MAX_TABLE_HEIGHT = 420  # a group's table grows with its rows up to this, then scrolls


class _CellDelegate(QStyledItemDelegate):
    """Cell editors: a multi-line one with room for a long text, a line for the rest.

    In a long text Enter is a new line and Ctrl+Enter (or Tab) ends the edit, as
    in the form's own long texts. The delegate remembers the open editor, so the
    group can finish an edit before it adds, removes or moves a row.
    """

    def __init__(self, long_columns: set[int], parent: QWidget) -> None:
        super().__init__(parent)
        self.long_columns = long_columns
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() in self.long_columns:
            editor: QWidget = QPlainTextEdit(parent)
        else:
            editor = super().createEditor(parent, option, index)
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        # Called as the view closes an editor; its deletion comes later, often after
        # the next cell's editor opened (Tab), so only this editor is forgotten.
        if self.editor is editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(QTextCursor.MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, QPlainTextEdit):
            lines = editor.fontMetrics().lineSpacing() * LONG_TEXT_LINES + 12
            rect = rect.adjusted(0, 0, max(0, 260 - rect.width()), max(0, lines - rect.height()))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == QKeySequence(REMOVE_ROW_KEYS)):
            event.accept()  # in an open editor the key deletes a word, never the row
            return False
        if (isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.finish(watched)
            return True
        return super().eventFilter(watched, event)

    def finish(self, editor: QWidget | None = None) -> None:
        """Store what the open editor holds and close it (nothing happens when none is)."""
        editor = editor or self.editor
        if editor is not None:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class GroupField(FieldWidget):
    """A repeatable group as a small table; each row keeps its own id across edits.

    Rows are added, removed and moved with buttons or with the keyboard (the
    buttons' tooltips name the keys); a new row gets the focus in its first
    cell. The row id (`ROW_ID`) travels with its row when rows are reordered,
    so a draft's history and a merge still find the row. Long texts wrap in
    their cells and are edited in a multi-line editor.
    """

    def __init__(self, spec: FormField, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = [f.name for f in spec.fields]
        self.types = {f.name: f.type for f in spec.fields}
        label = spec.label.get(language)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setAccessibleName(label)
        for column, column_spec in enumerate(spec.fields):
            header = QTableWidgetItem(column_spec.label.get(language))
            if column_spec.help:
                header.setToolTip(column_spec.help.get(language))
            self.table.setHorizontalHeaderItem(column, header)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (to its buttons, then the next question) instead of walking
        # its cells for ever; the arrows walk the cells, and Tab in an open editor still
        # goes on to the next cell.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        long_columns = {i for i, f in enumerate(spec.fields) if f.type is FieldType.LONG_TEXT}
        self.delegate = _CellDelegate(long_columns, self.table)
        self.table.setItemDelegate(self.delegate)
        line = self.table.fontMetrics().lineSpacing()
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(line + 10)
        rows.setMaximumSectionSize(line * LONG_TEXT_LINES + 10)  # more scrolls in the editor
        header_font = self.table.horizontalHeader().fontMetrics()
        for column, column_spec in enumerate(spec.fields):  # a heading shows in full
            wanted = header_font.horizontalAdvance(column_spec.label.get(language)) + 24
            floor = 220 if column in long_columns else 90
            self.table.setColumnWidth(column, min(max(wanted, floor), 260))
        self._base_height = 90 + (4 * line if long_columns else 0)
        self.table.setMinimumHeight(self._base_height)
        self.table.itemChanged.connect(self._item_changed)
        self.add = self._button(self.tr("Add row"), self.tr("Add a row to %1"), label,
                                ADD_ROW_KEYS, self.add_row)
        self.remove = self._button(self.tr("Remove row"), self.tr("Remove the current row of %1"),
                                   label, REMOVE_ROW_KEYS, self.remove_row)
        self.up = self._button(self.tr("Move up"), self.tr("Move the current row of %1 up"),
                               label, MOVE_UP_KEYS, lambda: self.move_row(-1))
        self.down = self._button(self.tr("Move down"),
                                 self.tr("Move the current row of %1 down"), label,
                                 MOVE_DOWN_KEYS, lambda: self.move_row(+1))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def _button(self, text: str, name: str, label: str, keys: str,
                act: Callable[[], object]) -> QPushButton:
        """A button with its shortcut: named for a screen reader, the keys in its tooltip."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        sequence = QKeySequence(keys)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setAccessibleName(name.replace("%1", label))
        button.setToolTip(f"{text} ({shown})")
        button.clicked.connect(act)
        shortcut = QShortcut(sequence, self, act)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    def enter_widget(self) -> QWidget | None:
        return None  # Enter starts and ends editing a cell

    # -- rows -------------------------------------------------------------------------------

    def add_row(self) -> None:
        """A new empty row at the end, its first cell current and being edited."""
        self.delegate.finish()
        row = self._insert_row({})
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self._item(row, 0))
        self._update_buttons()
        self.changed.emit()

    def remove_row(self) -> None:
        """Remove the current row (asking first when it holds answers); the next becomes
        current, so pressing the key again goes on down the table."""
        self.delegate.finish()
        row = self.table.currentRow()
        if row < 0:
            return
        if any(self._cell_text(row, c) for c in range(len(self.columns))) \
                and not self._confirm_remove():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        column = max(self.table.currentColumn(), 0)
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), column)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add.setFocus(Qt.FocusReason.OtherFocusReason)  # nothing left to be in
        self._update_buttons()
        self.changed.emit()

    def move_row(self, step: int) -> None:
        """Swap the current row with the one above (-1) or below (+1), ids and all."""
        self.delegate.finish()
        row, column = self.table.currentRow(), max(self.table.currentColumn(), 0)
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        self.table.blockSignals(True)  # one change, not one per cell
        try:
            for c in range(len(self.columns)):
                mine, theirs = self.table.takeItem(row, c), self.table.takeItem(other, c)
                self.table.setItem(row, c, theirs)
                self.table.setItem(other, c, mine)
        finally:
            self.table.blockSignals(False)
        self.table.resizeRowToContents(row)
        self.table.resizeRowToContents(other)
        self.table.setCurrentCell(other, column)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        self.changed.emit()

    def _confirm_remove(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove row"))
        box.setText(self.tr("Remove this row and its answers?"))
        remove = box.addButton(self.tr("Remove row"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)  # the key was pressed to remove; Escape keeps it
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def _insert_row(self, values: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        try:
            self.table.insertRow(row)
            for column, name in enumerate(self.columns):
                item = QTableWidgetItem(_cell_text(self.types[name], values.get(name)))
                if column == 0:
                    item.setData(ROW_ID_ROLE, values.get(forms.ROW_ID) or str(uuid.uuid4()))
                self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)
        self.table.resizeRowToContents(row)
        return row

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self.table.resizeRowToContents(item.row())
        self._fit_height()
        self.changed.emit()

    def _fit_height(self) -> None:
        """Tall enough for its rows and one more, up to a limit; beyond it the table scrolls."""
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        needed = (table.horizontalHeader().height() + rows + table.verticalHeader()
                  .defaultSectionSize() + table.horizontalScrollBar().sizeHint().height()
                  + 2 * table.frameWidth())
        table.setMinimumHeight(min(max(needed, self._base_height), MAX_TABLE_HEIGHT))

    def _update_buttons(self) -> None:
        self._fit_height()
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove.setEnabled(0 <= row < count)
        self.up.setEnabled(0 < row < count)
        self.down.setEnabled(0 <= row < count - 1)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell gets an item when its row is made
        return item

    def _cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    # -- the answer -------------------------------------------------------------------------

    def row_ids(self) -> list[str]:
        """Every row's id in table order, empty rows included."""
        return [str(self._item(r, 0).data(ROW_ID_ROLE)) for r in range(self.table.rowCount())]

    def value(self) -> list[dict[str, Any]] | None:
        rows = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, name in enumerate(self.columns):
                text = self._cell_text(row, column)
                values[name] = _typed(self.types[name], text) if text else None
            first = self.table.item(row, 0)
            if any(v is not None for v in values.values()):
                values[forms.ROW_ID] = first.data(ROW_ID_ROLE) if first else str(uuid.uuid4())
                rows.append(values)
        return rows or None

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for row in value or []:
            self._insert_row(dict(row))
        self._update_buttons()
        self.changed.emit()


def _cell_text(kind: FieldType, value: Any) -> str:
    """An answer as its cell shows it: a date the Danish way, yes/no in words."""
    if value is None:
        return ""
    if kind is FieldType.DATE and isinstance(value, str) and len(value) == 10 \
            and value[4] == "-":
        try:
            return typed_dates.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, date):
        return typed_dates.format_date(value)
    if isinstance(value, bool):
        return (QCoreApplication.translate("FormFields", "Yes") if value
                else QCoreApplication.translate("FormFields", "No"))
    return str(value)


def _typed(kind: FieldType, text: str) -> Any:
    """A table cell as its column's answer type; what cannot be read stays as typed."""
    if kind is FieldType.DATE:
        parsed = parse_date(text)
        return parsed.isoformat() if isinstance(parsed, date) else parsed
    if kind in (FieldType.INTEGER, FieldType.RATING):
        try:
            return int(text)
        except ValueError:
            return text
    if kind is FieldType.YES_NO:
        yes = QCoreApplication.translate("FormFields", "Yes").casefold()
        no = QCoreApplication.translate("FormFields", "No").casefold()
        return {yes: True, no: False}.get(text.casefold(), text)
    return text
