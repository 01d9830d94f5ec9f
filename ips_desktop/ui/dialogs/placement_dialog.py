"""Recording a job or education start, and its end; then the phase move, if the user wants it.

The service never moves the phase itself (services.placements): once the
start or end is saved, the dialog turns to a second page that offers the
moves it named ("in job or education" after a start; job search or
follow-along after the last running one ends), each one button, and "Not
now". A chosen move goes through services.courses.change_phase, dated the day
of the start or end, so the phase history has one path. Escape on that page
is "Not now": the start is saved either way.

Escape or Cancel with something typed asks "Kassér ændringer?" first.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import Phase, PlacementEndReason, PlacementKind
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import courses, employer_contacts, employers, placements
from ips_desktop.services.placements import PlacementInput, PlacementRecorded
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.form_keys import may_close
from ips_desktop.ui.dialogs.pickers import EmployerPicker, ParticipantPicker
from ips_desktop.ui.dialogs.placement_texts import (
    hours_text,
    parse_hours,
    placement_end_reason_text,
    placement_kind_text,
)
from ips_desktop.ui.texts import phase_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DayField


def hours_value(text: str) -> float | None:
    """The hours typed, or ValidationError at "hours_per_week" when they are no number."""
    hours = parse_hours(text)
    if isinstance(hours, str):
        raise ValidationError([FieldError("hours_per_week", message("hours_range"))])
    return hours


NO_RECORD = uuid.UUID(int=0)  # stands in for a record not chosen yet, when asking the service


def raise_all(screen: list[FieldError], service: list[FieldError]) -> None:
    """ValidationError with the screen's problems and the service's for the other fields."""
    taken = {problem.field for problem in screen}
    problems = screen + [problem for problem in service if problem.field not in taken]
    if problems:
        raise ValidationError(problems)


class _PhaseOffer(QWidget):
    """The second page: the start or end is saved; move the phase now?"""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.errors = FieldErrors()
        self.buttons = QHBoxLayout()
        self.not_now = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.errors.label_for("changed_on"))
        layout.addWidget(self.errors.label_for("phase"))
        layout.addWidget(self.errors.form_label())
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addStretch(1)
        layout.addLayout(self.buttons)
        self.phase_buttons: dict[Phase, QPushButton] = {}

    def offer(self, phases: Sequence[Phase], intro: str) -> None:
        self.text.setText(intro)
        for phase in phases:
            button = QPushButton(self.tr("Move to “%1”").replace("%1", phase_text(phase)))
            button.setAutoDefault(True)
            self.phase_buttons[phase] = button
            self.buttons.addWidget(button)
        self.not_now.setText(self.tr("Not now"))
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.not_now)
        first = self.phase_buttons[phases[0]]
        first.setDefault(True)
        first.setFocus()


class _RecordDialog(QDialog):
    """What the start and end dialogs share: a form page, then the phase offer page."""

    phase_moved = Signal(object)  # the Phase the course moved to

    def __init__(self, ws: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.course_id: uuid.UUID | None = None
        self.recorded: PlacementRecorded | None = None
        self.on: date | None = None  # the day of the start or end: the phase move's date
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.errors.form_label())
        form_layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form_layout.addWidget(self.buttons)
        self.offer_page = _PhaseOffer(self)
        self.offer_page.not_now.clicked.connect(self.accept)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.offer_page)
        QVBoxLayout(self).addWidget(self.pages)
        self._initial: tuple[object, ...] = ()

    def add_row(self, label: str, field: QWidget, error: str | None = None) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        if error is not None:
            self.form.addRow("", self.errors.label_for(error))

    def remember_initial(self) -> None:
        self._initial = self.values()

    def values(self) -> tuple[object, ...]:
        raise NotImplementedError

    def record(self) -> PlacementRecorded:
        raise NotImplementedError

    def offer_text(self, phases: Sequence[Phase]) -> str:
        raise NotImplementedError

    def save(self) -> bool:
        saved, recorded = try_save(self.errors, self.record)
        if not saved or recorded is None:
            self.adjustSize()  # room for the messages under their fields
            return False
        self.recorded = recorded
        if not recorded.offer_phases:
            self.accept()
            return True
        self.offer_page.offer(recorded.offer_phases, self.offer_text(recorded.offer_phases))
        for phase, button in self.offer_page.phase_buttons.items():
            button.clicked.connect(lambda _=False, p=phase: self.move_phase(p))
        self.pages.setCurrentWidget(self.offer_page)
        # The question alone, not in the form's room: the form is saved and done with.
        self.pages.removeWidget(self.form_page)
        self.form_page.hide()
        QTimer.singleShot(0, lambda: self.resize(self.width(), self.sizeHint().height()))
        self.offer_page.phase_buttons[recorded.offer_phases[0]].setFocus()
        return True

    def move_phase(self, phase: Phase) -> bool:
        """The move the user chose, dated the day of the start or end (or today, when the
        phase changed since that day: a phase history runs forward)."""
        assert self.course_id is not None and self.on is not None
        course_id, today = self.course_id, date.today()
        errors = self.offer_page.errors

        def change() -> None:
            try:
                courses.change_phase(self.ws.ctx, course_id, phase, self.on or today,
                                     today=today)
            except ValidationError as exc:
                if not exc.for_field("changed_on"):
                    raise
                courses.change_phase(self.ws.ctx, course_id, phase, today, today=today)

        saved, _ = try_save(errors, change)
        if saved:
            self.phase_moved.emit(phase)
            self.accept()
        return saved

    def has_input(self) -> bool:
        return self.recorded is None and self.values() != self._initial

    def reject(self) -> None:
        if self.recorded is not None:  # saved: Escape on the offer page is "Not now"
            self.accept()
            return
        if may_close(self, self.has_input(), self.save):
            super().reject()


class PlacementDialog(_RecordDialog):
    """A job or education start: the participant, what, where, from when, how many hours."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 course_id: uuid.UUID | None = None, participant_name: str = "",
                 employer_id: uuid.UUID | None = None, employer_name: str = "",
                 title: str = "", hours_per_week: float | None = None,
                 opening_id: uuid.UUID | None = None) -> None:
        super().__init__(ws, parent)
        self.setWindowTitle(self.tr("Record job or education"))
        self.setMinimumWidth(520)
        self.opening_id = opening_id
        self.participant = ParticipantPicker(ws)
        self.participant.setAccessibleName(self.tr("Participant"))
        self.participant.setPlaceholderText(self.tr("Type a name"))
        if course_id is not None:
            self.participant.set_choice(course_id, participant_name)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in PlacementKind:
            self.kind.addItem(placement_kind_text(kind), kind)
        self.title = QLineEdit(title)
        self.title.setMaxLength(placements.TITLE_MAX)
        self.title.setAccessibleName(self.tr("Job title or programme"))
        self.employer = EmployerPicker(ws)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.employer.setPlaceholderText(self.tr("Type the name, choose from the list"))
        if employer_id is not None:
            self.employer.set_choice(employer_id, employer_name)
        self.institution = QLineEdit()
        self.institution.setMaxLength(placements.INSTITUTION_MAX)
        self.institution.setAccessibleName(self.tr("School"))
        self.start = DayField()
        self.start.setAccessibleName(self.tr("Start date"))
        self.hours = QLineEdit(hours_text(hours_per_week))  # 37,5 in Danish
        self.hours.setAccessibleName(self.tr("Hours per week"))
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("000,00") * 2)
        self.ordinary = QCheckBox(self.tr("On &ordinary terms"))
        self.ordinary.setChecked(True)
        ordinary_hint = QLabel(self.tr(
            "Clear it for a wage-subsidy or sheltered job: it is recorded, but IPS does not "
            "count it."))
        ordinary_hint.setWordWrap(True)
        ordinary_hint.setStyleSheet("color: palette(mid);")  # as a form field's help
        self.add_row(self.tr("&Participant:"), self.participant, "course_id")
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Title or programme:"), self.title, "title")
        self.add_row(self.tr("&Employer:"), self.employer, "employer_id")
        self.add_row(self.tr("or &school:"), self.institution, "institution")
        self.add_row(self.tr("Start &date:"), self.start, "start_date")
        self.add_row(self.tr("&Hours per week:"), self.hours, "hours_per_week")
        self.form.addRow("", self.ordinary)
        self.form.addRow("", ordinary_hint)
        self.form.addRow("", self.errors.label_for("opening_id"))
        self.remember_initial()
        (self.title if course_id is not None else self.participant).setFocus()

    def values(self) -> tuple[object, ...]:
        return (self.participant.chosen, self.participant.text(), self.kind.currentIndex(),
                self.title.text(), self.employer.chosen, self.employer.text(),
                self.institution.text(), self.start.edit.text(), self.hours.text(),
                self.ordinary.isChecked())

    def record(self) -> PlacementRecorded:
        problems = []
        if self.employer.chosen is None and self.employer.text().strip():
            problems.append(FieldError("employer_id", message("choose_from_list")))
        try:
            hours = hours_value(self.hours.text())
        except ValidationError as exc:
            problems += exc.errors
            hours = None
        try:
            start = self.start.required_date("start_date")
        except ValidationError as exc:
            problems += exc.errors
            start = date.today()
        data = PlacementInput(
            course_id=self.participant.chosen or NO_RECORD,
            kind=PlacementKind(self.kind.currentData()), title=self.title.text(),
            start_date=start, employer_id=self.employer.chosen,
            institution=self.institution.text(), hours_per_week=hours,
            ordinary_terms=self.ordinary.isChecked(), opening_id=self.opening_id)
        if self.participant.chosen is None:
            problems.append(FieldError("course_id", message(
                "choose_from_list" if self.participant.text().strip() else "required")))
        # Every problem at once: what only the screen can read, and what the service says.
        raise_all(problems, placements.start_problems(self.ws.ctx, data, today=date.today()))
        self.course_id, self.on = data.course_id, start
        return placements.record_start(self.ws.ctx, data, today=date.today())

    def offer_text(self, phases: Sequence[Phase]) -> str:
        return self.tr("The start is recorded. Move the course to “%1” now?").replace(
            "%1", phase_text(phases[0]))


