"""Backups, restore, migrations' safety copy, and the recovery key."""

from __future__ import annotations

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, maintenance, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import errors, schema
from ips_desktop.storage.backup import verify_copy
from ips_desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from ips_desktop.storage.vault import DataDir
from tests.helpers import PASSWORD

pytestmark = pytest.mark.sqlite_only(
    reason="backups, restore and the recovery key of the SQLCipher file")


def names(ws):
    return [c.name for c in consultants.list_consultants(ws.ctx)]


@pytest.fixture
def ws(data_dir):
    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.recovery = recovery
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    yield ws
    ws.close()


def test_recovery_key_round_trip_and_typos():
    key = bytes(range(32))
    text = format_recovery_key(key)
    assert len(text.split("-")) == 17
    assert parse_recovery_key(text.lower().replace("-", " ")) == key
    typo = ("1" if text[0] != "1" else "2") + text[1:]
    with pytest.raises(errors.BadRecoveryKey):
        parse_recovery_key(typo)


def test_backup_while_open_then_restore(ws, tmp_path, data_dir):
    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    consultants.create_consultant(ws.ctx, ConsultantInput("Bent Bøg", "BB", "Holbæk"))
    assert names(ws) == ["Anna Ærø", "Bent Bøg"]
    ws.close()
    assert b"Anna" not in copy.read_bytes()

    kept = maintenance.restore(data_dir, copy, PASSWORD)
    restored = workspace.unlock(data_dir, PASSWORD)
    try:
        assert names(restored) == ["Anna Ærø"]
        with restored.ctx.engine.connect() as conn:
            actions = [a for (a,) in conn.exec_driver_sql("SELECT action FROM audit_event")]
        assert "restore" in actions
    finally:
        restored.close()
    assert (kept / "ips.db").is_file() and kept.parent == DataDir(data_dir).kept


def test_restore_refuses_a_damaged_backup_and_changes_nothing(ws, tmp_path, data_dir):
    ws.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00" * 8192)  # whole pages, but no ciphertext: not a backup at all
    before = DataDir(data_dir).database.read_bytes()
    with pytest.raises(errors.NotADatabase):
        maintenance.restore(data_dir, bad, PASSWORD)
    assert DataDir(data_dir).database.read_bytes() == before
    assert not DataDir(data_dir).kept.exists()
    assert not list(data_dir.glob(".ips.db.*"))  # no staged copy left behind


def test_restore_refuses_while_the_app_has_it_open(ws, tmp_path, data_dir):
    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    with pytest.raises(errors.AlreadyOpen):
        maintenance.restore(data_dir, copy, PASSWORD)


def test_cli_restore_needs_confirmation(ws, tmp_path, data_dir, monkeypatch):
    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(data_dir), "restore", str(copy)]) == 14
    assert not DataDir(data_dir).kept.exists()
    assert main(["--data-dir", str(data_dir), "restore", str(copy), "--yes"]) == 0
    kept = list(DataDir(data_dir).kept.glob("*/ips.db"))
    assert len(kept) == 1  # the old database, with its vault and key copies beside it


def test_recovery_key_opens_after_the_keyring_entry_is_lost(ws, data_dir, memory_keyring):
    recovery = ws.recovery
    ws.close()
    memory_keyring.secrets.clear()
    with pytest.raises(errors.KeyMissing):
        workspace.unlock(data_dir, PASSWORD)
    recovered = workspace.recover(data_dir, recovery, "nyt-kodeord-123")
    assert names(recovered) == ["Anna Ærø"]
    recovered.close()
    with pytest.raises(errors.WrongPassword):
        workspace.unlock(data_dir, PASSWORD)
    workspace.unlock(data_dir, "nyt-kodeord-123").close()


def test_recovery_key_moves_the_database_to_a_machine_without_keyring(
        ws, data_dir, tmp_path, request):
    recovery = ws.recovery
    ws.close()
    laptop = tmp_path / "new-laptop"
    laptop.mkdir()
    (laptop / "ips.db").write_bytes(DataDir(data_dir).database.read_bytes())
    request.getfixturevalue("no_keyring")
    recovered = workspace.recover(laptop, recovery, "nyt-kodeord-123")
    assert recovered.key_mode.value == "passphrase"
    recovered.close()
    reopened = workspace.unlock(laptop, "nyt-kodeord-123")
    assert names(reopened) == ["Anna Ærø"]
    reopened.close()


