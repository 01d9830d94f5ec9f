"""The Team overview's implementation plan: the agreements of seed 000, one at a time.

On the left the plan as the seed lays it out (its headings, each agreement
with its responsible person and deadline; a passed deadline says so in
words, not colour alone); on the right the chosen agreement's question and
help, and what the team lead writes: the answer, the party (the seed's
default until another is chosen), a named responsible person, the deadline
and the day it was done. Dates are typed the Danish way (the project's date
field). Moving to another agreement, another tab or area with unsaved input
asks (`ask_about_unsaved`); Ctrl+S saves; Escape offers to throw the input
away. The plan does not depend on the period or consultant chosen above.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain import typed_dates
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.implementation_plan import PARTY_TEXT, Party
from ips_desktop.domain.messages import current_language, message
from ips_desktop.services import implementation_plan as plans
from ips_desktop.services import implementation_plan_exports as plan_exports
from ips_desktop.services.implementation_plan import ImplementationPlan, PlanItem
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DateField, TextField
from ips_desktop.ui.widgets.unsaved import Unsaved, ask_about_unsaved

ITEM_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b00020")


def today() -> date:
    """The day deadlines are measured against (a test sets another)."""
    return date.today()


@dataclass(frozen=True)
class Typed:
    """What the editor holds, in the service's terms (a date as typed when it is no date)."""

    answer: str
    party: str
    responsible: str
    deadline: date | str | None
    done_on: date | str | None


class PlanTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.plan: ImplementationPlan | None = None
        self.current: str | None = None  # the item in the editor
        self._moving = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._moved)

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.answer = TextField(multiline=True)
        self.party = QComboBox()
        self.responsible = QLineEdit()
        self.deadline = DateField()
        self.done_on = DateField()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.errors = FieldErrors()
        self.captions = {key: QLabel() for key in
                         ("answer", "party", "responsible", "deadline", "done_on")}
        fields: dict[str, QWidget] = {"answer": self.answer, "party": self.party,
                                      "responsible": self.responsible,
                                      "deadline": self.deadline, "done_on": self.done_on}
        form = QFormLayout()
        for key, widget in fields.items():
            self.captions[key].setBuddy(widget)
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self.errors.label_for(key))
            form.addRow(self.captions[key], column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_note, 1)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.question)
        editor_layout.addWidget(self.help)
        editor_layout.addSpacing(8)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.errors.form_label())
        editor_layout.addLayout(buttons)
        editor_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(editor)
        self.editor = editor

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.retranslate()
        self.editor.setEnabled(False)

    # -- the area's calls ---------------------------------------------------------------

    def set_period(self, first: date, last: date, consultant_id: uuid.UUID | None) -> None:
        """The plan is the same for every period and consultant: read it the first time."""
        if self.plan is None:
            self.load()

    def show_filtered(self, filters: dict[str, object]) -> None:
        """`{"item": name}`: that agreement in the editor (the home screen's passed deadline)."""
        if self.plan is None:
            self.load()
        name = filters.get("item")
        if isinstance(name, str):
            row = self._row(name)
            if row is not None:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)
                self.answer.setFocus()

    def refresh(self) -> None:
        if self.plan is not None:
            self.load()

    def has_unsaved_changes(self) -> bool:
        item = self._item(self.current)
        return item is not None and self.typed() != self._stored(item)

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self._fill(self._item(self.current))

    def print_current(self) -> None:
        """Ctrl+P: the plan on A4 as the seed's table, previewed (laid out off the GUI thread)."""
        from ips_desktop.reports.implementation_plan_pdf import implementation_plan_pdf
        from ips_desktop.ui.widgets.print_preview import preview_in_background

        if self.plan is None:
            self.load()
        shown = self.plan
        if shown is None:
            return
        ctx, language, made_at = self.ws.ctx, current_language(), datetime.now()
        plan_exports.record_print(ctx, shown)
        preview_in_background(
            self, lambda: implementation_plan_pdf(shown, language=language, made_at=made_at,
                                                  demo=ctx.is_demo),
            title=self.tr("Implementation plan"), suggested_name=plan_exports.file_name(shown),
            on_saved=lambda: plan_exports.record_export(ctx, shown))

    # -- reading and showing ----------------------------------------------------------------

    def load(self) -> None:
        """Read the plan and show it, keeping the agreement in the editor."""
        self.plan = plans.plan(self.ws.ctx, today=today())
        keep = self.current
        self._moving = True
        try:
            self.tree.clear()
            for section in self.plan.sections:
                head = QTreeWidgetItem([section.title.get(current_language()), "", ""])
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(head.font(0))
                font.setBold(True)
                head.setFont(0, font)
                self.tree.addTopLevelItem(head)
                for item in section.items:
                    row = QTreeWidgetItem()
                    row.setData(0, ITEM_ROLE, item.item)
                    self._show_row(row, item)
                    self.tree.addTopLevelItem(row)
        finally:
            self._moving = False
        first = next(iter(self.plan.items()), None)
        name = keep if keep is not None and self.plan.item(keep) is not None else (
            first.item if first is not None else None)
        chosen = self._row(name) if name is not None else None
        self.current = None
        self._back_to(chosen)
        self._fill(self._item(name))

    def _show_row(self, row: QTreeWidgetItem, item: PlanItem) -> None:
        language = current_language()
        row.setText(0, "    " + item.title.get(language))
        row.setText(1, item.responsible)
        if item.done_on is not None:
            state = self.tr("done %1").replace("%1", _day(item.done_on))
        elif item.deadline is not None:
            state = _day(item.deadline)
            if item.overdue:
                state = self.tr("%1 – deadline passed").replace("%1", state)
        else:
            state = ""
        row.setText(2, state)
        brush = QBrush(OVERDUE_COLOUR) if item.overdue else QBrush()
        row.setForeground(2, brush)
        font = QFont(row.font(2))
        font.setBold(item.overdue)
        row.setFont(2, font)
        row.setToolTip(0, f"{item.title.get(language)}\n{item.question.get(language)}")
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                    ", ".join(t for t in (item.title.get(language), item.responsible, state) if t))

    def _row(self, name: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row is not None and row.data(0, ITEM_ROLE) == name:
                return row
        return None

    def _item(self, name: str | None) -> PlanItem | None:
        return self.plan.item(name) if self.plan is not None and name is not None else None

    def _fill(self, item: PlanItem | None) -> None:
        self.errors.clear()
        self.saved_note.clear()
        self.current = item.item if item is not None else None
        self.editor.setEnabled(item is not None)
        if item is None:
            return
        language = current_language()
        self.title.setText(item.title.get(language))
        self.question.setText(item.question.get(language))
        self.help.setText(item.help.get(language) if item.help else "")
        self.help.setVisible(item.help is not None)
        self.party.clear()
        for party in Party:
            text = PARTY_TEXT[party].get(language)
            if party is item.default_party:
                seed_word = (item.default_party_label.get(language)
                             if item.default_party_label else text)
                text = self.tr("%1 (the plan's suggestion)").replace("%1", seed_word)
            self.party.addItem(text, party.value)
        self.party.setCurrentIndex(self.party.findData(item.party.value))
        self.answer.set_value(item.answer)
        self.responsible.setText(item.responsible)
        self.deadline.set_value(item.deadline)
        self.done_on.set_value(item.done_on)

    def typed(self) -> Typed:
        return Typed(self.answer.value() or "", str(self.party.currentData()),
                     self.responsible.text().strip(), _typed_day(self.deadline),
                     _typed_day(self.done_on))

    @staticmethod
    def _stored(item: PlanItem) -> Typed:
        return Typed(item.answer, item.party.value, item.responsible, item.deadline,
                     item.done_on)

    # -- saving and leaving -------------------------------------------------------------------

    def save(self) -> bool:
        """Save the agreement in the editor; False (with the reasons at the fields) if not."""
        item = self._item(self.current)
        if item is None:
            return True
        typed = self.typed()

        def write() -> bool:
            bad = [FieldError(name, message("not_a_date")) for name, value in
                   (("deadline", typed.deadline), ("done_on", typed.done_on))
                   if isinstance(value, str)]
            if bad:
                raise ValidationError(bad)
            assert not isinstance(typed.deadline, str) and not isinstance(typed.done_on, str)
            return plans.save_item(self.ws.ctx, item.item, typed.answer, typed.party,
                                   typed.responsible, typed.deadline, typed.done_on,
                                   today=today())

        saved, _ = try_save(self.errors, write)
        if not saved:
            return False
        self.load()
        self.saved_note.setText(self.tr("Saved"))
        return True

    def _moved(self, now: QTreeWidgetItem | None, before: QTreeWidgetItem | None) -> None:
        if self._moving:
            return
        name = now.data(0, ITEM_ROLE) if now is not None else None
        if now is not None and not isinstance(name, str):
            # A heading: on to the agreement beyond it in the direction moved (arrow keys
            # pass over headings), or back where it was at either end of the list.
            beyond = self._agreement_beyond(now, before)
            self._back_to(beyond or before)
            if beyond is None:
                return
            now, name = beyond, beyond.data(0, ITEM_ROLE)
        if not isinstance(name, str):
            return
        if name == self.current:
            return
        if self.has_unsaved_changes():
            answer = ask_about_unsaved(self)
            if answer is Unsaved.KEEP_EDITING or (answer is Unsaved.SAVE and not self.save()):
                self._back_to(before if self.current is None else self._row(self.current))
                return
        self._fill(self._item(name))

    def _agreement_beyond(self, heading: QTreeWidgetItem,
                          before: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        at = self.tree.indexOfTopLevelItem(heading)
        # Up from the agreement just below the heading goes on up; anything else (Down, a
        # click on the heading) goes to the heading's first agreement.
        step = -1 if before is not None and self.tree.indexOfTopLevelItem(before) == at + 1 \
            else 1
        index = at + step
        while 0 <= index < self.tree.topLevelItemCount():
            row = self.tree.topLevelItem(index)
            if row is not None and isinstance(row.data(0, ITEM_ROLE), str):
                return row
            index += step
        return None

    def _back_to(self, row: QTreeWidgetItem | None) -> None:
        self._moving = True
        try:
            if row is not None:
                self.tree.setCurrentItem(row)
        finally:
            self._moving = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.has_unsaved_changes():
            answer = ask_about_unsaved(self)
            if answer is Unsaved.SAVE:
                self.save()
            elif answer is Unsaved.DISCARD:
                self.discard_unsaved()
            return
        super().keyPressEvent(event)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Agreement and action"), self.tr("Responsible"),
                                   self.tr("Deadline")])
        self.tree.setAccessibleName(self.tr("Implementation plan"))
        self.captions["answer"].setText(self.tr("Answer") + ":")
        self.captions["party"].setText(self.tr("Party") + ":")
        self.captions["responsible"].setText(self.tr("Responsible (a named person)") + ":")
        self.captions["deadline"].setText(self.tr("Deadline") + ":")
        self.captions["done_on"].setText(self.tr("Done on") + ":")
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        spec = plans.plan_spec()
        self.intro.setText(spec.intro.get(current_language()) if spec.intro else "")
        if self.plan is not None:
            self._load_keeping_input()

    def _load_keeping_input(self) -> None:
        """The plan worded anew (another language) with what is typed kept as typed."""
        if not self.has_unsaved_changes():
            self.load()
            return
        typed = (self.answer.value() or "", self.party.currentData(), self.responsible.text(),
                 self.deadline.edit.text(), self.done_on.edit.text())
        self.load()
        answer, party, responsible, deadline, done_on = typed
        self.answer.set_value(answer)
        self.party.setCurrentIndex(max(0, self.party.findData(party)))
        self.responsible.setText(responsible)
        self.deadline.edit.setText(deadline)
        self.done_on.edit.setText(done_on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _typed_day(field: DateField) -> date | str | None:
    value = field.value()
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value  # as typed: the save says it is no date


def _day(day: date) -> str:
    """A date as the date fields show it (dd.mm.yyyy)."""
    return typed_dates.format_date(day)
