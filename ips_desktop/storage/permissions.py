"""Making an existing data directory the user's alone again (0700 folders, 0600 files).

New files are private already (the process's umask, `storage.files`); this is
for what an older version or another tool left readable by others — a user
upgrading has 0644 databases and logs. Only the app's own names are touched,
so a data directory pointed at a folder that holds other things (`--data-dir`)
never has those changed.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from ips_desktop.storage.files import make_private

# Files directly in the data directory that are the app's: the database and its
# journals and staged copies, key file, vault, lock, settings, failed-unlock
# times, and storage.files' temporaries (".<name>.<12 hex>..."). A user's own
# "ips.notes.txt" or ".bashrc" in a folder named with --data-dir is not ours.
_OWN_NAMES = re.compile(
    r"(ips\.(db|key|lock)([.-][a-z0-9.-]*)?|vault\.json(\.new)?|settings\.ini(\.[A-Za-z0-9]+)?"
    r"|failed-unlocks\.txt"
    r"|\.(ips\.db|ips\.key|vault\.json|failed-unlocks\.txt)\.[0-9a-f]{12}[a-z.-]*)")
# Folders that hold only the app's files: everything in them is made private.
OWN_FOLDERS = ("backups", "logs", "kept")
# Folders of the app's whose contents are looked after elsewhere (a demo database
# is a data directory of its own, made private when it is opened; `forms` holds
# the municipality's own form files, which are not secret).
OTHER_OWN_FOLDERS = ("demo", "forms")


def secure_data_dir(root: Path) -> None:
    """Best effort: a folder or file that cannot be changed (read-only disk) is left as it is.

    A data directory that cannot be made private still opens; the failure that
    matters there (nothing can be written) is reported by the write itself.
    """
    if os.name != "posix" or not root.is_dir():
        return
    for path in _own_paths(root):
        if path.is_symlink():
            continue  # never follow a link out of the data directory
        with contextlib.suppress(OSError):
            make_private(path)


def _own_paths(root: Path) -> Iterator[Path]:
    yield root
    with contextlib.suppress(OSError):
        for child in root.iterdir():
            if child.is_dir() and not child.is_symlink():
                if child.name in OWN_FOLDERS:
                    yield child
                    yield from _tree(child)
                elif child.name in OTHER_OWN_FOLDERS:
                    yield child
            elif _OWN_NAMES.fullmatch(child.name):
                yield child


def _tree(folder: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            yield child
            if child.is_dir() and not child.is_symlink():
                yield from _tree(child)
