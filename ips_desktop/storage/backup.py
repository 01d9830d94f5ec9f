"""Encrypted copies of the database: backups, pre-migration copies and restore.

`sqlcipher_export` copies the whole database inside one read transaction, so
a copy taken while the app is writing is consistent; it keeps the same key,
so the recovery key opens every backup too.

Every file that replaces data is flushed to the disk before the rename that
puts it in place (`files.replace_durably`), so a power cut leaves the old or
the new file, whole. A restore never leaves a moment without `ips.db`: the old
database is hard-linked (or copied) into its own `kept/` folder first, then the
verified new copy takes its place in one rename.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ips_desktop.storage import cipher, files
from ips_desktop.storage.errors import (
    READ_ONLY_ERRNOS,
    BackupCancelled,
    BackupTargetRefused,
    BackupTargetUnwritable,
    NotADatabase,
    StorageError,
)
from ips_desktop.storage.models import COUNTED_TABLES
from ips_desktop.storage.vault import DataDir

STAGED_SUFFIX = ".restoring"
PARTIAL_SUFFIX = ".partial"
_JOURNALS = ("-wal", "-shm")
# SQLite calls the watch every this many virtual-machine steps: about every few
# milliseconds of an export, often enough to stop within a moment.
WATCH_STEPS = 20_000
COPY_CACHE_KIB = 256


@dataclass(frozen=True)
class Watch:
    """Who watches a backup being made: the fraction of the copy written, and a way to stop.

    `progress` and `cancelled` are called on the thread making the backup;
    `progress(1.0)` says the copy is written, and reading it back begins.
    """

    progress: Callable[[float], None] | None = None
    cancelled: Callable[[], bool] | None = None


_watch: ContextVar[Watch | None] = ContextVar("backup_watch", default=None)


@contextlib.contextmanager
def watching(progress: Callable[[float], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
    """Every export and verification in this block reports progress and may be stopped.

    A context (not a parameter) so that the use cases between the window and
    these file steps need not pass it along; it is the calling thread's own.
    """
    token = _watch.set(Watch(progress, cancelled))
    try:
        yield
    finally:
        _watch.reset(token)


def check_cancelled() -> None:
    """BackupCancelled when the watcher of this thread's backup asked to stop."""
    watch = _watch.get()
    if watch is not None and watch.cancelled is not None and watch.cancelled():
        raise BackupCancelled("the backup was skipped")


def _watch_connection(conn: cipher.sqlcipher.Connection, written: Path | None = None,
                      total: int = 0) -> None:
    """Let the watch stop a statement (SQLite's progress handler) and see the copy grow."""
    watch = _watch.get()
    if watch is None:
        return

    def step() -> int:
        if watch.cancelled is not None and watch.cancelled():
            return 1  # SQLite stops the statement: SQLITE_INTERRUPT
        if watch.progress is not None and written is not None and total:
            with contextlib.suppress(OSError):
                watch.progress(min(written.stat().st_size / total, 1.0))
        return 0

    conn.set_progress_handler(step, WATCH_STEPS)


