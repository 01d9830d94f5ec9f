"""Backups and restores that cannot lose data: wrong targets, half restores, collisions, fsync."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.domain import messages
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import backup, cipher, errors
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD
from tests.helpers import consultant_names as names

pytestmark = pytest.mark.sqlite_only(reason="backup and restore copy the SQLCipher file")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=["keyring", "passphrase"])
def root(request, data_dir):
    if request.param == "passphrase":
        request.getfixturevalue("no_keyring")
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    ws.close()
    return data_dir


def cli(root: Path, *args: str) -> int:
    return main(["--data-dir", str(root), *args])


# -- 1. a backup never writes over the live data -----------------------------------------

@pytest.fixture
def unattended(monkeypatch):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)


def live_files(root: Path, *, database: bool = False) -> dict[str, str]:
    """Digests of the key and vault (and the database, where nothing unlocks it meanwhile)."""
    wanted = ("ips.key", "vault.json") + (("ips.db",) if database else ())
    return {p.name: digest(p) for p in sorted(root.iterdir()) if p.name in wanted}


@pytest.mark.parametrize("target", ["ips.db", "ips.key", "vault.json", "ips.db-wal",
                                    "settings.ini", "logs/x.db", "../data/./ips.db"])
def test_backup_refuses_the_data_directory(root, unattended, capsys, target):
    before = live_files(root)
    assert cli(root, "backup", "--out", str(root / target)) == 30
    err = capsys.readouterr().err
    assert "datamappen" in err and "Traceback" not in err
    assert live_files(root) == before
    assert names(root) == ["Anna Ærø"]
    assert cli(root, "backup", "--out", str(root / target), "--replace") == 30
    assert live_files(root) == before


def test_backup_sees_through_symlinks_and_hard_links(root, unattended, tmp_path):
    before = live_files(root)
    (tmp_path / "link-to-data").symlink_to(root)
    assert cli(root, "backup", "--out", str(tmp_path / "link-to-data" / "ips.db"),
               "--replace") == 30
    (tmp_path / "alias.db").symlink_to(root / "ips.db")
    assert cli(root, "backup", "--out", str(tmp_path / "alias.db"), "--replace") == 30
    os.link(root / "vault.json", tmp_path / "hard.json")
    assert cli(root, "backup", "--out", str(tmp_path / "hard.json"), "--replace") == 30
    assert live_files(root) == before
    assert names(root) == ["Anna Ærø"]


def test_backup_refuses_an_existing_file_unless_asked(root, unattended, tmp_path, capsys):
    out = tmp_path / "kopi.db"
    out.write_bytes(b"something of the user's")
    assert cli(root, "backup", "--out", str(out)) == 30
    assert "--replace" in capsys.readouterr().err
    assert out.read_bytes() == b"something of the user's"
    assert cli(root, "backup", "--out", str(out), "--replace") == 0
    assert backup.verify_copy(out, _key(root)) == "ok"


def test_backup_into_the_backups_folder_is_fine(root, unattended):
    assert cli(root, "backup", "--out", str(root / "backups" / "mine.db")) == 0
    assert (root / "backups" / "mine.db").is_file()


def test_refusal_message_in_every_language(root, unattended, capsys):
    for language, word in (("nb", "datamappen"), ("en", "data directory")):
        assert cli(root, "--language", language, "backup", "--out", str(root / "ips.db")) == 30
        assert word in capsys.readouterr().err
    messages.set_language("da")


def _key(root: Path) -> bytes:
    ws = workspace.unlock(root, PASSWORD)
    ws.close()
    return ws.database.key


# -- 2. a missing ips.db beside a database's traces is never "not set up" -----------------

def test_traces_without_ips_db_are_not_not_set_up(root, unattended, capsys):
    kept = root / "kept" / "20260101-120000-abcdef12"
    kept.mkdir(parents=True)
    (root / "ips.db").rename(kept / "ips.db")  # what the old restore left when killed
    vault = digest(root / "vault.json")
    with pytest.raises(errors.RestoreUnfinished):
        workspace.is_set_up(root)
    assert cli(root, "check") == 31
    err = capsys.readouterr().err
    assert "vault.json" in err and "kept/20260101-120000-abcdef12/ips.db" in err
    assert cli(root, "setup") == 31
    assert digest(root / "vault.json") == vault
    with pytest.raises(errors.RestoreUnfinished):
        workspace.set_up(root, "another-password-1")
    assert digest(root / "vault.json") == vault
    # Following the message's advice brings the data back.
    (kept / "ips.db").rename(root / "ips.db")
    assert names(root) == ["Anna Ærø"]


def test_a_vault_alone_is_not_not_set_up(root, unattended, capsys):
    (root / "ips.db").unlink()
    assert cli(root, "setup") == 31
    assert "vault.json" in capsys.readouterr().err


def test_a_staged_copy_alone_is_not_not_set_up(root):
    (root / "ips.db").rename(root / ".ips.db.0123456789ab.restoring")
    (root / "vault.json").unlink()
    (root / "ips.key").unlink(missing_ok=True)
    with pytest.raises(errors.RestoreUnfinished) as found:
        DataDir(root).is_set_up()
    assert found.value.found == [".ips.db.0123456789ab.restoring"]


def test_restore_never_leaves_a_moment_without_ips_db(root, tmp_path, monkeypatch):
    copy = tmp_path / "kopi.db"
    ws = workspace.unlock(root, PASSWORD)
    maintenance.backup(ws, copy)
    ws.close()
    live = DataDir(root).database
    seen = []
    real_replace = os.replace

    def watching(src, dst, *a, **k):
        seen.append(live.exists())
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", watching)
    maintenance.restore(root, copy, PASSWORD)
    assert seen and all(seen)


# -- 4. kept databases never collide, and can be restored back ---------------------------

def test_two_restores_in_one_second_keep_both_old_databases(root, tmp_path, monkeypatch):
    ws = workspace.unlock(root, PASSWORD)
    first = maintenance.backup(ws, tmp_path / "first.db")
    consultants.create_consultant(ws.ctx, ConsultantInput("Bent Bøg", "BB", "Holbæk"))
    ws.close()

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 3, 4, 10, 11, 12)

    monkeypatch.setattr(backup, "datetime", Frozen)
    kept_one = maintenance.restore(root, first, PASSWORD)  # keeps Anna + Bent
    kept_two = maintenance.restore(root, first, PASSWORD)  # keeps Anna
    assert kept_one != kept_two
    assert kept_one.name.startswith("20260304-101112-")
    assert sorted(p.name for p in kept_one.iterdir()) == sorted(
        p.name for p in root.iterdir() if p.name in ("ips.db", "vault.json", "ips.key"))
    # The first kept database is still whole: restoring it back brings Bent back.
    maintenance.restore(root, kept_one / "ips.db", PASSWORD)
    assert names(root) == ["Anna Ærø", "Bent Bøg"]


@pytest.mark.parametrize("mode", ["keyring", "passphrase"])
def test_a_kept_database_of_another_key_restores_back_with_its_key_copies(
        data_dir, tmp_path, request, mode):
    if mode == "passphrase":
        request.getfixturevalue("no_keyring")
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    ws.close()
    other_root = tmp_path / "other"
    other, other_recovery = workspace.set_up(other_root, "other-password-1")
    consultants.create_consultant(other.ctx, ConsultantInput("Carl Cæsar", "CC", "Køge"))
    other_copy = maintenance.backup(other, tmp_path / "other.db")
    other.close()

    kept = maintenance.restore(data_dir, other_copy, PASSWORD, recovery_key=other_recovery)
    assert names(data_dir) == ["Carl Cæsar"]
    assert (kept / "ips.key").is_file() and (kept / "vault.json").is_file()
    # The kept folder is a data directory of its own, opened with the old password ...
    assert names(kept) == ["Anna Ærø"]
    # ... and restored back with it, no recovery key needed.
    maintenance.restore(data_dir, kept / "ips.db", PASSWORD)
    assert names(data_dir) == ["Anna Ærø"]


def test_restore_message_names_the_kept_folder(root, unattended, tmp_path, capsys):
    assert cli(root, "backup", "--out", str(tmp_path / "kopi.db")) == 0
    capsys.readouterr()
    assert cli(root, "restore", str(tmp_path / "kopi.db"), "--yes") == 0
    (kept,) = DataDir(root).kept.iterdir()
    assert str(kept) in capsys.readouterr().out


# -- 5. every rename that replaces data comes after an fsync of what it puts in place -----

@pytest.fixture
def fsync_log(monkeypatch):
    """Records which files were flushed, and checks each rename's source was."""
    flushed: set[int] = set()
    renames: list[tuple[str, bool]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        flushed.add(os.fstat(fd).st_ino)
        return real_fsync(fd)

    def replace(src, dst, *a, **k):
        renames.append((Path(dst).name, Path(src).stat().st_ino in flushed))
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return renames


def test_restore_and_backup_flush_before_every_rename(root, tmp_path, fsync_log):
    ws = workspace.unlock(root, PASSWORD)
    maintenance.backup(ws, tmp_path / "kopi.db")
    ws.close()
    maintenance.restore(root, tmp_path / "kopi.db", PASSWORD)
    moved = [name for name, _ in fsync_log]
    assert "kopi.db" in moved and "ips.db" in moved
    assert [name for name, ok in fsync_log if not ok] == []


def test_the_pre_migration_copy_is_flushed_before_its_rename(root, fsync_log, monkeypatch):
    from ips_desktop.storage import schema

    real = schema.needs_upgrade
    monkeypatch.setattr(schema, "needs_upgrade", lambda e: ("0001", True)
                        if real(e)[0] else real(e))
    monkeypatch.setattr(schema, "upgrade", lambda engine: None)
    workspace.unlock(root, PASSWORD).close()
    copies = [name for name, ok in fsync_log if name.startswith("ips-before-migration")]
    assert copies and all(ok for name, ok in fsync_log if name in copies)


def test_pre_migration_copies_in_one_second_do_not_collide(root, monkeypatch):
    from ips_desktop.storage import database, schema

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 3, 4, 10, 11, 12)

    monkeypatch.setattr(database, "datetime", Frozen)
    real = schema.needs_upgrade
    monkeypatch.setattr(schema, "needs_upgrade", lambda e: ("0001", True)
                        if real(e)[0] else real(e))
    monkeypatch.setattr(schema, "upgrade", lambda engine: None)
    workspace.unlock(root, PASSWORD).close()
    workspace.unlock(root, PASSWORD).close()
    assert len(list(DataDir(root).backups.glob("ips-before-migration-*"))) == 2


