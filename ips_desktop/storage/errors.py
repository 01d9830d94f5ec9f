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
