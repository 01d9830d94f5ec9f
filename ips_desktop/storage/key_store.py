"""Loading and storing the database key of a data directory, in every format it was kept.

`load` only reads: it never changes a file, so it is safe without the
instance lock (the CLI's `check` and `backup` run beside the window). What
must be written after an unlock (a format-1 upgrade, the end of an
interrupted rekey) is done by `store` and `settle_pending`, under the lock.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from ips_desktop.storage import cipher
from ips_desktop.storage.credentials import verify_password
from ips_desktop.storage.errors import (
    KeyFileDamaged,
    KeyMissing,
    StorageError,
    WrongKey,
    WrongPassword,
)
from ips_desktop.storage.keys import KeyringSecret, KeyringStore, PassphraseKeyFile
from ips_desktop.storage.slots import (
    KeyFile,
    Slot,
    is_key_file,
    new_secret,
    read_key_file,
    seal,
    unseal,
    write_key_file,
)
from ips_desktop.storage.vault import (
    LEGACY_FORMAT,
    DataDir,
    KeyMode,
    Vault,
    read_vault,
    write_vault,
)

LEGACY_PASSWORD_HASH = "app_password_hash"  # format 1, keyring mode: the password's only check


@dataclass(frozen=True)
class Unlocked:
    """The database key and what unwrapped it (kept so the lock screen can ask again)."""

    key: bytes = field(repr=False)
    key_mode: KeyMode
    slot: Slot | None = None  # None: read from a format-1 place, to be upgraded
    secret: bytes | None = field(default=None, repr=False)
    pending: bool = False  # a rekey was interrupted: `settle_pending` finishes or undoes it

    @property
    def legacy(self) -> bool:
        return self.slot is None


def slot_mode(slot: Slot) -> KeyMode:
    return KeyMode.KEYRING if slot.keyring_entry is not None else KeyMode.PASSPHRASE


def load(data_dir: DataDir, vault: Vault, password: str) -> Unlocked:
    """The key that opens the database, after checking the password; writes nothing."""
    path = data_dir.key_file
    if is_key_file(path):
        key_file = read_key_file(path)
        if key_file.database_id != vault.database_id:
            raise KeyFileDamaged(f"{path.name} belongs to another database")
        current = open_slot(key_file.current, password, key_file.database_id)
        if key_file.pending is None:
            return current
        if _opens(data_dir, current.key):
            return Unlocked(current.key, current.key_mode, current.slot, current.secret, True)
        # Killed after the rekeyed copy replaced the database: the new key is the one.
        new = open_slot(key_file.pending, password, key_file.database_id)
        return Unlocked(new.key, new.key_mode, new.slot, new.secret, True)
    if vault.format == LEGACY_FORMAT:
        return _load_legacy(data_dir, vault, password)
    if path.exists():
        raise KeyFileDamaged(f"{path.name} is not a key file")
    raise KeyMissing(f"the key file {path.name} is missing")


def open_slot(slot: Slot, password: str, database_id: str) -> Unlocked:
    secret = KeyringSecret(slot.keyring_entry).load() if slot.keyring_entry else None
    key = unseal(slot, password, secret, database_id=database_id)
    return Unlocked(key, slot_mode(slot), slot, secret)


def check(unlocked: Unlocked, database_id: str, password: str) -> bool:
    """Unwrap again with `password` (the KDF is the point); no keyring or file needed."""
    if unlocked.slot is None:
        return False
    try:
        return unseal(unlocked.slot, password, unlocked.secret,
                      database_id=database_id) == unlocked.key
    except WrongPassword:
        return False


def store(data_dir: DataDir, vault: Vault, key: bytes, password: str) -> Unlocked:
    """Wrap `key` under `password` (and a new keyring secret) and retire every older way in.

    The new secret goes to the keyring first, then the key file (written whole);
    a crash at any point leaves the old or the new key file working. Then the
    older keyring entries are deleted, and vault.json is written last.
    """
    retired = _keyring_entries(data_dir)
    legacy_entry = _legacy_keyring_entry(data_dir)
    slot, secret = make_slot(key, password, vault.database_id, vault.key_mode)
    write_key_file(data_dir.key_file, KeyFile(vault.database_id, slot))
    # The keyring is asked only when it held something of ours (no prompt otherwise), and
    # before vault.json says format 2: until then the next unlock repeats this.
    for entry in retired - {slot.keyring_entry}:
        KeyringSecret(entry).delete()
    if legacy_entry:
        KeyringStore(legacy_entry).delete()  # format 1's raw key
    write_vault(data_dir, Vault(vault.database_id, vault.key_mode))
    return Unlocked(key, vault.key_mode, slot, secret)


def _legacy_keyring_entry(data_dir: DataDir) -> str | None:
    """The database id under which format 1 kept the raw key in the keyring, if it did."""
    try:
        old = read_vault(data_dir)
    except StorageError:
        return None
    if old.format == LEGACY_FORMAT and old.key_mode is KeyMode.KEYRING:
        return old.database_id
    return None


def make_slot(key: bytes, password: str, database_id: str,
              mode: KeyMode) -> tuple[Slot, bytes | None]:
    """A new slot; in keyring mode its new secret is in the keyring before this returns."""
    if mode is KeyMode.PASSPHRASE:
        return seal(key, password, None, database_id=database_id, keyring_entry=None), None
    entry = f"{database_id}.{secrets.token_hex(4)}"
    secret = new_secret()
    KeyringSecret(entry).save(secret)
    return seal(key, password, secret, database_id=database_id, keyring_entry=entry), secret


def give_own_key_file(data_dir: DataDir, target: DataDir, password: str) -> None:
    """Key files for a copy of the database in `target` (a restore's kept old database).

    The copy gets its own key file and, in keyring mode, its own keyring secret,
    so that retiring the live directory's key material later (a new password,
    a recovery, a rekey) leaves the copy openable with the password it had.
    """
    vault = read_vault(data_dir)
    unlocked = load(data_dir, vault, password)  # checks the password
    target.root.mkdir(parents=True, exist_ok=True)
    slot, _ = make_slot(unlocked.key, password, vault.database_id, unlocked.key_mode)
    write_key_file(target.key_file, KeyFile(vault.database_id, slot))
    write_vault(target, Vault(vault.database_id, unlocked.key_mode))


def forget(data_dir: DataDir, vault: Vault) -> None:
    """Delete every keyring entry of this data directory (destroying a database)."""
    for entry in _keyring_entries(data_dir):
        KeyringSecret(entry).delete()
    KeyringStore(vault.database_id).delete()


def _keyring_entries(data_dir: DataDir) -> set[str]:
    try:
        key_file = read_key_file(data_dir.key_file) if is_key_file(data_dir.key_file) else None
    except StorageError:
        return set()
    if key_file is None:
        return set()
    slots = [key_file.current, key_file.pending]
    return {s.keyring_entry for s in slots if s is not None and s.keyring_entry}


def _opens(data_dir: DataDir, key: bytes) -> bool:
    try:
        cipher.probe(data_dir.database, cipher.raw_key_pragma(key))
    except WrongKey:
        return False
    return True


def _load_legacy(data_dir: DataDir, vault: Vault, password: str) -> Unlocked:
    if vault.key_mode is KeyMode.PASSPHRASE:
        return Unlocked(PassphraseKeyFile(data_dir.key_file).load(password), KeyMode.PASSPHRASE)
    key = KeyringStore(vault.database_id).load()
    # The keyring handed out the key without asking: the hash inside the database decides.
    try:
        row = cipher.read_first_row(
            data_dir.database, cipher.raw_key_pragma(key),
            f"SELECT value FROM setting WHERE key = '{LEGACY_PASSWORD_HASH}'")
    except cipher.OperationalError as exc:
        raise KeyMissing("the database has no password to check") from exc
    if not row or not verify_password(password, str(row[0])):
        raise WrongPassword("wrong password")
    return Unlocked(key, KeyMode.KEYRING)
