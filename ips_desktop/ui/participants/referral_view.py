"""The Referral tab of a participant's page: the same form, filled in and editable.

The page asks `has_unsaved_changes()` before the user leaves it and, when the
answer to "Kassér ændringer?" is Save, calls `save_unsaved()`.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.forms import FormSpec
from ips_desktop.services import referrals
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.forms_access import dynamic_choices, form_spec
from ips_desktop.ui.participants.referral_dialog import consent_warning, show_consent_warning
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.form_editor import WARNING_STYLE, FormEditor, scrolled, wrapped_label


class ReferralTab(QWidget):
    saved = Signal()

    def __init__(self, ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.course_id, self.preferences = ws, course_id, preferences
        self._built = False
        self._layout = QVBoxLayout(self)

    # The form's sixty-odd fields are built when the tab is first shown (or reached): the
    # participant page opens without them, a third of its opening time otherwise.

    @property
    def spec(self) -> FormSpec:
        self._build()
        return self._spec

    @property
    def editor(self) -> FormEditor:
        self._build()
        return self._editor

    def showEvent(self, event: QShowEvent) -> None:
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        ws, preferences, course_id = self.ws, self.preferences, self.course_id
        self._spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, self)
        view = referrals.referral(ws.ctx, course_id)
        self.note = wrapped_label()
        if view.form_version and view.form_version != self.spec.version:
            self.note.setText(self.tr(
                "These answers were given on version %1 of the form; they are shown with "
                "today's version %2. Answers to questions that were removed are kept.")
                .replace("%1", view.form_version).replace("%2", self.spec.version))
        self.note.setVisible(bool(self.note.text()))
        self._editor = FormEditor(self._spec, preferences.language,
                                  dynamic_choices(ws, self._spec), self)
        self.editor.hide()  # it holds the fields; the pages are placed below
        self.editor.set_answers(referrals.answers_for(self.spec, view))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for page in self.editor.pages:
            body_layout.addWidget(page)
        self.area = scrolled(body)
        self.save = QPushButton(self.tr("&Save referral"))
        self.save.clicked.connect(self.save_changes)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.consent = wrapped_label()  # consent missing: a warning, never a block
        self.consent.setStyleSheet(WARNING_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save)
        layout = self._layout
        layout.addWidget(self.note)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.editor.errors.form_label())
        layout.addWidget(self.consent)
        layout.addLayout(bottom)
        self.editor.page_finished.connect(self._page_finished)
        self.editor.changed.connect(self._update_consent)
        self._update_consent()

    def _update_consent(self) -> None:
        missing = show_consent_warning(self.editor)
        self.consent.setText(consent_warning() if missing else "")
        self.consent.setVisible(missing)

    def _page_finished(self, index: int) -> None:
        """Enter on a page's last field: on to the next page's first, then to Save."""
        for later in range(index + 1, len(self.editor.pages)):
            if self.editor.focus_first(later):
                return
        self.save.setFocus(Qt.FocusReason.TabFocusReason)

    def patch_stored(self, targets: tuple[str, ...]) -> None:
        """Show these answers as stored now (set on the page meanwhile), the typed rest kept:
        only these fields, since loading all answers would count the typed ones as saved."""
        if not self._built:
            return  # it reads them when it is built
        columns = referrals.referral(self.ws.ctx, self.course_id).columns
        for target in targets:
            field = self.spec.stored_fields().get(target)
            if field is not None:
                value = columns[target]
                self.editor.widgets[field.name].set_value(
                    value.isoformat() if isinstance(value, date) else value)

    def has_unsaved_changes(self) -> bool:
        """True when an answer on the tab differs from the one saved."""
        return self._built and self.editor.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        """Save what was typed, as the Save button does; True when it was saved (False:
        the reason is shown at the fields or the message line, the input kept)."""
        return not self._built or self.save_changes()

    def save_changes(self) -> bool:
        saved, _ = try_save(self.editor.errors, lambda: referrals.update_referral(
            self.ws.ctx, self.course_id, self.spec, self.editor.answers(), today=date.today()),
            on_invalid=self._show_invalid)
        if not saved:
            return False
        self.editor.mark_saved()
        self.editor.errors.clear()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def _show_invalid(self, exc: ValidationError) -> None:
        self.editor.show_errors(exc)
        self.status.setText(self.tr("Not saved: see the messages at the fields."))