# -- a backup that decrypts but is damaged is never restored -----------------------------

def _break_an_index(path: Path, key: bytes) -> None:
    """Rows added while an index was hidden: every page decrypts, the tree is inconsistent."""
    conn = cipher.connect(path, cipher.raw_key_pragma(key))
    conn.execute("CREATE INDEX probe_idx ON consultant(name)")
    (sql, rootpage) = conn.execute(
        "SELECT sql, rootpage FROM sqlite_master WHERE name = 'probe_idx'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'probe_idx'")
    conn.close()
    conn = cipher.connect(path, cipher.raw_key_pragma(key))
    conn.execute("UPDATE consultant SET name = 'Zorro Zed'")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES ('index', 'probe_idx', 'consultant', ?, ?)",
                 (rootpage, sql))
    conn.close()


def _flip_a_byte_in_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * (page - 1) + 200] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["index", "page"])
def test_restore_refuses_a_backup_that_decrypts_but_is_damaged(
        root, tmp_path, unattended, damage):
    copy = tmp_path / "kopi.db"
    ws = workspace.unlock(root, PASSWORD)
    maintenance.backup(ws, copy)
    key = ws.database.key
    ws.close()
    if damage == "index":
        _break_an_index(copy, key)
        cipher.probe(copy, cipher.raw_key_pragma(key))  # it does decrypt
    else:
        _flip_a_byte_in_page(copy, 3)
    assert backup.verify_copy(copy, key) != "ok"
    before = live_files(root, database=True)
    assert cli(root, "restore", str(copy), "--yes") == 6
    assert live_files(root, database=True) == before
    assert not DataDir(root).kept.exists()
    assert not list(root.glob(".ips.db.*"))
    assert names(root) == ["Anna Ærø"]


