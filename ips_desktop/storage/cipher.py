"""Raw SQLCipher connections: keying, pragmas, and telling a wrong key from a bad file.

SQLCipher checks a key only at the first read and answers both a wrong key and
a file that is not ours with "file is not a database" (SQLITE_NOTADB); a page
that fails its HMAC, or a file cut short, is SQLITE_CORRUPT. `probe` reads
page one read-only, so a failed attempt never changes the file.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection

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
_SALT_BYTES = 16  # page 1 begins with the salt, in the clear
_HMAC_BYTES = 64  # HMAC-SHA512 at the end of every page
_PAGES_TO_TRY = 8  # pages after the first whose HMAC may vouch for the key
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_MIN_PAGE = 512
_MIN_DISTINCT_BYTES = 192  # of 256 in a page of ciphertext (about 255 expected)
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


def library_versions() -> tuple[str, str]:
    """SQLCipher's and its SQLite's versions, from the library itself (the About box)."""
    conn = sqlcipher.connect(":memory:")
    try:
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return str(cipher_version), str(sqlite_version)


# SQLCipher decrypts a page each time it is read into SQLite's page cache, so a cache
# smaller than a list's working set decrypts the same index pages on every read. The
# default 2 MiB held too little of the large demo: the participant list's query took
# 55 ms against 11 ms in plain SQLite; with 32 MiB it runs at the plain figure. The
# cache only grows as pages are read, so a small database uses little of it.
CACHE_KIB = 32 * 1024


def configure(conn: sqlcipher.Connection) -> None:
    """The pragmas every connection of the app runs with."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # A deleted row's bytes are zeroed, not only unlinked: an erased person (GDPR art. 17)
    # must not be readable in the file's free space (storage/erasure.py).
    conn.execute("PRAGMA secure_delete = ON")


def probe(path: Path, key_pragma: str) -> None:
    """Raise WrongKey or NotADatabase unless `key_pragma` opens `path`."""
    read_first_row(path, key_pragma, "SELECT count(*) FROM sqlite_master")


def probe_key(path: Path, key: bytes) -> None:
    """`probe` with a raw key, telling a damaged first page from a wrong key.

    SQLCipher says "not a database" alike for a wrong key and for page 1
    failing its HMAC. When another page's HMAC authenticates under `key`, the
    key is right, so page 1 is damaged. (A key file alone cannot vouch: an
    old key file restored beside a rekeyed database holds a genuine key that
    is wrong for it. Damage in the 16-byte salt at the head of page 1 leaves no
    page to vouch either, and still reads as a wrong key.)
    """
    try:
        probe(path, raw_key_pragma(key))
    except WrongKey as exc:
        if pages_authenticate(path, key):
            raise Damaged(f"page 1 of {path.name} fails its check") from exc
        raise


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
        head = f.read(PAGE_SIZE)
    if head.startswith(_PLAIN_SQLITE_HEADER):
        return NotADatabase(f"{path.name} is not encrypted")
    if size < PAGE_SIZE or not looks_encrypted(head):
        return NotADatabase(f"{path.name} is not a database")
    if size % PAGE_SIZE:
        return Damaged(f"{path.name} is truncated (cut mid-page)")
    return WrongKey(f"the key does not open {path.name}")


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's HMAC key for a raw key: PBKDF2-HMAC-SHA512, 2 rounds, salt XOR 0x3a."""
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, KEY_BYTES)


def _page_authenticates(page: bytes, number: int, hmac_key: bytes) -> bool:
    """SQLCipher 4's page HMAC: over the page (after the salt on page 1) and its number."""
    body = page[_SALT_BYTES if number == 1 else 0:PAGE_SIZE - _HMAC_BYTES]
    mac = hmac.new(hmac_key, body + number.to_bytes(4, "little"), "sha512").digest()
    return hmac.compare_digest(mac, page[PAGE_SIZE - _HMAC_BYTES:PAGE_SIZE])


