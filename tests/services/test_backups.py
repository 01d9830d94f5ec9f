"""Automatic daily backups: due once a day, verified, rotated to 7 daily + 8 weekly copies."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import backups, maintenance
from ips_desktop.storage import backup as storage_backup
from ips_desktop.storage import errors
from tests.helpers import PASSWORD


class Clock:
    """The injected clock: a day passes when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_to_keep_is_seven_days_and_eight_iso_weeks():
    start = datetime(2026, 1, 1, 9, 0)  # a Thursday
    stamps = [start + timedelta(days=d, hours=h) for d in range(120) for h in (0, 8)]
    keep = backups.to_keep(stamps)
    newest = max(stamps)
    daily = sorted(s for s in keep if (newest - s).days < 7)
    assert len(daily) == 7 and all(s.hour == 17 for s in daily)  # the newest of each day
    weeks = sorted({tuple(s.isocalendar())[:2] for s in stamps})[-8:]
    weekly = {max(s for s in stamps if tuple(s.isocalendar())[:2] == w) for w in weeks}
    assert keep == set(daily) | weekly  # the weekly copy is the newest of its ISO week
    assert len(keep) == 13  # Apr 30 and Sun Apr 26 are daily and weekly copies at once


def test_to_keep_counts_days_that_have_a_backup():
    # A month in a drawer: the last seven copies are still kept.
    stamps = [datetime(2026, 1, d) for d in range(1, 8)] + [datetime(2026, 3, 1)]
    keep = backups.to_keep(stamps)
    assert {datetime(2026, 1, d) for d in range(2, 8)} <= keep


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_daily_backups_over_simulated_days(ws, tmp_path):
    clock = Clock(datetime(2026, 1, 5, 8, 30))  # Monday of ISO week 2
    folder = ws.database.data_dir.backups
    made = []
    for _day in range(70):
        first = backups.run_auto(ws, now=clock)
        assert first.made is not None
        made.append(first.made.made_at)
        clock.now += timedelta(hours=8)  # at exit the same day: not due again
        assert backups.run_auto(ws, now=clock).made is None
        clock.now += timedelta(hours=16)
    left = backups.list_backups(ws)
    assert {b.made_at for b in left} == backups.to_keep(made)
    assert len(left) == 7 + 8 - 1  # the last 7 days are one ISO week: its Sunday counts twice
    assert {p.name for p in folder.iterdir()} == {b.path.name for b in left}
    newest = left[0]
    assert newest.made_at == made[-1]
    assert storage_backup.verify_copy(newest.path, ws.database.key) == "ok"
    with ws.ctx.engine.connect() as conn:
        audited = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_event WHERE action = 'backup'").scalar()
    assert audited == 70


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_a_backup_is_verified_and_its_counts_match(ws):
    live = maintenance.row_counts(ws)
    made = backups.make_backup(ws, now=Clock(datetime(2026, 2, 2, 12)))
    assert backups.read_counts(ws, made.path) == live
    assert made.size == made.path.stat().st_size > 0


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_an_unreachable_folder_is_retried_later(ws, tmp_path):
    share = tmp_path / "network-share"  # not mounted: the folder is not there
    backups.set_folder(ws, share)
    clock = Clock(datetime(2026, 2, 2, 9))
    with pytest.raises(errors.BackupFolderUnreachable):
        backups.run_auto(ws, now=clock)
    assert not share.exists()  # never created on the local disk under the share's name
    share.mkdir()  # the drive is back
    clock.now += timedelta(hours=1)
    result = backups.run_auto(ws, now=clock)
    assert result.made is not None and result.made.path.parent == share


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_a_folder_that_cannot_be_written_is_unreachable(ws, tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage_backup.os, "open", refuse)
    with pytest.raises(errors.BackupFolderUnreachable):
        backups.run_auto(ws, share, now=Clock(datetime(2026, 2, 2, 9)))
    assert list(share.iterdir()) == []


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_two_databases_share_a_folder_and_rotate_their_own(ws, tmp_path):
    from ips_desktop.services import workspace

    share = tmp_path / "share"
    share.mkdir()
    other, _ = workspace.set_up(tmp_path / "other", PASSWORD)
    clock = Clock(datetime(2026, 1, 5, 9))
    for _day in range(20):
        backups.run_auto(ws, share, now=clock)
        clock.now += timedelta(days=1)
    backups.run_auto(other, share, now=clock)
    assert len(backups.list_backups(other, share)) == 1
    assert len(backups.list_backups(ws, share)) == len(list(share.iterdir())) - 1
    other.close()


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_the_chosen_folder_inside_the_data_directory_is_refused(ws):
    backups.set_folder(ws, ws.database.data_dir.root / "logs")
    (ws.database.data_dir.root / "logs").mkdir(exist_ok=True)
    with pytest.raises(errors.BackupTargetRefused):
        backups.run_auto(ws, now=Clock(datetime(2026, 2, 2, 9)))


# -- the scheduler's command ---------------------------------------------------------------

def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "backup", "--auto", *args])


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_cli_auto_makes_one_a_day(ws, data_dir, monkeypatch, capsys):
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert run(data_dir) == 0
    assert "kontrolleret" in capsys.readouterr().out
    assert run(data_dir) == 0  # not due: nothing more
    assert "allerede" in capsys.readouterr().out
    assert len(list((data_dir / "backups").glob("ips-backup-*.db"))) == 1


@pytest.mark.sqlite_only(reason="a backup is a copy of the SQLCipher file")
def test_cli_auto_unreachable_folder_has_its_exit_code(ws, data_dir, tmp_path, monkeypatch,
                                                       capsys):
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert run(data_dir, "--folder", str(tmp_path / "gone")) == 32
    err = capsys.readouterr().err
    assert "igen senere" in err and "Traceback" not in err
    monkeypatch.setenv("IPS_DESKTOP_BACKUP_DIR", str(tmp_path / "gone-too"))
    assert run(data_dir) == 32
    (tmp_path / "gone-too").mkdir()
    assert run(data_dir) == 0
    assert len(list((tmp_path / "gone-too").iterdir())) == 1
