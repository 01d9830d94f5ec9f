"""One input widget per form field type, each reading and writing a plain answer value.

Nothing here truncates or reformats what was typed: a value that cannot be
read (a half-typed date, letters in a number) is handed on as typed, and the
service's validation reports it next to the field.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ips_desktop.domain import forms, typed_dates
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.forms import FieldType, FormField
from ips_desktop.domain.messages import message

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 7  # where a row's id (forms.ROW_ID) is kept


class FieldWidget(QWidget):
    """The common face of every field's widget: `value()`, `set_value()`, `changed`."""

    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def enter_widget(self) -> QWidget | None:
        """The inner widget in which Enter moves on to the next field (Ctrl+Enter in a
        multi-line text, where Enter is a new line); None where Enter has its own use."""
        return self.focusProxy()


def parse_date(text: str) -> date | str | None:
    """The typed date (any form `domain.typed_dates` reads), None when empty, else as typed."""
    if not text.strip():
        return None
    return typed_dates.parse_date(text, today=date.today()) or text


class DateField(FieldWidget):
    """A date that may be empty (QDateEdit cannot be), typed or picked from a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setAccessibleName(self.tr("Choose date"))
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addStretch(1)  # a date is short: its field need not span the page
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.0000 ") + 16)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.0000") * 2)
        self.setFocusProxy(self.edit)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("dd.MM.yyyy"))
        self.pick.menu().hide()

    def value(self) -> str | None:
        parsed = parse_date(self.edit.text())
        return parsed.isoformat() if isinstance(parsed, date) else parsed

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            value = date.fromisoformat(value)
        self.edit.setText(
            typed_dates.format_date(value) if isinstance(value, date) else str(value or "")
        )


class DayField(DateField):
    """A date that must be given (a note's or a phase change's), typed the Danish way."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(day or date.today())

    def required_date(self, field: str) -> date:
        """The date typed; raises ValidationError on `field` (saying the form) when none is."""
        parsed = parse_date(self.edit.text())
        if isinstance(parsed, date):
            return parsed
        code = "required" if parsed is None else "not_a_date"
        raise ValidationError([FieldError(field, message(code))])


class GrowingTextEdit(QPlainTextEdit):
    """A long answer's box: room for a few lines, growing with the text to a dozen.

    Qt's default is a fixed 192 pixels whatever the text, so a page of short
    answers scrolled far and a long one hid behind its own scroll bar.
    """

    FEWEST_LINES, MOST_LINES = 4, 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _lines(self) -> int:
        wrapped = int(self.document().documentLayout().documentSize().height())  # in lines
        return min(max(wrapped, self.FEWEST_LINES), self.MOST_LINES)

    def _fit(self, *_: object) -> None:
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self._lines() + 2 * int(self.document()
                  .documentMargin()) + margins.top() + margins.bottom())
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)


class TextField(FieldWidget):
    def __init__(self, multiline: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit: QLineEdit | QPlainTextEdit = GrowingTextEdit() if multiline else QLineEdit()
        self.edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        text = (
            self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        )
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)


class IntegerField(TextField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(False, parent)

    def value(self) -> int | str | None:  # type: ignore[override]  # a number, or as typed
        text = super().value()
        if text is None:
            return None
        try:
            return int(text.strip())
        except ValueError:
            return text


class ChoiceField(FieldWidget):
    """One choice from a list; the empty first entry means 'not answered'."""

    def __init__(self, options: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        # As wide as the page gives it, not as its longest choice: a long name or a
        # translated choice must not make the page wider than the window.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.addItem("", None)
        for label, data in options:
            self.combo.addItem(label, data)
        self.combo.currentIndexChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:  # an answer the list no longer offers
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class MultiChoiceField(FieldWidget):
    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        for label, name in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setMaximumHeight(22 * max(3, min(len(options), 6)))
        self.list.itemChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def value(self) -> list[str] | None:
        chosen = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )


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


def make_field(
    spec: FormField, language: str, dynamic: dict[str, list[tuple[str, Any]]] | None = None
) -> FieldWidget:
    """The widget for one field; `dynamic` supplies choices known only at run time."""
    kind = spec.type
    if kind is FieldType.TEXT:
        return TextField(False)
    if kind is FieldType.LONG_TEXT:
        return TextField(True)
    if kind is FieldType.DATE:
        return DateField()
    if kind is FieldType.INTEGER:
        return IntegerField()
    if kind is FieldType.YES_NO:
        return ChoiceField(
            [
                (QCoreApplication.translate("FormFields", "Yes"), True),
                (QCoreApplication.translate("FormFields", "No"), False),
            ]
        )
    if kind is FieldType.RATING:
        low = 1 if spec.min_value is None else spec.min_value
        high = 5 if spec.max_value is None else spec.max_value
        return ChoiceField([(str(n), n) for n in range(low, high + 1)])
    options = [(c.label.get(language), c.name) for c in spec.choices if not c.disabled]
    if spec.store and dynamic and spec.store in dynamic:
        options = dynamic[spec.store]
    if kind is FieldType.CHOICE:
        return ChoiceField(options)
    if kind is FieldType.MULTI_CHOICE:
        return MultiChoiceField(options)
    return GroupField(spec, language)
