"""Why a database could not be opened or written; each maps to its own exit code and message.

None of these ever creates, changes or replaces the database file. The
mapping at the end turns what SQLite or the operating system said (a full
disk, a read-only folder, a damaged page) into one of them, by error code,
never by message text.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Sequence
from pathlib import Path

SQLITE_PERM, SQLITE_READONLY, SQLITE_CORRUPT = 3, 8, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
SQLITE_ERROR, SQLITE_IOERR = 1, 10


class StorageError(Exception):
    """Base of every failure to open, unlock, migrate or write a database."""

    exit_code = 1


class NotSetUp(StorageError):
    """There is no database in the data directory yet."""

    exit_code = 9


class WrongPassword(StorageError):
    exit_code = 3


class KeyMissing(StorageError):
    """The key is not where the vault says (keyring entry lost, no keyring backend)."""

    exit_code = 4


class WrongKey(StorageError):
    """A key was found but does not open this database."""

    exit_code = 5


class NotADatabase(StorageError):
    """The file is damaged, truncated, unencrypted or not a database at all."""

    exit_code = 6


class NewerSchema(StorageError):
    """The database was written by a newer version of the app."""

    exit_code = 7


class AlreadyOpen(StorageError):
    """Another instance has this database open."""

    exit_code = 8


class BadRecoveryKey(StorageError):
    """The recovery key is mistyped (its check group does not match)."""

    exit_code = 10


class PasswordUncheckable(StorageError):
    """The live database cannot be read to check the password: use the recovery key."""

    exit_code = 15


class KeyringUnavailable(StorageError):
    """No usable keyring backend on this machine (passphrase mode is the way)."""

    exit_code = 11


class Damaged(NotADatabase):
    """A page of the database fails its check (HMAC, structure), or the file is cut short.

    SQLCipher's HMAC catches any changed byte; `check` names the damaged pages.
    """

    exit_code = 18


class DiskFull(StorageError):
    """The disk (or the user's quota) is full; the write was not made."""

    exit_code = 16


class ReadOnly(StorageError):
    """The data folder or its disk cannot be written (read-only disk, permissions)."""

    exit_code = 17


class ChangedMeanwhile(StorageError):
    """The row was changed since it was read (another window, a sync): nothing was written.

    SQLAlchemy's version counter (storage/models.py `Record.version`) refuses
    an update made from a stale copy; the user reloads and makes the change again.
    """

    exit_code = 59  # 41-44: sync, 45-58: the team database (issue 21)


class BackupTargetUnwritable(ReadOnly):
    """`backup --out` names a folder outside the data folder that cannot be written.

    A read-only USB stick, say: the data folder is fine, so its message says
    where the trouble is, and scripts get their own exit code.
    """

    exit_code = 34


_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def from_os_error(exc: OSError) -> StorageError | None:
    """DiskFull or ReadOnly for an OSError that is one of them, else None."""
    if exc.errno in _FULL_ERRNOS:
        return DiskFull("no space left on the disk")
    if exc.errno in READ_ONLY_ERRNOS:
        return ReadOnly("the data folder cannot be written")
    return None


NEARLY_FULL_BYTES = 1 << 20


def disk_is_full(near: Path) -> bool:
    """Less than a megabyte free where `near` (or its nearest existing parent) lives."""
    folder = near
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def from_sqlite_error(exc: BaseException, near: Sequence[Path] = ()) -> StorageError | None:
    """The StorageError for a SQLite/SQLCipher error code (`sqlite_errorcode`), else None.

    SQLITE_NOTADB is left to the caller: only the file can tell a wrong key
    from a file that is not ours (`cipher.classify_failure`). A plain
    SQLITE_IOERR does not say why; when a disk at one of the `near` paths has
    no room left (SQLite could not grow its -shm or -wal file), it is a full disk.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF  # extended codes keep the primary one in the low byte
    if primary == SQLITE_FULL or (
            primary == SQLITE_IOERR and any(disk_is_full(p) for p in near)):
        return DiskFull("database or disk is full")
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return ReadOnly("the database cannot be written")
    if primary == SQLITE_CORRUPT:
        return Damaged("the database is damaged")
    return None


def storage_problem(exc: BaseException, near: Sequence[Path] = ()) -> StorageError | None:
    """What a front end should say about `exc`, when it is a storage condition.

    Looks through the chain of causes (SQLAlchemy wraps the driver's error in
    `orig`, `raise ... from` keeps the cause) so that a full disk is a full
    disk wherever it surfaced; an error merely raised while handling another
    (`__context__`) is not taken for it. `near` are the folders the action wrote
    to, to tell a full disk behind SQLite's plain "disk I/O error", and
    behind the SQLITE_ERROR that `sqlcipher_export` reports for any inner
    failure (a backup to a full USB stick): only here, for an error that no
    one below could place, never for the "no such table" a caller may expect.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current
        if isinstance(current, OSError):
            found = from_os_error(current)
            if found is not None:
                return found
        found = from_sqlite_error(current, near)
        if found is None and _code(current) == SQLITE_ERROR and any(
                disk_is_full(p) for p in near):
            found = DiskFull("database or disk is full")
        if found is not None:
            return found
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
class KeyringRefused(KeyringUnavailable):
    """The keyring exists but is locked or refused to store or give the secret."""


class KeyFileDamaged(StorageError):
    """The key file `ips.key` is not a whole, valid key file (not a wrong password)."""

    exit_code = 20


class BackupTargetRefused(StorageError):
    """`backup --out` names a file the backup must not write: the live data or an existing file.

    `message_code` says which of the two; the message names no path.
    """

    exit_code = 30

    def __init__(self, detail: str, *, exists: bool = False) -> None:
        super().__init__(detail)
        self.message_code = "BackupTargetExists" if exists else "BackupTargetRefused"


class ExportTargetRefused(StorageError):
    """A printout or export is aimed into a data directory, where it could replace the data."""

    exit_code = 30


class RestoreUnfinished(StorageError):
    """No `ips.db`, but files of a database are here: a restore or set-up was cut off.

    Setting up would overwrite the key of the data those files belong to, so
    nothing is created; the message lists what was found and how to go on.
    """

    exit_code = 31

    def __init__(self, root: str, found: list[str], undo: str | None) -> None:
        super().__init__("found " + ", ".join(found) + " but no ips.db")
        self.found, self.undo = found, undo
        self.message_code = "RestoreUnfinished" if undo else "RestoreUnfinishedNoCopy"
        self.params = {"root": root, "found": ", ".join(found), "undo": undo or ""}


class BackupFolderUnreachable(StorageError):
    """The backup folder is missing (a network drive not mounted) or cannot be written."""

    exit_code = 32


class BackupUnverified(StorageError):
    """A backup was written but did not read back whole: it was deleted, and is not counted."""

    exit_code = 33


class BackupCancelled(StorageError):
    """The user skipped the backup (closing the window): nothing was written, nothing lost."""

    exit_code = 14
