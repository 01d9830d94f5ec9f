"""`ips-desktop report period`: the period report unattended, with Danish dates and exit codes."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.cli.period_report import last_whole_quarter
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests import period_data as pd
from tests.helpers import PASSWORD
from tests.reports.support import all_text, new_consultant


@pytest.fixture
def database(data_dir, monkeypatch):
    """The hand-built set in a closed database, the team lead as the owner."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Lis Leder", "LL", "Køge")
    workspace.set_owner(ws, me)
    data = pd.build_period(ws.ctx)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return {"dir": data_dir, "data": data}


def run(database, *args: str) -> int:
    return main(["--data-dir", str(database["dir"]), "report", "period", *args])


def exports(database) -> list[dict]:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.entity == "period_report", AuditEvent.action == "export")).scalars())
    finally:
        ws.close()


@pytest.mark.parametrize(("first", "last"), [("15.2.2026", "15.5.2026"),
                                             ("15-02-2026", "15/05-26"),
                                             ("2026-02-15", "2026-05-15")])
def test_danish_or_iso_dates_give_the_same_pdf(database, tmp_path, capsys, first,
                                               last) -> None:
    out = tmp_path / "indberetning.pdf"
    assert run(database, "--from", first, "--to", last, "--out", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = all_text(out.read_bytes())
    assert "Periode 15.02.2026 – 15.05.2026" in text and pd.CPRS["anne"] in text
    assert "(5 forløb startet, 2 afsluttet)" in capsys.readouterr().out
    [details] = exports(database)
    assert details == {"first": "2026-02-15", "last": "2026-05-15", "started": 5, "ended": 2,
                       "format": "pdf"}


def test_a_workbook_by_suffix_or_format_and_one_consultant(database, tmp_path) -> None:
    out = tmp_path / "bo.xlsx"
    assert run(database, "--from", "15.2.2026", "--to", "15.5.2026", "--consultant", "bb",
               "--out", str(out)) == 0
    rows = list(load_workbook(out)["Startet"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [pd.NAMES["carl"]]
    other = tmp_path / "rapport.dat"
    assert run(database, "--from", "15.2.2026", "--to", "15.5.2026", "--format", "xlsx",
               "--out", str(other)) == 0
    assert other.read_bytes()[:2] == b"PK"
    details = exports(database)
    assert [d["format"] for d in details] == ["xlsx", "xlsx"]
    assert details[0]["consultant"] == str(database["data"].bo_id)


def test_a_folder_gets_the_suggested_name(database, tmp_path) -> None:
    out = tmp_path / "ud"
    out.mkdir()
    assert run(database, "--from", "1.1.2026", "--to", "31.3.2026", "--out", str(out)) == 0
    assert [p.name for p in out.iterdir()] == ["period-report-2026-01-01-2026-03-31.pdf"]


def test_without_dates_the_last_whole_quarter(database, tmp_path) -> None:
    assert last_whole_quarter(date(2026, 11, 20)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert last_whole_quarter(date(2026, 1, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert last_whole_quarter(date(2026, 3, 31)) == (date(2025, 10, 1), date(2025, 12, 31))
    out = tmp_path / "ud"
    out.mkdir()
    assert run(database, "--out", str(out)) == 0
    first, last = last_whole_quarter(date.today())
    [written] = out.iterdir()
    assert written.name == f"period-report-{first.isoformat()}-{last.isoformat()}.pdf"


@pytest.mark.parametrize(("args", "said"), [
    (("--from", "31.2.2026", "--to", "1.5.2026"), "--from 31.2.2026 er ikke en dato"),
    (("--from", "1.1.2026", "--to", "næste fredag"), "--to næste fredag er ikke en dato"),
    (("--from", "1.5.2026", "--to", "1.1.2026"), "--from 1.5.2026 ligger efter --to 1.1.2026"),
    # Thousands of years of quarters would run for minutes: past the year 2100 is no date.
    (("--from", "1.1.2026", "--to", "31.12.9999"), "--to 31.12.9999 er ikke en dato"),
    (("--from", "1.5.2026"), "kræver både --from og --to"),
    (("--to", "1.5.2026"), "kræver både --from og --to"),
    (("--from", "1.1.2026", "--to", "1.5.2026", "--week", "2026-W47"),
     "--week gælder ikke for report period"),
    (("--from", "1.1.2026", "--to", "1.5.2026", "--blank"),
     "--blank gælder ikke for report period"),
    (("--from", "1.1.2026", "--to", "1.5.2026", "--format", "xlsx"),
     "--format xlsx passer ikke til endelsen .pdf"),
])
def test_usage_errors_are_2_and_write_nothing(database, tmp_path, capsys, args, said) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as stop:
        run(database, *args, "--out", str(out))
    assert stop.value.code == 2
    assert said in capsys.readouterr().err
    assert not out.exists() and exports(database) == []


def test_from_and_to_are_refused_for_the_other_kinds(database, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(database["dir"]), "report", "supervision", "--from",
              "1.1.2026", "--out", str(tmp_path / "x.pdf")])
    assert stop.value.code == 2 and "--from gælder ikke for report supervision" in \
        capsys.readouterr().err


def test_unknown_initials_or_a_missing_folder_is_1(database, tmp_path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert run(database, "--from", "1.1.2026", "--to", "1.5.2026", "--consultant", "ZZ",
               "--out", str(out)) == 1
    assert "ZZ" in capsys.readouterr().err and not out.exists()
    missing = tmp_path / "indberetninger"
    assert run(database, "--from", "1.1.2026", "--to", "1.5.2026", "--out", f"{missing}/") == 1
    assert not missing.exists() and "findes ikke" in capsys.readouterr().err


def test_the_data_folder_is_refused_with_30(database) -> None:
    for target in (database["dir"] / "indberetning.pdf", database["dir"] / "ips.db",
                   database["dir"]):
        assert run(database, "--from", "1.1.2026", "--to", "1.5.2026", "--out",
                   str(target)) == 30
    assert not (database["dir"] / "indberetning.pdf").exists() and exports(database) == []


def test_a_consultant_gets_their_own_courses_and_is_told(data_dir, monkeypatch, tmp_path,
                                                         capsys) -> None:
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    lead = new_consultant(ws, "Lis Leder", "LL", "Køge")
    workspace.set_owner(ws, lead)
    data = pd.build_period(ws.ctx)
    workspace.set_owner(ws, data.anna_id)  # Anna's laptop
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    out = tmp_path / "mine.xlsx"
    assert main(["--data-dir", str(data_dir), "report", "period", "--from", "15.2.2026",
                 "--to", "15.5.2026", "--consultant", "BB", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "(3 forløb startet, 1 afsluttet)" in said and "Kun dine egne forløb (AA)" in said
    rows = list(load_workbook(out)["Startet"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [pd.NAMES[label.rstrip("12")] for label in pd.AA_STARTED]


def test_english_messages(database, tmp_path, capsys) -> None:
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(database["dir"]), "--language", "en", "report", "period",
                 "--from", "2026-02-15", "--to", "2026-05-15", "--out", str(out)]) == 0
    assert "Period report written" in capsys.readouterr().out
    assert "Period report: IPS courses and quarterly figures" in all_text(out.read_bytes())
