"""`ips-desktop export employer-log`: the window's .xlsx for a period, and its exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD
from tests.reports.employer_log_support import PARTICIPANT, build_log


@pytest.fixture
def database(ws, monkeypatch):
    """The small log in a closed database; the password in the environment."""
    log = build_log(ws)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    return root, log


def export(root, *args: str) -> int:
    return main(["--data-dir", str(root), "export", "employer-log", *args])


def audit_exports(root) -> list[dict]:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.action == "export", AuditEvent.entity == "employer_log"))
                .scalars())
    finally:
        ws.close()


def test_a_month_for_one_consultant_typed_the_danish_way(database, tmp_path, capsys) -> None:
    root, log = database
    out = tmp_path / "november.xlsx"
    assert export(root, "--from", "1.11.2026", "--to", "30/11-26", "--consultant", "soe",
                  "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "Virksomhedslog skrevet" in said and "(3 kontakter)" in said
    sheet = load_workbook(out).worksheets[0]
    days = [row[0].value.date() for row in sheet.iter_rows(min_row=2)]
    assert days == [date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 19)]
    assert {row[3].value for row in sheet.iter_rows(min_row=2)} == {"SOE"}
    assert audit_exports(root) == [{"format": "xlsx", "rows": 3, "from": "2026-11-01",
                                    "to": "2026-11-30", "consultant": str(log.me)}]


def test_iso_dates_and_everyone(database, tmp_path) -> None:
    root, _ = database
    out = tmp_path / "all.xlsx"
    assert export(root, "--from", "2026-10-01", "--to", "2026-11-30", "--out", str(out)) == 0
    sheet = load_workbook(out).worksheets[0]
    assert sheet.max_row - 1 == 5
    assert {row[3].value for row in sheet.iter_rows(min_row=2)} == {"SOE", "AB"}


def test_unknown_initials_say_so_and_write_nothing(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.xlsx"
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--consultant", "ZZ",
                  "--out", str(out)) == 1
    assert "Ingen konsulent med initialerne ZZ." in capsys.readouterr().err
    assert not out.exists() and audit_exports(root) == []


@pytest.mark.parametrize("typed", ["31.02.2026", "i går", "2026-13-01"])
def test_a_date_that_is_none_is_a_usage_error(database, tmp_path, capsys, typed) -> None:
    root, _ = database
    out = tmp_path / "x.xlsx"
    with pytest.raises(SystemExit) as exited:
        export(root, "--from", typed, "--to", "30.11.2026", "--out", str(out))
    assert exited.value.code == 2
    assert f"ips-desktop export: fejl: --from: {typed!r} er ikke en dato" in capsys.readouterr().err
    assert not out.exists()


def test_a_period_backwards_is_a_usage_error(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.xlsx"
    assert export(root, "--from", "30.11.2026", "--to", "1.11.2026", "--out", str(out)) == 2
    assert "ips-desktop export: fejl: --from (30.11.2026) ligger efter --to (01.11.2026)" \
        in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", ["ips.db", "ips.key", "backups/log.xlsx"])
def test_an_out_into_the_data_directory_is_refused(database, capsys, name) -> None:
    root, _ = database
    before = (root / "ips.key").read_bytes()
    target = root / name
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--out",
                  str(target)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert (root / "ips.key").read_bytes() == before
    assert not target.exists() or not target.read_bytes().startswith(b"PK")
    assert main(["--data-dir", str(root), "check"]) == 0
    assert audit_exports(root) == []


def test_the_command_runs_as_a_program_and_names_no_person_in_its_output(
        tmp_path, monkeypatch) -> None:
    """A real process (no test keyring in it): a database protected by the password alone."""
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants

    root = tmp_path / "passphrase"
    ws, _ = workspace.set_up(root, PASSWORD, use_keyring=False)
    me = consultants.create_consultant(ws.ctx, consultants.ConsultantInput(
        "Søren Østergård", "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(ws, me.id)
    build_log(ws)
    ws.close()
    out = tmp_path / "uge.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "ips_desktop", "--data-dir", str(root), "--language", "en",
         "export", "employer-log", "--from", "2026-11-09", "--to", "2026-11-15",
         "--out", str(out)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "Employer contact log written" in done.stdout and "(2 contacts)" in done.stdout
    assert PARTICIPANT not in done.stdout + done.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Employer contact log", "Filter"]
    assert book.worksheets[0].max_row == 3


@pytest.mark.parametrize("out", ["", ".", "/"])
def test_an_out_that_names_no_file_is_said_not_a_crash(database, capsys, out) -> None:
    """`--out ""` (an empty variable in a script) named no file: the export and the
    printout said an unexpected error (ValueError); now "could not write", exit 1."""
    root, _ = database
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--out", out) == 1
    err = capsys.readouterr().err
    assert "Kunne ikke skrive" in err and "Uventet fejl" not in err
    assert audit_exports(root) == []
    assert main(["--data-dir", str(root), "report", "plan", "--blank", "--out", out]) == 1
    err = capsys.readouterr().err
    assert "Kunne ikke skrive" in err and "Uventet fejl" not in err
