"""Registering a referral: the referral form's sections as the steps of a small wizard."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import referrals
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.forms_access import dynamic_choices, form_spec
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.form_editor import FormEditor


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ReferralDialog(QDialog):
    """Ctrl+N in Participants. Sections on the left, one page at a time, save at any step."""

    def __init__(self, ws: Workspace, preferences: Preferences, *,
                 participant_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.participant_id = participant_id
        self.course_id: uuid.UUID | None = None
        self.spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, self)
        self.editor = FormEditor(self.spec, preferences.language, dynamic_choices(ws), self)
        if ws.ctx.actor_id is not None:
            consultant = self.spec.stored_fields().get("course.consultant")
            if consultant is not None:
                self.editor.widgets[consultant.name].set_value(str(ws.ctx.actor_id))
        self.setWindowTitle(self.spec.title.get(preferences.language))
        self.steps = QListWidget()
        self.steps.setMaximumWidth(200)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.pages = QStackedWidget()
        for page in self.editor.pages:
            self.steps.addItem(page.section.title.get(preferences.language))
            self.pages.addWidget(scrolled(page))
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.back = QPushButton(self.tr("< &Back"))
        self.next = QPushButton(self.tr("&Next >"))
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(+1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Enter in a field moves on a page; saving is a deliberate click or Ctrl+S.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.next.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.editor.errors.form_label())  # why a save failed (a full disk)
        layout.addWidget(buttons)
        self.steps.setCurrentRow(0)
        self.resize(820, 600)

    def go(self, step: int) -> None:
        row = min(max(self.steps.currentRow() + step, 0), self.steps.count() - 1)
        self.steps.setCurrentRow(row)
        self.editor.pages[row].setFocus()
        self.editor.pages[row].focusNextChild()

    def save(self) -> None:
        saved, course_id = try_save(self.editor.errors, lambda: referrals.register_referral(
            self.ws.ctx, self.spec, self.editor.answers(), today=date.today(),
            participant_id=self.participant_id), on_invalid=self._show_invalid)
        if saved:
            self.course_id = course_id
            self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        page = self.editor.show_errors(exc)
        if page is not None:
            self.steps.setCurrentRow(page)
