"""The database key needs the password (and in keyring mode the keyring's secret too).

Also: format-1 data directories still open and are upgraded at the first
unlock, a damaged key file is told from a wrong password, and a keyring
that is locked or refuses is reported without a traceback.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer

from ips_desktop.cli.main import main
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage import errors, slots
from ips_desktop.storage.credentials import hash_password
from ips_desktop.storage.database import PASSWORD_HASH, read_setting, write_settings
from ips_desktop.storage.keys import SERVICE, KeyringStore, PassphraseKeyFile, keyring_problem
from ips_desktop.storage.recovery_key import parse_recovery_key
from ips_desktop.storage.vault import DataDir, read_vault
from tests.helpers import PASSWORD, opens_with

pytestmark = pytest.mark.sqlite_only(reason="the database key's slots in ips.key and the keyring")


def set_up(root: Path) -> str:
    ws, recovery = workspace.set_up(root, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    ws.close()
    return recovery


def names(ws) -> list[str]:
    return [c.name for c in consultants.list_consultants(ws.ctx)]


# -- the keyring's secret alone opens nothing ----------------------------------------------

def test_keyring_secret_alone_does_not_open_the_database(data_dir, memory_keyring):
    recovery = set_up(data_dir)
    ((service, _entry), value), = memory_keyring.secrets.items()
    assert service == SERVICE
    secret = bytes.fromhex(value)
    assert len(secret) == 32
    assert not opens_with(data_dir, secret)  # the secret is not the database key
    key_file = json.loads(DataDir(data_dir).key_file.read_text())
    wrapped = slots.read_key_file(DataDir(data_dir).key_file).current.wrapped
    assert not opens_with(data_dir, wrapped[:32])
    # Everything but the password: the key file and the keyring's secret.
    slot = slots.read_key_file(DataDir(data_dir).key_file).current
    with pytest.raises(errors.WrongPassword):
        slots.unseal(slot, "not-the-password", secret, database_id=key_file["database_id"])
    key = slots.unseal(slot, PASSWORD, secret, database_id=key_file["database_id"])
    assert opens_with(data_dir, key) and key == parse_recovery_key(recovery)
    assert value not in DataDir(data_dir).key_file.read_text()


def test_the_secret_is_part_of_the_wrapping_key_not_only_a_check(data_dir, memory_keyring,
                                                                 monkeypatch):
    """The password and the key file, without the keyring's secret, unwrap nothing."""
    set_up(data_dir)
    key_file = slots.read_key_file(DataDir(data_dir).key_file)
    slot = key_file.current
    monkeypatch.setattr(slots, "_secret_check", lambda secret: slot.secret_check)  # skip it
    for guess in (bytes(32), b"\xff" * 32):
        with pytest.raises(errors.WrongPassword):
            slots.unseal(slot, PASSWORD, guess, database_id=key_file.database_id)


def test_key_file_alone_does_not_open_without_the_keyring(data_dir, memory_keyring):
    set_up(data_dir)
    memory_keyring.secrets.clear()
    with pytest.raises(errors.KeyMissing):
        workspace.unlock(data_dir, PASSWORD)


def test_passphrase_mode_wraps_with_the_password_alone(data_dir, no_keyring):
    set_up(data_dir)
    slot = slots.read_key_file(DataDir(data_dir).key_file).current
    assert slot.keyring_entry is None and slot.secret_check is None
    ws = workspace.unlock(data_dir, PASSWORD)
    assert names(ws) == ["Anna Ærø"] and ws.key_mode.value == "passphrase"
    ws.close()


def test_the_password_hash_is_gone_and_the_lock_screen_still_checks(data_dir, request,
                                                                   memory_keyring):
    set_up(data_dir)
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert read_setting(ws.database.engine, PASSWORD_HASH) is None
        memory_keyring.secrets.clear()  # a keyring that locks meanwhile does not lock us out
        assert workspace.verify_password(ws, PASSWORD) is True
        assert workspace.verify_password(ws, "forkert-igen") is False
    finally:
        ws.close()


def test_tampered_parameters_are_a_failed_tag(data_dir, no_keyring):
    set_up(data_dir)
    path = DataDir(data_dir).key_file
    raw = json.loads(path.read_text())
    raw["current"]["kdf"]["n"] = 2  # an attacker's cheap scrypt: authenticated, so refused
    raw.pop("checksum")
    raw["checksum"] = slots._checksum(raw)  # the plain checksum is no protection: redone
    path.write_text(json.dumps(raw))
    with pytest.raises(errors.WrongPassword):
        workspace.unlock(data_dir, PASSWORD)


