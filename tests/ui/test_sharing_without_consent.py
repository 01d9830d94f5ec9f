"""Sharing warns first when consent is withdrawn or missing: the referral printed for
psychiatry and an .ics with names. Cancel (the default) writes nothing; going on does.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import consents, workspace
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.calendar.export_dialog import IcsExportDialog, export_ics_interactively
from ips_desktop.ui.participants.page import ParticipantPage
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.helpers import PASSWORD
from tests.reports.calendar_support import PARTICIPANT, build_calendar
from tests.reports.support import all_text, register
from tests.ui.window_support import answer_question

TODAY = date.today()


def printed(ws) -> list[tuple]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AuditEvent.entity, AuditEvent.entity_id)
                                                .where(AuditEvent.action == "print"))]


def previews() -> list[PrintPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintPreviewDialog) and w.isVisible()]


@pytest.fixture
def withdrawn_page(qtbot, ws, preferences):
    course = register(ws, name="Åse Ærenfeldt")
    consents.record_withdrawal(ws.ctx, course, TODAY - timedelta(days=1), today=TODAY)
    page = ParticipantPage(ws, preferences, course)
    qtbot.addWidget(page)
    page.show()
    return page, course


def test_printing_the_referral_after_a_withdrawal_warns_and_cancel_prints_nothing(
        qtbot, ws, withdrawn_page):
    page, _course = withdrawn_page
    seen: list[str] = []
    answer_question(qtbot, "&Annuller", seen)
    page.print_button.click()
    assert seen and "trukket sit samtykke tilbage" in seen[0]
    assert "Åse" not in seen[0]  # counts and reasons, never who
    assert previews() == [] and printed(ws) == []


def test_going_on_after_the_warning_prints_and_records_it(qtbot, ws, withdrawn_page):
    page, course = withdrawn_page
    answer_question(qtbot, "&Udskriv alligevel")
    page.print_button.click()
    [dialog] = previews()
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    assert "Ærenfeldt" in all_text(dialog.pdf_bytes)
    assert printed(ws) == [("course", course)]
    dialog.close_button.click()


def test_no_question_when_consent_is_given(qtbot, ws, preferences):
    page = ParticipantPage(ws, preferences, register(ws))
    qtbot.addWidget(page)
    page.show()
    page.print_button.click()  # a question box here would hang the test
    [dialog] = previews()
    dialog.close_button.click()


def _export_with_names(qtbot, ws, monkeypatch, target, answer: str, seen: list[str]):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target), "")))
    failed: list[BaseException] = []

    def act() -> None:
        [dialog] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, IcsExportDialog) and w.isVisible()]
        try:
            dialog.include_names.setChecked(True)
            answer_question(qtbot, answer, seen)
            dialog.export_button.click()
            if answer == "&Annuller":
                assert dialog.isVisible()  # back to the dialog: untick the names, or cancel
                dialog.reject()
        except BaseException as problem:
            failed.append(problem)
            dialog.reject()

    QTimer.singleShot(0, act)
    parent = QWidget()
    qtbot.addWidget(parent)
    saved = export_ics_interactively(ws, parent, first=date(2026, 11, 23),
                                     last=date(2026, 11, 29), consultant_id=ws.ctx.actor_id)
    if failed:
        raise failed[0]
    return saved


def test_an_ics_with_names_warns_about_a_withdrawal_and_cancel_writes_nothing(
        qtbot, ws, monkeypatch, tmp_path):
    cal = build_calendar(ws)
    consents.record_withdrawal(ws.ctx, cal.course, TODAY - timedelta(days=1), today=TODAY)
    seen: list[str] = []
    target = tmp_path / "uge.ics"
    assert _export_with_names(qtbot, ws, monkeypatch, target, "&Annuller", seen) is None
    assert seen == ["1 af de 1 personer, der nævnes i filen, har trukket sit samtykke "
                    "tilbage eller har ikke givet det. Trukket tilbage: 1. Deres navne og "
                    "aftalernes noter kommer alligevel med i filen. Eksportér uden navne i "
                    "stedet, eller fortsæt?"]
    assert not target.exists()
    assert not [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)
                and b.isVisible()]


def test_an_ics_with_names_goes_on_when_asked_to(qtbot, ws, monkeypatch, tmp_path):
    cal = build_calendar(ws)
    consents.record_withdrawal(ws.ctx, cal.course, TODAY - timedelta(days=1), today=TODAY)
    target = tmp_path / "uge.ics"
    seen: list[str] = []
    assert _export_with_names(qtbot, ws, monkeypatch, target, "Eksportér &med navne",
                              seen) == target
    assert seen and PARTICIPANT.encode() in target.read_bytes().replace(b"\r\n ", b"")


def test_the_cli_warns_on_stderr_with_counts_and_ids_only(ws, monkeypatch, tmp_path, capsys):
    cal = build_calendar(ws)
    consents.record_withdrawal(ws.ctx, cal.course, TODAY - timedelta(days=1), today=TODAY)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    out = tmp_path / "k.ics"
    assert main(["--data-dir", str(root), "export", "ics", "--from", "23.11.2026", "--to",
                 "29.11.2026", "--include-names", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert said.err.strip() == (
        "Advarsel: 1 af de 1 personer i filen har trukket deres samtykke tilbage eller har "
        f"ikke givet samtykke; deres navne deles alligevel (forløb: {cal.course})")
    assert PARTICIPANT not in said.err and out.exists()
    assert main(["--data-dir", str(root), "export", "ics", "--from", "23.11.2026", "--to",
                 "29.11.2026", "--out", str(tmp_path / "u.ics")]) == 0
    assert capsys.readouterr().err == ""  # without names nothing to warn about
    opened = workspace.unlock(root, PASSWORD)
    opened.close()
