"""Every way a database can fail to open: a clear message, its own exit code, file untouched."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage import errors
from ips_desktop.storage.cipher import KEY_BYTES
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(
    reason="opening the SQLCipher file: its key, vault and key file")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_up(root: Path, **kwargs: object) -> str:
    ws, recovery = workspace.set_up(root, PASSWORD, **kwargs)
    ws.close()
    return recovery


def run_check(root: Path, monkeypatch: pytest.MonkeyPatch, password: str = PASSWORD) -> int:
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", password)
    return main(["--data-dir", str(root), "check"])


@pytest.fixture(params=["keyring", "passphrase"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_root(data_dir: Path, mode: str, request: pytest.FixtureRequest) -> Path:
    if mode == "passphrase":
        request.getfixturevalue("no_keyring")
    set_up(data_dir)
    return data_dir


def test_wrong_password(db_root, monkeypatch, capsys):
    before = digest(DataDir(db_root).database)
    code = run_check(db_root, monkeypatch, password="forkert")
    assert code == errors.WrongPassword.exit_code == 3
    assert "Forkert adgangskode" in capsys.readouterr().err
    assert digest(DataDir(db_root).database) == before


def test_keyring_entry_lost(data_dir, memory_keyring, monkeypatch, capsys):
    set_up(data_dir)
    memory_keyring.secrets.clear()
    before = digest(DataDir(data_dir).database)
    assert run_check(data_dir, monkeypatch) == errors.KeyMissing.exit_code == 4
    assert "gendannelsesnøglen" in capsys.readouterr().err
    assert digest(DataDir(data_dir).database) == before


def test_vault_file_lost(db_root, monkeypatch, capsys):
    DataDir(db_root).vault.unlink()
    before = digest(DataDir(db_root).database)
    assert run_check(db_root, monkeypatch) == errors.KeyMissing.exit_code
    assert "recover" in capsys.readouterr().err
    assert digest(DataDir(db_root).database) == before


def test_wrong_key_in_keyring(data_dir, memory_keyring, monkeypatch, capsys):
    set_up(data_dir)
    (entry,) = memory_keyring.secrets
    memory_keyring.secrets[entry] = "ab" * KEY_BYTES
    before = digest(DataDir(data_dir).database)
    assert run_check(data_dir, monkeypatch) == errors.WrongKey.exit_code == 5
    assert "Nøglen passer ikke" in capsys.readouterr().err
    assert digest(DataDir(data_dir).database) == before


def test_keyring_gone_since_set_up(data_dir, request, monkeypatch, capsys):
    set_up(data_dir)
    request.getfixturevalue("no_keyring")
    assert run_check(data_dir, monkeypatch) == errors.KeyringUnavailable.exit_code
    assert "sikre lager for adgangskoder" in capsys.readouterr().err


@pytest.mark.parametrize("content", [
    b"", b"hello, this is a text file\n", b"SQLite format 3\x00" + bytes(4080),
    bytes(range(256)) * 3,  # 768 bytes: not whole pages
])
def test_not_a_database(db_root, content, monkeypatch, capsys):
    db = DataDir(db_root).database
    db.write_bytes(content)
    assert run_check(db_root, monkeypatch) == errors.NotADatabase.exit_code == 6
    assert "ikke en IPS Desktop-database" in capsys.readouterr().err
    assert db.read_bytes() == content
    assert not db.with_name("ips.db.new").exists()


def test_newer_schema(db_root, monkeypatch, capsys):
    ws = workspace.unlock(db_root, PASSWORD)
    with ws.database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    ws.close()
    before = digest(DataDir(db_root).database)
    assert run_check(db_root, monkeypatch) == errors.NewerSchema.exit_code == 7
    assert "nyere version" in capsys.readouterr().err
    assert digest(DataDir(db_root).database) == before
    assert not DataDir(db_root).backups.exists()


def test_already_open(db_root):
    first = workspace.unlock(db_root, PASSWORD)
    try:
        with pytest.raises(errors.AlreadyOpen):
            workspace.unlock(db_root, PASSWORD)
    finally:
        first.close()
    workspace.unlock(db_root, PASSWORD).close()  # the lock goes with the holder


def test_not_set_up_creates_nothing(data_dir, monkeypatch, capsys):
    assert run_check(data_dir, monkeypatch) == errors.NotSetUp.exit_code == 9
    assert "ingen database" in capsys.readouterr().err
    assert not DataDir(data_dir).database.exists()


def test_english_messages(db_root, monkeypatch, capsys):
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", "wrong")
    assert main(["--language", "en", "--data-dir", str(db_root), "check"]) == 3
    assert "Wrong password" in capsys.readouterr().err


def test_vault_holds_no_secret(db_root, mode):
    vault = json.loads(DataDir(db_root).vault.read_text())
    assert set(vault) == {"format", "database_id", "key_mode"}
    assert vault["key_mode"] == mode


@pytest.mark.parametrize("size", [20_000, 20_480])
def test_check_on_a_large_file_that_is_not_ours_says_so(db_root, monkeypatch, capsys, size):
    """Review finding: `check` crashed ("Unexpected error") on a text file in place of ips.db."""
    db = DataDir(db_root).database
    content = (b"# IPS Desktop\n" * 2000)[:size]
    db.write_bytes(content)
    code = run_check(db_root, monkeypatch)
    said = capsys.readouterr().err
    assert code in (errors.WrongKey.exit_code, errors.NotADatabase.exit_code, 18), said
    assert "Uventet" not in said and "Traceback" not in said
    assert db.read_bytes() == content


def test_a_damaged_vault_is_not_called_missing(db_root, monkeypatch, capsys):
    """Review finding: one flipped bit in vault.json was reported as "vault.json is missing"."""
    vault = DataDir(db_root).vault
    vault.write_bytes(vault.read_bytes().replace(b'"key_mode"', b'"key_mod\\u0000"'))
    assert run_check(db_root, monkeypatch) == errors.KeyMissing.exit_code
    said = capsys.readouterr().err
    assert "beskadiget" in said and "mangler" not in said
