"""A job opening: what, where, until when, and whom the team considers for it.

Opened after an "opening found" contact (prefilled from the contact: the
employer, the participant it was about as a candidate, the contact's date as
found on), from the openings list for the weekly meeting, and from an
employer's page. Candidates are added with the participant type-ahead
(Enter adds the one chosen) and removed with Delete; the profile-based
suggestions of an open opening are listed below, and Enter on one makes it a
candidate. "Placement from this opening…" saves the opening and opens the
start dialog with it filled in; that start fills the opening.

Escape or Cancel with something typed asks "Kassér ændringer?" first.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import OpeningStatus
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import employer_contacts, employers, job_openings, placements
from ips_desktop.services.job_openings import OpeningInput, Suggestion
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.form_keys import may_close
from ips_desktop.ui.dialogs.pickers import EmployerPicker, ParticipantPicker
from ips_desktop.ui.dialogs.placement_dialog import (
    NO_RECORD,
    PlacementDialog,
    hours_value,
    raise_all,
    record_placement_interactively,
)
from ips_desktop.ui.dialogs.placement_texts import hours_text, opening_status_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DateField, parse_date

ID_ROLE = Qt.ItemDataRole.UserRole


class OpeningDialog(QDialog):
    """Register (`opening_id` None) or edit an opening; `saved` carries its id."""

    saved = Signal(object)
    placement_started = Signal(object)  # the PlacementDialog opened from this opening

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 opening_id: uuid.UUID | None = None, preset: OpeningInput | None = None,
                 contact_id: uuid.UUID | None = None, found_on: date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.opening_id = opening_id
        self.contact_id = contact_id
        self.found_on = found_on or date.today()
        self.setWindowTitle(self.tr("Job opening") if opening_id else self.tr("New job opening"))
        self.setMinimumWidth(560)
        data = job_openings.opening_input(ws.ctx, opening_id) if opening_id else preset
        self.errors = FieldErrors()
        self.employer = EmployerPicker(ws)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.employer.setPlaceholderText(self.tr("Type the name, choose from the list"))
        self.title = QLineEdit()
        self.title.setMaxLength(job_openings.TITLE_MAX)
        self.title.setAccessibleName(self.tr("Title"))
        self.hours = QLineEdit()
        self.hours.setAccessibleName(self.tr("Hours per week"))
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("000,00") * 2)
        self.location = QLineEdit()
        self.location.setMaxLength(job_openings.LOCATION_MAX)
        self.location.setAccessibleName(self.tr("Where"))
        self.deadline = DateField()
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in OpeningStatus:
            self.status.addItem(opening_status_text(status), status)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Candidates"))
        self.candidates.setFixedHeight(self.candidates.fontMetrics().lineSpacing() * 4 + 12)
        self.candidates.installEventFilter(self)
        self.add_candidate = ParticipantPicker(ws)
        self.add_candidate.setAccessibleName(self.tr("Add a candidate"))
        self.add_candidate.setPlaceholderText(self.tr("Type a name to add a candidate"))
        self.add_candidate.installEventFilter(self)  # Enter adds; it must not save the dialog
        # A hit taken from the list is added at once (after the completer has set the text).
        self.add_candidate.chosen_changed.connect(
            lambda course: QTimer.singleShot(0, self._add_typed) if course else None)
        self.remove_candidate = QPushButton(self.tr("&Remove"))
        self.remove_candidate.setAutoDefault(False)
        self.remove_candidate.clicked.connect(self._remove_current)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggestions from career profiles"))
        self.suggestions.setFixedHeight(self.suggestions.fontMetrics().lineSpacing() * 4 + 12)
        self.suggestions.itemActivated.connect(self._take_suggestion)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, field: QWidget, error: str | None = None) -> None:
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
            if error:
                form.addRow("", self.errors.label_for(error))

        row(self.tr("&Employer:"), self.employer, "employer_id")
        row(self.tr("&Title:"), self.title, "title")
        row(self.tr("&Hours per week:"), self.hours, "hours_per_week")
        row(self.tr("&Where:"), self.location, "location")
        row(self.tr("&Deadline:"), self.deadline, "deadline")
        row(self.tr("&Status:"), self.status)
        row(self.tr("&Notes:"), self.notes, "notes")
        adding = QHBoxLayout()
        adding.addWidget(self.add_candidate, 1)
        adding.addWidget(self.remove_candidate)
        row(self.tr("&Candidates:"), self.candidates, "candidates")
        form.addRow("", adding)
        self.suggestions_label = QLabel(self.tr("Su&ggested (career profile):"))
        self.suggestions_label.setBuddy(self.suggestions)
        self.suggestions_label.setToolTip(self.tr(
            "Participants whose career profile (dream job or job wanted now) shares a word "
            "with the title. Enter adds one as a candidate."))
        form.addRow(self.suggestions_label, self.suggestions)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.placement_button = QPushButton(self.tr("&Placement from this opening…"))
        self.placement_button.setAutoDefault(False)
        self.placement_button.clicked.connect(self.placement_from_opening)
        self.buttons.addButton(self.placement_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(self.buttons)
        if data is not None:
            self._load(data)
        self._show_suggestions()
        self._initial = self.values()
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        (self.title if data is not None and data.employer_id else self.employer).setFocus()

    # -- showing ----------------------------------------------------------------------------

    def _load(self, data: OpeningInput) -> None:
        if data.employer_id:
            self.employer.set_choice(data.employer_id,
                                     employers.employer_input(self.ws.ctx, data.employer_id).name)
        self.title.setText(data.title)
        self.hours.setText(hours_text(data.hours_per_week))
        self.location.setText(data.location)
        self.deadline.set_value(data.deadline)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.notes.setPlainText(data.notes)
        for course_id in data.candidates:
            self._add(course_id, placements.course_name(self.ws.ctx, course_id))

    def _show_suggestions(self) -> None:
        found: Sequence[Suggestion] = ()
        if self.opening_id is not None:
            rows = job_openings.openings(self.ws.ctx, status=None,
                                         employer_id=self._stored_employer())
            row = next((r for r in rows if r.id == self.opening_id), None)
            found = row.suggestions if row is not None else ()
        self.suggestions.clear()
        for hit in found:
            item = QListWidgetItem(f"{hit.name} — {hit.matched}")
            item.setData(ID_ROLE, hit.course_id)
            item.setData(ID_ROLE + 1, hit.name)
            item.setToolTip(hit.matched)
            self.suggestions.addItem(item)
        self.suggestions_label.setVisible(bool(found))
        self.suggestions.setVisible(bool(found))

    def _stored_employer(self) -> uuid.UUID | None:
        assert self.opening_id is not None
        return job_openings.opening_input(self.ws.ctx, self.opening_id).employer_id

    def _status_changed(self) -> None:
        open_now = self.status.currentData() == OpeningStatus.OPEN
        self.placement_button.setEnabled(open_now)

    # -- candidates -------------------------------------------------------------------------

    def candidate_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(self.candidates.item(i).data(ID_ROLE)
                     for i in range(self.candidates.count()))

    def _add(self, course_id: uuid.UUID, name: str) -> None:
        if course_id not in self.candidate_ids():
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, course_id)
            self.candidates.addItem(item)
        self.add_candidate.set_choice(None, "")

    def _add_typed(self) -> None:
        if self.add_candidate.chosen is not None:
            self._add(self.add_candidate.chosen, self.add_candidate.text())

    def _remove_current(self) -> None:
        row = self.candidates.currentRow()
        if row >= 0:
            self.candidates.takeItem(row)

    def _take_suggestion(self, item: QListWidgetItem) -> None:
        self._add(item.data(ID_ROLE), item.data(ID_ROLE + 1))
        self.suggestions.takeItem(self.suggestions.row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.candidates and event.key() in (Qt.Key.Key_Delete,
                                                              Qt.Key.Key_Backspace):
                self._remove_current()
                return True
            if watched is self.add_candidate and event.key() in (Qt.Key.Key_Return,
                                                                 Qt.Key.Key_Enter):
                self._add_typed()
                return True
        return super().eventFilter(watched, event)

    # -- saving -----------------------------------------------------------------------------

    def values(self) -> tuple[object, ...]:
        return (self.employer.chosen, self.employer.text(), self.title.text(),
                self.hours.text(), self.location.text(), self.deadline.edit.text(),
                self.status.currentIndex(), self.notes.toPlainText(), self.candidate_ids())

    def has_input(self) -> bool:
        return self.values() != self._initial

    def opening_input(self) -> OpeningInput:
        """What the fields say; ValidationError with every problem (the screen's and the
        service's) at once."""
        problems = []
        if self.employer.chosen is None:
            problems.append(FieldError("employer_id", message(
                "choose_from_list" if self.employer.text().strip() else "required")))
        try:
            hours = hours_value(self.hours.text())
        except ValidationError as exc:
            problems += exc.errors
            hours = None
        deadline = parse_date(self.deadline.edit.text())
        if isinstance(deadline, str):
            problems.append(FieldError("deadline", message("not_a_date")))
        data = OpeningInput(
            employer_id=self.employer.chosen or NO_RECORD, title=self.title.text(),
            hours_per_week=hours, location=self.location.text(),
            deadline=deadline if isinstance(deadline, date) else None,
            notes=self.notes.toPlainText(), status=OpeningStatus(self.status.currentData()),
            candidates=self.candidate_ids())
        raise_all(problems, job_openings.opening_problems(self.ws.ctx, data))
        return data

    def _store(self) -> bool:
        def store() -> uuid.UUID:
            data = self.opening_input()
            if self.opening_id is None:
                return job_openings.create_opening(self.ws.ctx, data, found_on=self.found_on,
                                                   contact_id=self.contact_id)
            job_openings.update_opening(self.ws.ctx, self.opening_id, data)
            return self.opening_id

        stored, opening_id = try_save(self.errors, store)
        if stored and opening_id is not None:
            self.opening_id = opening_id
            self._initial = self.values()
            self.saved.emit(opening_id)
        return stored

    def save(self) -> bool:
        if self._store():
            self.accept()
            return True
        return False

    def placement_from_opening(self) -> PlacementDialog | None:
        """Save the opening, then the start dialog filled in from it (one candidate: them)."""
        if not self._store():
            return None
        assert self.opening_id is not None
        chosen = self.candidate_ids()
        course = chosen[0] if len(chosen) == 1 else None
        dialog = record_placement_interactively(
            self.ws, self.parentWidget(), course_id=course,
            participant_name=self.candidates.item(0).text() if course else "",
            employer_id=self.employer.chosen, employer_name=self.employer.text(),
            title=self.title.text().strip(), hours_per_week=parse_hours_or_none(self.hours),
            opening_id=self.opening_id)
        self.placement_started.emit(dialog)
        self.accept()
        return dialog

    def reject(self) -> None:
        if may_close(self, self.has_input(), self.save):
            super().reject()


def parse_hours_or_none(field: QLineEdit) -> float | None:
    try:
        return hours_value(field.text())
    except ValidationError:
        return None


def _open(dialog: OpeningDialog) -> OpeningDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # not exec(): the auto-lock may hide it while it waits
    return dialog


def new_opening_interactively(ws: Workspace, parent: QWidget | None = None, *,
                              preset: OpeningInput | None = None) -> OpeningDialog:
    return _open(OpeningDialog(ws, parent, preset=preset))


def edit_opening_interactively(ws: Workspace, parent: QWidget | None,
                               opening_id: uuid.UUID) -> OpeningDialog:
    return _open(OpeningDialog(ws, parent, opening_id=opening_id))


def opening_from_contact_interactively(ws: Workspace, parent: QWidget | None,
                                       contact_id: uuid.UUID) -> OpeningDialog:
    """After an "opening found" contact: its employer, its participant as a candidate,
    its date as found on, and the contact remembered on the opening."""
    contact = employer_contacts.contact_input(ws.ctx, contact_id)
    preset = OpeningInput(employer_id=contact.employer_id, title="",
                          candidates=(contact.course_id,) if contact.course_id else ())
    return _open(OpeningDialog(ws, parent, preset=preset, contact_id=contact_id,
                               found_on=contact.contact_date))
