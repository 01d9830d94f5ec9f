"""The OS keyring's part of the key, and the places format 1 kept the database key.

In keyring mode the keyring holds a 32-byte random secret (never the database
key); together with the app password it unwraps the database key from the key
file (storage/slots.py). Format 1 kept the raw database key in the keyring
(keyring mode) or in a one-row SQLCipher file keyed with the password
(passphrase mode); those are read once, at the first unlock, and replaced.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from ips_desktop.storage import cipher
from ips_desktop.storage.errors import (
    KeyFileDamaged,
    KeyMissing,
    KeyringRefused,
    KeyringUnavailable,
    NotADatabase,
    WrongKey,
    WrongPassword,
)
from ips_desktop.storage.keyring_local import prepare_for_saving

SERVICE = "ips-desktop"
_REFUSED_BACKEND_MODULES = ("keyrings.alt",)  # they store secrets in a plain file


def _plain_text(backend: KeyringBackend) -> bool:
    return type(backend).__module__.startswith(_REFUSED_BACKEND_MODULES)


def keyring_problem() -> str | None:
    """Why the keyring cannot hold our secret, or None when it can."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration is a reason too
        return f"keyring failed to start: {type(exc).__name__}"
    if isinstance(backend, fail.Keyring):
        return "no keyring backend is available"
    if isinstance(backend, chainer.ChainerBackend):
        if not backend.backends:
            return "no keyring backend is available"
        # A chain writes to its first backend that takes it: a plain file among them may.
        if any(_plain_text(b) for b in backend.backends):
            return "a keyring backend in the chain stores secrets in plain text"
    if _plain_text(backend):
        return "the only keyring backend stores secrets in plain text"
    return None


def _refused(exc: Exception) -> KeyringRefused:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringRefused("the keyring is locked")
    return KeyringRefused(f"the keyring refused: {type(exc).__name__}")


class KeyringSecret:
    """The keyring's secret for one key slot, under service `ips-desktop` and `entry`."""

    def __init__(self, entry: str) -> None:
        self.entry = entry

    def load(self) -> bytes:
        value = _get(self.entry)
        if not value:
            raise KeyMissing("the keyring has no secret for this database")
        try:
            secret = bytes.fromhex(value)
        except ValueError as exc:
            raise KeyMissing("the keyring entry is not an IPS Desktop secret") from exc
        if len(secret) != 32:
            raise KeyMissing("the keyring entry is not an IPS Desktop secret")
        return secret

    def save(self, secret: bytes) -> None:
        problem = keyring_problem()
        if problem:
            raise KeyringUnavailable(problem)
        try:
            prepare_for_saving(keyring.get_keyring())  # Windows: not roaming with the profile
            keyring.set_password(SERVICE, self.entry, secret.hex())
        except Exception as exc:  # any backend failure; KeyringError above all
            raise _refused(exc) from exc

    def delete(self) -> None:
        """Retire the secret; a keyring that refuses leaves a secret that opens nothing now."""
        with contextlib.suppress(Exception):
            keyring.delete_password(SERVICE, self.entry)


def _get(entry: str) -> str | None:
    problem = keyring_problem()
    if problem:
        raise KeyringUnavailable(problem)
    try:
        return keyring.get_password(SERVICE, entry)
    except Exception as exc:  # KeyringLocked, InitError, a D-Bus error, …
        raise _refused(exc) from exc


class KeyringStore:
    """Format 1: the raw database key itself in the keyring, under the database's id."""

    def __init__(self, database_id: str) -> None:
        self.database_id = database_id

    def load(self) -> bytes:
        value = _get(self.database_id)
        if not value:
            raise KeyMissing("the database key is not in the keyring")
        try:
            return bytes.fromhex(value)
        except ValueError as exc:
            raise KeyMissing("the keyring entry is not a database key") from exc

    def save(self, key: bytes) -> None:
        """Only tests write format 1 (to prove that such data directories still open)."""
        problem = keyring_problem()
        if problem:
            raise KeyringUnavailable(problem)
        prepare_for_saving(keyring.get_keyring())  # Windows: not roaming with the profile
        keyring.set_password(SERVICE, self.database_id, key.hex())

    def delete(self) -> None:
        with contextlib.suppress(Exception):
            keyring.delete_password(SERVICE, self.database_id)


class PassphraseKeyFile:
    """Format 1 of passphrase mode: the key in a one-row SQLCipher file keyed with the password."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, password: str) -> bytes:
        if not self.path.is_file():
            raise KeyMissing(f"the key file {self.path.name} is missing")
        try:
            row = cipher.read_first_row(self.path, cipher.passphrase_pragma(password),
                                        "SELECT key FROM database_key")
        except WrongKey as exc:
            raise WrongPassword("wrong password") from exc
        except (NotADatabase, cipher.OperationalError) as exc:
            raise KeyFileDamaged(f"the key file {self.path.name} is damaged") from exc
        if not row or not isinstance(row[0], bytes) or len(row[0]) != cipher.KEY_BYTES:
            raise KeyFileDamaged(f"the key file {self.path.name} is damaged")
        value = row[0]
        assert isinstance(value, bytes)
        return value

    def save(self, key: bytes, password: str) -> None:
        """Only tests write format 1 (to prove that such data directories still open)."""
        tmp = self.path.with_name(self.path.name + ".new")
        tmp.unlink(missing_ok=True)
        conn = cipher.connect(tmp, cipher.passphrase_pragma(password))
        try:
            conn.execute("CREATE TABLE database_key (key BLOB NOT NULL)")
            conn.execute("INSERT INTO database_key VALUES (?)", (key,))
        finally:
            conn.close()
        tmp.replace(self.path)
