"""Where the database key is kept: the OS keyring, or a password-protected key file.

The database itself is always keyed with a raw random 256-bit key, so the
recovery key opens it in either mode. In keyring mode the key sits in the
operating system's keyring; in passphrase mode (no usable keyring) it sits in
a small SQLCipher file keyed with the app password through SQLCipher's own key
derivation. A key is never stored in plain text.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import chainer, fail

from ips_desktop.storage import cipher
from ips_desktop.storage.errors import (
    KeyMissing,
    KeyringUnavailable,
    NotADatabase,
    WrongKey,
    WrongPassword,
)
from ips_desktop.storage.keyring_local import prepare_for_saving

SERVICE = "ips-desktop"
_REFUSED_BACKEND_MODULES = ("keyrings.alt",)  # they store secrets in a plain file


def keyring_problem() -> str | None:
    """Why the keyring cannot hold our key, or None when it can."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration is a reason too
        return f"keyring failed to start: {type(exc).__name__}"
    if isinstance(backend, fail.Keyring):
        return "no keyring backend is available"
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return "no keyring backend is available"
    if type(backend).__module__.startswith(_REFUSED_BACKEND_MODULES):
        return "the only keyring backend stores secrets in plain text"
    return None


class KeyringStore:
    """The key in the OS keyring, under service `ips-desktop` and the database's id."""

    def __init__(self, database_id: str) -> None:
        self.database_id = database_id

    def load(self) -> bytes:
        problem = keyring_problem()
        if problem:
            raise KeyringUnavailable(problem)
        try:
            value = keyring.get_password(SERVICE, self.database_id)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc
        if not value:
            raise KeyMissing("the database key is not in the keyring")
        try:
            return bytes.fromhex(value)
        except ValueError as exc:
            raise KeyMissing("the keyring entry is not a database key") from exc

    def save(self, key: bytes) -> None:
        problem = keyring_problem()
        if problem:
            raise KeyringUnavailable(problem)
        prepare_for_saving(keyring.get_keyring())  # Windows: not roaming with the profile
        keyring.set_password(SERVICE, self.database_id, key.hex())

    def delete(self) -> None:
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, self.database_id)


class PassphraseKeyFile:
    """The key in a one-row SQLCipher file keyed with the app password."""

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
            raise KeyMissing(f"the key file {self.path.name} is damaged") from exc
        if not row or not isinstance(row[0], bytes) or len(row[0]) != cipher.KEY_BYTES:
            raise KeyMissing(f"the key file {self.path.name} is damaged")
        value = row[0]
        assert isinstance(value, bytes)
        return value

    def save(self, key: bytes, password: str) -> None:
        """Write a new key file beside the old one, then swap, so a crash leaves one whole."""
        tmp = self.path.with_name(self.path.name + ".new")
        tmp.unlink(missing_ok=True)
        conn = cipher.connect(tmp, cipher.passphrase_pragma(password))
        try:
            conn.execute("CREATE TABLE database_key (key BLOB NOT NULL)")
            conn.execute("INSERT INTO database_key VALUES (?)", (key,))
        finally:
            conn.close()
        tmp.replace(self.path)
