"""A backup being made shows how far it is and can be stopped, leaving nothing behind.

The window's exit backup waits for the day's copy (about 18 s on the large demo
database): the user sees its progress and may skip it (review finding).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from ips_desktop.services import backups, maintenance, workspace
from ips_desktop.storage import backup as storage_backup
from ips_desktop.storage import errors
from tests.helpers import PASSWORD, make_demo_database

pytestmark = pytest.mark.sqlite_only(reason="the backup copy of the SQLCipher file, page by page")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_database(tmp_path_factory.mktemp("demo") / "db", date(2026, 3, 2))


@pytest.fixture
def ws(demo_template, tmp_path, no_keyring, monkeypatch):
    import shutil

    monkeypatch.setattr(storage_backup, "WATCH_STEPS", 500)  # a small database: look often
    shutil.copytree(demo_template, tmp_path / "db")
    opened = workspace.unlock(tmp_path / "db", PASSWORD)
    (tmp_path / "folder").mkdir()
    yield opened
    opened.close()


def test_progress_grows_to_the_whole_copy(ws, tmp_path):
    seen: list[float] = []
    with backups.watching(progress=seen.append):
        maintenance.backup(ws, tmp_path / "copy.db")
    assert len(seen) > 3
    assert seen == sorted(seen)  # the copy grows as it is written (its cache is small)
    assert 0 <= seen[0] < 0.2 and 0.5 < seen[-1] <= 1  # the last pages come at its commit


@pytest.mark.parametrize("after", [1, 5, 40])
def test_a_skipped_export_stops_and_leaves_no_file(ws, tmp_path, after):
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > after

    with backups.watching(cancelled=cancelled), pytest.raises(errors.BackupCancelled):
        backups.run_auto(ws, tmp_path / "folder", now=lambda: datetime(2026, 3, 9, 9))
    assert list((tmp_path / "folder").iterdir()) == []  # no copy, no half of one
    assert backups.is_due(ws, datetime(2026, 3, 9, 10), tmp_path / "folder")  # made later


def test_skipped_while_it_is_read_back_is_skipped_not_unverified(ws, tmp_path, monkeypatch):
    """The copy is whole, then skipped during its verification: deleted, and said "skipped"."""
    exporting = [True]
    real_export = storage_backup.export_copy

    def export_then_skip(*args, **kwargs):
        counts = real_export(*args, **kwargs)
        exporting[0] = False
        return counts

    monkeypatch.setattr(maintenance.backups, "export_copy", export_then_skip)
    with backups.watching(cancelled=lambda: not exporting[0]), \
            pytest.raises(errors.BackupCancelled):
        backups.run_auto(ws, tmp_path / "folder", now=lambda: datetime(2026, 3, 9, 9))
    assert list((tmp_path / "folder").iterdir()) == []


def test_without_a_watch_nothing_changes(ws, tmp_path):
    made = backups.run_auto(ws, tmp_path / "folder", now=lambda: datetime(2026, 3, 9, 9))
    assert made.made is not None and made.made.path.is_file()
