"""Raw SQLCipher connections: keying, pragmas, and telling a wrong key from a bad file.

SQLCipher checks a key only at the first read and answers both a wrong key and
a damaged file with "file is not a database"; `probe` reads page one
read-only, so a failed attempt never changes the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ips_desktop.storage.errors import NotADatabase, WrongKey

KEY_BYTES = 32
BUSY_TIMEOUT_S = 5.0
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512

DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError


def raw_key_pragma(key: bytes) -> str:
    """A raw 256-bit key skips SQLCipher's key derivation (about 0.1 ms instead of 150 ms)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def passphrase_pragma(passphrase: str) -> str:
    """SQLCipher derives the key from the passphrase itself (PBKDF2, 256,000 rounds)."""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA key = '{quoted}'"


def connect(path: Path, key_pragma: str, *, readonly: bool = False) -> sqlcipher.Connection:
    """Open and key a connection; the caller's first query checks the key."""
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
    conn = sqlcipher.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma)
    return conn


def configure(conn: sqlcipher.Connection) -> None:
    """The pragmas every connection of the app runs with."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def probe(path: Path, key_pragma: str) -> None:
    """Raise WrongKey or NotADatabase unless `key_pragma` opens `path`."""
    read_first_row(path, key_pragma, "SELECT count(*) FROM sqlite_master")


def read_first_row(path: Path, key_pragma: str, sql: str) -> tuple[object, ...] | None:
    """Key, check and read in one read-only connection (one key derivation, not two).

    WrongKey or NotADatabase when the key does not open the file; a query on a
    table the file lacks raises sqlite's OperationalError for the caller to judge.
    """
    if not path.is_file():
        raise NotADatabase(f"{path.name} is missing")
    if path.stat().st_size < _MIN_PAGE:  # SQLCipher would take an empty file as a new database
        raise NotADatabase(f"{path.name} is empty or truncated")
    try:
        conn = connect(path, key_pragma, readonly=True)
    except (DatabaseError, sqlite3.Error) as exc:
        raise NotADatabase(f"{path.name} cannot be opened") from exc
    try:
        return conn.execute(sql).fetchone()
    except OperationalError:
        raise
    except DatabaseError as exc:
        raise classify_failure(path) from exc
    finally:
        conn.close()


def classify_failure(path: Path) -> WrongKey | NotADatabase:
    """Decide, from the file alone, whether a failed key check means a wrong key.

    An encrypted SQLCipher file is whole pages of random-looking bytes; a
    plain SQLite file, an empty file or one cut mid-page cannot be ours.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(len(_PLAIN_SQLITE_HEADER))
    if head == _PLAIN_SQLITE_HEADER:
        return NotADatabase(f"{path.name} is not encrypted")
    if size < _MIN_PAGE or size % _MIN_PAGE:
        return NotADatabase(f"{path.name} is not a database")
    return WrongKey(f"the key does not open {path.name}")
