"""What a killed migration, restore or key change left half-written goes at the next unlock.

Only the app's own temporary names go; the live database, kept databases,
backups and anything else in the folder stay exactly as they were.
"""

from __future__ import annotations

import os
import time

import pytest

from ips_desktop.services import workspace
from ips_desktop.storage import leftovers
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(
    reason="the half-written files a kill leaves in the SQLCipher data folder")

HOUR_AGO = time.time() - 3600


def make(path, data=b"x", *, old=True):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if old:
        os.utime(path, (HOUR_AGO, HOUR_AGO))
    return path


def snapshot(root):
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_leftovers_of_a_killed_migration_are_gone_after_an_unlock(data_dir):
    workspace.set_up(data_dir, PASSWORD)[0].close()
    backups = data_dir / "backups"
    gone = [
        make(data_dir / "ips.db.new"), make(data_dir / "ips.db.new-journal"),
        make(data_dir / "ips.db.restoring"), make(data_dir / "ips.key.new"),
        make(data_dir / "vault.json.new"), make(data_dir / ".vault.json.0123456789ab.tmp"),
        make(backups / "ips-before-migration-0001-20261201-101010.db.partial"),
        make(backups / "ips-before-migration-0001-20261201-101010.db.partial-journal"),
        make(backups / ".copy.db.a1b2c3d4e5f6.tmp"),
    ]
    kept = [
        make(data_dir / "ips.db.replaced-20261130-090000"),
        make(data_dir / "ips.db.replaced-20261130-090000-wal"),
        make(backups / "ips-before-migration-0001-20261130-090000.db"),
        make(backups / "ips-before-migration-0001-20261130-090000.db-journal"),  # hot journal
        make(backups / "copy.partial.db"),  # a user's own name, not our temporary
        make(data_dir / "notes.partial"),  # .partial only counts in backups/
        make(data_dir / "mine.new"),
        make(backups / "in-progress.db.partial", old=False),  # a backup being written now
    ]
    before = snapshot(data_dir)

    workspace.unlock(data_dir, PASSWORD).close()

    assert [p.name for p in gone if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    after = snapshot(data_dir)
    unchanged = {name for name in after if not name.startswith(("ips.db", "ips.lock"))
                 or name.startswith("ips.db.replaced")}
    assert {name: after[name] for name in unchanged} == {
        name: before[name] for name in unchanged}


def test_nothing_is_cleaned_without_the_instance_lock(data_dir):
    """A second, read-only opener (`check` while the window is open) must not delete what
    the window may be writing."""
    workspace.set_up(data_dir, PASSWORD)[0].close()
    staged = make(data_dir / "ips.db.new")
    workspace.unlock(data_dir, PASSWORD, exclusive=False).close()
    assert staged.exists()


def test_the_live_files_are_never_leftovers():
    for name in ("ips.db", "ips.db-wal", "ips.db-shm", "ips.db-journal", "ips.key",
                 "vault.json", "ips.lock"):
        assert leftovers.leftover_kind(name) is None
    assert leftovers.leftover_kind("x.db.partial", "backups") is not None
