"""What a front end needs before the database layer is loaded, and the loading itself.

Importing SQLAlchemy, the ORM models and the services costs several times
what a bare window does, so the window shows its unlock screen first and
loads them while the password is typed. This module is the light part: it
imports only the standard library and storage's error, file-name and
instance-lock modules, never SQLAlchemy. `load(root)` does the heavy part; it is safe to run on a
background thread (it imports, warms SQLAlchemy's caches and asks the keyring
which backend it has; it opens no database).
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Iterator
from pathlib import Path

from ips_desktop.storage.errors import (
    AlreadyOpen,
    KeyFileDamaged,
    NotSetUp,
    StorageError,
    WrongPassword,
)
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.vault import DataDir, KeyMode, read_vault

__all__ = ["AlreadyOpen", "InstanceHold", "KeyFileDamaged", "NotSetUp", "StorageError",
           "WrongPassword", "has_database", "load"]

# Everything `workspace.unlock` imports, through services.workspace.
SERVICE_MODULES = ("ips_desktop.services.workspace",)


def has_database(root: Path) -> bool:
    """A database file is there: the unlock screen can come first.

    Only the quick positive answer; when there is none, `workspace.is_set_up`
    decides what start-up does (first run, or a half-finished restore).
    """
    return DataDir(root).database.is_file()


class InstanceHold:
    """The database's instance lock, held from before the unlock screen until the unlock.

    A second copy of the app must say "open elsewhere" at once, not after the
    password: `take()` raises AlreadyOpen while another process has the
    database. Opening it takes the same lock itself (an OS file lock, which
    two handles conflict over even in one process), so `handed_over()` lets
    go just for the open; if the open fails (a wrong password), it takes the
    lock back for the next try.
    """

    def __init__(self, root: Path) -> None:
        self._lock = InstanceLock(DataDir(root).lock)
        self._held = False
        self._guard = threading.Lock()  # the unlock runs off the GUI thread

    @property
    def held(self) -> bool:
        return self._held

    def take(self) -> InstanceHold:
        with self._guard:
            if not self._held:
                self._lock.acquire()  # AlreadyOpen when another process has it
                self._held = True
        return self

    def release(self) -> bool:
        """Let go (if held); returns whether it was held."""
        with self._guard:
            was_held = self._held
            if was_held:
                self._lock.release()
                self._held = False
            return was_held

    @contextlib.contextmanager
    def handed_over(self) -> Iterator[None]:
        """Released for an open that takes the lock itself; taken back if the open fails.

        A window that took the lock in the instant between says so at the next
        open (AlreadyOpen), so failing to take it back here is not an error.
        """
        was_held = self.release()
        try:
            yield
        except BaseException:
            if was_held:
                with contextlib.suppress(AlreadyOpen, OSError):
                    self.take()
            raise


def load(root: Path) -> None:
    """Import the services and do the unlock's one-time work, before Enter.

    One-time work that every unlock pays for, done here to overlap the typing:
    SQLAlchemy configures the ORM mappers at the first query and looks up the
    SQLite dialect's entry point at the first engine; keyring discovers its
    installed backends at the first use (keyring mode only). The engine made
    here never connects, so no file is touched.
    """
    for name in SERVICE_MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    from ips_desktop.storage.engine import make_engine

    configure_mappers()
    make_engine(DataDir(root).database, bytes(32)).dispose()
    try:
        mode = read_vault(DataDir(root)).key_mode
    except StorageError:
        return  # the unlock itself will say what is wrong
    if mode is KeyMode.KEYRING:
        from ips_desktop.storage.keys import keyring_problem

        keyring_problem()
