"""Undoing a set-up that was cut off between its key file and its database.

`create_database` builds the new database as `ips.db.new`, writes the key file
and vault.json, and only then renames `ips.db.new` to `ips.db`. A kill between
those steps leaves a key file (and perhaps a vault) but no `ips.db`: traces of
a database, so every start refused to set up over them (exit 31), forever.

Such a set-up held nothing yet (no profile, no participant; its recovery key
was never shown), and there is no older database: `create_database` starts
only where no database has left a trace. So it is undone, and the next
`setup` or first run begins afresh. It is recognised strictly: no `ips.db`,
an `ips.db.new`, and none of a restore's or an older database's traces.
`ips.db.new` is removed last, so a kill during the undo is undone again at
the next start.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ips_desktop.storage.errors import AlreadyOpen, StorageError
from ips_desktop.storage.instance_lock import InstanceLock
from ips_desktop.storage.keys import KeyringSecret
from ips_desktop.storage.leftovers import leftover_kind
from ips_desktop.storage.slots import is_key_file, read_key_file
from ips_desktop.storage.vault import DataDir

NEW_SUFFIX = ".new"
_JOURNALS = ("", "-journal", "-wal", "-shm")


def new_database(data_dir: DataDir) -> Path:
    """Where `create_database` builds the database before it is renamed into place."""
    return data_dir.database.with_name(data_dir.database.name + NEW_SUFFIX)


def is_cut_off_setup(data_dir: DataDir) -> bool:
    """No `ips.db` but an `ips.db.new`, and nothing of a restore or an older database."""
    root = data_dir.root
    if data_dir.database.exists() or not new_database(data_dir).is_file():
        return False
    others = [*root.glob(".ips.db.*.restoring"), *root.glob("ips.db.replaced-*"),
              *data_dir.kept.glob("*/ips.db")]
    return not others


def undo_cut_off_setup(data_dir: DataDir) -> bool:
    """Remove what a cut-off set-up left (key file, vault, keyring secret, `ips.db.new`).

    True when it did. Under the instance lock: a set-up still running holds
    it, so its half-made files are never taken for a cut-off one's.
    """
    if not is_cut_off_setup(data_dir):
        return False
    try:
        lock = InstanceLock(data_dir.lock).acquire()
    except (AlreadyOpen, OSError):  # being set up right now, or a folder we cannot write
        return False
    try:
        if not is_cut_off_setup(data_dir):
            return False
        _forget_keyring_secrets(data_dir)
        for path in (data_dir.vault, data_dir.key_file, *_atomic_leftovers(data_dir.root)):
            path.unlink(missing_ok=True)
        new = new_database(data_dir)
        for journal in _JOURNALS[1:]:
            new.with_name(new.name + journal).unlink(missing_ok=True)
        new.unlink(missing_ok=True)  # last: while it is there, the undo is recognised
        return True
    finally:
        lock.release()


def _forget_keyring_secrets(data_dir: DataDir) -> None:
    """The secrets the cut-off set-up put into the keyring for its key file (best effort)."""
    if not is_key_file(data_dir.key_file):
        return
    try:
        key_file = read_key_file(data_dir.key_file)
    except StorageError:
        return
    for slot in (key_file.current, key_file.pending):
        if slot is not None and slot.keyring_entry:
            with contextlib.suppress(Exception):  # a locked keyring keeps a useless secret
                KeyringSecret(slot.keyring_entry).delete()


def _atomic_leftovers(root: Path) -> list[Path]:
    """Half-written temporary files of the key file's and vault's atomic writes."""
    return [p for p in root.iterdir() if p.name.startswith((".ips.key.", ".vault.json."))
            and leftover_kind(p.name) is not None]