class PlacementEndDialog(_RecordDialog):
    """The end of a job or education: the day and why."""

    def __init__(self, ws: Workspace, placement_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.setWindowTitle(self.tr("End job or education"))
        self.setMinimumWidth(460)
        self.placement_id = placement_id
        view = placements.placement_view(ws.ctx, placement_id)
        self.course_id = view.course_id
        what = QLabel(self.tr("%1 at %2, since %3").replace("%1", view.title)
                      .replace("%2", view.employer_name or "–")
                      .replace("%3", view.start_date.strftime("%d.%m.%Y")))
        what.setTextFormat(Qt.TextFormat.PlainText)  # the title and name as typed
        what.setWordWrap(True)
        self.form.addRow(what)
        self.end = DayField()
        self.end.setAccessibleName(self.tr("End date"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in PlacementEndReason:
            self.reason.addItem(placement_end_reason_text(reason), reason)
        self.add_row(self.tr("&End date:"), self.end, "end_date")
        self.add_row(self.tr("&Reason:"), self.reason, "end_reason")
        self.remember_initial()
        self.end.setFocus()

    def values(self) -> tuple[object, ...]:
        return (self.end.edit.text(), self.reason.currentIndex())

    def record(self) -> PlacementRecorded:
        end = self.end.required_date("end_date")
        reason = self.reason.currentData()
        if reason is None:
            raise ValidationError([FieldError("end_reason", message("required"))])
        self.on = end
        return placements.record_end(self.ws.ctx, self.placement_id, end,
                                     PlacementEndReason(reason), today=date.today())

    def offer_text(self, phases: Sequence[Phase]) -> str:
        return self.tr("The end is recorded. Move the course on now?")


def record_placement_interactively(ws: Workspace, parent: QWidget | None = None,
                                   **preset: object) -> PlacementDialog:
    """Open the start dialog (not modal: the auto-lock may hide it); the caller connects
    `accepted` to refresh. `preset` is PlacementDialog's keyword arguments."""
    dialog = PlacementDialog(ws, parent, **preset)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def placement_from_contact_interactively(ws: Workspace, parent: QWidget | None,
                                         contact_id: uuid.UUID) -> PlacementDialog:
    """After a "hired" contact: the start, with its participant and employer filled in."""
    contact = employer_contacts.contact_input(ws.ctx, contact_id)
    name = placements.course_name(ws.ctx, contact.course_id) if contact.course_id else ""
    return record_placement_interactively(
        ws, parent, course_id=contact.course_id, participant_name=name,
        employer_id=contact.employer_id,
        employer_name=employers.employer_input(ws.ctx, contact.employer_id).name)


def end_placement_interactively(ws: Workspace, parent: QWidget | None,
                                placement_id: uuid.UUID) -> PlacementEndDialog:
    dialog = PlacementEndDialog(ws, placement_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
