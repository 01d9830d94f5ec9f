"""Consent on a participant's page: what it covers, since when, and whether it was withdrawn.

A withdrawal is the person's word that nothing more is shared, so it is said
apart from "no consent yet" (a framed warning, not just red text), and it is
recorded here in two keystrokes rather than on the Referral tab's fourth page.
The dates are checked by services.consents, the same checks the referral form
uses; the header shows what the page has read and reads nothing itself.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.rule_texts import consent_short, consent_state, consent_text
from ips_desktop.services import consents
from ips_desktop.services.consents import GIVEN, SCOPE, WITHDRAWN
from ips_desktop.services.courses import CourseDetail
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.widgets.field_errors import FieldErrors, try_save
from ips_desktop.ui.widgets.form_fields import DayField

MISSING_STYLE = "color: #b00020;"
WITHDRAWN_STYLE = ("color: #b00020; font-weight: bold; background: #fdecee; "
                   "border: 1px solid #b00020; border-radius: 3px; padding: 4px;")
DIALOG_WIDTH = 480
SCOPE_SHOWN = 160  # characters of the scope on the page; the whole text as a tooltip


class ConsentLine(QWidget):
    """The consent line of the header and the button that records the next step."""

    record_requested = Signal(str)  # "withdraw" or "new"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.state = "missing"
        self.next_step = "new"
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.record_requested.emit(self.next_step))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_detail(self, detail: CourseDetail, today: date) -> None:
        given, withdrawn = detail.consent_given_on, detail.consent_withdrawn_on
        self.state = consent_state(given, withdrawn, today)
        if self.state == "withdrawn":
            text = consent_short(given, withdrawn, today) + " — " + self.tr(
                "share nothing about the person with psychiatry or employers until a new "
                "consent is recorded")
        elif self.state == "missing":
            text = consent_text(given, withdrawn, today)
        else:
            text = consent_text(given, withdrawn, today)
            scope = " ".join(detail.consent_scope.split())
            text += " · " + (self.tr("covers: %1").replace("%1", _cut(scope)) if scope
                             else self.tr("what it covers is not written down"))
            if withdrawn is not None:  # a withdrawal dated ahead: said, and not yet in force
                text += " · " + self.tr("to be withdrawn %1").replace(
                    "%1", f"{withdrawn.day}.{withdrawn.month}.{withdrawn.year}")
        self.label.setText(text)
        self.label.setToolTip(detail.consent_scope.strip() if self.state == "given" else "")
        self.label.setStyleSheet({"withdrawn": WITHDRAWN_STYLE,
                                  "missing": MISSING_STYLE}.get(self.state, ""))
        self.next_step = "withdraw" if self.state == "given" and withdrawn is None else "new"
        self.button.setVisible(not (self.state == "given" and withdrawn is not None))
        self.label.setAccessibleName(self.tr("Consent"))
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Record &withdrawal…") if self.next_step == "withdraw"
                            else self.tr("Record &consent…"))


class ConsentDialog(QDialog):
    """Withdrawn on (a date), or a new consent (a date and what it covers)."""

    def __init__(self, ws: Workspace, course_id: uuid.UUID, step: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.course_id, self.step = ws, course_id, step
        self.errors = FieldErrors()
        self.day = DayField()  # typed the Danish way ("3.11.2026", "3/11-26") or picked
        self.day.setAccessibleName(self.tr("Date"))
        self.scope = QPlainTextEdit()
        self.scope.setTabChangesFocus(True)
        self.scope.setMaximumHeight(90)
        self.scope.setAccessibleName(self.tr("Scope of the consent"))
        self.scope.setPlaceholderText(self.tr(
            "Usually: exchange of information between psychiatry and the jobcenter about "
            "the IPS course."))
        form = QFormLayout()
        withdraw = step == "withdraw"
        self.setWindowTitle(self.tr("Consent withdrawn") if withdraw else self.tr("New consent"))
        date_label = QLabel(self.tr("&Withdrawn on:") if withdraw else self.tr("&Given on:"))
        date_label.setBuddy(self.day)
        form.addRow(date_label, self.day)
        form.addRow("", self.errors.label_for(WITHDRAWN if withdraw else GIVEN))
        if not withdraw:
            scope_label = QLabel(self.tr("&Covers:"))
            scope_label.setBuddy(self.scope)
            form.addRow(scope_label, self.scope)
            form.addRow("", self.errors.label_for(SCOPE))
        intro = QLabel(self.tr(
            "From this day nothing about the person is shared with psychiatry or employers. "
            "What was recorded stays; a new consent can be recorded later.") if withdraw
            else self.tr("Record the consent the person has given, and what it covers."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(DIALOG_WIDTH)  # room for the intro's lines, never cut off
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.form_label())
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        field = WITHDRAWN if self.step == "withdraw" else GIVEN
        if self.step == "withdraw":
            saved, _ = try_save(self.errors, lambda: consents.record_withdrawal(
                self.ws.ctx, self.course_id, self.day.required_date(field), today=date.today()))
        else:
            saved, _ = try_save(self.errors, lambda: consents.record_new_consent(
                self.ws.ctx, self.course_id, self.day.required_date(field),
                self.scope.toPlainText(), today=date.today()))
        if saved:
            super().accept()


def open_consent_dialog(ws: Workspace, course_id: uuid.UUID, step: str,
                        parent: QWidget | None = None) -> ConsentDialog:
    """Open the dialog (not exec(): the auto-lock may hide it while it waits)."""
    dialog = ConsentDialog(ws, course_id, step, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _cut(text: str) -> str:
    if len(text) <= SCOPE_SHOWN:
        return text
    return text[:SCOPE_SHOWN].rsplit(" ", 1)[0].rstrip(" ,.;:") + " …"
