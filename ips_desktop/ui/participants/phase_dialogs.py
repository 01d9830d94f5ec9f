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
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.enums import EndReason, Phase
from ips_desktop.services import courses
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.page import date_edit
from ips_desktop.ui.texts import end_reason_text, phase_text
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save


class _DatedDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.day = date_edit()
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
    def __init__(self, ws: Workspace, course_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change phase"))
        self.ws, self.course_id = ws, course_id
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("New phase"))
        for each in Phase:
            if each is not Phase.ENDED:
                self.phase.addItem(phase_text(each), each)
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
        self.form.addRow("", self.errors.label_for("end_reason"))
        self.finish_layout(intro)

    def accept(self) -> None:
        reason = self.reason.currentData()
        saved, _ = try_save(self.errors, lambda: courses.end_course(
            self.ws.ctx, self.course_id, self.day.required_date("changed_on"),
            EndReason(reason) if reason else None, today=date.today()))
        if saved:
            super().accept()
