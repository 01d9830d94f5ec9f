"""What a front end needs before the database layer is loaded, and the loading itself.

Importing SQLAlchemy, the ORM models and the services costs several times
what a bare window does, so the window shows its unlock screen first and
loads them while the password is typed. This module is the light part: it
imports only the standard library and storage's error and file-name modules,
never SQLAlchemy. `load(root)` does the heavy part; it is safe to run on a
background thread (it imports, warms SQLAlchemy's caches and asks the keyring
which backend it has; it opens no database).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ips_desktop.storage.errors import KeyFileDamaged, NotSetUp, StorageError, WrongPassword
from ips_desktop.storage.vault import DataDir, KeyMode, read_vault

__all__ = ["KeyFileDamaged", "NotSetUp", "StorageError", "WrongPassword", "has_database", "load"]

# Everything `workspace.unlock` imports, through services.workspace.
SERVICE_MODULES = ("ips_desktop.services.workspace",)


def has_database(root: Path) -> bool:
    """A database file is there: the unlock screen can come first.

    Only the quick positive answer; when there is none, `workspace.is_set_up`
    decides what start-up does (first run, or a half-finished restore).
    """
    return DataDir(root).database.is_file()


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
