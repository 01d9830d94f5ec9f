"""The wizard's Print (Ctrl+P) entry point: a profile or plan in the preview, audited, saved
as an audited export; and the blank forms."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from ips_desktop.services import form_drafts
from ips_desktop.services.form_drafts import Position
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.participants.referral_print import print_blank_form, print_form
from tests.reports.form_specs import PLAN, PROFILE_V2, plan_answers, profile_answers, recorded
from tests.reports.support import TODAY, all_text, pages_text, register

NAME = "Øjvind Ærenpris"


def events(ws, action: str) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(e) for e in conn.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details)
            .where(AuditEvent.action == action).order_by(AuditEvent.at))]


def test_print_form_previews_the_saved_profile_and_audits(qtbot, ws, preferences, monkeypatch,
                                                          tmp_path):
    course = register(ws, name=NAME)
    spec = recorded(ws.ctx, PROFILE_V2)
    form_drafts.save_draft(ws.ctx, course, spec, profile_answers(jobs=12), Position(),
                           today=TODAY)
    dialog = print_form(ws, preferences, course, spec, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    pages = pages_text(dialog.pdf_bytes)
    assert len(pages) >= 3 and all(NAME in page for page in pages)
    assert dialog.suggested_name.startswith("karriereprofil-") and NAME not in \
        dialog.suggested_name
    assert events(ws, "print") == [("course", course,
                                    {"form": "vocational_profile", "version": "2"})]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "p.pdf"), "")))
    dialog.save_button.click()
    assert (tmp_path / "p.pdf").read_bytes() == dialog.pdf_bytes
    assert events(ws, "export") == [("course", course, {"form": "vocational_profile"})]
    dialog.close_button.click()


def test_print_form_in_english_and_the_blank_plan(qtbot, ws, preferences):
    preferences.language = "en"
    course = register(ws, name=NAME)
    spec = recorded(ws.ctx, PLAN)
    form_drafts.save_draft(ws.ctx, course, spec, plan_answers(), Position(), today=TODAY)
    dialog = print_form(ws, preferences, course, spec, None)
    qtbot.addWidget(dialog)
    assert "Employment plan" in all_text(dialog.pdf_bytes)
    assert dialog.suggested_name.startswith("employment-plan-")
    blank = print_blank_form(ws, preferences, spec, None)
    qtbot.addWidget(blank)
    text = all_text(blank.pdf_bytes)
    assert "Name:" in text and NAME not in text and "Sub-goals" in text
    assert blank.suggested_name.startswith("employment-plan-blank-")
    assert events(ws, "print")[-1] == (None, None, {"form": "action_plan", "blank": True})
