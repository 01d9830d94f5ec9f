"""The staffing tab's dialogs: a new FTE from a day, leaving the team, coming back.

Each asks for a day (typed the Danish way or picked; it may lie ahead: a part-
time change agreed for next month) and, where it matters, the FTE, and saves
through `services.staffing`; a refusal is said at its field and the dialog
stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.rules import MAX_FTE
from ips_desktop.services import staffing
from ips_desktop.services.staffing import MIN_FTE, StaffingRow
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.dialogs.form_keys import may_close
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DateField, parse_date


class Change(Enum):
    FTE = "fte"  # a new FTE from a day
    LEAVE = "leave"  # the last day in the team
    REJOIN = "rejoin"  # back in the team from a day


def typed_day(field: DateField, name: str) -> date:
    """The day typed in `field`; a ValidationError at `name` when none or not a date."""
    parsed = parse_date(field.edit.text())
    if isinstance(parsed, date):
        return parsed
    code = "required" if parsed is None else "not_a_date"
    raise ValidationError([FieldError(name, message(code))])


class StaffingDialog(QDialog):
    def __init__(self, ws: Workspace, row: StaffingRow, change: Change, *, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.row, self.change, self.today = ws, row, change, today
        self.errors = FieldErrors()
        self.day = DateField()
        self.day.set_value(today)
        self.day.setAccessibleName(self.tr("Date"))
        self.fte = QDoubleSpinBox()
        self.fte.setRange(MIN_FTE, MAX_FTE)
        self.fte.setDecimals(2)
        self.fte.setSingleStep(0.1)
        self.fte.setValue(row.current_fte if row.current_fte >= MIN_FTE else 1.0)
        self.fte.setAccessibleName(self.tr("FTE"))
        form = QFormLayout()
        form.addRow(self.tr("Consultant:"), QLabel(f"{row.name} ({row.initials})"))
        day_label = QLabel(self.tr("&Last day in the team:") if change is Change.LEAVE
                           else self.tr("&From:"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        form.addRow("", self.errors.label_for("day"))
        if change is not Change.LEAVE:
            fte_label = QLabel(self.tr("&FTE for IPS:"))
            fte_label.setBuddy(self.fte)
            form.addRow(fte_label, self.fte)
            form.addRow("", self.errors.label_for("fte"))
        form.addRow("", self.errors.label_for("consultant"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel({
            Change.FTE: self.tr("The FTE counts from this day on; the months before keep "
                                "the FTE they had."),
            Change.LEAVE: self.tr("The consultant's staffing ends on this day. Their courses "
                                  "stay theirs until they are moved to someone else."),
            Change.REJOIN: self.tr("The consultant is back in the team from this day."),
        }[change])
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(buttons)
        self.setWindowTitle({Change.FTE: self.tr("New FTE from a date"),
                             Change.LEAVE: self.tr("Leaves the team"),
                             Change.REJOIN: self.tr("Back in the team")}[change])
        self.day.setFocus()
        self._initial = self._typed()

    def _save(self) -> Callable[[], None]:
        ctx, who, fte = self.ws.ctx, self.row.consultant_id, round(self.fte.value(), 2)

        def save() -> None:
            day = typed_day(self.day, "day")
            if self.change is Change.FTE:
                staffing.set_fte_from(ctx, who, day, fte, today=self.today)
            elif self.change is Change.LEAVE:
                staffing.leave_team(ctx, who, day)
            else:
                staffing.rejoin(ctx, who, day, fte, today=self.today)
        return save

    def _typed(self) -> tuple[str, float]:
        return self.day.edit.text(), round(self.fte.value(), 2)

    def reject(self) -> None:
        """Escape or Cancel with another day or FTE typed asks first, as other dialogs do."""
        if may_close(self, self._typed() != self._initial, self.accept):
            super().reject()

    def accept(self) -> None:
        saved, _ = try_save(self.errors, self._save())
        if saved:
            super().accept()
