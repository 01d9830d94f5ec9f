"""`ips-desktop report supervision`: the week's list unattended, with its exit codes."""

from __future__ import annotations

import stat

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD
from tests.reports.support import all_text, new_consultant
from tests.supervision_data import build_team


@pytest.fixture
def database(data_dir, monkeypatch):
    """The hand-built team in a closed database; the password in the environment."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Søren Østergård", "SOE", "Køge")
    workspace.set_owner(ws, me)
    data = build_team(ws.ctx)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return {"dir": data_dir, "data": data}


def run(database, *args: str) -> int:
    return main(["--data-dir", str(database["dir"]), "report", "supervision", *args])


def exports(database) -> list[dict]:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.entity == "supervision", AuditEvent.action == "export")).scalars())
    finally:
        ws.close()


def test_a_folder_gets_the_suggested_name_and_a_pdf(database, tmp_path, capsys) -> None:
    out = tmp_path / "ud"
    out.mkdir()
    assert run(database, "--week", "2026-W47", "--out", str(out)) == 0
    written = out / "supervision-2026-W47.pdf"
    assert [p.name for p in out.iterdir()] == [written.name]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = all_text(written.read_bytes())
    assert "Supervisionsliste – uge 47, 2026" in text and "Bo Berg" in text
    assert "(21 forløb)" in capsys.readouterr().out
    [details] = exports(database)
    assert details == {"year": 2026, "week": 47, "rows": 21, "format": "pdf"}


def test_one_consultant_as_xlsx_by_the_suffix_or_format(database, tmp_path) -> None:
    out = tmp_path / "bo.xlsx"
    assert run(database, "--week", "2026-w47", "--consultant", "bb", "--out", str(out)) == 0
    sheet = load_workbook(out)["Supervisionsliste"]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == {"BB"}
    assert sheet.max_row == 14  # the header and Bo's 13 courses
    other = tmp_path / "liste.dat"
    assert run(database, "--week", "2026-W47", "--format", "xlsx", "--out", str(other)) == 0
    assert other.read_bytes()[:2] == b"PK"  # a workbook, whatever the suffix
    details = exports(database)
    assert [d["format"] for d in details] == ["xlsx", "xlsx"]
    assert details[0]["consultant"] == str(database["data"].half_id)


def test_unknown_initials_is_1_and_writes_nothing(database, tmp_path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert run(database, "--week", "2026-W47", "--consultant", "ZZ", "--out", str(out)) == 1
    assert "ZZ" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize("week", ["2026-W54", "2025-W53", "uge 47", "2026-47"])
def test_a_week_that_is_none_is_a_usage_error(database, tmp_path, capsys, week) -> None:
    with pytest.raises(SystemExit) as stop:
        run(database, "--week", week, "--out", str(tmp_path / "x.pdf"))
    assert stop.value.code == 2
    assert "ISO-uge" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_data_folder_is_refused_with_30(database) -> None:
    target = database["dir"] / "supervision.pdf"
    assert run(database, "--week", "2026-W47", "--out", str(target)) == 30
    assert run(database, "--week", "2026-W47", "--out", str(database["dir"] / "ips.db")) == 30
    assert not target.exists() and exports(database) == []


def test_options_of_the_other_kind_are_usage_errors(database, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        run(database, "--blank", "--out", str(tmp_path / "x.pdf"))
    assert stop.value.code == 2 and "--blank" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(database["dir"]), "report", "referral", "--blank",
              "--week", "2026-W47", "--out", str(tmp_path / "x.pdf")])
    assert stop.value.code == 2 and "--week" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_format_against_the_suffix_is_a_usage_error(database, tmp_path, capsys) -> None:
    out = tmp_path / "liste.pdf"
    with pytest.raises(SystemExit) as ended:
        run(database, "--week", "2026-W47", "--format", "xlsx", "--out", str(out))
    assert ended.value.code == 2 and not out.exists()  # no workbook named .pdf
    assert "--format xlsx passer ikke til endelsen .pdf" in capsys.readouterr().err


def test_a_folder_that_is_not_there_is_1_and_no_file_takes_its_name(database, tmp_path,
                                                                      capsys) -> None:
    missing = tmp_path / "ugelister"
    assert run(database, "--week", "2026-W47", "--out", f"{missing}/") == 1
    assert not missing.exists()  # not a PDF named like the folder meant
    assert "findes ikke" in capsys.readouterr().err
