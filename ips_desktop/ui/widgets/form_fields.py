"""One input widget per form field type, each reading and writing a plain answer value.

Nothing here truncates or reformats what was typed: a value that cannot be
read (a half-typed date, letters in a number) is handed on as typed, and the
service's validation reports it next to the field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ips_desktop.domain import typed_dates
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.forms import FieldType, FormField
from ips_desktop.domain.messages import message


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
    """A day that has been and must be given (a note's, a phase change's, a job start's),
    typed the Danish way; a day and month without a year mean the last one that passed."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(day or date.today())

    def required_date(self, field: str) -> date:
        """The date typed; raises ValidationError on `field` (saying the form) when none is."""
        text = self.edit.text()
        parsed = typed_dates.parse_past_date(text, today=date.today())
        if parsed is not None:
            return parsed
        code = "required" if not text.strip() else "not_a_date"
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
    from ips_desktop.ui.widgets.group_field import GroupField  # it builds on this module

    return GroupField(spec, language)
