"""Creating, unlocking, recovering and rekeying the encrypted database of a data directory.

Every failure raises a StorageError subclass before anything is written: the
file is probed read-only, the schema is compared before migrating, and a new
database is built under a temporary name and moved into place only when whole.

The database key (random, 256 bits) is kept wrapped in the key file under the
app password, and in keyring mode also under a secret in the OS keyring
(storage/slots.py); the recovery key is the database key itself, written for
paper, so it opens the database and every backup of it on its own.
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from ips_desktop.storage import backup, cipher, files, key_store, rekey, schema
from ips_desktop.storage.credentials import verify_password
from ips_desktop.storage.engine import for_writing, make_engine
from ips_desktop.storage.errors import (
    AlreadyOpen,
    KeyringUnavailable,
    NotADatabase,
    NotSetUp,
    PasswordUncheckable,
    StorageError,
    WrongKey,
    WrongPassword,
)
from ips_desktop.storage.files import ensure_private_dir
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.key_store import LEGACY_PASSWORD_HASH, Unlocked
from ips_desktop.storage.keys import keyring_problem
from ips_desktop.storage.leftovers import tidy_data_dir
from ips_desktop.storage.models import Setting
from ips_desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from ips_desktop.storage.slots import is_key_file
from ips_desktop.storage.unique import upsert
from ips_desktop.storage.vault import VAULT_FORMAT, DataDir, KeyMode, Vault, read_vault

PASSWORD_HASH = LEGACY_PASSWORD_HASH  # format 1 only: the unwrap checks the password now
IS_DEMO = "is_demo"
DATABASE_ID = "database_id"
# "1" in a rekeyed copy until the rekey returns its recovery key to be shown: after a
# kill past the swap, the key in use has never had its recovery key shown.
RECOVERY_KEY_UNSEEN = "recovery_key_unseen"


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
    database_id: str = ""
    # What unwrapped the key: the lock screen unwraps again with the typed password.
    unlocked: Unlocked | None = field(default=None, repr=False)

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
    """Set up a new database; `use_keyring=None` means: the keyring when it works.

    A keyring that exists but refuses the secret raises KeyringRefused, and
    nothing is left behind: the caller may offer passphrase mode instead.
    """
    data_dir = DataDir(root)
    if data_dir.is_set_up():  # RestoreUnfinished when only a database's traces are here
        raise AlreadySetUp(f"{data_dir.database.name} already exists")
    mode = _key_mode(use_keyring)
    ensure_private_dir(root)
    lock = InstanceLock(data_dir.lock).acquire() if exclusive else None
    tmp = data_dir.database.with_name(data_dir.database.name + ".new")
    try:
        key = secrets.token_bytes(cipher.KEY_BYTES)
        database_id = str(uuid.uuid4())
        for leftover in _with_journals(tmp):
            leftover.unlink(missing_ok=True)
        engine = make_engine(tmp, key)
        try:
            schema.upgrade(engine)
            write_settings(engine, {DATABASE_ID: database_id, IS_DEMO: "1" if demo else "0"})
        finally:
            engine.dispose()
        unlocked = key_store.store(data_dir, Vault(database_id, mode), key, password)
        # Killed before this rename, the next start undoes it (storage/interrupted_setup.py).
        files.replace_durably(tmp, data_dir.database)
    except BaseException:
        for leftover in _with_journals(tmp):
            leftover.unlink(missing_ok=True)
        if lock:
            lock.release()
        raise
    db = Database(data_dir, make_engine(data_dir.database, key), key, mode, lock,
                  database_id, unlocked)
    return Created(db, format_recovery_key(key))


def server_database(engine: Engine, root: Path, *, demo: bool = False) -> Database:
    """A Database over a migrated server database (storage/server.py): its id and demo
    mark are written here; there is no key, no file and no instance lock."""
    database_id = str(uuid.uuid4())
    ensure_private_dir(root)  # forms and exports are written beside the data, as on a laptop
    write_settings(engine, {DATABASE_ID: database_id, IS_DEMO: "1" if demo else "0"})
    return Database(DataDir(root), engine, b"", KeyMode.PASSPHRASE, None, database_id)


def open_server_database(engine: Engine, root: Path) -> Database:
    """A Database over a server database made by `server_database`."""
    if schema.needs_upgrade(engine)[0] is None:
        raise NotADatabase("the server database has no IPS Desktop schema")
    return Database(DataDir(root), engine, b"", KeyMode.PASSPHRASE, None,
                    read_setting(engine, DATABASE_ID) or "")


def open_database(
    root: Path, password: str, *, exclusive: bool = True, migrate: bool = True,
    on_backup: Callable[[Path], None] | None = None,
) -> Database:
    """Unlock with the app password; migrate (after a backup) when the schema is older.

    An older key format is upgraded, and an interrupted rekey finished or
    undone, here: under the instance lock, or not at all while another
    window holds it.
    """
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        raise NotSetUp(f"no database in {root}")
    vault = read_vault(data_dir)
    lock = InstanceLock(data_dir.lock).acquire() if exclusive else None
    tidy_data_dir(root, locked=lock is not None)  # 0700/0600 again; a killed write's leftovers
    try:
        unlocked = key_store.load(data_dir, vault, password)
        db = _open_with_key(data_dir, unlocked.key, unlocked.key_mode, lock)
        db.database_id, db.unlocked = vault.database_id, unlocked
        try:
            _settle_key_file(db, vault, password)
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

    For a new machine, a lost keyring entry, a lost or damaged key file or
    vault.json, or a forgotten password.
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
        # The key file is replaced whole: if that fails, the old password still works.
        db.database_id = database_id
        db.unlocked = key_store.store(data_dir, Vault(database_id, mode), key, new_password)
        rekey.clean_leftovers(data_dir)
        _drop_legacy_hash(db.engine)
        _migrate_if_needed(db, None)
        return db
    except BaseException:
        if db is not None:
            db.engine.dispose()
        lock.release()
        raise


def rekey_database(db: Database, password: str,
                   progress: Callable[[float], None] | None = None) -> str:
    """Re-encrypt under a new random key; returns the new recovery key (the old one retires).

    Needs the instance lock (the window holds it; else it is taken here). The
    engine is closed for the copy and replaced by one on the new key, so the
    same Database goes on working in the window's process.
    """
    data_dir = db.data_dir
    with _holding_lock(db) as held:
        if not held:
            raise AlreadyOpen("the database is open in another window")
        vault = read_vault(data_dir)
        current = key_store.load(data_dir, vault, password)  # the password, checked
        if current.key != db.key or current.pending or current.slot is None:
            raise WrongKey("the key file does not hold this database's key")
        db.engine.dispose()
        new_key = rekey.export_rekeyed(data_dir, db.key, progress, _mark_unseen)
        try:
            slot, secret = key_store.make_slot(new_key, password, vault.database_id,
                                               current.key_mode)
            new = Unlocked(new_key, current.key_mode, slot, secret)
            rekey.swap_in(data_dir, current, new, vault.database_id)
        except BaseException:
            if not _opens(data_dir, new_key):  # failed before the swap: the old key stays
                rekey.clean_leftovers(data_dir)
                raise
            _switch_key(db, new_key, Unlocked(new_key, current.key_mode))
            raise
        _switch_key(db, new_key, new)
    return format_recovery_key(new_key)  # unseen until the caller says it was shown


def _mark_unseen(copy: Path, key: bytes) -> None:
    """The copy says its recovery key is unseen until the rekey returns it to be shown.

    So a kill anywhere after the swap (even after the key file's last write)
    is told at the next unlock, and not only while a pending slot is there.
    """
    engine = make_engine(copy, key)
    try:
        write_settings(engine, {RECOVERY_KEY_UNSEEN: "1"})
    finally:
        engine.dispose()


def recovery_key_shown(db: Database) -> None:
    """The front end has put the new recovery key in front of the user (printed, on screen)."""
    write_settings(db.engine, {RECOVERY_KEY_UNSEEN: "0"})


def mark_recovery_key_unseen(db: Database) -> None:
    """Unseen until a front end says it showed the key: as a rekey's copy is marked.

    For `setup`: the recovery key it returns is on its way to a terminal that
    may not take it (`> /dev/full`); the next unlock then says so.
    """
    write_settings(db.engine, {RECOVERY_KEY_UNSEEN: "1"})


def recovery_key_unseen(db: Database) -> bool:
    """True after an interrupted rekey was finished: run a rekey to get a recovery key."""
    return read_setting(db.engine, RECOVERY_KEY_UNSEEN) == "1"


def integrity_of(root: Path, password: str) -> cipher.Integrity:
    """Check every page of a database too damaged to open; read-only, nothing is written.

    For `check` when unlocking itself fails on a damaged page: the key is
    loaded as at unlock (the password is checked by the key file in
    passphrase mode; in keyring mode the hash cannot be read, so only the
    key's owner in the keyring gets this report).
    """
    data_dir = DataDir(root)
    if not data_dir.database.exists():
        raise NotSetUp(f"no database in {root}")
    unlocked = key_store.load(data_dir, read_vault(data_dir), password)
    return cipher.check_integrity(data_dir.database, cipher.raw_key_pragma(unlocked.key),
                                  key=unlocked.key)
def keep_key_material(root: Path, kept_root: Path, password: str) -> None:
    """Give a kept copy of the database in `kept_root` its own `vault.json` and `ips.key`.

    For restore: the old database, kept in its own folder, then opens with the
    password it had (as a data directory of its own), whatever later happens to
    the live directory's key file or keyring secret. Checks the password first.
    """
    key_store.give_own_key_file(DataDir(root), DataDir(kept_root), password)


def destroy_database(data_dir: DataDir) -> None:
    """Delete a database, its journals, key file, vault and keyring entries."""
    vault = read_vault(data_dir)
    with InstanceLock(data_dir.lock):
        key_store.forget(data_dir, vault)
        for path in [*_with_journals(data_dir.database), data_dir.key_file, data_dir.vault]:
            path.unlink(missing_ok=True)


def check_password(db: Database, password: str) -> bool:
    """Verify the app password of an open database (the lock screen's question).

    The key is unwrapped again with the typed password and the keyring secret
    read at unlock, so a keyring that locks meanwhile does not lock the user out.
    """
    if db.unlocked is not None and db.unlocked.slot is not None:
        return key_store.check(db.unlocked, db.database_id, password)
    try:
        return _load_key(db.data_dir, read_vault(db.data_dir), password) == db.key
    except WrongPassword:
        return False


def change_password(db: Database, new_password: str) -> None:
    """A new key file, swapped in whole: a failure leaves the old password valid."""
    database_id = db.database_id or read_vault(db.data_dir).database_id
    db.unlocked = key_store.store(db.data_dir, Vault(database_id, db.key_mode), db.key,
                                  new_password)
    db.database_id = database_id


def read_setting(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(Setting.value).where(Setting.key == key)).scalar()


def is_demo(engine: Engine) -> bool:
    return read_setting(engine, IS_DEMO) == "1"


def write_settings(engine: Engine, values: dict[str, str]) -> None:
    """Insert or update each key in one statement (ON CONFLICT on the unique key), under
    the write lock from the start, as a settings dialog saves while the window's
    background reads commit their audit events."""
    with Session(for_writing(engine)) as session, session.begin():
        write_settings_in(session, values)


def write_settings_in(session: Session, values: dict[str, str]) -> None:
    """`write_settings` inside a caller's transaction (a deleted setting is live again)."""
    upsert(session, Setting,
           [{"key": key, "value": value, "deleted_at": None} for key, value in values.items()],
           key=("key",), update=("value", "updated_at", "deleted_at"))


def delete_settings(engine: Engine, keys: Iterable[str]) -> None:
    """Remove settings (those not there are no matter), under the write lock from the start."""
    from sqlalchemy.orm import Session

    with Session(for_writing(engine)) as session, session.begin():
        session.execute(delete(Setting).where(Setting.key.in_(list(keys))))


def _open_with_key(
    data_dir: DataDir, key: bytes, mode: KeyMode, lock: InstanceLock | None
) -> Database:
    cipher.probe_key(data_dir.database, key)  # a damaged page 1 is Damaged, not WrongKey
    engine = make_engine(data_dir.database, key)
    try:
        current, _ = schema.needs_upgrade(engine)  # NewerSchema before anything is written
        if current is None:
            raise NotADatabase(f"{data_dir.database.name} has no IPS Desktop schema")
    except BaseException:
        engine.dispose()
        raise
    return Database(data_dir, engine, key, mode, lock)


def _settle_key_file(db: Database, vault: Vault, password: str) -> None:
    """Upgrade a format-1 key, finish an interrupted rekey, delete a killed rekey's copy."""
    unlocked = db.unlocked
    assert unlocked is not None
    stale = unlocked.legacy or vault.format < VAULT_FORMAT or vault.key_mode != unlocked.key_mode
    with _holding_lock(db) as held:
        if not held:
            return  # another window has it open; it settles the files itself
        if unlocked.pending:
            db.unlocked = rekey.settle_pending(db.data_dir, vault.database_id, unlocked)
        else:
            rekey.clean_leftovers(db.data_dir)
        if stale:
            db.unlocked = key_store.store(
                db.data_dir, Vault(vault.database_id, unlocked.key_mode), db.key, password)
            db.key_mode = unlocked.key_mode
            _drop_legacy_hash(db.engine)


@contextlib.contextmanager
def _holding_lock(db: Database) -> Iterator[bool]:
    """True while this process holds the instance lock (taken here if it was not)."""
    if db.lock is not None:
        yield True
        return
    try:
        lock = InstanceLock(db.data_dir.lock).acquire()
    except AlreadyOpen:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _switch_key(db: Database, key: bytes, unlocked: Unlocked) -> None:
    db.engine.dispose()
    db.engine = make_engine(db.path, key)
    db.key, db.unlocked = key, unlocked


def _opens(data_dir: DataDir, key: bytes) -> bool:
    try:
        cipher.probe(data_dir.database, cipher.raw_key_pragma(key))
    except StorageError:
        return False
    return True


def _drop_legacy_hash(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    with Session(engine) as session, session.begin():
        session.execute(delete(Setting).where(Setting.key == LEGACY_PASSWORD_HASH))


def _migrate_if_needed(db: Database, on_backup: Callable[[Path], None] | None) -> None:
    current, needed = schema.needs_upgrade(db.engine)
    if not needed:
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # The random part: two migrations in one second must not share a name.
    name = f"ips-before-migration-{current}-{stamp}-{secrets.token_hex(4)}.db"
    target = db.data_dir.backups / name
    backup.export_copy(db.path, db.key, target)  # flushed before its rename
    if on_backup:
        on_backup(target)
    if db.database_id and read_setting(db.engine, DATABASE_ID) is None:
        # A database older than the setting: 0012_sync marks its rows as made here.
        write_settings(db.engine, {DATABASE_ID: db.database_id})
    schema.upgrade(db.engine)


def _key_mode(use_keyring: bool | None) -> KeyMode:
    """The keyring when it works (or is demanded); else the password-protected key file."""
    problem = keyring_problem()
    if use_keyring and problem:
        raise KeyringUnavailable(problem)
    return KeyMode.KEYRING if (use_keyring is not False and not problem) else KeyMode.PASSPHRASE


def _check_password_in_file(data_dir: DataDir, vault: Vault, key: bytes, password: str) -> None:
    """Format 1 in keyring mode: the key came without the password, so check it here.

    Since format 2 `_load_key` has checked the password by unwrapping the key.
    If the live database cannot even be read, the password cannot be checked,
    and only the recovery key may replace it.
    """
    if vault.key_mode is KeyMode.PASSPHRASE or is_key_file(data_dir.key_file):
        return
    try:
        row = cipher.read_first_row(
            data_dir.database, cipher.raw_key_pragma(key),
            f"SELECT value FROM setting WHERE key = '{PASSWORD_HASH}'")
    except (StorageError, cipher.OperationalError) as exc:
        raise PasswordUncheckable("the database cannot be read to check the password") from exc
    if not row or not verify_password(password, str(row[0])):
        raise WrongPassword("wrong password")


def _load_key(data_dir: DataDir, vault: Vault, password: str) -> bytes:
    """The key that opens the database, once the password is checked; changes no file."""
    return key_store.load(data_dir, vault, password).key


def _store_key(data_dir: DataDir, vault: Vault, key: bytes, password: str) -> None:
    """Wrap `key` under `password` in a new key file (and keyring secret); retire the old ones."""
    key_store.store(data_dir, vault, key, password)


def _with_journals(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
