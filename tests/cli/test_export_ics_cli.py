"""`ips-desktop export ics`: the calendar's .ics for a period, and the log's exit codes."""

from __future__ import annotations

import icalendar
import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD
from tests.reports.calendar_support import PARTICIPANT, PARTICIPANT_FIRST, build_calendar


@pytest.fixture
def database(ws, monkeypatch):
    """The small calendar in a closed database; the password in the environment."""
    cal = build_calendar(ws)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    return root, cal


def export(root, *args: str) -> int:
    return main(["--data-dir", str(root), "export", "ics", *args])


def audit_exports(root) -> list[dict]:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.action == "export", AuditEvent.entity == "calendar")).scalars())
    finally:
        ws.close()


def uids(path) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_a_quarter_for_one_consultant_typed_the_danish_way(database, tmp_path, capsys) -> None:
    root, cal = database
    out = tmp_path / "kalender.ics"
    assert export(root, "--from", "1.10.2026", "--to", "31/12-26", "--consultant", "soe",
                  "--out", str(out)) == 0
    said = capsys.readouterr()
    assert "Kalender skrevet" in said.out and "(4 aftaler, heraf 1 gentagne)" in said.out
    assert uids(out) == {f"{cal.series}@ips-desktop", f"{cal.cafe}@ips-desktop",
                         f"{cal.video}@ips-desktop"}
    data = out.read_bytes().replace(b"\r\n ", b"")
    assert PARTICIPANT_FIRST.encode() not in data and PARTICIPANT.encode() not in data
    assert PARTICIPANT_FIRST not in said.out + said.err
    assert audit_exports(root) == [{"format": "ics", "from": "2026-10-01", "to": "2026-12-31",
                                    "events": 4, "series": 1, "overrides": 1, "names": False,
                                    "consultant": str(cal.me)}]


def test_presence_only_with_names(database, tmp_path) -> None:
    root, cal = database
    out = tmp_path / "mødedage.ics"
    assert export(root, "--from", "2026-10-01", "--to", "2026-12-31", "--kind", "presence",
                  "--include-names", "--out", str(out)) == 0
    assert uids(out) == {f"{cal.series}@ips-desktop", f"{cal.anne_series}@ips-desktop"}
    # The series' notes name the participant: with --include-names they go along.
    assert PARTICIPANT_FIRST.encode() in out.read_bytes().replace(b"\r\n ", b"")
    assert audit_exports(root)[0]["kind"] == "presence_day"
    assert audit_exports(root)[0]["names"] is True


def test_unknown_initials_say_so_and_write_nothing(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.ics"
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--consultant", "ZZ",
                  "--out", str(out)) == 1
    assert "Ingen konsulent med initialerne ZZ." in capsys.readouterr().err
    assert not out.exists() and audit_exports(root) == []


@pytest.mark.parametrize("args", [["--from", "31.02.2026", "--to", "30.11.2026"],
                                  ["--from", "1.11.2026", "--to", "30.11.2026", "--kind", "x"]])
def test_a_date_or_kind_that_is_none_is_a_usage_error(database, tmp_path, args) -> None:
    root, _ = database
    out = tmp_path / "x.ics"
    with pytest.raises(SystemExit) as exited:
        export(root, *args, "--out", str(out))
    assert exited.value.code == 2
    assert not out.exists()


def test_a_period_backwards_is_a_usage_error(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.ics"
    assert export(root, "--from", "30.11.2026", "--to", "1.11.2026", "--out", str(out)) == 2
    assert "--from (30.11.2026) ligger efter --to (01.11.2026)" in capsys.readouterr().err
    assert not out.exists()


def test_the_calendar_options_are_refused_for_the_log(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.xlsx"
    assert main(["--data-dir", str(root), "export", "employer-log", "--from", "1.11.2026",
                 "--to", "30.11.2026", "--include-names", "--out", str(out)]) == 2
    assert "--include-names gælder kun for export ics" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", ["ips.db", "ips.key", "backups/kalender.ics"])
def test_an_out_into_the_data_directory_is_refused(database, capsys, name) -> None:
    root, _ = database
    before = (root / "ips.key").read_bytes()
    target = root / name
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--out",
                  str(target)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert (root / "ips.key").read_bytes() == before
    assert not target.exists() or not target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["--data-dir", str(root), "check"]) == 0
    assert audit_exports(root) == []


@pytest.mark.parametrize("out", ["", "."])
def test_an_out_that_names_no_file_is_said_not_a_crash(database, capsys, out) -> None:
    root, _ = database
    assert export(root, "--from", "1.11.2026", "--to", "30.11.2026", "--out", out) == 1
    err = capsys.readouterr().err
    assert "Kunne ikke skrive" in err and "Uventet fejl" not in err
    assert audit_exports(root) == []
