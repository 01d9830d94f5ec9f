"""Contact notes on a participant's page: the form that logs one, and reading one in full.

A list row has room for one line of a note, so a longer note shows its first
line there, the whole text as a tooltip, and opens read-only in a dialog
(double-click or Enter) sized to fit a 1366×768 laptop screen.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import NoteKind, NotePlace
from ips_desktop.services.courses import NoteView
from ips_desktop.ui.texts import note_kind_text, note_place_text
from ips_desktop.ui.widgets.field_errors import FieldErrors
from ips_desktop.ui.widgets.form_fields import DayField

EXCERPT_CHARS = 120
DIALOG_SIZE = QSize(640, 480)  # well inside 1366×768 with the taskbar and title bar


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The note's first line, cut at a word with "…" when there is more to read."""
    first, _, rest = text.strip().partition("\n")
    first = " ".join(first.split())
    if len(first) <= limit and not rest.strip():
        return first
    if len(first) > limit:
        cut = first[:limit].rsplit(" ", 1)[0] if " " in first[:limit] else first[:limit]
        first = cut.rstrip(" ,.;:")
    return first + " …"


def is_long(text: str) -> bool:
    return excerpt(text) != " ".join(text.split())


def note_tooltip(text: str) -> str:
    """The whole note as rich text, so Qt wraps it instead of showing one endless line."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text.strip())}</p>"


class NoteDialog(QDialog):
    """One note, read-only and whole; closes with Escape or Close."""

    def __init__(self, note: NoteView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact %1").replace("%1",
                                                           note.note_date.strftime("%d.%m.%Y")))
        self.heading = QLabel(" · ".join((note.note_date.strftime("%d.%m.%Y"),
                                          note_kind_text(note.kind),
                                          note_place_text(note.place))))
        self.text = QPlainTextEdit(note.text)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setAccessibleName(self.tr("Note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return DIALOG_SIZE
        room = screen.availableGeometry().size() * 0.85
        return DIALOG_SIZE.boundedTo(room)


class NoteForm(QWidget):
    """Logging a contact with the participant: date, kind, place, what happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DayField()
        self.kind, self.place = QComboBox(), QComboBox()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.save = QPushButton()
        self.errors = FieldErrors()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, (field, widget) in zip(self.labels, (
                ("note_date", self.day), ("kind", self.kind), ("place", self.place),
                ("text", self.text)), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))
        form.addRow("", self.errors.form_label())
        form.addRow("", self.save)

    def has_input(self) -> bool:
        """A typed note not yet saved; the date and kind alone are not worth asking about."""
        return bool(self.text.toPlainText().strip())

    def retranslate(self) -> None:
        texts = [self.tr("&Date:"), self.tr("&Kind:"), self.tr("P&lace:"), self.tr("&Note:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = [self.tr("Date"), self.tr("Kind"), self.tr("Place"), self.tr("Note")]
        for widget, name in zip((self.day, self.kind, self.place, self.text), names,
                                strict=True):
            widget.setAccessibleName(name)
        self.save.setText(self.tr("&Save contact"))
        for combo, options in (
                (self.kind, [(note_kind_text(k), str(k)) for k in NoteKind]),
                (self.place, [(note_place_text(p), str(p)) for p in NotePlace])):
            current = combo.currentData()
            combo.clear()
            for caption, value in options:
                combo.addItem(caption, value)
            if current is not None:
                combo.setCurrentIndex(combo.findData(current))

    def clear(self) -> None:
        self.text.clear()
        self.day.set_value(date.today())
        self.errors.clear()
