"""Registering a referral: the referral form's sections as the steps of a small wizard."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import referrals
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.forms_access import dynamic_choices, form_spec
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.field_errors import try_save
from ips_desktop.ui.widgets.form_editor import FormEditor, FormWizard

CONSENT_DATE = "consent.given_on"  # where the referral form stores the consent date


def consent_field(editor: FormEditor) -> str | None:
    """The name of the question that holds the consent date (a municipality may rename it)."""
    spec = editor.spec.stored_fields().get(CONSENT_DATE)
    return spec.name if spec is not None else None


def consent_missing(editor: FormEditor) -> bool:
    name = consent_field(editor)
    return name is not None and editor.widgets[name].value() is None


def consent_warning() -> str:
    """Said at the consent field (and the form's message line) while no date is given."""
    return QCoreApplication.translate(
        "Referral", "No consent date yet: the referral can be saved, but get the person's "
        "consent before information is shared between psychiatry and jobcenter.")


def show_consent_warning(editor: FormEditor) -> bool:
    """Put the warning at the consent field while the date is empty; True when shown."""
    name = consent_field(editor)
    if name is None:
        return False
    missing = consent_missing(editor)
    editor.set_warning(name, consent_warning() if missing else "")
    return missing


class ReferralDialog(FormWizard):
    """Ctrl+N in Participants. Sections on the left, one page at a time, save at any step."""

    def __init__(self, ws: Workspace, preferences: Preferences, *,
                 participant_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, parent)
        editor = FormEditor(spec, preferences.language, dynamic_choices(ws, spec))
        super().__init__(editor, spec.title.get(preferences.language), parent)
        editor.setParent(self)
        editor.hide()  # it holds the fields; the pages are shown by the wizard
        self.ws = ws
        self.spec = spec
        self.participant_id = participant_id
        self.course_id: uuid.UUID | None = None
        if ws.ctx.actor_id is not None:
            consultant = self.spec.stored_fields().get("course.consultant")
            if consultant is not None:
                self.editor.widgets[consultant.name].set_value(str(ws.ctx.actor_id))
        self.editor.mark_saved()  # the defaults are not typed input
        self.editor.changed.connect(self._update_consent)
        self._update_consent()

    def _update_consent(self) -> None:
        """Missing consent is said at its field, and on the message line once typing has
        begun (saving is never blocked by it)."""
        missing = show_consent_warning(self.editor)
        self.warning.setText(consent_warning() if missing else "")
        self.warning.setVisible(missing and self.editor.has_unsaved_changes())

    def submit(self) -> bool:
        saved, course_id = try_save(self.editor.errors, lambda: referrals.register_referral(
            self.ws.ctx, self.spec, self.editor.answers(), today=date.today(),
            participant_id=self.participant_id), on_invalid=self._show_invalid)
        if saved:
            self.course_id = course_id
        return saved

    def _show_invalid(self, exc: ValidationError) -> None:
        page = self.editor.show_errors(exc)
        if page is not None:
            self.steps.setCurrentRow(page)
