"""Issue 19: what writing one audit event costs, and what checking the whole chain costs.

`record`: one READ event through `services.audit.record` in its own unit of
work (the chain's head read and moved, the event sealed, inserted and
committed), on the bench database with its 1,000,000 events. Floor, in the
same run: one bare INSERT of an audit_event row with the same columns,
committed, on a SQLCipher connection configured as the app's (so encrypted,
WAL, secure_delete, the table's indexes), to a copy of the database made at the
first run (an unchained row would break the real chain).

`check`: `storage.audit_chain.walk` over every event (the hash of each one
computed again); floor: the same columns read in seq order in plain sqlite3 on
the unencrypted copy, each row hashed once with SHA-256 (no canonical encoding).
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import sqlite3
import tempfile
import uuid
from itertools import count
from pathlib import Path
from typing import Any

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.storage import cipher

_COLUMNS = ("id, created_at, updated_at, deleted_at, at, actor_id, action, entity, entity_id, "
            "details, participant_id, seq, prev_hash, hash")


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from sqlalchemy import func, select

    from ips_desktop.domain.enums import AuditAction
    from ips_desktop.services import audit, workspace
    from ips_desktop.services.context import unit_of_work
    from ips_desktop.storage import audit_chain
    from ips_desktop.storage.models import AuditEvent, Course

    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    with ws.ctx.engine.connect() as conn:
        course = conn.execute(select(Course.id).limit(1)).scalar_one()
        total = conn.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    state: dict[str, Any] = {}
    seqs = count(10**9)

    def copy() -> sqlite3.Connection:
        if not state:
            db = ds.open()
            key, source = db.key, db.path
            db.close()
            folder = Path(tempfile.mkdtemp(prefix="bench-audit-record-"))
            atexit.register(shutil.rmtree, folder, True)
            shutil.copy2(source, folder / "ips.db")
            conn = cipher.connect(folder / "ips.db", cipher.raw_key_pragma(key))
            cipher.configure(conn)
            state["conn"] = conn
        return state["conn"]  # type: ignore[no-any-return]

    def record() -> None:
        with unit_of_work(ws.ctx) as session:
            audit.record(session, ws.ctx.actor_id, AuditAction.READ, "course", course)

    def bare_insert() -> None:
        conn = copy()
        stamp = "2026-11-20 12:00:00.000000"
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"INSERT INTO audit_event ({_COLUMNS}) VALUES "
                     "(?, ?, ?, NULL, ?, NULL, 'read', 'course', ?, '{}', ?, ?, ?, ?)",
                     (uuid.uuid4().hex, stamp, stamp, stamp, course.hex, course.hex,
                      next(seqs), "0" * 64, "f" * 64))
        conn.execute("COMMIT")

    def check() -> audit_chain.ChainState:
        with ws.ctx.engine.connect() as conn:
            found = audit_chain.walk(conn)
        assert found.broken is None, found.broken
        return found

    def check_floor() -> int:
        rows = 0
        for row in plain.execute("SELECT seq, at, actor_id, action, entity, entity_id, "
                                 "participant_id, details, prev_hash, hash FROM audit_event "
                                 "ORDER BY seq"):
            hashlib.sha256(repr(row).encode()).hexdigest()
            rows += 1
        return rows

    return [
        Measurement("audit: record() one READ event, with its chain", record, bare_insert,
                    repeats=31, warmup=3,
                    note="services.audit.record in its own unit of work, committed; floor: "
                         "one bare INSERT of the same columns, committed, SQLCipher as the "
                         "app configures it, on a copy of the database"),
        Measurement(f"audit: check the chain ({total:,} events)", check, check_floor,
                    repeats=3, warmup=0,
                    note="audit_chain.walk: every hash computed again; floor: the same "
                         "columns read in seq order in plain sqlite3, one SHA-256 a row"),
    ]
