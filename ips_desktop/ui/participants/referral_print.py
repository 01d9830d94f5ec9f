"""Printing the referral from a participant's page, or the blank form for paper referrals;
and the vocational profile and action plan (the wizard's Print, Ctrl+P), filled in or blank.

The data come from services.printing / services.form_printing (which record
the print in the audit trail), the PDF from reports.referral_pdf /
reports.form_document in the user's language; the preview dialog shows it
from memory and prints or saves it (saving is an audited export).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ips_desktop.domain.forms import FormSpec
from ips_desktop.domain.rule_texts import consent_state
from ips_desktop.reports.form_document import FormPrintout, blank_printout, course_printout
from ips_desktop.reports.referral_pdf import referral_file_name, referral_pdf, unprintable_in
from ips_desktop.services import consents, printing, referrals
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.participants.forms_access import form_spec
from ips_desktop.ui.preferences import Preferences
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from ips_desktop.ui.widgets.sharing_warning import confirm_referral_print


def print_referral(ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
                   parent: QWidget | None = None) -> PrintPreviewDialog | None:
    """Open the preview of a course's referral; returns the (non-blocking) dialog, or None
    when the user, warned that consent is withdrawn or missing, cancelled (nothing made,
    nothing recorded)."""
    consent = consents.consent_of(ws.ctx, course_id)
    state = consent_state(consent.given_on if consent else None,
                          consent.withdrawn_on if consent else None, date.today())
    if state != "given" and not confirm_referral_print(parent, state):
        return None
    spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, parent)
    language = preferences.language
    with _busy():
        data = printing.referral_print(ws.ctx, course_id, spec)
        pdf = referral_pdf(data, language=language)
    return _show(pdf, data.spec.title.get(language),
                 referral_file_name(language, data.printed_at.date()), parent,
                 lambda: printing.record_export(ws.ctx, course_id, spec.id),
                 unprintable_in(data, language=language))


def print_blank_referral(ws: Workspace, preferences: Preferences,
                         parent: QWidget | None = None) -> PrintPreviewDialog:
    """Open the preview of the empty referral form, headed with the user's municipality."""
    spec = form_spec(ws, preferences, referrals.REFERRAL_FORM, parent)
    language = preferences.language
    with _busy():
        data = printing.blank_referral_print(ws.ctx, spec,
                                             psychiatry_unit=preferences.psychiatry_unit)
        pdf = referral_pdf(data, language=language)
    return _show(pdf, spec.title.get(language),
                 referral_file_name(language, date.today(), blank=True), parent,
                 lambda: printing.record_export(ws.ctx, None, spec.id))


def print_form(ws: Workspace, preferences: Preferences, course_id: uuid.UUID,
               current: FormSpec, parent: QWidget | None = None) -> PrintPreviewDialog:
    """Open the preview of a course's profile or plan as saved (save the draft first);
    `current` is the form in use now (the wizard's FormDraft.current)."""
    with _busy():
        made = course_printout(ws.ctx, course_id, current, language=preferences.language)
    return _show_printout(ws, made, parent)


def print_blank_form(ws: Workspace, preferences: Preferences, spec: FormSpec,
                     parent: QWidget | None = None) -> PrintPreviewDialog:
    """Open the preview of the empty profile or plan, for a meeting without the laptop."""
    with _busy():
        made = blank_printout(ws.ctx, spec, language=preferences.language)
    return _show_printout(ws, made, parent)


def _show_printout(ws: Workspace, made: FormPrintout,
                   parent: QWidget | None) -> PrintPreviewDialog:
    return _show(made.pdf, made.title, made.file_name, parent,
                 lambda: printing.record_export(ws.ctx, made.course_id, made.form_id),
                 made.unprintable)


def _show(pdf: bytes, title: str, suggested_name: str, parent: QWidget | None,
          on_saved: Callable[[], None], unprintable: list[str] | None = None,
          ) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, title, suggested_name, parent, on_saved=on_saved,
                                unprintable=unprintable or ())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class _busy:
    """A wait cursor while the PDF is made (a fraction of a second for a referral)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()
