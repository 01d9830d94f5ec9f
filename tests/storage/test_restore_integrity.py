"""A backup that decrypts but is damaged inside must never replace the live database.

Written against the public behaviour only (`maintenance.restore` and the CLI's
`restore` with its exit code), so that it holds however restore is built.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import cipher, errors
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(
    reason="restore replaces the SQLCipher file with a backup file")

PAGE = 4096  # SQLCipher 4's page size


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(root: Path) -> list[str]:
    """Anything a restore leaves beside the database: kept copies, staged files."""
    return sorted(p.name for p in root.iterdir()
                  if p.name.startswith("ips.db") and p.name not in ("ips.db", "ips.db-wal",
                                                                     "ips.db-shm"))


@pytest.fixture
def backed_up(data_dir, tmp_path):
    """A live database with enough rows for many pages, its backup, and the backup's key."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    for n in range(150):
        consultants.create_consultant(ws.ctx, ConsultantInput(f"Konsulent {n}", f"K{n}", "Køge"))
    copy = maintenance.backup(ws, tmp_path / "backup.db")
    key = ws.database.key
    # A change after the backup, so that a wrongly accepted restore is visible.
    consultants.create_consultant(ws.ctx, ConsultantInput("Efter Kopien", "EK", "Køge"))
    ws.close()
    return copy, key


def flip_a_byte_mid_file(path: Path) -> None:
    """Damage one data page: it still decrypts on page 1, but its HMAC no longer matches."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 10, "the backup should span many pages"
    data[(pages // 2) * PAGE + 1000] ^= 0x5A
    path.write_bytes(bytes(data))


def test_no_damaged_page_anywhere_is_accepted(backed_up, data_dir, tmp_path):
    """Whichever page is hit (table, index, schema or free page), restore refuses it."""
    copy, _ = backed_up
    pristine = copy.read_bytes()
    live = DataDir(data_dir).database
    before = sha256(live)
    hit = tmp_path / "hit.db"
    for page in range(1, len(pristine) // PAGE, 3):  # every kind of page, in a few seconds
        data = bytearray(pristine)
        data[page * PAGE + 1000] ^= 0x5A
        hit.write_bytes(bytes(data))
        with pytest.raises(errors.StorageError):
            maintenance.restore(data_dir, hit, PASSWORD)
    assert sha256(live) == before
    assert leftovers(data_dir) == []


def break_an_index(path: Path, key: bytes) -> None:
    """Every page authentic, yet SQLite's integrity_check finds an index that lies."""
    conn = cipher.connect(path, cipher.raw_key_pragma(key))
    try:
        conn.executescript("""
            CREATE TABLE probe(a INTEGER, b INTEGER);
            INSERT INTO probe VALUES (1, 20), (2, 10), (3, 30);
            CREATE INDEX probe_a ON probe(a);
            PRAGMA writable_schema = ON;
            UPDATE sqlite_master SET sql = 'CREATE INDEX probe_a ON probe(b)'
                WHERE name = 'probe_a';
            PRAGMA writable_schema = OFF;
        """)
    finally:
        conn.close()


def damage(kind: str, path: Path, key: bytes) -> None:
    if kind == "page":
        flip_a_byte_mid_file(path)
    else:
        break_an_index(path, key)


@pytest.mark.parametrize("kind", ["page", "index"])
def test_restore_refuses_a_damaged_backup_and_leaves_the_live_database(
        backed_up, data_dir, kind):
    copy, key = backed_up
    damage(kind, copy, key)
    live = DataDir(data_dir).database
    before = sha256(live)
    with pytest.raises(errors.NotADatabase):
        maintenance.restore(data_dir, copy, PASSWORD)
    assert sha256(live) == before
    assert leftovers(data_dir) == []
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert "Efter Kopien" in {c.name for c in consultants.list_consultants(ws.ctx)}
    finally:
        ws.close()


@pytest.mark.parametrize("kind", ["page", "index"])
def test_cli_restore_of_a_damaged_backup_exits_6(backed_up, data_dir, kind, monkeypatch,
                                                 capsys):
    copy, key = backed_up
    damage(kind, copy, key)
    live = DataDir(data_dir).database
    before = sha256(live)
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    code = main(["--data-dir", str(data_dir), "restore", str(copy), "--yes"])
    assert code == errors.NotADatabase.exit_code == 6
    assert "Traceback" not in capsys.readouterr().err
    assert sha256(live) == before
    assert leftovers(data_dir) == []
