"""Raw SQLCipher connections: keying, pragmas, and telling a wrong key from a bad file.

SQLCipher checks a key only at the first read and answers both a wrong key and
a file that is not ours with "file is not a database" (SQLITE_NOTADB); a page
that fails its HMAC, or a file cut short, is SQLITE_CORRUPT. `probe` reads
page one read-only, so a failed attempt never changes the file.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ips_desktop.storage.errors import (
    SQLITE_NOTADB,
    Damaged,
    NotADatabase,
    StorageError,
    WrongKey,
    from_sqlite_error,
)

KEY_BYTES = 32
BUSY_TIMEOUT_S = 5.0
PAGE_SIZE = 4096  # SQLCipher 4's default, which the app never changes
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512
_PAGE_NUMBER = re.compile(r"\bpage (\d+)\b")

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
        raise (from_sqlite_error(exc, (path,))
               or NotADatabase(f"{path.name} cannot be opened")) from exc
    try:
        return conn.execute(sql).fetchone()
    except DatabaseError as exc:
        known = from_sqlite_error(exc, (path,))
        if known is not None:
            raise known from exc
        if isinstance(exc, OperationalError):
            raise  # e.g. no such table: the caller judges
        raise classify_failure(path, exc) from exc
    finally:
        conn.close()


def classify_failure(path: Path, exc: BaseException | None = None) -> StorageError:
    """Decide whether a failed key check means a wrong key, a damaged file or not ours.

    SQLite's error code says it first: SQLITE_CORRUPT is a damaged or
    truncated database whose first page the key did open. For "not a
    database" the file decides: an encrypted SQLCipher file is whole pages
    of random-looking bytes, so a plain SQLite file or one smaller than a
    page cannot be ours, and one cut mid-page is truncated, not a wrong key.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if exc is not None and isinstance(code, int) and code & 0xFF != SQLITE_NOTADB:
        known = from_sqlite_error(exc)
        if known is not None:
            return known
    size = path.stat().st_size
    with path.open("rb") as f:
        head = f.read(len(_PLAIN_SQLITE_HEADER))
    if head == _PLAIN_SQLITE_HEADER:
        return NotADatabase(f"{path.name} is not encrypted")
    if size < PAGE_SIZE:
        return NotADatabase(f"{path.name} is not a database")
    if size % PAGE_SIZE:
        return Damaged(f"{path.name} is truncated (cut mid-page)")
    return WrongKey(f"the key does not open {path.name}")


@dataclass(frozen=True)
class Integrity:
    """What SQLCipher's page check and SQLite's structure check found; empty lists: sound."""

    cipher_problems: list[str]
    sqlite_problems: list[str]
    damaged_pages: list[int]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


def check_integrity(path: Path, key_pragma: str) -> Integrity:
    """Every page's HMAC (`cipher_integrity_check`), then SQLite's `integrity_check`.

    Read-only. The cipher check reads every page and names each one that
    fails; SQLite's check stops with SQLITE_CORRUPT at the first such page,
    which is reported as a problem here, not raised.
    """
    conn = connect(path, key_pragma, readonly=True)
    try:
        try:
            cipher_rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        except DatabaseError as exc:  # not even page 1 reads: say what the file is
            raise (from_sqlite_error(exc) or classify_failure(path, exc)) from exc
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except DatabaseError as exc:
            problem = from_sqlite_error(exc) or classify_failure(path, exc)
            if not isinstance(problem, Damaged):
                raise problem from exc
            rows = ["database disk image is malformed"]
    finally:
        conn.close()
    pages = sorted({int(m.group(1)) for row in cipher_rows for m in _PAGE_NUMBER.finditer(row)})
    return Integrity(cipher_rows, [r for r in rows if r != "ok"], pages)
