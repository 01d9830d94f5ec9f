"""Wrong passwords, remembered outside the database until it can be opened.

In passphrase mode a wrong password cannot open the database to write the
audit event, so the time (and nothing else) waits in a small file and goes
into the audit log at the next unlock.

When even that small file cannot be written (a full or read-only disk), the
attempt must not pass unnoticed: DiskFull or ReadOnly is raised, and the file
is left exactly as it was (no empty file, no half line).
"""

from __future__ import annotations

import contextlib
import errno
import os
from datetime import UTC, datetime

from ips_desktop.storage.errors import ReadOnly, from_os_error
from ips_desktop.storage.vault import DataDir


def remember(data_dir: DataDir) -> None:
    path = data_dir.failed_unlocks
    existed = path.exists()
    size = path.stat().st_size if existed else 0
    line = (datetime.now(UTC).isoformat() + "\n").encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if os.write(fd, line) != len(line):
                raise OSError(errno.ENOSPC, "short write")  # ENOSPC: only part of the line fitted
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            if existed:
                os.truncate(path, size)
            else:
                path.unlink(missing_ok=True)
        raise (from_os_error(exc) or ReadOnly("the failed unlock cannot be recorded")) from exc


def take(data_dir: DataDir) -> list[datetime]:
    """The remembered times, removing them (the caller writes them to the audit log)."""
    path = data_dir.failed_unlocks
    if not path.exists():
        return []
    times = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            times.append(datetime.fromisoformat(line.strip()))
        except ValueError:
            continue
    path.unlink()
    return times
