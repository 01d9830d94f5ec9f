"""Why a database could not be opened; each maps to its own exit code and message.

None of these ever creates, changes or replaces the database file.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base of every failure to open, unlock or migrate a database."""

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
