"""The large demo database the benchmarks run on, built once and cached in `.bench/`.

The cache key is the schema head revision plus the generator's version, so a
new migration or a change in the generated data rebuilds it; the fixed seed
and day make every machine build the same rows. Beside it sits an unencrypted
copy for the floors: the same SQL in plain `sqlite3` without SQLCipher.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ips_desktop.services.demo import GENERATOR_VERSION, generate_demo
from ips_desktop.storage import cipher, key_store, schema
from ips_desktop.storage.database import Database, create_database, open_database
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.vault import DataDir, read_vault

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
PASSWORD_ENV = "IPS_DESKTOP_PASSWORD"
DEFAULT_PASSWORD = "bench-Korrekt-Hest-42"
SEED = 1
TODAY = date(2026, 11, 20)  # a Friday: "this week" holds five working days of contacts
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Dataset:
    root: Path
    password: str
    plain: Path
    today: date
    meta: dict[str, Any]
    built_now: bool

    def open(self) -> Database:
        return open_database(self.root, self.password, exclusive=False)


def password() -> str:
    return os.environ.get(PASSWORD_ENV) or DEFAULT_PASSWORD


def _prefix(scale: int) -> str:
    """The large demo's caches, and each scaled one's, apart: building one keeps the others."""
    return "large-r" if scale == 1 else f"large-x{scale}-r"


def cache_key(scale: int = 1) -> str:
    from bench.audit_trail import EVENTS

    events = f"-a{EVENTS}" if scale == 1 else ""
    return (f"{_prefix(scale)}{schema.head_revision()}-g{GENERATOR_VERSION}-s{SEED}"
            f"-{TODAY.isoformat()}{events}")


def prepare(*, rebuild: bool = False, scale: int = 1) -> Dataset:
    """`scale` > 1: the same team with that many times the history, without the audit
    view's million events (`--scale` measures the lists, not the audit trail)."""
    root = BENCH_DIR / cache_key(scale)
    meta_path = root / "bench-meta.json"
    pw = password()
    if not rebuild and meta_path.is_file() and (root / "plain.db").is_file():
        try:
            open_database(root, pw, exclusive=False).close()
        except StorageError as exc:  # other password, lost keyring entry, damaged file
            print(f"cached database does not open ({type(exc).__name__}); rebuilding")
        else:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            return Dataset(root, pw, root / "plain.db", TODAY, meta, built_now=False)
    for stale in BENCH_DIR.glob(f"{_prefix(scale)}*"):
        _remove(stale)
    meta = _build(root, pw, scale)
    meta_path.write_text(json.dumps(meta, indent=2, default=str) + "\n", encoding="utf-8")
    return Dataset(root, pw, root / "plain.db", TODAY, meta, built_now=True)


def _build(root: Path, pw: str, scale: int) -> dict[str, Any]:
    print(f"building the large demo database (×{scale}) in {root} …", flush=True)
    db = create_database(root, pw, demo=True).database
    try:
        shown: set[str] = set()

        def progress(phase: str, share: float) -> None:
            if phase not in shown:
                shown.add(phase)
                print(f"  {share:4.0%}  {phase}", flush=True)

        start = time.perf_counter()
        # A scaled history is built with the change log off: its outbox is what a join
        # would send, which no list reads, and it halves the build (bench/change_log.py).
        with contextlib.nullcontext() if scale == 1 else _log_off():
            summary = generate_demo(db.engine, size="large", seed=SEED, today=TODAY,
                                    progress=progress, scale=scale)
        generation_s = time.perf_counter() - start
        print(f"generated {summary.total:,} rows in {generation_s:.1f} s", flush=True)
        audit_s = 0.0
        if scale == 1:
            from bench.audit_trail import EVENTS, add_events  # issue 19: the audit view's

            audit_s = add_events(db.engine, TODAY, SEED)
            print(f"added {EVENTS:,} audit events in {audit_s:.1f} s", flush=True)
        key, key_mode, path = db.key, db.key_mode, db.path
    finally:
        db.close()
    start = time.perf_counter()
    plain_copy(path, key, root / "plain.db")
    export_s = time.perf_counter() - start
    return {"cache_key": root.name, "built_at": datetime.now().isoformat(timespec="seconds"),
            "generation_s": round(generation_s, 2), "plain_export_s": round(export_s, 2),
            "audit_events_s": round(audit_s, 2),
            "key_mode": key_mode.value, "seed": SEED, "scale": scale,
            "change_log": scale == 1, "today": TODAY.isoformat(),
            "rows": {name: getattr(summary, name) for name in summary.__dataclass_fields__},
            "database_bytes": path.stat().st_size}


def _log_off() -> contextlib.AbstractContextManager[None]:
    from bench.change_log import log_off

    return log_off()


def plain_copy(source: Path, key: bytes, target: Path) -> None:
    """SQLCipher's own export with an empty key writes an ordinary SQLite file."""
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    conn = cipher.connect(source, cipher.raw_key_pragma(key))
    try:
        quoted = str(tmp).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    with tmp.open("rb") as f:
        if f.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise RuntimeError("the plain copy is not an ordinary SQLite file")
    check = sqlite3.connect(tmp)
    try:
        check.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        check.close()
    tmp.replace(target)


def _remove(root: Path) -> None:
    """Drop an old cache, and its key from the keyring when it was kept there."""
    with contextlib.suppress(StorageError):
        key_store.forget(DataDir(root), read_vault(DataDir(root)))
    shutil.rmtree(root, ignore_errors=True)
