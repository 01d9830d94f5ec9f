"""The audit trail's filter bar: the days, the person, the consultant and the kind of event.

Dates are typed the Danish way (1.12.2026, 1/12-26) or picked; a day that is
none is said under the field and nothing is read. The person is chosen by
typing a name or the first digits of a CPR number (the contact dialog's
type-ahead: Down and Enter, or a click, takes a hit). Choosing a person, a
consultant or a kind shows the trail at once; the dates are shown with Enter
or the Show button.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ips_desktop.domain import typed_dates
from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit_log
from ips_desktop.services.audit_log import AuditFilter
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.pickers import _Picker
from ips_desktop.ui.privacy.audit_texts import KIND_WORDS, system_text
from ips_desktop.ui.widgets.form_fields import DateField

DEFAULT_DAYS = 30  # the trail opens on the last month: the newest events, read at once
SYSTEM = "system"  # the consultant chooser's entry for the app's own events


class PersonPicker(_Picker):
    """A participant by name or CPR number, ended courses and all (their trail stays)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(lambda text: [
            (hit.participant_id, f"{hit.name} · {hit.cpr}" if hit.cpr else hit.name)
            for hit in audit_log.person_choices(ws.ctx, text)], parent)
        self.setClearButtonEnabled(True)

    def display(self, label: str) -> str:
        return label.split(" · ")[0]


class AuditFilterBar(QWidget):
    chosen = Signal()  # show the trail with the filter as it now stands
    export_asked = Signal()

    def __init__(self, ws: Workspace, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.first = DateField()
        self.first.set_value(today - timedelta(days=DEFAULT_DAYS))
        self.last = DateField()
        self.last.set_value(today)
        self.person = PersonPicker(ws)
        self.person.setMinimumWidth(self.person.fontMetrics().horizontalAdvance("x" * 28))
        self.person.setMaximumWidth(self.person.fontMetrics().horizontalAdvance("x" * 44))
        self.consultant = QComboBox()
        self.kind = QComboBox()
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.export_button = QPushButton()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.first, self.last, self.person,
                                              self.consultant, self.kind), strict=True):
            label.setBuddy(field.focusProxy() or field)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        days = QHBoxLayout()
        for label, field in zip(self.labels[:2], (self.first, self.last), strict=True):
            days.addWidget(label)
            days.addWidget(field)
        days.addStretch(1)
        grid.addLayout(days, 0, 0, 1, 2)
        grid.addWidget(self.labels[4], 0, 2)
        grid.addWidget(self.kind, 0, 3)
        grid.addWidget(self.labels[2], 1, 0)
        grid.addWidget(self.person, 1, 1)
        grid.addWidget(self.labels[3], 1, 2)
        grid.addWidget(self.consultant, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        grid.addLayout(buttons, 0, 4, 2, 1)
        grid.addWidget(self.problem, 2, 0, 1, 6)
        grid.setColumnStretch(5, 1)  # the fields keep their size; the room is left over

        for field in (self.first, self.last):
            field.edit.returnPressed.connect(self.chosen)
        self.show_button.clicked.connect(self.chosen)
        self.export_button.clicked.connect(self.export_asked)
        self.person.chosen_changed.connect(self._person_chosen)
        self.person.textEdited.connect(self._person_cleared)
        self.person.returnPressed.connect(self._person_entered)
        self.consultant.activated.connect(lambda _: self.chosen.emit())
        self.kind.activated.connect(lambda _: self.chosen.emit())
        # The date fields whole (edit and picker): ordering their edits alone left the
        # fields' own widgets behind the buttons, so Tab circled the bar, never the events.
        order: list[QWidget] = [self.first, self.last, self.kind, self.person, self.consultant,
                                self.show_button, self.export_button]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.fill_consultants()
        self.retranslate()

    def _person_chosen(self, participant_id: uuid.UUID | None) -> None:
        if participant_id is not None:  # typing again forgets the choice: nothing to show yet
            self.chosen.emit()

    def _person_entered(self) -> None:
        """Enter on a name typed but not chosen: say how to choose (it did nothing)."""
        if self.person.chosen is None and self.person.text().strip():
            self.chosen.emit()

    def _person_cleared(self, text: str) -> None:
        """The clear button (or every letter deleted): the trail of everyone again."""
        if not text:
            self.chosen.emit()

    def fill_consultants(self) -> None:
        """Everyone, each consultant who has ever been (the trail keeps those who left),
        and the app itself."""
        keep = self.consultant.currentData()
        self.consultant.clear()
        self.consultant.addItem("", "")
        for consultant_id, initials, name in audit_log.consultants_for_filter(self.ws.ctx):
            self.consultant.addItem(f"{initials} – {name}", str(consultant_id))
        self.consultant.addItem("", SYSTEM)
        self._word_entries()
        found = self.consultant.findData(keep) if keep else 0
        self.consultant.setCurrentIndex(max(found, 0))

    def _word_entries(self) -> None:
        self.consultant.setItemText(0, self.tr("Everyone"))
        self.consultant.setItemText(self.consultant.count() - 1, system_text())
        keep = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Every kind"), "")
        for kind, word in KIND_WORDS.items():
            self.kind.addItem(word(), kind.value)
        found = self.kind.findData(keep) if keep else 0
        self.kind.setCurrentIndex(max(found, 0))

    # -- the filter ------------------------------------------------------------------------

    def current(self, today: date) -> AuditFilter | None:
        """The filter as it stands, or None with the reason under the fields."""
        days: list[date | None] = []
        for field in (self.first, self.last):
            text = field.edit.text()
            day = typed_dates.parse_date(text, today=today) if text.strip() else None
            if text.strip() and day is None:
                self._say(self.tr("“%1” is not a date: type e.g. 1.12.2026.")
                          .replace("%1", text.strip()))
                return None
            days.append(day)
        first, last = days
        if first is not None and last is not None and last < first:
            self._say(self.tr("The last day is before the first."))
            return None
        if self.person.text().strip() and self.person.chosen is None:
            self._say(self.tr("Choose the person in the list that opens as you type "
                              "(Down, then Enter)."))
            return None
        self.problem.hide()
        chosen = self.consultant.currentData()
        actors: frozenset[uuid.UUID | None] | None = None
        if chosen == SYSTEM:
            actors = frozenset({None})
        elif chosen:
            actors = frozenset({uuid.UUID(chosen)})
        kind = self.kind.currentData()
        return AuditFilter(date_from=first, date_to=last, participant_id=self.person.chosen,
                           actors=actors,
                           kinds=frozenset({AuditAction(kind)}) if kind else frozenset())

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def choose_person(self, participant_id: uuid.UUID | None, name: str) -> None:
        self.person.blockSignals(True)
        try:
            self.person.set_choice(participant_id, name)
        finally:
            self.person.blockSignals(False)

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("&From"), self.tr("&To"), self.tr("&Person"), self.tr("&User"),
                self.tr("&Kind")), strict=True):
            label.setText(text)
        self.first.setAccessibleName(self.tr("From"))
        self.first.edit.setAccessibleName(self.tr("From"))
        self.last.setAccessibleName(self.tr("To"))
        self.last.edit.setAccessibleName(self.tr("To"))
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setPlaceholderText(self.tr("Name or CPR number"))
        self.consultant.setAccessibleName(self.tr("User"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Export to CSV or JSON (Ctrl+E)"))
        self._word_entries()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
