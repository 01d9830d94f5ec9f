"""Restoring a backup over the live database: checked first, swapped in one rename.

The backup is copied beside the live file, flushed and verified there; the
old database is linked into its own `kept/` folder with its own key file;
then one flushed rename puts the copy in place, so a kill or a power cut at
any moment leaves a whole `ips.db` (storage/backup.py holds the file steps).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ips_desktop.storage import backup, cipher, key_store, schema
from ips_desktop.storage.database import (
    Database,
    _check_password_in_file,
    _load_key,
    _store_key,
)
from ips_desktop.storage.errors import (
    Damaged,
    NewerSchema,
    NotADatabase,
    NotSetUp,
    PasswordUncheckable,
    StorageError,
    WrongKey,
    WrongPassword,
)
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.recovery_key import parse_recovery_key
from ips_desktop.storage.vault import DataDir, Vault, read_vault


@dataclass(frozen=True)
class Restored:
    """Where the replaced database was kept (a folder holding ips.db, vault.json, ips.key)."""

    kept: Path


def restore_database(root: Path, backup_file: Path, password: str, *,
                     recovery_key: str | None = None) -> Restored:
    """Replace the database with a verified backup, keeping the old one in `kept/`.

    The live password (or the recovery key) is checked first; the backup is
    copied beside the live file, flushed and verified there (key, integrity,
    page HMACs, schema not newer); the old database is hard-linked into its
    own kept folder with its own vault and key file; then one rename
    swaps the copy in. A kill at any point leaves a whole `ips.db`.

    A backup of another database needs its recovery key, or its own vault.json
    and key file beside it (a kept folder) that open with `password`.
    """
    data_dir = DataDir(root)
    if not data_dir.is_set_up():  # RestoreUnfinished when only a database's traces are here
        raise NotSetUp(f"no database in {root}")
    vault = read_vault(data_dir)
    if recovery_key:
        key = parse_recovery_key(recovery_key)
        _check_restore_right(data_dir, vault, key, password)
    else:
        key = _load_key(data_dir, vault, password)
        _check_password_in_file(data_dir, vault, key, password)
    _must_exist(backup_file)
    live_key = key  # the recovery key's, when given: a checkpoint with it is best effort
    with InstanceLock(data_dir.lock):
        backup.clean_interrupted(data_dir, spare=backup_file)
        staged = backup.stage_copy(data_dir, backup_file)
        try:
            with _about_the_backup(recovery_key=bool(recovery_key)):
                key, new_key = _key_for_backup(staged, backup_file, key, password,
                                               changed=bool(recovery_key))
                _verify_restorable(staged, key, backup_file.name)
            backup.checkpoint(data_dir.database, live_key)
            kept = backup.keep_old(
                data_dir, key_material=lambda folder: _give_kept_keys(
                    data_dir, folder, password, required=not recovery_key))
            backup.swap_in(data_dir, staged)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        if new_key:
            _store_key(data_dir, vault, key, password)
    return Restored(kept)


def _check_restore_right(data_dir: DataDir, vault: Vault, recovery: bytes, password: str) -> None:
    """A recovery key brings a backup's key, not the right to replace this database.

    That right is the live password (it unwraps the live key) or the live
    database's own recovery key (it opens the live file); anyone holding only
    another database's recovery key is refused before anything moves.
    """
    try:
        live = _load_key(data_dir, vault, password)
        _check_password_in_file(data_dir, vault, live, password)
        return
    except WrongPassword:
        refusal: StorageError = WrongPassword("wrong password")
    except StorageError:  # the live key material is lost or damaged
        refusal = PasswordUncheckable("the live key cannot be read to check the password")
    try:
        cipher.probe(data_dir.database, cipher.raw_key_pragma(recovery))
    except StorageError:
        raise refusal from None


def _give_kept_keys(data_dir: DataDir, folder: Path, password: str, *, required: bool) -> None:
    """The kept old database gets its own key file (and keyring secret), under its password.

    So it stays openable with that password after the live key material is
    retired. With the recovery key the password may not open the live key:
    then the copies of vault.json and ips.key stay, as the best there is.
    """
    try:
        key_store.give_own_key_file(data_dir, DataDir(folder), password)
    except StorageError:
        if required:
            raise


def check_restorable(db: Database, backup_file: Path, password: str) -> None:
    """The checks `restore_database` makes of a backup, read-only, while the database is open.

    The window asks this before it closes its database for the restore, so a
    wrong file costs the user nothing; the restore itself checks again.
    """
    _must_exist(backup_file)
    with _about_the_backup(recovery_key=False):
        key, _ = _key_for_backup(backup_file, backup_file, db.key, password, changed=False)
        _verify_restorable(backup_file, key, backup_file.name)


def _must_exist(backup_file: Path) -> None:
    if not backup_file.is_file():
        missing = NotADatabase(f"{backup_file.name} does not exist")
        missing.message_code = "RestoreBackupMissing"  # type: ignore[attr-defined]
        raise missing


@contextlib.contextmanager
def _about_the_backup(*, recovery_key: bool) -> Iterator[None]:
    """The backup's failures said of the backup, not of the live database.

    "The key does not open this database: use recover" is wrong advice for a
    backup of another database (its recovery key is the way in), and a text
    file is not "a damaged database" but no backup at all. The exception keeps
    its class (and exit code); only its message changes.
    """
    try:
        yield
    except StorageError as exc:
        if isinstance(exc, WrongKey):
            code = "RestoreRecoveryKeyMismatch" if recovery_key else "RestoreOtherDatabase"
        elif isinstance(exc, Damaged):
            code = "RestoreBackupDamaged"
        elif type(exc) is NotADatabase:
            code = "RestoreNotABackup"
        else:
            raise
        if getattr(exc, "message_code", None) is None:
            exc.message_code = code  # type: ignore[attr-defined,union-attr]
        raise


def _key_for_backup(staged: Path, original: Path, key: bytes, password: str, *,
                    changed: bool) -> tuple[bytes, bool]:
    """The key that opens the backup, and whether it differs from the live one.

    When the live key does not open it and the backup lies in a data directory
    of its own (a kept folder), its own key file is tried with the password.
    """
    try:
        cipher.probe(staged, cipher.raw_key_pragma(key))
        return key, changed
    except WrongKey:
        own = DataDir(original.parent)
        if changed or original.name != own.database.name or not own.vault.exists():
            raise
    own_key = _load_key(own, read_vault(own), password)
    cipher.probe(staged, cipher.raw_key_pragma(own_key))
    return own_key, True


def _verify_restorable(path: Path, key: bytes, name: str) -> None:
    verdict = backup.verify_copy(path, key)
    if verdict != "ok":
        damaged = NotADatabase(f"{name} failed the integrity check")  # exit 6, as before
        damaged.message_code = "RestoreBackupDamaged"  # type: ignore[attr-defined]
        raise damaged
    # Read-only: judging a backup must not change it (an engine would switch it to WAL).
    try:
        row = cipher.read_first_row(path, cipher.raw_key_pragma(key),
                                    "SELECT version_num FROM alembic_version")
    except cipher.OperationalError as exc:
        raise NotADatabase(f"{name} has no IPS Desktop schema") from exc  # not a backup
    if not row or row[0] not in schema.REVISIONS:
        raise NewerSchema(f"{name} is from a newer version of the app")
