"""Rekey: the database re-encrypted under a new random key, safe against a kill at any point.

1. `sqlcipher_export` copies the database into `ips.db.rekey` under the new key
   (while a second connection holds the write lock, so nothing written meanwhile
   is lost), and the copy is flushed to the disk;
2. the key file gets a `pending` slot for the new key beside the current one;
3. the old database's -wal/-shm (empty after a checkpoint) move aside, and the
   copy is renamed over `ips.db` in one step;
4. the key file is rewritten with the new slot alone; the old keyring secret
   and the moved journals are deleted.

An unlock that finds a pending slot (`settle_pending`) tells from the
database which step was reached: if the current key still opens it the
rekey is undone (the copy deleted), otherwise the new key is the one and
the rekey is finished.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ips_desktop.storage import cipher
from ips_desktop.storage.errors import AlreadyOpen
from ips_desktop.storage.files import PRIVATE_FILE, fsync_dir, fsync_file, replace_durably
from ips_desktop.storage.key_store import Unlocked
from ips_desktop.storage.keys import KeyringSecret
from ips_desktop.storage.slots import KeyFile, read_key_file, write_key_file
from ips_desktop.storage.vault import DataDir

Progress = Callable[[float], None]
_JOURNALS = ("-wal", "-shm", "-journal")


def copy_path(data_dir: DataDir) -> Path:
    return data_dir.database.with_name(data_dir.database.name + ".rekey")


def _moved_journal(data_dir: DataDir, suffix: str) -> Path:
    return data_dir.database.with_name(f"{data_dir.database.name}.rekey-old{suffix}")


def export_rekeyed(data_dir: DataDir, old_key: bytes, progress: Progress | None = None,
                   mark: Callable[[Path, bytes], None] | None = None) -> bytes:
    """Step 1: a whole, flushed copy under a new key; returns the new key. Changes no data.

    `mark(copy, new_key)` may write to the copy before it is flushed. The
    caller has closed its own connections (the checkpoint needs them gone).
    """
    new_key = secrets.token_bytes(cipher.KEY_BYTES)
    target = copy_path(data_dir)
    _remove_with_journals(target)
    source = data_dir.database
    pragma = cipher.raw_key_pragma(old_key)
    writer = cipher.connect(source, pragma)
    reader = cipher.connect(source, pragma)
    try:
        busy, _, _ = reader.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise AlreadyOpen("another program is using the database")
        writer.execute("BEGIN IMMEDIATE")  # nobody writes to the old file from now on
        size = max(source.stat().st_size, 1)
        if progress is not None:
            last = [-1.0]

            def report() -> int:
                with contextlib.suppress(OSError):
                    done = round(min(target.stat().st_size / size, 0.99), 2)
                    if done != last[0]:  # each percent once
                        last[0] = done
                        progress(done)
                return 0
            reader.set_progress_handler(report, 50)  # a stat() per call: cheap
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))  # 0600
        quoted = str(target).replace("'", "''")
        reader.execute(f"ATTACH DATABASE '{quoted}' AS rekeyed KEY \"x'{new_key.hex()}'\"")
        # A small cache spills pages to the file as they are written: the growing file
        # is the progress (and a large database needs no more memory than a small one).
        reader.execute("PRAGMA rekeyed.cache_size = 256")
        # No journal and no syncs for the copy: a failed copy is deleted, a whole one is
        # flushed once below before anything refers to it.
        reader.execute("PRAGMA rekeyed.journal_mode = OFF")
        reader.execute("PRAGMA rekeyed.synchronous = OFF")
        reader.execute("SELECT sqlcipher_export('rekeyed')")
        reader.execute("DETACH DATABASE rekeyed")
        reader.set_progress_handler(None, 0)
    except BaseException:
        _close(reader, writer)
        _remove_with_journals(target)
        raise
    _close(reader, writer)
    try:
        if mark is not None:
            mark(target, new_key)
    except BaseException:
        _remove_with_journals(target)
        raise
    fsync_file(target)
    cipher.probe(target, cipher.raw_key_pragma(new_key))
    if progress is not None:
        progress(1.0)
    return new_key


def swap_in(data_dir: DataDir, current: Unlocked, new: Unlocked, database_id: str) -> None:
    """Steps 2–4, once `export_rekeyed` has written the copy; `new.slot` is the new key's."""
    assert current.slot is not None and new.slot is not None
    write_key_file(data_dir.key_file, KeyFile(database_id, current.slot, new.slot))
    for suffix in _JOURNALS:
        journal = data_dir.database.with_name(data_dir.database.name + suffix)
        if journal.exists():
            journal.replace(_moved_journal(data_dir, suffix))
    replace_durably(copy_path(data_dir), data_dir.database)
    _finish(data_dir, database_id, keep=new, drop=current)


def settle_pending(data_dir: DataDir, database_id: str, unlocked: Unlocked) -> Unlocked:
    """After a rekey was interrupted: finish it or undo it, whichever the database says."""
    key_file = read_key_file(data_dir.key_file)
    settled = Unlocked(unlocked.key, unlocked.key_mode, unlocked.slot, unlocked.secret)
    if key_file.pending is None:
        clean_leftovers(data_dir)
        return settled
    current = Unlocked(b"", unlocked.key_mode, key_file.current)
    pending = Unlocked(b"", unlocked.key_mode, key_file.pending)
    if unlocked.slot == key_file.pending:
        _finish(data_dir, database_id, keep=pending, drop=current)
    else:
        _finish(data_dir, database_id, keep=current, drop=pending)
    return settled


def clean_leftovers(data_dir: DataDir) -> None:
    """A copy from a rekey killed before its pending slot was written opens with no key we keep."""
    _remove_with_journals(copy_path(data_dir))
    for suffix in _JOURNALS:
        _moved_journal(data_dir, suffix).unlink(missing_ok=True)


def _finish(data_dir: DataDir, database_id: str, *, keep: Unlocked, drop: Unlocked) -> None:
    assert keep.slot is not None and drop.slot is not None
    write_key_file(data_dir.key_file, KeyFile(database_id, keep.slot))
    if drop.slot.keyring_entry and drop.slot.keyring_entry != keep.slot.keyring_entry:
        KeyringSecret(drop.slot.keyring_entry).delete()
    clean_leftovers(data_dir)
    fsync_dir(data_dir.root)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", *_JOURNALS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _close(*conns: object) -> None:
    for conn in conns:
        with contextlib.suppress(Exception):
            conn.close()  # type: ignore[attr-defined]
