"""Removing what a killed process left half-written: temporary copies, never real data.

A migration's backup copy is written as `<name>.partial` and renamed when
whole; a new database is built as `ips.db.new`; key file, vault and every
atomic write go through a temporary name beside the target (`storage.files`).
A kill (or a power cut) between the write and the rename leaves the temporary
file, and SQLite may leave its `-journal`, `-wal` or `-shm` beside it. None of
them holds anything the app needs — the rename never happened — so at the next
unlock that holds the instance lock they are deleted.

Only names that match one of the patterns below are ever touched: never the
live database or its journals, a kept database (`ips.db.replaced-…`), a
backup, or anything else in the folder. Names that a process may write
without holding the lock (a backup that `ips-desktop backup` writes while the
window is open, a temporary file of an atomic write) are removed only once
nothing has written to them for `QUIET_SECONDS`: a later start takes them.

To add a temporary name of your own, add a Leftover to LEFTOVERS.
"""

from __future__ import annotations

import contextlib
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from ips_desktop.storage.permissions import secure_data_dir

QUIET_SECONDS = 10 * 60
# SQLite's files beside a database (or beside a temporary copy of one).
_JOURNALS = r"(?:-journal|-wal|-shm)?"


@dataclass(frozen=True)
class Leftover:
    """A temporary name of the app's, in `folder` (relative to the data directory)."""

    folder: str
    pattern: re.Pattern[str]
    # True when it is written only while the instance lock is held: a stale one
    # is then certain, whatever its age, because this process holds the lock.
    under_lock: bool = True


_ATOMIC = re.compile(r"\..+\.[0-9a-f]{12}\.tmp" + _JOURNALS)  # files.temporary_sibling
LEFTOVERS: list[Leftover] = [
    Leftover(".", re.compile(r"ips\.db\.new" + _JOURNALS)),        # create_database
    Leftover(".", re.compile(r"ips\.db\.restoring" + _JOURNALS)),  # a restore's incoming copy
    Leftover(".", re.compile(r"ips\.key\.new" + _JOURNALS)),       # PassphraseKeyFile.save
    Leftover(".", re.compile(r"vault\.json\.new")),                # write_vault
    Leftover(".", _ATOMIC, under_lock=False),
    Leftover("backups", re.compile(r".+\.partial" + _JOURNALS), under_lock=False),  # export_copy
    Leftover("backups", _ATOMIC, under_lock=False),
]
# Never removed, whatever a pattern says (a guard against a careless pattern).
_PROTECTED = re.compile(r"ips\.db(?:-journal|-wal|-shm)?|ips\.key|vault\.json|ips\.lock")


def clean_leftovers(root: Path, *, now: float | None = None) -> list[Path]:
    """Delete the app's stale temporary files in `root`; returns what was removed.

    Call it only while holding the data directory's instance lock, so that no
    other window is in the middle of writing one of them. Never raises: a file
    that cannot be removed (read-only disk) is simply left.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in sorted({leftover.folder for leftover in LEFTOVERS}):
        try:
            children = sorted((root / folder).iterdir())
        except OSError:
            continue
        for path in children:
            kind = leftover_kind(path.name, folder)
            if kind is None or not _is_file(path):
                continue
            if not kind.under_lock and not _is_quiet(path, now):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def leftover_kind(name: str, folder: str = ".") -> Leftover | None:
    """The Leftover a file name in `folder` matches, or None for anything else."""
    if _PROTECTED.fullmatch(name):
        return None
    return next((leftover for leftover in LEFTOVERS
                 if leftover.folder == folder and leftover.pattern.fullmatch(name)), None)


def _is_file(path: Path) -> bool:
    """A regular file: never a link (whose target is elsewhere) or a folder."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _is_quiet(path: Path, now: float) -> bool:
    try:
        return now - path.lstat().st_mtime >= QUIET_SECONDS
    except OSError:
        return False


def tidy_data_dir(root: Path, *, locked: bool) -> None:
    """At every open: the data directory made private again, and, with the lock, its
    leftovers removed. Never raises (a read-only disk leaves everything as it is)."""
    secure_data_dir(root)
    if locked:
        clean_leftovers(root)