def test_the_shipped_scrypt_cost():
    """Memory-hard (64 MiB) and slow enough; the measured time is in the README."""
    cost = slots.SHIPPED_SCRYPT
    assert cost.n * cost.r * 128 >= 64 * 2**20
    started = time.perf_counter()
    cost.derive("x", b"s" * 16)
    assert time.perf_counter() - started > 0.05


# -- format 1 still opens, and is upgraded ---------------------------------------------------

def make_format_1(root: Path, *, keyring_mode: bool) -> bytes:
    """A data directory as the code before key slots wrote it: the raw key in the keyring
    (and the password's hash in the database), or in a SQLCipher key file."""
    ws, _ = workspace.set_up(root, PASSWORD)
    consultants.create_consultant(ws.ctx, ConsultantInput("Anna Ærø", "AAE", "Holbæk"))
    key, database_id = ws.database.key, ws.database.database_id
    if keyring_mode:
        write_settings(ws.database.engine, {PASSWORD_HASH: hash_password(PASSWORD)})
    ws.close()
    data_dir = DataDir(root)
    for name in list(keyring.get_keyring().secrets):  # type: ignore[attr-defined]
        keyring.get_keyring().secrets.pop(name)  # type: ignore[attr-defined]
    data_dir.key_file.unlink()
    if keyring_mode:
        KeyringStore(database_id).save(key)
    else:
        PassphraseKeyFile(data_dir.key_file).save(key, PASSWORD)
    data_dir.vault.write_text(json.dumps({"format": 1, "database_id": database_id,
                                          "key_mode": "keyring" if keyring_mode
                                          else "passphrase"}))
    return key


@pytest.mark.parametrize("keyring_mode", [True, False])
def test_format_1_opens_and_is_upgraded_at_the_first_unlock(data_dir, memory_keyring,
                                                           keyring_mode):
    key = make_format_1(data_dir, keyring_mode=keyring_mode)
    with pytest.raises(errors.WrongPassword):
        workspace.unlock(data_dir, "forkert-kodeord")
    assert read_vault(DataDir(data_dir)).format == 1  # a failed unlock changes nothing
    ws = workspace.unlock(data_dir, PASSWORD)
    try:
        assert names(ws) == ["Anna Ærø"]
        assert ws.database.key == key
        assert read_setting(ws.database.engine, PASSWORD_HASH) is None
        assert workspace.verify_password(ws, PASSWORD)
    finally:
        ws.close()
    assert read_vault(DataDir(data_dir)).format == 2
    key_file = slots.read_key_file(DataDir(data_dir).key_file)
    assert (key_file.current.keyring_entry is not None) == keyring_mode
    # The raw key is no longer in the keyring under the database's id.
    assert all(bytes.fromhex(v) != key for v in memory_keyring.secrets.values())
    assert (SERVICE, key_file.database_id) not in memory_keyring.secrets
    workspace.unlock(data_dir, PASSWORD).close()


# -- a damaged key file is not a wrong password ----------------------------------------------

def check(root: Path, monkeypatch, password: str = PASSWORD) -> int:
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", password)
    return main(["--data-dir", str(root), "check"])


def _edit(path: Path, change) -> None:
    raw = json.loads(path.read_text())
    change(raw)
    path.write_text(json.dumps(raw))


def _flip(path: Path, field: str) -> None:
    """One character of a field changed, still valid base64 of the right length: bit rot."""
    def change(raw):
        value = raw["current"][field]
        raw["current"][field] = ("B" if value[0] == "A" else "A") + value[1:]
    _edit(path, change)


@pytest.mark.parametrize("damage", [
    lambda p: _flip(p, "salt"),
    lambda p: _flip(p, "nonce"),
    lambda p: _flip(p, "wrapped"),
    lambda p: p.write_bytes(b"{not json"),
    lambda p: p.write_bytes(b""),
    lambda p: p.write_bytes(b"\x00" * 4096),
    lambda p: p.write_text("[]"),
    lambda p: _edit(p, lambda r: r.pop("current")),
    lambda p: _edit(p, lambda r: r["current"].update(wrapped="AAAA")),  # wrong length
    lambda p: _edit(p, lambda r: r["current"].update(salt="not base64!")),
    lambda p: _edit(p, lambda r: r["current"]["kdf"].update(n=1000)),  # not a power of two
    lambda p: _edit(p, lambda r: r.update(database_id=str(uuid.uuid4()))),
], ids=["flipped-salt", "flipped-nonce", "flipped-key",
        "bad-json", "empty", "zeros", "not-an-object", "no-slot", "short-key", "bad-base64",
        "bad-n", "other-database"])
