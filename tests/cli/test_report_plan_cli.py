"""`ips-desktop report implementation-plan`: the team's plan as PDF, with its exit codes."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.cli import plan_report
from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.services.implementation_plan import save_item
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD
from tests.plan_support import make_lead
from tests.reports.support import all_text, new_consultant

TODAY = date(2026, 11, 20)


def _database(data_dir, monkeypatch, *, lead: bool):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    if lead:
        make_lead(ws)
        save_item(ws.ctx, "access", "Nøglekort", "faelles", "Lis Leder", date(2026, 11, 1),
                  None, today=TODAY)
    else:
        workspace.set_owner(ws, new_consultant(ws, "Søren Østergård", "SOE", "Køge"))
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setattr(plan_report, "_today", lambda: TODAY)
    return data_dir


@pytest.fixture
def database(data_dir, monkeypatch):
    return _database(data_dir, monkeypatch, lead=True)


def run(root, *args: str) -> int:
    return main(["--data-dir", str(root), "report", "implementation-plan", *args])


def exports(root) -> list[dict]:
    ws = workspace.unlock(root, PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.entity == "implementation_plan", AuditEvent.action == "export")
            ).scalars())
    finally:
        ws.close()


def test_the_plan_is_written_as_pdf_and_recorded(database, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert run(database, "--out", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = all_text(out.read_bytes())
    assert "Implementeringsplan" in text and "Adgang til Psykiatrien" in text
    assert "Lis Leder" in text and "Overskredet" in text
    said = capsys.readouterr().out
    assert said.startswith("Implementeringsplan skrevet: ") and "(1 med overskredet" in said
    assert exports(database) == [{"items": 23, "format": "pdf", "answered": 1, "overdue": 1}]


def test_a_folder_gets_the_suggested_name(database, tmp_path):
    assert run(database, "--out", str(tmp_path)) == 0
    assert (tmp_path / "implementation-plan-2026-11-20.pdf").is_file()


def test_a_folder_that_is_not_there_writes_nothing(database, tmp_path, capsys):
    assert run(database, "--out", str(tmp_path / "mangler") + "/") == 1
    assert "findes ikke" in capsys.readouterr().err
    assert exports(database) == []


def test_another_kinds_option_or_suffix_is_a_usage_error(database, tmp_path, capsys):
    with pytest.raises(SystemExit) as ended:
        run(database, "--week", "2026-W47", "--out", str(tmp_path / "p.pdf"))
    assert ended.value.code == 2
    assert "--week gælder ikke for report implementation-plan" in capsys.readouterr().err
    with pytest.raises(SystemExit) as ended:
        run(database, "--from", "1.1.2026", "--out", str(tmp_path / "p.pdf"))
    assert ended.value.code == 2
    assert "--from gælder ikke for report implementation-plan" in capsys.readouterr().err
    with pytest.raises(SystemExit) as ended:
        run(database, "--out", str(tmp_path / "p.xlsx"))
    assert ended.value.code == 2


def test_into_the_data_folder_is_refused(database):
    assert run(database, "--out", str(database / "plan.pdf")) == 30
    assert not (database / "plan.pdf").exists()


def test_a_consultant_is_refused(data_dir, monkeypatch, tmp_path, capsys):
    root = _database(data_dir, monkeypatch, lead=False)
    out = tmp_path / "plan.pdf"
    assert run(root, "--out", str(out)) == 14
    assert "Kun en teamleder" in capsys.readouterr().err
    assert not out.exists()