def test_verify_names_the_damaged_page(root, tmp_path):
    copy = tmp_path / "kopi.db"
    ws = workspace.unlock(root, PASSWORD)
    maintenance.backup(ws, copy)
    ws.close()
    _flip_a_byte_in_page(copy, 3)
    assert "page 3" in backup.verify_copy(copy, ws.database.key)


def test_backup_is_verified_against_the_live_row_counts(ws, tmp_path, monkeypatch):
    live = maintenance.row_counts(ws)  # before the backup's own audit event
    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    assert backup.read_counts(copy, ws.database.key) == live
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()

    monkeypatch.setattr(backup, "read_counts", lambda path, key: live | {"participant": 1})
    with pytest.raises(errors.BackupUnverified):
        maintenance.backup(ws, tmp_path / "second.db")
    assert not (tmp_path / "second.db").exists()


def test_restore_over_traces_says_what_was_found(root, unattended, tmp_path, capsys):
    assert cli(root, "backup", "--out", str(tmp_path / "kopi.db")) == 0
    (root / "ips.db").unlink()
    capsys.readouterr()
    assert cli(root, "restore", str(tmp_path / "kopi.db"), "--yes") == 31
    err = capsys.readouterr().err
    assert str(root) in err and "vault.json" in err


@pytest.mark.parametrize("mode", ["keyring", "passphrase"])
def test_another_databases_recovery_key_alone_gives_no_right_to_replace(
        data_dir, tmp_path, request, mode):
    """Review finding: restore --recovery-key skipped the live password altogether."""
    if mode == "passphrase":
        request.getfixturevalue("no_keyring")
    ws, live_recovery = workspace.set_up(data_dir, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    ws.close()
    other, other_recovery = workspace.set_up(tmp_path / "other", "attacker-pass-1")
    other_copy = maintenance.backup(other, tmp_path / "other.db")
    other.close()
    before = digest(DataDir(data_dir).database)

    with pytest.raises(errors.WrongPassword):
        maintenance.restore(data_dir, other_copy, "attacker-pass-1",
                            recovery_key=other_recovery)
    assert digest(DataDir(data_dir).database) == before
    assert not DataDir(data_dir).kept.exists() or not any(DataDir(data_dir).kept.iterdir())
    assert names(data_dir) == ["Anna Ærø"]
    # The live database's own recovery key is that right, even with a wrong password.
    opened = workspace.unlock(data_dir, PASSWORD)
    own = maintenance.backup(opened, tmp_path / "own.db")
    opened.close()
    maintenance.restore(data_dir, own, "not-the-password", recovery_key=live_recovery)
