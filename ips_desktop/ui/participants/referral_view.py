"""The Referral tab of a participant's page: the same form, filled in and editable."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import referrals
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.forms_access import dynamic_choices, form_spec
from ips_desktop.ui.participants.referral_dialog import scrolled
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.form_editor import FormEditor


class ReferralTab(QWidget):
    saved = Signal()

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.course_id = ws, course_id
        self.spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, self)
        view = referrals.referral(ws.ctx, course_id)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if view.form_version and view.form_version != self.spec.version:
            self.note.setText(self.tr(
                "These answers were given on version %1 of the form; they are shown with "
                "today's version %2. Answers to questions that were removed are kept.")
                .replace("%1", view.form_version).replace("%2", self.spec.version))
        self.note.setVisible(bool(self.note.text()))
        self.editor = FormEditor(self.spec, preferences.language, dynamic_choices(ws), self)
        self.editor.set_answers(referrals.answers_for(self.spec, view))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for page in self.editor.pages:
            body_layout.addWidget(page)
        self.save = QPushButton(self.tr("&Save referral"))
        self.save.clicked.connect(self.save_changes)
        self.status = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scrolled(body), 1)
        layout.addWidget(self.editor.errors.form_label())
        layout.addLayout(bottom)

    def save_changes(self) -> None:
        saved, _ = try_save(self.editor.errors, lambda: referrals.update_referral(
            self.ws.ctx, self.course_id, self.spec, self.editor.answers(), today=date.today()),
            on_invalid=self._show_invalid)
        if not saved:
            return
        self.editor.errors.clear()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _show_invalid(self, exc: ValidationError) -> None:
        self.editor.show_errors(exc)
        self.status.setText(self.tr("Not saved: see the messages at the fields."))
