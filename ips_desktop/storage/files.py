"""Writing files so that a crash, a power cut or another user never sees half of one.

Every file that replaces data goes through a temporary file in the same folder,
is flushed to the disk (fsync) before the rename that puts it in place, and the
folder is flushed after the rename, so that after a power cut either the old or
the new file is there, whole. Files are created readable by the user alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import uuid
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and its parents) and make it the user's alone."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file; a no-op where POSIX modes mean nothing."""
    if os.name != "posix" or not path.exists():
        return
    mode = PRIVATE_DIR if path.is_dir() else PRIVATE_FILE
    if path.stat().st_mode & 0o777 != mode:
        path.chmod(mode)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """Flush `source`, rename it over `target` in one step, flush the folder."""
    fsync_file(source)
    source.replace(target)
    fsync_dir(target.parent)


def temporary_sibling(target: Path, suffix: str = ".tmp") -> Path:
    """A name beside `target` that no other writer uses."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{suffix}")


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all, readable by the user alone.

    A target without a file name ("", ".", "/", as `--out ""` gives) is a folder:
    IsADirectoryError, an OSError like any other place that cannot be written.
    """
    atomic_write_chunks(target, (data,))


def atomic_write_chunks(target: Path, chunks: Iterable[bytes]) -> None:
    """As `atomic_write_bytes`, for data made while it is written (an export of a million
    rows): only one chunk is held at a time, and a failure half-way leaves no file."""
    if target.name in ("", ".", ".."):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if is_special_file(target):
        _write_into(target, chunks)
        return
    tmp = temporary_sibling(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def is_special_file(path: Path) -> bool:
    """Whether `path` names a character device (/dev/null, /dev/full, a terminal).

    Such a target is the user's way of saying where the bytes go, not a file to
    replace: a rename over it would put a regular file where the device was (as
    root: the machine's /dev/null gone). Only root can make a device, so nobody
    can plant one under the name an export will get; a FIFO someone else made
    there is replaced as before, never handed the export.
    """
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode)


def _write_into(target: Path, chunks: Iterable[bytes]) -> None:
    """Write into a device as the shell's `>` does (no temp file, nothing to undo)."""
    fd = os.open(target, os.O_WRONLY)
    with os.fdopen(fd, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
        f.flush()


def atomic_write_text(target: Path, text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))
