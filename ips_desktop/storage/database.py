"""Creating, unlocking and recovering the encrypted database of a data directory.

Every failure raises a StorageError subclass before anything is written: the
file is probed read-only, the schema is compared before migrating, and a new
database is built under a temporary name and moved into place only when whole.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select

from ips_desktop.storage import backup, cipher, schema
from ips_desktop.storage.credentials import hash_password, verify_password
from ips_desktop.storage.engine import make_engine
from ips_desktop.storage.errors import (
    KeyringUnavailable,
    NewerSchema,
    NotADatabase,
    NotSetUp,
    PasswordUncheckable,
    StorageError,
    WrongPassword,
)
from ips_desktop.storage.files import ensure_private_dir
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.keys import KeyringStore, PassphraseKeyFile, keyring_problem
from ips_desktop.storage.leftovers import tidy_data_dir
from ips_desktop.storage.models import Setting
from ips_desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from ips_desktop.storage.vault import DataDir, KeyMode, Vault, read_vault, write_vault

PASSWORD_HASH = "app_password_hash"
IS_DEMO = "is_demo"
DATABASE_ID = "database_id"


class AlreadySetUp(StorageError):
    exit_code = 12


@dataclass
class Database:
    """An open, unlocked database; close it to release the file and the lock."""

    data_dir: DataDir
    engine: Engine
    key: bytes = field(repr=False)
    key_mode: KeyMode
    lock: InstanceLock | None = None

    @property
    def path(self) -> Path:
        return self.data_dir.database

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None


@dataclass(frozen=True)
class Created:
    database: Database
    recovery_key: str


def create_database(
    root: Path, password: str, *, use_keyring: bool | None = None, demo: bool = False,
    exclusive: bool = True,
) -> Created:
    """Set up a new database; `use_keyring=None` means: the keyring when it works."""
    data_dir = DataDir(root)
    if data_dir.database.exists():
        raise AlreadySetUp(f"{data_dir.database.name} already exists")
    mode = _key_mode(use_keyring)
    ensure_private_dir(root)
    lock = InstanceLock(data_dir.lock).acquire() if exclusive else None
    try:
        key = secrets.token_bytes(cipher.KEY_BYTES)
        database_id = str(uuid.uuid4())
        tmp = data_dir.database.with_name(data_dir.database.name + ".new")
        for leftover in _with_journals(tmp):
            leftover.unlink(missing_ok=True)
        engine = make_engine(tmp, key)
        try:
            schema.upgrade(engine)
            write_settings(engine, {
                PASSWORD_HASH: hash_password(password), DATABASE_ID: database_id,
                IS_DEMO: "1" if demo else "0",
            })
        finally:
            engine.dispose()
        _store_key(data_dir, Vault(database_id, mode), key, password)
        tmp.replace(data_dir.database)
    except BaseException:
        if lock:
            lock.release()
        raise
    db = Database(data_dir, make_engine(data_dir.database, key), key, mode, lock)
    return Created(db, format_recovery_key(key))


def open_database(
    root: Path, password: str, *, exclusive: bool = True, migrate: bool = True,
    on_backup: Callable[[Path], None] | None = None,
) -> Database:
    """Unlock with the app password; migrate (after a backup) when the schema is older."""
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        raise NotSetUp(f"no database in {root}")
    vault = read_vault(data_dir)
    lock = InstanceLock(data_dir.lock).acquire() if exclusive else None
    tidy_data_dir(root, locked=lock is not None)  # 0700/0600 again; a killed write's leftovers
    try:
        key = _load_key(data_dir, vault, password)
        db = _open_with_key(data_dir, key, vault.key_mode, lock)
        try:
            if vault.key_mode is KeyMode.KEYRING and not verify_password(
                password, read_setting(db.engine, PASSWORD_HASH) or ""
            ):
                raise WrongPassword("wrong password")
            if migrate:
                _migrate_if_needed(db, on_backup)
        except BaseException:
            db.engine.dispose()
            raise
        return db
    except BaseException:
        if lock:
            lock.release()
        raise


def recover(root: Path, recovery_key: str, new_password: str, *,
            use_keyring: bool | None = None) -> Database:
    """Open with the recovery key and store the key again under a new app password.

    For a new machine, a lost keyring entry, a lost vault.json or a forgotten password.
    """
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        raise NotSetUp(f"no database in {root}")
    key = parse_recovery_key(recovery_key)
    mode = _key_mode(use_keyring)
    lock = InstanceLock(data_dir.lock).acquire()
    db: Database | None = None
    try:
        db = _open_with_key(data_dir, key, mode, lock)
        database_id = read_setting(db.engine, DATABASE_ID) or str(uuid.uuid4())
        # The key is stored first: if that fails, the old password still works.
        _store_key(data_dir, Vault(database_id, mode), key, new_password)
        write_settings(db.engine, {PASSWORD_HASH: hash_password(new_password)})
        _migrate_if_needed(db, None)
        return db
    except BaseException:
        if db is not None:
            db.engine.dispose()
        lock.release()
        raise


def restore_database(root: Path, backup_file: Path, password: str, *,
                     recovery_key: str | None = None) -> Path:
    """Replace the database with a verified backup; returns where the old one was kept.

    The backup is checked (key, integrity, schema not newer) before anything
    moves; a backup of another database needs that database's recovery key.
    """
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        raise NotSetUp(f"no database in {root}")
    vault = read_vault(data_dir)
    if recovery_key:
        key = parse_recovery_key(recovery_key)
    else:
        key = _load_key(data_dir, vault, password)
        _check_password_in_file(data_dir, vault, key, password)
    if not backup_file.is_file():
        raise NotADatabase(f"{backup_file.name} does not exist")
    verdict = backup.verify_copy(backup_file, key)
    if verdict != "ok":
        raise NotADatabase(f"{backup_file.name} failed the integrity check")
    # Read-only: judging a backup must not change it (an engine would switch it to WAL).
    try:
        row = cipher.read_first_row(backup_file, cipher.raw_key_pragma(key),
                                    "SELECT version_num FROM alembic_version")
    except cipher.OperationalError as exc:
        raise NotADatabase(f"{backup_file.name} has no IPS Desktop schema") from exc
    if not row or row[0] not in schema.REVISIONS:
        raise NewerSchema(f"{backup_file.name} is from a newer version of the app")
    with InstanceLock(data_dir.lock):
        kept = backup.replace_database(data_dir.database, backup_file)
        if recovery_key:
            _store_key(data_dir, vault, key, password)
    return kept


def destroy_database(data_dir: DataDir) -> None:
    """Delete a database, its journals, key file, vault and keyring entry."""
    vault = read_vault(data_dir)
    with InstanceLock(data_dir.lock):
        for path in [*_with_journals(data_dir.database), data_dir.key_file, data_dir.vault]:
            path.unlink(missing_ok=True)
        if vault.key_mode is KeyMode.KEYRING:
            KeyringStore(vault.database_id).delete()


def check_password(db: Database, password: str) -> bool:
    """Verify the app password of an open database (the lock screen's question)."""
    if db.key_mode is KeyMode.PASSPHRASE:
        try:
            return PassphraseKeyFile(db.data_dir.key_file).load(password) == db.key
        except WrongPassword:
            return False
    return verify_password(password, read_setting(db.engine, PASSWORD_HASH) or "")


def change_password(db: Database, new_password: str) -> None:
    """The key file first (an atomic swap), then the hash: a failure leaves the old one valid."""
    if db.key_mode is KeyMode.PASSPHRASE:
        PassphraseKeyFile(db.data_dir.key_file).save(db.key, new_password)
    write_settings(db.engine, {PASSWORD_HASH: hash_password(new_password)})


def read_setting(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(Setting.value).where(Setting.key == key)).scalar()


def is_demo(engine: Engine) -> bool:
    return read_setting(engine, IS_DEMO) == "1"


def write_settings(engine: Engine, values: dict[str, str]) -> None:
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        for key, value in values.items():
            row = session.scalars(select(Setting).where(Setting.key == key)).first()
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def _open_with_key(
    data_dir: DataDir, key: bytes, mode: KeyMode, lock: InstanceLock | None
) -> Database:
    cipher.probe(data_dir.database, cipher.raw_key_pragma(key))
    engine = make_engine(data_dir.database, key)
    try:
        current, _ = schema.needs_upgrade(engine)  # NewerSchema before anything is written
        if current is None:
            raise NotADatabase(f"{data_dir.database.name} has no IPS Desktop schema")
    except BaseException:
        engine.dispose()
        raise
    return Database(data_dir, engine, key, mode, lock)


def _migrate_if_needed(db: Database, on_backup: Callable[[Path], None] | None) -> None:
    current, needed = schema.needs_upgrade(db.engine)
    if not needed:
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.data_dir.backups / f"ips-before-migration-{current}-{stamp}.db"
    backup.export_copy(db.path, db.key, target)
    if on_backup:
        on_backup(target)
    schema.upgrade(db.engine)


def _key_mode(use_keyring: bool | None) -> KeyMode:
    """The keyring when it works (or is demanded); else the password-protected key file."""
    problem = keyring_problem()
    if use_keyring and problem:
        raise KeyringUnavailable(problem)
    return KeyMode.KEYRING if (use_keyring is not False and not problem) else KeyMode.PASSPHRASE


def _check_password_in_file(data_dir: DataDir, vault: Vault, key: bytes, password: str) -> None:
    """In keyring mode the key comes without the password: check it before anything moves.

    If the live database cannot even be read, the password cannot be checked,
    and only the recovery key may replace it.
    """
    if vault.key_mode is KeyMode.PASSPHRASE:
        return  # loading the key from the key file has checked the password
    try:
        row = cipher.read_first_row(
            data_dir.database, cipher.raw_key_pragma(key),
            f"SELECT value FROM setting WHERE key = '{PASSWORD_HASH}'")
    except (StorageError, cipher.OperationalError) as exc:
        raise PasswordUncheckable("the database cannot be read to check the password") from exc
    if not row or not verify_password(password, str(row[0])):
        raise WrongPassword("wrong password")


def _load_key(data_dir: DataDir, vault: Vault, password: str) -> bytes:
    if vault.key_mode is KeyMode.KEYRING:
        return KeyringStore(vault.database_id).load()
    return PassphraseKeyFile(data_dir.key_file).load(password)


def _store_key(data_dir: DataDir, vault: Vault, key: bytes, password: str) -> None:
    if vault.key_mode is KeyMode.KEYRING:
        KeyringStore(vault.database_id).save(key)
        # A key file from passphrase mode would still open with the old password.
        data_dir.key_file.unlink(missing_ok=True)
    else:
        PassphraseKeyFile(data_dir.key_file).save(key, password)
    write_vault(data_dir, vault)


def _with_journals(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