def pages_authenticate(path: Path, key: bytes) -> bool:
    """Whether one of the pages after the first passes its HMAC under `key` (read-only).

    That proves the key (and the salt on page 1) right even when page 1 fails.
    """
    try:
        with path.open("rb") as f:
            salt = f.read(_SALT_BYTES)
            f.seek(PAGE_SIZE)
            rest = f.read(PAGE_SIZE * _PAGES_TO_TRY)
    except OSError:
        return False
    hmac_key = _hmac_key(key, salt)
    return any(_page_authenticates(rest[i * PAGE_SIZE:(i + 1) * PAGE_SIZE], i + 2, hmac_key)
               for i in range(len(rest) // PAGE_SIZE))


def failing_pages(path: Path, key: bytes) -> list[int]:
    """The numbers of every page whose HMAC fails under `key`: `cipher_integrity_check`
    for a file SQLCipher cannot open (its page 1 fails); read-only."""
    failing: list[int] = []
    with path.open("rb") as f:
        salt = f.read(_SALT_BYTES)
        hmac_key = _hmac_key(key, salt)
        f.seek(0)
        number = 0
        while page := f.read(PAGE_SIZE):
            number += 1
            if len(page) < PAGE_SIZE or not _page_authenticates(page, number, hmac_key):
                failing.append(number)
    return failing


def looks_encrypted(head: bytes) -> bool:
    """Whether a file's first page looks like ciphertext: nearly every byte value occurs.

    A page of AES output holds about 255 of the 256 byte values; text, and
    most files that are not encrypted or compressed, hold far fewer. So a text
    file is "not a database", never "the key does not open it".
    """
    return len(set(head)) >= _MIN_DISTINCT_BYTES


@dataclass(frozen=True)
class Integrity:
    """What SQLCipher's page check and SQLite's structure check found; empty lists: sound."""

    cipher_problems: list[str]
    sqlite_problems: list[str]
    damaged_pages: list[int]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems


def check_integrity(path: Path, key_pragma: str, *, key: bytes | None = None) -> Integrity:
    """Every page's HMAC (`cipher_integrity_check`), then SQLite's `integrity_check`.

    Read-only. The cipher check reads every page and names each one that
    fails; SQLite's check stops with SQLITE_CORRUPT at the first such page,
    which is reported as a problem here, not raised. When page 1 itself fails
    and the raw `key` is given (see `probe_key`), the pages are checked here
    instead, naming page 1 among the damaged ones.
    """
    conn = connect(path, key_pragma, readonly=True)
    cipher_rows: list[str] | None = None
    try:
        try:
            cipher_rows = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except DatabaseError as exc:  # page 1 does not read, or a later page stops SQLite
            problem = from_sqlite_error(exc) or classify_failure(path, exc)
            if isinstance(problem, WrongKey) and key is not None and pages_authenticate(
                    path, key):
                pages = failing_pages(path, key)  # page 1 among them
                return Integrity([f"page {n}: HMAC check failed" for n in pages],
                                 ["page 1 cannot be read"], pages)
            if not isinstance(problem, Damaged) or cipher_rows is None:
                raise problem from exc
            rows = ["database disk image is malformed"]
    finally:
        conn.close()
    pages = sorted({int(m.group(1)) for row in cipher_rows for m in _PAGE_NUMBER.finditer(row)})
    return Integrity(cipher_rows, [r for r in rows if r != "ok"], pages)


def describe(conn: Connection) -> str:
    """The cipher an open database is encrypted with, as `check` names it.

    The engine's own words on a server database (it encrypts in transit with
    TLS; at rest is the server's business).
    """
    if conn.dialect.name != "sqlite":
        return f"{conn.dialect.name} (the server's own protection; TLS to it)"
    version = conn.exec_driver_sql("PRAGMA cipher_version").scalar() or "?"
    algorithm = conn.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar() or "?"
    return f"SQLCipher {version}, AES-256, {algorithm}, raw 256-bit key"
