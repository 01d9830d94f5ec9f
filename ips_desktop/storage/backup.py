"""Encrypted copies of the database: backups, pre-migration copies and restore.

`sqlcipher_export` copies the whole database inside one read transaction, so
a copy taken while the app is writing is consistent; it keeps the same key,
so the recovery key opens every backup too.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from ips_desktop.storage import cipher


def export_copy(source: Path, key: bytes, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    conn = cipher.connect(source, cipher.raw_key_pragma(key))
    try:
        quoted = str(tmp).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS backup KEY \"x'{key.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute("DETACH DATABASE backup")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())
    tmp.replace(target)
    return target


def verify_copy(path: Path, key: bytes) -> str:
    """Raise WrongKey/NotADatabase, or return SQLite's integrity verdict ('ok')."""
    cipher.probe(path, cipher.raw_key_pragma(key))
    conn = cipher.connect(path, cipher.raw_key_pragma(key), readonly=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except cipher.DatabaseError as exc:  # a page whose HMAC fails stops the check itself
        return f"damaged: {exc}"
    finally:
        conn.close()


def replace_database(live: Path, replacement: Path) -> Path:
    """Put `replacement` in place of `live`, keeping the old files beside it.

    The old database moves together with its -wal/-shm files, so nothing it
    held is lost even if it was not cleanly closed.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.name}.replaced-{stamp}")
    incoming = live.with_name(live.name + ".restoring")
    shutil.copyfile(replacement, incoming)
    for suffix in ("", "-wal", "-shm"):
        old = live.with_name(live.name + suffix)
        if old.exists():
            old.replace(kept.with_name(kept.name + suffix))
    incoming.replace(live)
    return kept
