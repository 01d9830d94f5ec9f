"""A form spec turned into pages of labelled fields: the screen side of forms-as-data.

Adding a question to a form file adds it here with no code change. Each
section becomes one page (a wizard step, or a block in a scrolling view);
a question shows only while its `relevant` condition holds.

What every form screen shares lives here, so each new form (profile, plan,
…) gets it by using `FormEditor` and, for a dialog, `FormWizard`:

- the layout: labels above their fields and wrapped, fields as wide as the
  page, so no page needs a horizontal scroll bar on a laptop in any language;
- the keys: Enter in a one-line field moves to the next field, and from the
  last field of a page on to the next page (`page_finished`); in a
  multi-line field Enter is a new line and Ctrl+Enter (or Tab) moves on;
- unsaved input: `has_unsaved_changes()` compares the answers with those last
  loaded or saved; `FormWizard` asks `ask_about_unsaved` before Cancel,
  Escape or the close button throw typed input away;
- warnings: a non-blocking note at a field (`set_warning`), beside the red
  error a failed validation shows there;
- where the user is: `current_field` (the question that last had the focus)
  and `field_left`, emitted when the focus leaves a question, so a draft can
  be saved the moment a field is done and reopened at the same field;
- progress in the step list: `FormWizard.set_step_mark` puts a mark before a
  step's title and says the same in words for screen readers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.form_answers import relevant_names
from ips_desktop.domain.forms import FormField, FormSpec, Section
from ips_desktop.ui.widgets.field_errors import FieldErrors
from ips_desktop.ui.widgets.form_fields import FieldWidget, make_field
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

WARNING_STYLE = "color: #8a4b00;"  # amber: something to act on, not an error
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def wrapped_label(text: str = "") -> QLabel:
    """A label that wraps instead of widening its page (long labels, other languages)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a vertical scroll area that gives it the area's whole width.

    The pages are built to fit any width (wrapped labels, growing fields), so
    a horizontal scroll bar would only hide the start of a title or a label.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class FieldRow(QWidget):
    """One question: its label above it, its help, a warning and its error below."""

    def __init__(self, label: QLabel, widget: FieldWidget, help_label: QLabel | None,
                 warning: QLabel, error: QLabel) -> None:
        super().__init__()
        self.label, self.widget, self.help, self.warning, self.error = (
            label, widget, help_label, warning, error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for part in (label, widget, help_label, warning, error):
            if part is not None:
                layout.addWidget(part)


class SectionPage(QWidget):
    def __init__(self, section: Section, editor: FormEditor, *, build: bool = True) -> None:
        super().__init__()
        self.section = section
        self.editor = editor
        self.built = False
        layout = QVBoxLayout(self)
        self.title = wrapped_label(section.title.get(editor.language))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.intro: QLabel | None = None
        if section.help:
            self.intro = wrapped_label(section.help.get(editor.language))
            layout.addWidget(self.intro)
        self.form = QVBoxLayout()
        self.form.setSpacing(10)
        layout.addLayout(self.form)
        layout.addStretch(1)
        if build:
            self.build()

    def build(self) -> None:
        """Its questions' widgets (a lazy editor builds a page when it is first shown)."""
        if not self.built:
            self.built = True
            for spec in self.section.fields:
                self.editor.add_field(self, spec)


class _Widgets(dict[str, FieldWidget]):
    """The built fields by name; asking for one not built yet builds its page."""

    def __init__(self, editor: FormEditor) -> None:
        super().__init__()
        self._editor = editor

    def __missing__(self, name: str) -> FieldWidget:
        self._editor.ensure_page(self._editor.page_of(name))  # KeyError if no such field
        return dict.__getitem__(self, name)


class FormEditor(QWidget):
    """Holds the widgets of every field of a spec; pages are shown by its owner.

    `lazy`: a page's widgets are built when it is first shown (`ensure_page`),
    so a long form (the career profile: 11 pages, a hundred widgets) opens at
    the cost of its first page; the answers of pages not built yet are kept as
    given and count in `answers()` as they are.
    """

    changed = Signal()
    page_finished = Signal(int)  # Enter on the last field of that page
    field_left = Signal(str)  # the focus left this question (for a draft's save)

    def __init__(self, spec: FormSpec, language: str,
                 dynamic: dict[str, list[tuple[str, Any]]] | None = None,
                 parent: QWidget | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.spec = spec
        self.language = language
        self.dynamic = dynamic or {}
        self.widgets: dict[str, FieldWidget] = _Widgets(self)
        self._pending: dict[str, Any] = {}  # answers of the questions on pages not built
        self._shown: dict[str, bool] = {}  # each row's visibility as last set
        self.rows: dict[str, FieldRow] = {}
        self.errors = FieldErrors()
        self._extra: dict[str, Any] = {}  # answers to questions this form version lacks
        self._loading = False  # set_answers at work: one relevance update at the end
        self._enter: dict[QObject, str] = {}  # inner widget -> its field, for Enter
        self.pages = [SectionPage(section, self, build=not lazy) for section in spec.sections]
        self._page_of = {f.name: i for i, page in enumerate(self.pages)
                         for f in page.section.fields}
        self.update_relevance()
        self._loaded = self.answers()
        self.current_field: str | None = None  # the question that last had the focus
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def add_field(self, page: SectionPage, spec: FormField) -> None:
        widget = make_field(spec, self.language, self.dynamic)
        label = wrapped_label(spec.label.get(self.language) + (" *" if spec.required else ""))
        label.setBuddy(widget)
        widget.setAccessibleName(spec.label.get(self.language))
        help_label = None
        if spec.help:
            help_label = wrapped_label(spec.help.get(self.language))
            help_label.setStyleSheet("color: palette(mid);")
            widget.setToolTip(spec.help.get(self.language))
        warning = wrapped_label()
        warning.setStyleSheet(WARNING_STYLE)
        warning.setAccessibleName(spec.label.get(self.language))
        warning.hide()
        row = FieldRow(label, widget, help_label, warning, self.errors.label_for(spec.name))
        page.form.addWidget(row)
        widget.changed.connect(self._changed)
        inner = widget.enter_widget()
        if inner is not None:
            inner.installEventFilter(self)
            self._enter[inner] = spec.name
        self.widgets[spec.name] = widget
        self.rows[spec.name] = row

    def _changed(self) -> None:
        if self._loading:
            return  # set_answers updates once when every field is filled
        self.update_relevance()
        self.changed.emit()

    # -- where the user is ------------------------------------------------------------------

    def field_of(self, widget: QWidget | None) -> str | None:
        """The question `widget` belongs to (a field's widget or anything inside it)."""
        owners = {id(w): name for name, w in self.widgets.items()}
        while widget is not None:
            name = owners.get(id(widget))
            if name is not None:
                return name
            widget = widget.parentWidget()
        return None

    def page_of(self, name: str) -> int:
        """The page (section index) that holds question `name`."""
        return self._page_of[name]

    def has_field(self, name: str) -> bool:
        return name in self._page_of

    def ensure_page(self, index: int) -> None:
        """Build page `index`'s widgets if not yet, with the answers kept for them."""
        page = self.pages[index]
        if page.built:
            return
        self._loading = True
        try:
            page.build()
            for question in page.section.fields:
                value = self._pending.pop(question.name, None)
                self._offer_retired(question.name, value)
                self.widgets[question.name].set_value(value)
        finally:
            self._loading = False
        self.update_relevance()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        left, entered = self.field_of(old), self.field_of(new)
        if entered is not None:
            self.current_field = entered
        if left is not None and left != entered:
            self.field_left.emit(left)

    def update_relevance(self) -> None:
        relevant = relevant_names(self.spec, self.answers())  # the same chain validation uses
        for name, row in self.rows.items():
            shown = name in relevant
            if self._shown.get(name) is not shown:  # only a change: it costs on a long form
                row.setVisible(shown)
                self._shown[name] = shown

    def answers(self) -> dict[str, Any]:
        """Every answer, relevant or not (a hidden answer is kept, not thrown away)."""
        values = dict(self._extra)
        values.update({k: v for k, v in self._pending.items() if v is not None})
        for name, widget in self.widgets.items():
            value = widget.value()
            if value is not None:
                values[name] = value
            else:
                values.pop(name, None)
        return values

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Load answers (a stored referral, or defaults): they count as nothing typed yet."""
        self._extra = {k: v for k, v in answers.items() if k not in self._page_of}
        self._pending = {name: answers.get(name) for name in self._page_of
                         if name not in self.widgets}
        self._loading = True  # not a relevance pass per field: a long profile opens fast
        try:
            for name, widget in self.widgets.items():
                self._offer_retired(name, answers.get(name))
                widget.set_value(answers.get(name))
        finally:
            self._loading = False
        self.update_relevance()
        self.mark_saved()
        self.changed.emit()

    def _offer_retired(self, name: str, value: Any) -> None:
        """An answer that is a retired choice shows by its label, marked as no longer
        offered, rather than by its bare name (a list offers only current choices)."""
        combo = getattr(self.widgets[name], "combo", None)
        question = self.spec.field(name)
        if not isinstance(combo, QComboBox) or question is None or not isinstance(value, str):
            return
        choice = question.choice(value)
        if choice is not None and combo.findData(value) < 0:
            combo.addItem(self.tr("%1 (no longer offered)").replace(
                "%1", choice.label.get(self.language)), value)

    # -- unsaved input ----------------------------------------------------------------------

    def mark_saved(self) -> None:
        """The answers as they are now are the ones on record (just loaded, or just saved)."""
        self._loaded = self.answers()

    def has_unsaved_changes(self) -> bool:
        """True when an answer differs from the one loaded or saved; typing a text and
        erasing it again leaves nothing unsaved."""
        return self.answers() != self._loaded

    # -- warnings and errors ----------------------------------------------------------------

    def set_warning(self, name: str, text: str) -> None:
        """A note at a field that does not stop saving (empty text hides it)."""
        warning = self.rows[name].warning
        warning.setText(text)
        warning.setVisible(bool(text))

    def warning_text(self, name: str) -> str:
        warning = self.rows[name].warning
        return "" if warning.isHidden() else warning.text()

    def show_errors(self, error: ValidationError) -> int | None:
        """Show each message at its field; returns the page of the first one."""
        for index, page in enumerate(self.pages):  # a message needs its field built
            names = {f.name for f in page.section.fields}
            if not page.built and any(e.field.split("[")[0] in names for e in error.errors):
                self.ensure_page(index)
        self.errors.show(error)
        for index, page in enumerate(self.pages):
            names = {f.name for f in page.section.fields}
            if any(e.field.split("[")[0] in names for e in error.errors):
                return index
        return None

    # -- moving with Enter ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched in self._enter
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            wanted = (Qt.KeyboardModifier.ControlModifier if isinstance(watched, QPlainTextEdit)
                      else Qt.KeyboardModifier.NoModifier)
            if modifiers == wanted:
                self.move_on(self._enter[watched])
                return True
        return super().eventFilter(watched, event)

    def move_on(self, name: str) -> None:
        """To the next question shown on `name`'s page, or say that the page is done."""
        index = self._page_of[name]
        names = [f.name for f in self.pages[index].section.fields]
        relevant = relevant_names(self.spec, self.answers())
        for later in names[names.index(name) + 1:]:
            if later in relevant and self.widgets[later].isEnabled():
                focus(self.widgets[later])
                return
        self.page_finished.emit(index)

    def focus_first(self, index: int) -> bool:
        """Focus the first question shown on page `index`; False when it shows none."""
        self.ensure_page(index)
        relevant = relevant_names(self.spec, self.answers())
        for spec in self.pages[index].section.fields:
            if spec.name in relevant and self.widgets[spec.name].isEnabled():
                focus(self.widgets[spec.name])
                return True
        return False


def focus(widget: QWidget) -> None:
    """Focus as Tab does (a line edit's text selected) and scroll it into view."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 40)
        parent.horizontalScrollBar().setValue(0)


class FormWizard(QDialog):
    """A form's pages as the steps of a dialog: steps on the left, one page at a time.

    Save works at any step (a subclass's `submit` does the saving). Enter
    walks field by field and page by page; on the last page's last field it
    moves to the Save button rather than saving, so half a form is never sent
    by a key pressed to move on — a second Enter (or a click) saves. Cancel,
    Escape and the close button ask before typed input is thrown away; the
    lock only hides the dialog, and `reject()` or `close()` called by code
    closes without asking.
    """

    def __init__(self, editor: FormEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(title)
        self.steps = QListWidget()
        self.steps.setMaximumWidth(200)
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.pages = QStackedWidget()
        for page in editor.pages:
            self.steps.addItem(page.section.title.get(editor.language))
            self.pages.addWidget(QWidget())  # its scroll area is made when first shown
        self.steps.currentRowChanged.connect(self._show_page)
        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("&Next >"))
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(+1))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        # No default button: Enter typed in a field (or the table, or the step list) never
        # saves or turns the page; Enter on a focused button presses that button.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setDefault(False)
                button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        editor.page_finished.connect(self._page_finished)
        self.warning = wrapped_label()  # a note about the whole form that does not stop saving
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(editor.errors.form_label())  # why a save failed (a full disk)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.steps.setCurrentRow(0)
        self._fit_screen(820, 600)

    def _fit_screen(self, width: int, height: int) -> None:
        """The preferred size, or less on a small (or scaled) screen."""
        room = self.screen().availableGeometry()
        self.resize(min(width, room.width() - 40), min(height, room.height() - 60))

    # -- pages ------------------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        self.editor.ensure_page(row)
        self._ensure_area(row)
        self.pages.setCurrentIndex(row)
        area = self.pages.currentWidget()
        if isinstance(area, QScrollArea):
            area.horizontalScrollBar().setValue(0)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < self.steps.count() - 1)

    def _ensure_area(self, row: int) -> None:
        """Page `row` in its scroll area, made on the first visit (eleven at once cost a
        profile's opening several milliseconds)."""
        placeholder = self.pages.widget(row)
        if placeholder is not None and not isinstance(placeholder, QScrollArea):
            self.pages.insertWidget(row, scrolled(self.editor.pages[row]))
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()

    def go(self, step: int) -> None:
        row = min(max(self.steps.currentRow() + step, 0), self.steps.count() - 1)
        self.steps.setCurrentRow(row)
        if not self.editor.focus_first(row):
            self.next.setFocus()

    def show_field(self, name: str) -> None:
        """Turn to the page of question `name` and put the cursor in it."""
        self.steps.setCurrentRow(self.editor.page_of(name))
        focus(self.editor.widgets[name])

    def set_step_mark(self, row: int, mark: str, description: str) -> None:
        """A mark before step `row`'s title (✓, a half circle…) and the same in words for
        a screen reader and the tooltip, so the state is not told by a symbol alone."""
        item = self.steps.item(row)
        title = self.editor.pages[row].section.title.get(self.editor.language)
        item.setText(f"{mark} {title}" if mark else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {description}")
        item.setToolTip(description)

    def _page_finished(self, index: int) -> None:
        if index + 1 < self.steps.count():
            self.go(index + 1 - self.steps.currentRow())
        else:
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)  # Enter again saves

    # -- saving and leaving -----------------------------------------------------------------

    def submit(self) -> bool:
        """Save the answers; True when saved. Shows its own errors when not."""
        raise NotImplementedError

    def save(self) -> bool:
        if not self.submit():
            return False
        self.editor.mark_saved()
        self.accept()
        return True

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        """Save what was typed, as the Save button does; True when it was saved."""
        return self.save()

    def may_close(self) -> bool:
        """Ask about unsaved input; True when the dialog may close (saved or discarded)."""
        if not (self.isVisible() and self.has_unsaved_changes()):
            return True
        answer = ask_about_unsaved(self)
        if answer is Unsaved.SAVE:
            return self.save()  # a failed save stays open, its reason shown
        return answer is Unsaved.DISCARD

    def cancel(self) -> None:
        """Cancel or Escape: close, once unsaved input is saved or discarded."""
        if self.isVisible() and self.may_close() and self.isVisible():
            self.reject()  # not after Save in the question: that accepted and closed it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.cancel()  # QDialog would reject at once
            return
        if event.key() in ENTER_KEYS:
            button = self.focusWidget()
            if isinstance(button, QPushButton) and button.isEnabled():
                button.click()
            return  # never a default button's click
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (a spontaneous event from the window system) asks;
        `close()` called by code (the app quitting, a test tidying up) does not."""
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)
