"""Save as PDF from the print preview is an export: an audit event, none if cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.participants.referral_print import print_blank_referral, print_referral
from tests.reports.support import register


def exports(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(
            select(AuditEvent.actor_id, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.details).where(AuditEvent.action == "export")
            .order_by(AuditEvent.at))]


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(path) if path else "", "")))


def test_saving_a_referral_is_audited_as_an_export_of_that_course(qtbot, ws, preferences,
                                                                  monkeypatch, tmp_path):
    course = register(ws, name="Ødis Ærlig")
    dialog = print_referral(ws, preferences, course, None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, None)  # cancelled: nothing left the app
    dialog.save_button.click()
    assert exports(ws) == []

    choose(monkeypatch, tmp_path / "Ødis-henvisning.pdf")
    dialog.save_button.click()
    assert (tmp_path / "Ødis-henvisning.pdf").read_bytes() == dialog.pdf_bytes
    assert exports(ws) == [(ws.ctx.actor_id, "course", course, {"form": "referral"})]
    assert "Ødis" not in repr(exports(ws))  # neither the name nor the file name
    dialog.close()


def test_saving_the_blank_form_is_audited_too(qtbot, ws, preferences, monkeypatch, tmp_path):
    dialog = print_blank_referral(ws, preferences, None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, tmp_path / "blank.pdf")
    dialog.save_button.click()
    assert exports(ws) == [(ws.ctx.actor_id, None, None, {"form": "referral"})]
    dialog.close()


def test_a_failed_save_is_not_audited(qtbot, ws, preferences, monkeypatch, tmp_path):
    from ips_desktop.ui.widgets import print_preview

    dialog = print_referral(ws, preferences, register(ws), None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, tmp_path / "no-such-folder" / "x.pdf")
    monkeypatch.setattr(print_preview.QMessageBox, "warning", staticmethod(lambda *a: None))
    dialog.save_button.click()
    assert exports(ws) == []
    dialog.close()
