"""Can the data folder be written? Asked once at start, before anyone types a password.

The answer comes from really creating (and removing) a file, because
permission bits say nothing to root, to ACLs or to a read-only mount.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from ips_desktop.storage.errors import ReadOnly, StorageError, from_os_error


def data_dir_problem(root: Path) -> StorageError | None:
    """ReadOnly or DiskFull when nothing can be written in `root`, else None.

    A folder that does not exist yet is judged by its nearest existing parent,
    where it would be created.
    """
    folder = root
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    probe = folder / f".ips-write-test-{uuid.uuid4().hex[:12]}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return from_os_error(exc) or ReadOnly(f"{folder.name} cannot be written")
    os.close(fd)
    probe.unlink(missing_ok=True)
    return None
