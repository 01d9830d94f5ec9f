"""The side editor for one course's supervision note this week.

The team lead writes while the group talks, so the note is edited beside the
list, not in a dialog over it: choosing a row shows its note, Save (or Ctrl+S)
stores it through `supervision_items.save_note`, and a too long note is refused
at the field with what was typed kept. Leaving typed input (another row, Escape,
another week or area) asks through `ask_about_unsaved`, as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.services.supervision import SupervisionRow
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.supervision.keys import SAVE_NOTE_KEYS
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

SaveNote = Callable[[SupervisionRow, str], None]
LINES = (3, 10)  # the text box's least and most height, in lines


class NoteEditor(QWidget):
    saved = Signal(object, str)  # the row and the note as stored
    leave = Signal()  # Escape with nothing (more) to keep: back to the list

    def __init__(self, save: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.row: SupervisionRow | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.errors = FieldErrors()
        self.error = self.errors.label_for("note")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence(SAVE_NOTE_KEYS), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.text.document().contentsChanged.connect(self._fit)
        # Compact: one line (the title, Save beside it) while no row is chosen; the text
        # box then as tall as its note, from LINES[0] up to LINES[1] lines (then it
        # scrolls), so that on a 1366×768 screen the list keeps the height.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.errors.form_label())
        self.show_row(None)
        self.retranslate()

    def show_row(self, row: SupervisionRow | None) -> None:
        """Show `row`'s note (the caller has asked about unsaved input first)."""
        self.row = row
        self.errors.clear()
        self.text.setPlainText(row.note if row is not None else "")
        self.text.setEnabled(row is not None)
        self.text.setVisible(row is not None)
        self.save_button.setEnabled(row is not None)
        self._word_title()
        self._fit()

    def _fit(self) -> None:
        """The text box as tall as its lines (wrapped ones too), within LINES."""
        lines = int(self.text.document().size().height())  # lines, in a plain text's layout
        shown = min(max(lines, LINES[0]), LINES[1])
        margins = self.text.contentsMargins()
        room = (shown * self.text.fontMetrics().lineSpacing()
                + 2 * int(self.text.document().documentMargin())
                + margins.top() + margins.bottom())
        self.text.setFixedHeight(room)

    def has_unsaved_changes(self) -> bool:
        return self.row is not None and self.text.toPlainText().strip() != self.row.note

    def may_leave(self) -> bool:
        """True if the typed note may be left: saved, thrown away, or nothing typed."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_about_unsaved(self)
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.discard()
            return True
        self.text.setFocus()
        return False

    def discard(self) -> None:
        self.show_row(self.row)

    def save(self) -> bool:
        row = self.row
        if row is None:
            return True
        text = self.text.toPlainText()
        ok, _ = try_save(self.errors, lambda: self._save(row, text))
        if ok:
            self.errors.clear()
            self.saved.emit(row, text.strip())
        return ok

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            if self.may_leave():
                self.leave.emit()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _word_title(self) -> None:
        if self.row is None:
            self.title.setText(self.tr("Supervision note: choose a participant in the list"))
        else:
            self.title.setText(self.tr("Supervision note: %1").replace("%1", self.row.name))

    def retranslate(self) -> None:
        self._word_title()
        self.text.setAccessibleName(self.tr("Supervision note"))
        self.text.setPlaceholderText(
            self.tr("What the group agreed; the consultant sees it on the participant's page"))
        self.save_button.setText(self.tr("Save note"))
        self.save_button.setToolTip(native_keys(SAVE_NOTE_KEYS))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