def export_copy(source: Path, key: bytes, target: Path) -> dict[str, int]:
    """Write an encrypted copy of `source` to `target`; returns the copy's row counts.

    The counts and the copy are read in the same read transaction, so they
    describe the same moment even while the app keeps writing.
    """
    tmp = files.temporary_sibling(target, ".partial")
    try:
        files.ensure_private_dir(target.parent)
        # Created here, private and empty: a folder that cannot be written fails as OSError.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.PRIVATE_FILE))
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS and not _beside(target, source):
            raise BackupTargetUnwritable("the backup's folder cannot be written") from exc
        raise  # in the data folder: "the data folder cannot be written" says it
    conn = cipher.connect(source, cipher.raw_key_pragma(key))
    try:
        _watch_connection(conn, tmp, _size(source))
        conn.execute("BEGIN")
        counts = count_rows(conn)
        quoted = str(tmp).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS backup KEY \"x'{key.hex()}'\"")
        # A small cache: the copy is written out as it goes, so its size tells how far it is.
        conn.execute(f"PRAGMA backup.cache_size = -{COPY_CACHE_KIB}")
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    except BaseException as exc:
        conn.close()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, cipher.DatabaseError):
            check_cancelled()  # stopped by the watch: skipped, not failed
        raise
    conn.close()
    watch = _watch.get()
    if watch is not None and watch.progress is not None:
        watch.progress(1.0)  # copied: what follows is reading it back
    try:
        files.replace_durably(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _size(path: Path) -> int:
    """The database's size with its WAL: what a whole copy will about come to."""
    total = 0
    for part in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def _beside(target: Path, source: Path) -> bool:
    """Whether `target` lies in the folder of the database `source` (its data folder)."""
    try:
        return target.parent.resolve().is_relative_to(source.parent.resolve())
    except OSError:
        return False


def count_rows(conn: cipher.sqlcipher.Connection) -> dict[str, int]:
    """Rows per table, not counting soft-deleted ones (as `check` reports them)."""
    counts = {}
    for model in COUNTED_TABLES:
        table = model.__tablename__
        where = " WHERE deleted_at IS NULL" if "deleted_at" in model.__table__.c else ""
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])
    return counts


def verify_copy(path: Path, key: bytes) -> str:
    """Raise WrongKey/NotADatabase, or return the verdict: 'ok', or what is damaged.

    SQLite's `integrity_check` judges the tree of pages; SQLCipher's
    `cipher_integrity_check` the HMAC of every page (one row per damaged page).
    """
    cipher.probe(path, cipher.raw_key_pragma(key))
    conn = cipher.connect(path, cipher.raw_key_pragma(key), readonly=True)
    try:
        _watch_connection(conn)
        pages = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        if pages:
            return "; ".join(pages)
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        return "; ".join(rows) or "ok"
    except cipher.DatabaseError as exc:  # "database disk image is malformed"
        check_cancelled()  # stopped by the watch: skipped, not damaged
        return f"damaged ({type(exc).__name__})"
    finally:
        conn.close()


def read_counts(path: Path, key: bytes) -> dict[str, int]:
    """The row counts of a backup, read-only (a backup is never changed by looking at it)."""
    conn = cipher.connect(path, cipher.raw_key_pragma(key), readonly=True)
    try:
        return count_rows(conn)
    except cipher.DatabaseError as exc:
        raise NotADatabase(f"{path.name} cannot be read") from exc
    finally:
        conn.close()


def check_target(data_dir: DataDir, target: Path, *, replace: bool = False) -> Path:
    """The resolved place a backup may be written to, or BackupTargetRefused.

    Never the live database, its journals, vault or key (symlinks, `..` and
    hard links seen through), nowhere in a data directory but its backups
    folder, and no existing file unless `replace` is asked for.
    """
    resolved = target.expanduser().resolve()
    root = data_dir.root.resolve()
    live = [data_dir.database, *(data_dir.database.with_name("ips.db" + j) for j in _JOURNALS),
            data_dir.vault, data_dir.key_file, data_dir.lock]
    for protected in live:
        if resolved == protected.resolve() or (
                resolved.exists() and protected.exists() and resolved.samefile(protected)):
            raise BackupTargetRefused("the target is the live database or its key")
    backups = data_dir.backups.resolve()
    if resolved.is_relative_to(root) and not resolved.is_relative_to(backups):
        raise BackupTargetRefused("the target is inside the data directory")
    if (resolved.parent / "vault.json").exists():  # every data directory has one
        raise BackupTargetRefused("the target is inside another data directory")
    if resolved.is_dir():
        raise BackupTargetRefused("the target is a folder", exists=True)
    if resolved.exists() and not replace:
        raise BackupTargetRefused("the target exists", exists=True)
    return resolved


