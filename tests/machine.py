"""Real machine conditions for tests: a small tmpfs that fills up, a read-only mount, a full SQLite.

Mounting needs root (tests run as root here and in CI); where it is not
permitted the test is skipped with the reason, never faked.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

# Files SQLite itself creates beside a WAL database when it opens one; they hold no data
# of their own while the -wal is empty.
SQLITE_JOURNALS = ("-shm", "-wal")


def _mount(*args: str) -> None:
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("no mount(8) on this machine")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount not permitted here: {done.stderr.strip()}")


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "3m") -> Iterator[Path]:
    """A real, small filesystem at `where`, unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(disk: Path) -> Path:
    """Write a filler file until the filesystem has no block left; returns the filler."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0")
    finally:
        os.close(fd)
    assert shutil.disk_usage(disk).free == 0
    return filler


def remount_read_only(where: Path) -> None:
    _mount("-o", "remount,ro", str(where))


def remount_read_write(where: Path) -> None:
    _mount("-o", "remount,rw", str(where))


def snapshot(root: Path) -> dict[str, str]:
    """SHA-256 of every file under `root` (by relative path)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def assert_unchanged(before: dict[str, str], root: Path) -> None:
    """Every file is byte for byte as before; new files only SQLite's empty journals."""
    after = snapshot(root)
    assert {name: after.get(name) for name in before} == before
    new = set(after) - set(before)
    empty = hashlib.sha256(b"").hexdigest()
    unexpected = [n for n in new if not n.endswith(SQLITE_JOURNALS)
                  or (n.endswith("-wal") and after[n] != empty)]
    assert unexpected == []


@contextlib.contextmanager
def database_full(engine: Engine) -> Iterator[None]:
    """SQLite's own limit: no page beyond today's, so the next growing write gets SQLITE_FULL.

    Every connection the engine opens from now on gets `max_page_count` at the
    current size (the pool is emptied first); afterwards the room comes back.
    """
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    engine.pool.dispose()
    event.listen(engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(engine, "connect", limit)
        engine.pool.dispose()
