"""`ips-desktop audit`: the trail as CSV or JSON for IT, its refusals and exit codes."""

from __future__ import annotations

import csv
import io
import json
import stat

import pytest
from sqlalchemy import select, update

from ips_desktop.cli.main import main
from ips_desktop.domain.enums import Role
from ips_desktop.services import audit_log, workspace
from ips_desktop.storage.models import AuditEvent, Consultant
from tests.audit_trail_data import ANNA, BO, build_trail, danish_time
from tests.helpers import PASSWORD


@pytest.fixture
def database(ws, monkeypatch):
    """The small trail in a closed database; the password in the environment."""
    danish_time(monkeypatch)
    trail = build_trail(ws)
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    return root, trail


def run(root, *args: str) -> int:
    return main(["--data-dir", str(root), "audit", *args])


def exports(root) -> list[dict]:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.details).where(
                AuditEvent.action == "export", AuditEvent.entity == "audit_trail")).scalars())
    finally:
        ws.close()


def test_one_day_as_csv_on_stdout_holds_ids_not_names(database, capsys) -> None:
    root, trail = database
    assert run(root, "--from", "1.12.2026", "--to", "1/12-26", "--format", "csv") == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["action"] for r in rows] == ["export", "unlock_failed", "print", "update"]
    assert [r["at"] for r in rows] == ["2026-12-01T23:59:59+01:00", "2026-12-01T13:00:00+01:00",
                                       "2026-12-01T11:00:00+01:00", "2026-12-01T00:30:00+01:00"]
    assert [r["actor"] for r in rows] == ["SOE", "system", "AB", "AB"]
    assert rows[3]["participant_id"] == str(trail.anna)
    assert rows[2]["participant_id"] == str(trail.bo)
    assert json.loads(rows[2]["details"]) == {"form": "referral"}
    assert ANNA not in out and BO not in out and "Ærø" not in out
    assert exports(root) == [{"from": "2026-12-01", "to": "2026-12-01", "rows": 4,
                              "format": "csv"}]


def test_one_person_as_json_in_a_file_of_the_users_own(database, tmp_path, capsys) -> None:
    root, trail = database
    out = tmp_path / "trail.json"
    assert run(root, "--from", "2026-11-01", "--to", "2026-12-31", "--participant",
               str(trail.gone), "--format", "json", "--out", str(out)) == 0
    assert "Adgangslog skrevet" in capsys.readouterr().out
    events = json.loads(out.read_text())
    assert [(e["action"], e["participant_id"], e["participant_erased"]) for e in events] == [
        ("erase", str(trail.gone), True)]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert exports(root)[0]["participant"] == str(trail.gone)


def test_by_initials_and_kinds(database, capsys) -> None:
    root, _ = database
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--actor", "ab",
               "--kind", "print", "--kind", "update", "--format", "json") == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["actor"]) for e in events] == [("print", "AB"), ("update", "AB")]


def test_unknown_initials_are_exit_1_and_nothing_is_written(database, tmp_path, capsys) -> None:
    root, _ = database
    out = tmp_path / "x.csv"
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--actor", "ZZ",
               "--format", "csv", "--out", str(out)) == 1
    assert "Ingen konsulent med initialerne ZZ." in capsys.readouterr().err
    assert not out.exists() and exports(root) == []


@pytest.mark.parametrize("args", [
    ("--from", "31.02.2026", "--to", "1.12.2026"),
    ("--from", "1.12.2026", "--to", "1.12.2026", "--participant", "Anna"),
    ("--from", "1.12.2026", "--to", "1.12.2026", "--kind", "peek"),
])
def test_a_typing_error_is_a_usage_error(database, capsys, args) -> None:
    root, _ = database
    with pytest.raises(SystemExit) as exited:
        run(root, *args, "--format", "csv")
    assert exited.value.code == 2
    assert "ips-desktop audit: fejl:" in capsys.readouterr().err


def test_from_after_to_is_a_usage_error(database, capsys) -> None:
    root, _ = database
    assert run(root, "--from", "2.12.2026", "--to", "1.12.2026", "--format", "csv") == 2
    assert "--from (02.12.2026) ligger efter --to (01.12.2026)" in capsys.readouterr().err


def test_a_consultant_is_refused_with_14(database, tmp_path, capsys) -> None:
    root, _ = database
    ws = workspace.unlock(root, PASSWORD)
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Consultant).values(role=Role.CONSULTANT.value))
    ws.close()
    out = tmp_path / "x.csv"
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--format", "csv",
               "--out", str(out)) == 14
    captured = capsys.readouterr()
    assert "Kun en teamleder kan se adgangsloggen." in captured.err and captured.out == ""
    assert not out.exists() and exports(root) == []


@pytest.mark.parametrize("name", ["ips.db", "audit.csv"])
def test_an_out_into_the_data_directory_is_refused_with_30(database, capsys, name) -> None:
    root, _ = database
    before = (root / "ips.db").stat().st_size
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--format", "csv",
               "--out", str(root / name)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert (root / "ips.db").stat().st_size >= before
    assert name == "ips.db" or not (root / name).exists()
    assert exports(root) == []


def test_rows_go_out_while_later_ones_are_still_unread(database, monkeypatch) -> None:
    """Streaming: the first rows are written before the last batch is read, so a million
    events never sit in memory at once."""
    root, _ = database
    monkeypatch.setattr(audit_log, "EXPORT_BATCH", 1)
    reads: list[int] = []
    real = audit_log._read_page
    monkeypatch.setattr(audit_log, "_read_page", lambda *a, **k: (
        reads.append(1), real(*a, **k))[1])
    monkeypatch.setattr("ips_desktop.services.audit_log_exports._FLUSH_ROWS", 1)
    written_after: list[int] = []

    class Out(io.StringIO):
        def write(self, text: str) -> int:
            written_after.append(len(reads))
            return super().write(text)

    monkeypatch.setattr("sys.stdout", Out())
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--format", "json") == 0
    assert len(reads) >= 4 and written_after[0] < len(reads)


def test_a_reader_that_stops_early_still_leaves_the_export_recorded(database, monkeypatch
                                                                    ) -> None:
    """`ips-desktop audit … | head`: the rows read have left the app, so it is an export."""
    root, _ = database
    monkeypatch.setattr("ips_desktop.services.audit_log_exports._FLUSH_ROWS", 1)

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            if self.tell():
                raise BrokenPipeError(32, "Broken pipe")
            return super().write(text)

        def fileno(self) -> int:
            return 1

    monkeypatch.setattr("sys.stdout", Closed())
    monkeypatch.setattr("os.dup2", lambda *_: None)  # main's own stdout is the test's
    assert run(root, "--from", "1.12.2026", "--to", "1.12.2026", "--format", "csv") == 0
    recorded = exports(root)
    assert len(recorded) == 1 and recorded[0]["format"] == "csv"
