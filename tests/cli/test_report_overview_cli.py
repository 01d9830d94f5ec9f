"""`ips-desktop report overview`: the steering printout and workbook unattended, with their
exit codes, on the hand-built data set (read on its own day, 18.11.2026)."""

from __future__ import annotations

import stat

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from ips_desktop.cli import overview_report
from ips_desktop.cli.main import main
from ips_desktop.domain.enums import Role
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent, Consultant
from tests.helpers import PASSWORD
from tests.overview_data import TODAY, build_overview
from tests.reports.support import all_text, new_consultant


@pytest.fixture
def database(data_dir, monkeypatch):
    """The hand-built team in a closed database, its owner the team lead; read on TODAY."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Søren Østergård", "SOE", "Køge")
    workspace.set_owner(ws, me)
    data = build_overview(ws.ctx)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setattr(overview_report, "_today", lambda: TODAY)
    return {"dir": data_dir, "data": data, "owner": me}


def run(database, *args: str) -> int:
    return main(["--data-dir", str(database["dir"]), "report", "overview", *args])


def exports(database) -> list[dict]:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.entity == "overview", AuditEvent.action == "export")).scalars())
    finally:
        ws.close()


def test_a_folder_gets_the_suggested_name_and_the_printout(database, tmp_path, capsys) -> None:
    out = tmp_path / "ud"
    out.mkdir()
    assert run(database, "--from", "2026-07", "--to", "nov 2026", "--out", str(out)) == 0
    written = out / "teamoverblik-2026-07-2026-11.pdf"
    assert [p.name for p in out.iterdir()] == [written.name]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = all_text(written.read_bytes())
    assert "juli 2026 – november 2026 · Hele teamet · Opgjort pr. 18.11.2026" in text
    assert "Faktisk 9 7 7 8 8 Forventning 8 8 9 9 10" in text
    assert "ikke en ekstern fidelity-måling" in text
    assert "(5 måneder)" in capsys.readouterr().out
    [details] = exports(database)
    assert details == {"first": "2026-07-01", "last": "2026-11-01", "months": 5,
                       "consultants": 3, "format": "pdf", "fidelity": True}


def test_the_default_period_is_the_twelve_months_up_to_this_month(database, tmp_path) -> None:
    out = tmp_path / "tal.xlsx"
    assert run(database, "--out", str(out), "--language", "en") == 0
    rows = list(load_workbook(out)["Team by month"].iter_rows(values_only=True))
    assert len(rows) == 1 + 12
    assert rows[1][0].date().isoformat() == "2025-12-01"
    assert rows[-1][0].date().isoformat() == "2026-11-01"
    assert exports(database)[0]["format"] == "xlsx"


def test_one_consultant_by_initials(database, tmp_path) -> None:
    out = tmp_path / "bo.pdf"
    assert run(database, "--from", "07-2026", "--to", "2026-11", "--consultant", "bb",
               "--out", str(out)) == 0
    assert "BB – Bo Berg" in all_text(out.read_bytes())
    assert exports(database)[0]["consultant_id"] == str(database["data"].consultants["BB"])
    missing = tmp_path / "zz.pdf"
    assert run(database, "--consultant", "ZZ", "--out", str(missing)) == 1
    assert not missing.exists()


def test_a_consultant_is_refused_and_nothing_written(database, tmp_path, capsys) -> None:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Consultant).where(Consultant.id == database["owner"])
                     .values(role=Role.CONSULTANT.value))
    ws.close()
    out = tmp_path / "x.pdf"
    assert run(database, "--out", str(out)) == 14
    assert "Kun en teamleder kan se teamoverblikket." in capsys.readouterr().err
    assert not out.exists() and exports(database) == []


@pytest.mark.parametrize("args", [
    ["--from", "2026-13"], ["--to", "november"], ["--from", "2026-11", "--to", "2026-07"],
    ["--format", "xlsx"],  # against the .pdf of --out
    ["--week", "2026-W47"], ["--blank"],
    ["--to", "9999-12"],  # a month whose next month is no date: not an unexpected error
    ["--from", "2026-01", "--to", "2101-01"],  # past the month fields' last year
])
def test_usage_errors_are_2_and_write_nothing(database, tmp_path, capsys, args) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as ended:
        run(database, *args, "--out", str(out))
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "--" in err and not out.exists()


def test_a_bad_month_says_what_to_type(database, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit):
        run(database, "--from", "2026-13", "--out", str(tmp_path / "x.pdf"))
    assert "--from 2026-13 er ikke en måned (skriv fx 2026-11 eller nov 2026)" in (
        capsys.readouterr().err)


def test_an_out_in_the_data_folder_is_30(database) -> None:
    target = database["dir"] / "teamoverblik.pdf"
    assert run(database, "--out", str(target)) == 30
    assert not target.exists()
