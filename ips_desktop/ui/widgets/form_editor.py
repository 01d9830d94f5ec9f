"""A form spec turned into pages of labelled fields: the screen side of forms-as-data.

Adding a question to a form file adds it here with no code change. Each
section becomes one page (a wizard step, or a block in a scrolling view);
a question shows only while its `relevant` condition holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.form_answers import relevant_names
from ips_desktop.domain.forms import FormField, FormSpec, Section
from ips_desktop.ui.widgets.field_errors import FieldErrors
from ips_desktop.ui.widgets.form_fields import FieldWidget, make_field


class SectionPage(QWidget):
    def __init__(self, section: Section, editor: FormEditor) -> None:
        super().__init__()
        self.section = section
        layout = QVBoxLayout(self)
        self.title = QLabel(section.title.get(editor.language))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        layout.addWidget(self.title)
        if section.help:
            intro = QLabel(section.help.get(editor.language))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addStretch(1)
        for spec in section.fields:
            editor.add_field(self, spec)


class FormEditor(QWidget):
    """Holds the widgets of every field of a spec; pages are shown by its owner."""

    changed = Signal()

    def __init__(self, spec: FormSpec, language: str,
                 dynamic: dict[str, list[tuple[str, Any]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.language = language
        self.dynamic = dynamic or {}
        self.widgets: dict[str, FieldWidget] = {}
        self.rows: dict[str, tuple[QLabel, QWidget, QLabel | None, QLabel]] = {}
        self.errors = FieldErrors()
        self._extra: dict[str, Any] = {}  # answers to questions this form version lacks
        self.pages = [SectionPage(section, self) for section in spec.sections]
        self.update_relevance()

    def add_field(self, page: SectionPage, spec: FormField) -> None:
        widget = make_field(spec, self.language, self.dynamic)
        label = QLabel(spec.label.get(self.language) + (" *" if spec.required else ""))
        label.setBuddy(widget)
        widget.setAccessibleName(spec.label.get(self.language))
        help_label = None
        if spec.help:
            help_label = QLabel(spec.help.get(self.language))
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(mid);")
            widget.setToolTip(spec.help.get(self.language))
        error = self.errors.label_for(spec.name)
        page.form.addRow(label, widget)
        if help_label is not None:
            page.form.addRow("", help_label)
        page.form.addRow("", error)
        widget.changed.connect(self._changed)
        self.widgets[spec.name] = widget
        self.rows[spec.name] = (label, widget, help_label, error)

    def _changed(self) -> None:
        self.update_relevance()
        self.changed.emit()

    def update_relevance(self) -> None:
        relevant = relevant_names(self.spec, self.answers())  # the same chain validation uses
        for spec in self.spec.all_fields():
            shown = spec.name in relevant
            label, widget, help_label, _ = self.rows[spec.name]
            for part in (label, widget, help_label):
                if part is not None:
                    part.setVisible(shown)

    def answers(self) -> dict[str, Any]:
        """Every answer, relevant or not (a hidden answer is kept, not thrown away)."""
        values = dict(self._extra)
        for name, widget in self.widgets.items():
            value = widget.value()
            if value is not None:
                values[name] = value
            else:
                values.pop(name, None)
        return values

    def set_answers(self, answers: dict[str, Any]) -> None:
        self._extra = {k: v for k, v in answers.items() if k not in self.widgets}
        for name, widget in self.widgets.items():
            widget.set_value(answers.get(name))
        self.update_relevance()

    def show_errors(self, error: ValidationError) -> int | None:
        """Show each message at its field; returns the page of the first one."""
        self.errors.show(error)
        for index, page in enumerate(self.pages):
            names = {f.name for f in page.section.fields}
            if any(e.field.split("[")[0] in names for e in error.errors):
                return index
        return None
