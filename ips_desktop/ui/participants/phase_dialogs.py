"""Moving a course to another phase, and ending it with a reason."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import EndReason, Phase, next_phase
from ips_desktop.services import courses
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.texts import end_reason_text, phase_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DayField


class _DatedDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.day = DayField()  # typed the Danish way ("25/11-26", "27.11") or picked
        self.day.setAccessibleName(self.tr("Date"))
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self, intro: QLabel | None = None) -> None:
        label = QLabel(self.tr("&Date:"))
        label.setBuddy(self.day)
        self.form.addRow(label, self.day)
        self.form.addRow("", self.errors.label_for("changed_on"))
        if intro is not None:
            self.layout_.addWidget(intro)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.errors.form_label())
        self.layout_.addWidget(self.buttons)


class PhaseDialog(_DatedDialog):
    """Offers the phase that usually comes next, so the common move is one Enter away."""

    def __init__(self, ws: Workspace, course_id: uuid.UUID, parent: QWidget | None = None, *,
                 current: Phase | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change phase"))
        self.ws, self.course_id = ws, course_id
        if current is None:
            current = courses.course_phase(ws.ctx, course_id)
        self.current = QLabel(phase_text(current))
        self.form.addRow(self.tr("Current phase:"), self.current)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("New phase"))
        for each in Phase:
            if each is not Phase.ENDED:
                self.phase.addItem(phase_text(each), each)
        self.phase.setCurrentIndex(self.phase.findData(next_phase(current)))
        label = QLabel(self.tr("&New phase:"))
        label.setBuddy(self.phase)
        self.form.addRow(label, self.phase)
        self.form.addRow("", self.errors.label_for("phase"))
        self.finish_layout()

    def accept(self) -> None:
        saved, _ = try_save(self.errors, lambda: courses.change_phase(
            self.ws.ctx, self.course_id, Phase(self.phase.currentData()),
            self.day.required_date("changed_on"), today=date.today()))
        if saved:
            super().accept()


class EndCourseDialog(_DatedDialog):
    """Says what IPS expects before it asks why: support is not time-limited (seed 002)."""

    def __init__(self, ws: Workspace, course_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End course"))
        self.setMinimumWidth(460)
        self.ws, self.course_id = ws, course_id
        intro = QLabel(self.tr(
            "IPS support is not time-limited. A course ends only when the participant asks "
            "for it, or at another clear end such as moving away or ending treatment. "
            "The participant can start a new course later; the history is kept."))
        intro.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for each in EndReason:
            self.reason.addItem(end_reason_text(each), each)
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.form.addRow(label, self.reason)
        self.reason_error = self.errors.label_for("end_reason")
        self.form.addRow("", self.reason_error)
        # "Other" says what in words; the field is there (and required) only then.
        self.other = QLineEdit()
        self.other.setMaxLength(courses.END_REASON_TEXT_MAX)
        self.other.setAccessibleName(self.tr("Other reason"))
        self.other.setPlaceholderText(self.tr("Say briefly why the course ends"))
        self.other_label = QLabel(self.tr("&Other reason:"))
        self.other_label.setBuddy(self.other)
        self.form.addRow(self.other_label, self.other)
        self.other_error = self.errors.label_for("end_reason_text")
        self.form.addRow("", self.other_error)
        self.other.textChanged.connect(lambda text: self._clear(self.other_error)
                                       if text.strip() else None)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        self.finish_layout(intro)
        self._reason_chosen()

    def _reason_chosen(self) -> None:
        if self.reason.currentData() is not None:
            self._clear(self.reason_error)  # "Required." goes as soon as a reason is there
        other = self.reason.currentData() == EndReason.OTHER
        self.form.setRowVisible(self.other, other)
        if not other:
            self._clear(self.other_error)

    @staticmethod
    def _clear(label: QLabel) -> None:
        label.clear()
        label.hide()

    def accept(self) -> None:
        reason = self.reason.currentData()
        saved, _ = try_save(self.errors, lambda: courses.end_course(
            self.ws.ctx, self.course_id, self.day.required_date("changed_on"),
            EndReason(reason) if reason else None, today=date.today(),
            reason_text=self.other.text() if reason == EndReason.OTHER else ""))
        if saved:
            super().accept()