def test_damaged_key_file_has_its_own_message_and_exit_code(db_mode, data_dir, monkeypatch,
                                                            capsys, damage):
    set_up(data_dir)
    before = DataDir(data_dir).database.read_bytes()
    damage(DataDir(data_dir).key_file)
    for _ in range(2):  # the same answer every time, never "wrong password"
        assert check(data_dir, monkeypatch) == errors.KeyFileDamaged.exit_code == 20
        err = capsys.readouterr().err
        assert "Nøglefilen ips.key er beskadiget" in err and "Traceback" not in err
    assert DataDir(data_dir).database.read_bytes() == before


def test_a_whole_key_file_with_the_wrong_password_is_a_wrong_password(db_mode, data_dir,
                                                                       monkeypatch, capsys):
    set_up(data_dir)
    assert check(data_dir, monkeypatch, "forkert-kodeord") == errors.WrongPassword.exit_code
    assert "Forkert adgangskode" in capsys.readouterr().err


def test_the_recovery_key_opens_past_a_damaged_key_file(data_dir, monkeypatch):
    recovery = set_up(data_dir)
    DataDir(data_dir).key_file.write_bytes(b"{broken")
    workspace.recover(data_dir, recovery, "nyt-kodeord-123").close()
    workspace.unlock(data_dir, "nyt-kodeord-123").close()


@pytest.fixture(params=["keyring", "passphrase"])
def db_mode(request) -> str:
    if request.param == "passphrase":
        request.getfixturevalue("no_keyring")
    return request.param


# -- a keyring that is there but locked or refusing -------------------------------------------

class RefusingKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


REFUSALS = [keyring.errors.KeyringLocked("locked"), keyring.errors.PasswordSetError("no"),
            keyring.errors.InitError("no D-Bus"), keyring.errors.KeyringError("other")]


@pytest.mark.parametrize("error", REFUSALS, ids=lambda e: type(e).__name__)
def test_setup_with_a_refusing_keyring_says_so_and_offers_passphrase_mode(
        data_dir, monkeypatch, capsys, error):
    keyring.set_keyring(RefusingKeyring(error))
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert main(["--language", "en", "--data-dir", str(data_dir), "setup"]) == 11
    err = capsys.readouterr().err
    assert "--passphrase-mode" in err and "locked or refused" in err
    assert "Traceback" not in err
    assert not DataDir(data_dir).database.exists() and not DataDir(data_dir).vault.exists()
    assert not DataDir(data_dir).key_file.exists()
    assert not list(data_dir.glob("ips.db*"))
    assert main(["--data-dir", str(data_dir), "setup", "--passphrase-mode"]) == 0
    workspace.unlock(data_dir, PASSWORD).close()


@pytest.mark.parametrize("error", REFUSALS[:1], ids=lambda e: type(e).__name__)
def test_unlock_with_a_locked_keyring_is_not_a_wrong_password(data_dir, monkeypatch, capsys,
                                                             error):
    set_up(data_dir)
    keyring.set_keyring(RefusingKeyring(error))
    assert check(data_dir, monkeypatch) == errors.KeyringRefused.exit_code == 11
    assert "Traceback" not in capsys.readouterr().err


class PlainTextKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be written to")

    def delete_password(self, service: str, username: str) -> None:
        pass


PlainTextKeyring.__module__ = "keyrings.alt.file"


def test_a_chain_with_a_plain_text_backend_is_refused(memory_keyring, monkeypatch, data_dir):
    from keyring import backend

    monkeypatch.setattr(backend, "get_all_keyring",
                        lambda: [memory_keyring, PlainTextKeyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert "plain text" in (keyring_problem() or "")
    ws, _ = workspace.set_up(data_dir, PASSWORD)  # passphrase mode, not the chain
    assert ws.key_mode.value == "passphrase"
    ws.close()
    monkeypatch.setattr(backend, "get_all_keyring", lambda: [memory_keyring])
    assert keyring_problem() is None


def test_a_format_1_key_file_whose_salt_begins_with_a_brace_is_still_format_1(tmp_path):
    """One format-1 key file in 256 begins with "{" (its random salt): not taken for JSON
    (the suite failed on it now and then: a format-1 unlock said "key file damaged")."""
    legacy = tmp_path / "ips.key"
    legacy.write_bytes(b"{" + bytes(range(256)) * 16)  # one page and a byte: SQLCipher-sized
    assert not slots.is_key_file(legacy)
    current = tmp_path / "current.key"
    current.write_bytes(b'{"format": 2}')
    assert slots.is_key_file(current)
