"""The pieces around a draft wizard's pages: the version note, the missing answers, history.

Kept apart from the dialog so each says one thing: what a newer form version
changes, which required answers still stop "Mark as complete" (each a button
that turns to its question), and who changed which answer when.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import FieldError
from ips_desktop.domain.form_progress import SectionState
from ips_desktop.domain.form_versions import FormChanges, question_at
from ips_desktop.domain.forms import FieldType, FormField, FormSpec, Section
from ips_desktop.services.form_drafts import AnswerChange, OldAnswer
from ips_desktop.ui.widgets.form_editor import WARNING_STYLE, wrapped_label

# How far a section is, as the wizard's step list and the participant page's tab mark it.
SECTION_MARKS = {SectionState.UNTOUCHED: "○", SectionState.STARTED: "◐",
                 SectionState.COMPLETE: "●"}


def question_label(specs: Sequence[FormSpec], name: str, language: str) -> str:
    """A question's label ("group.column": the group's and the column's) in the first
    spec that knows it; its name when none does."""
    for spec in specs:
        found = question_at(spec, name)
        if found is not None:
            group, dot, _ = name.partition(".")
            outer = spec.field(group) if dot else None
            label = found.label.get(language)
            return f"{outer.label.get(language)} › {label}" if outer is not None else label
    return name


def _question(specs: Sequence[FormSpec], name: str) -> FormField | None:
    return next((q for s in specs if (q := question_at(s, name)) is not None), None)


def change_label(specs: Sequence[FormSpec], change: AnswerChange, language: str) -> str:
    """The question a history row is about; a group's cell by group, row and column."""
    key = change.key
    if key.column is None:
        return question_label(specs, key.question, language)
    return question_label(specs, f"{key.question}.{key.column}", language)


def changes_text(changes: FormChanges, old: FormSpec, new: FormSpec, language: str) -> str:
    """What moving a draft from `old` to `new` changes, in a few short sentences."""
    def labels(names: Sequence[str], specs: Sequence[FormSpec]) -> str:
        return ", ".join(f"“{question_label(specs, n, language)}”" for n in names)

    lines = [QCoreApplication.translate(
        "FormWizard", "This draft was begun on version %1 of the form; version %2 is in use now.")
        .replace("%1", old.version).replace("%2", new.version)]
    if changes.added:
        added = QCoreApplication.translate("FormWizard", "New questions: %1.")
        lines.append(added.replace("%1", labels(changes.added, [new])))
    if changes.removed:
        removed = QCoreApplication.translate(
            "FormWizard", "No longer asked: %1 (the answers are kept, with the old version).")
        lines.append(removed.replace("%1", labels(changes.removed, [old])))
    for before, after in changes.renamed:
        renamed = QCoreApplication.translate("FormWizard", "Renamed: %1 is now %2.")
        lines.append(renamed.replace("%1", labels([before], [old]))
                     .replace("%2", labels([after], [new])))
    for field_name, choice_name in changes.retired_choices:
        question = old.field(field_name) or new.field(field_name)
        label = _choice_label(question, choice_name, language) if question else choice_name
        retired = QCoreApplication.translate("FormWizard", "No longer offered: %1 in %2.")
        lines.append(retired.replace("%1", f"“{label}”")
                     .replace("%2", labels([field_name], [new, old])))
    return " ".join(lines)


def old_answers_text(old: Sequence[OldAnswer], language: str) -> str:
    """The answers this version no longer asks, each marked with the version it came from."""
    lines = []
    for answer in old:
        label = answer.question.label.get(language) if answer.question else answer.name
        specs: list[FormSpec] = []
        value = (shown_value(specs, answer.name, answer.value, language)
                 if answer.question is None else _shown_for(answer.question, answer.value,
                                                            language))
        lines.append(QCoreApplication.translate("FormWizard", "%1 (version %2): %3")
                     .replace("%1", label).replace("%2", answer.version or "?")
                     .replace("%3", value))
    title = QCoreApplication.translate(
        "FormWizard", "Answers to questions this version no longer asks:")
    return "\n".join([title, *lines]) if lines else ""


def _shown_for(question: FormField, value: Any, language: str) -> str:
    spec = FormSpec("", "", question.label, (Section("", question.label, (question,)),))
    return shown_value([spec], question.name, value, language)


class MissingAnswers(QWidget):
    """What stops "Mark as complete": one button per missing answer, each going to its field."""

    def __init__(self, go_to: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._go_to = go_to
        self.title = wrapped_label()
        self.title.setStyleSheet(WARNING_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_missing(self, errors: Sequence[FieldError], label: Callable[[str], str]) -> None:
        self.clear()
        for error in errors:
            name = error.field.split("[")[0]
            if name in self.buttons:
                continue
            button = QPushButton(f"→ {label(name)}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; text-decoration: underline;")
            button.setAccessibleName(QCoreApplication.translate(
                "FormWizard", "Go to %1: %2").replace("%1", label(name))
                .replace("%2", error.message))
            button.setToolTip(error.message)
            button.clicked.connect(lambda _=False, n=name: self._go_to(n))
            self._layout.addWidget(button)
            self.buttons[name] = button
        self.title.setText(QCoreApplication.translate(
            "FormWizard", "The form can be marked complete when these are answered:"))
        self.setVisible(bool(self.buttons))

    def drop_answered(self, answered: Callable[[str], bool]) -> None:
        """Take away the buttons of questions answered since (the list stays honest)."""
        for name in [n for n in self.buttons if answered(n)]:
            self.buttons.pop(name).deleteLater()
        self.setVisible(bool(self.buttons))

    def clear(self) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons.clear()
        self.hide()


def shown_value(spec_list: Sequence[FormSpec], name: str, value: Any, language: str) -> str:
    """An answer as the history shows it: dates the Danish way, choices by their label
    (`name` a question's, or "group.column" for a cell)."""
    if value is None or value == "" or value == []:
        return "–"
    question = _question(spec_list, name)
    if isinstance(value, bool):
        return (QCoreApplication.translate("FormWizard", "Yes") if value
                else QCoreApplication.translate("FormWizard", "No"))
    if question is not None and question.type is FieldType.GROUP and isinstance(value, list):
        rows = QCoreApplication.translate("FormWizard", "rows: %1")
        return rows.replace("%1", str(len(value)))
    if question is not None and question.choices:
        names = value if isinstance(value, list) else [value]
        return ", ".join(_choice_label(question, str(n), language) for n in names)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return str(value)


def _choice_label(question: FormField, name: str, language: str) -> str:
    choice = question.choice(name)
    return choice.label.get(language) if choice is not None else name


class HistoryDialog(QDialog):
    """Who changed which answer when, newest first: the form keeps its history."""

    def __init__(self, changes: Sequence[AnswerChange], specs: Sequence[FormSpec],
                 language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the answers"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Question"),
                                   self.tr("Before"), self.tr("After")])
        for change in changes:  # newest first
            key = change.key
            name = key.question if key.column is None else f"{key.question}.{key.column}"
            self.list.addTopLevelItem(QTreeWidgetItem([
                _when(change.at), change.who or "–", change_label(specs, change, language),
                shown_value(specs, name, change.old, language),
                shown_value(specs, name, change.new, language)]))
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("No answer has been changed yet."))
        self.empty.setVisible(not changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


def _when(at: datetime) -> str:
    local = at.astimezone() if at.tzinfo is not None else at
    return local.strftime("%d.%m.%Y %H:%M")
