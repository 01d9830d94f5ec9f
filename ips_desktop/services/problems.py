"""What went wrong below the use cases, in terms a front end can show and exit with.

A full disk, a read-only data folder and a damaged database are conditions
of the machine, not bugs: front ends ask here whether an error is one of
them (its message and exit code come with the StorageError class), and treat
anything else as an unexpected error.
"""

from __future__ import annotations

from ips_desktop.storage.errors import (
    Damaged,
    DiskFull,
    ReadOnly,
    StorageError,
    storage_problem,
)
from ips_desktop.storage.writable import data_dir_problem

__all__ = ["Damaged", "DiskFull", "ReadOnly", "StorageError", "data_dir_problem",
           "storage_problem"]