def test_wrong_recovery_key_is_refused(ws, data_dir):
    ws.close()
    other = format_recovery_key(b"\x07" * 32)
    before = DataDir(data_dir).database.read_bytes()
    with pytest.raises(errors.WrongKey):
        workspace.recover(data_dir, other, "nyt-kodeord-123")
    assert DataDir(data_dir).database.read_bytes() == before


def test_migration_takes_a_backup_first(ws, data_dir, monkeypatch):
    key = ws.database.key
    ws.close()
    upgraded = []
    real_needs_upgrade = schema.needs_upgrade
    calls = iter([None, ("0000", True)])

    def pretend_older(engine):
        return real_needs_upgrade(engine) if next(calls, None) is None else ("0000", True)

    monkeypatch.setattr(schema, "needs_upgrade", pretend_older)
    monkeypatch.setattr(schema, "upgrade", lambda engine: upgraded.append(engine))
    backups = []
    opened = workspace.unlock(data_dir, PASSWORD, on_backup=backups.append)
    opened.close()
    assert len(backups) == 1 and len(upgraded) == 1
    assert backups[0].name.startswith("ips-before-migration-0000-")
    assert b"Anna" not in backups[0].read_bytes()
    assert verify_copy(backups[0], key) == "ok"


def test_restore_needs_the_right_password_and_leaves_the_backup_as_it_was(
        ws, tmp_path, data_dir):
    import hashlib

    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    ws.close()
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    live = DataDir(data_dir).database.read_bytes()
    with pytest.raises(errors.WrongPassword):
        maintenance.restore(data_dir, copy, "not-the-password")
    assert DataDir(data_dir).database.read_bytes() == live
    maintenance.restore(data_dir, copy, PASSWORD)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
    assert not copy.with_name(copy.name + "-wal").exists()


def test_restore_over_an_unreadable_database_checks_the_password_in_the_key_file(
        ws, tmp_path, data_dir):
    # The key file checks the password by unwrapping the key, even when the live database
    # cannot be read; the recovery key is a second way.
    copy = maintenance.backup(ws, tmp_path / "kopi.db")
    recovery = ws.recovery
    ws.close()
    DataDir(data_dir).database.write_bytes(b"\x00" * 8192)  # damaged beyond reading
    with pytest.raises(errors.WrongPassword):
        maintenance.restore(data_dir, copy, "not-the-password")
    assert DataDir(data_dir).database.read_bytes() == b"\x00" * 8192
    maintenance.restore(data_dir, copy, PASSWORD)
    restored = workspace.unlock(data_dir, PASSWORD)
    assert names(restored) == ["Anna Ærø"]
    restored.close()
    DataDir(data_dir).database.write_bytes(b"\x00" * 8192)
    maintenance.restore(data_dir, copy, PASSWORD, recovery_key=recovery)
    workspace.unlock(data_dir, PASSWORD).close()


def test_recovery_into_keyring_mode_retires_the_old_key_file(
        data_dir, request, memory_keyring, tmp_path):
    import json
    import shutil

    import keyring

    request.getfixturevalue("no_keyring")
    ws, recovery = workspace.set_up(data_dir, PASSWORD)
    ws.close()
    shutil.copy(DataDir(data_dir).key_file, tmp_path / "old-ips.key")
    keyring.set_keyring(memory_keyring)  # a keyring appears (a new laptop, say)
    workspace.recover(data_dir, recovery, "helt-ny-kode-99").close()
    slot = json.loads(DataDir(data_dir).key_file.read_text())["current"]
    assert slot["keyring_entry"] is not None  # now needs the keyring's secret too
    with pytest.raises(errors.WrongPassword):
        workspace.unlock(data_dir, PASSWORD)
    workspace.unlock(data_dir, "helt-ny-kode-99").close()