def stage_copy(data_dir: DataDir, replacement: Path) -> Path:
    """A durable copy of `replacement` beside the live database, to be verified and swapped."""
    staged = files.temporary_sibling(data_dir.database, STAGED_SUFFIX)
    try:
        shutil.copyfile(replacement, staged)
        files.make_private(staged)
        files.fsync_file(staged)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def checkpoint(live: Path, key: bytes) -> None:
    """Fold the WAL into the database file, so the file alone is the whole database.

    Best effort: a database that cannot be read has no WAL worth keeping apart
    from the copy that `keep_old` takes of it.
    """
    with contextlib.suppress(StorageError, cipher.DatabaseError, OSError):
        conn = cipher.connect(live, cipher.raw_key_pragma(key))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def keep_old(data_dir: DataDir, now: datetime | None = None, *,
             key_material: Callable[[Path], None] | None = None) -> Path:
    """Put the live database, its WAL, vault and key file into a new `kept/` folder.

    The folder's name never collides (time and random hex), and it is a small
    data directory of its own: it can be opened or restored back. The live
    database is hard-linked, not moved, so `ips.db` is never missing. The
    folder is filled under a hidden name and renamed when whole, so a kept
    folder is never half of one. `key_material(folder)` may then give it key
    files of its own (the keys are storage's `key_store` business, not this one's).
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    files.ensure_private_dir(data_dir.kept)
    name = f"{stamp}-{secrets.token_hex(4)}"
    partial = data_dir.kept / f".{name}{PARTIAL_SUFFIX}"
    partial.mkdir(mode=files.PRIVATE_DIR)
    live = data_dir.database
    try:
        try:
            os.link(live, partial / live.name)
        except OSError:  # a file system without hard links: a flushed copy instead
            _copy_flushed(live, partial / live.name)
        for extra in (live.with_name(live.name + "-wal"), data_dir.vault, data_dir.key_file):
            if extra.exists():
                _copy_flushed(extra, partial / extra.name)
        if key_material is not None:
            key_material(partial)
        files.fsync_dir(partial)
    except Exception:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    folder = data_dir.kept / name
    partial.rename(folder)
    files.fsync_dir(data_dir.kept)
    return folder


def swap_in(data_dir: DataDir, staged: Path) -> None:
    """One rename puts the staged copy in place; the old journals go first.

    A WAL left beside the new file would be replayed into it; `keep_old` has
    kept a copy, and `checkpoint` has emptied it, so removing it loses nothing.
    """
    live = data_dir.database
    for journal in _JOURNALS:
        live.with_name(live.name + journal).unlink(missing_ok=True)
    files.replace_durably(staged, live)


def clean_interrupted(data_dir: DataDir, spare: Path | None = None) -> None:
    """Remove what a restore killed before its swap left: staged copies, kept links to ips.db.

    A half-filled kept folder, or one whose `ips.db` is the live file itself
    (the hard link of a restore that never swapped), keeps nothing that is not
    still live; every other kept folder stays, and so does the one holding
    `spare` (the file being restored).
    """
    for staged in data_dir.root.glob(f".{data_dir.database.name}.*{STAGED_SUFFIX}"):
        staged.unlink(missing_ok=True)
    for partial in data_dir.kept.glob(f".*{PARTIAL_SUFFIX}"):
        if spare is None or not spare.resolve().is_relative_to(partial.resolve()):
            shutil.rmtree(partial, ignore_errors=True)
    live = data_dir.database
    for kept_db in data_dir.kept.glob(f"*/{live.name}"):
        if spare is not None and spare.resolve().is_relative_to(kept_db.parent.resolve()):
            continue
        if live.exists() and kept_db.samefile(live):
            shutil.rmtree(kept_db.parent)


def _copy_flushed(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    files.make_private(target)
    files.fsync_file(target)  # the folder is flushed by the caller, once
