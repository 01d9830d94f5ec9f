"""Issue 21's change log: what writing the outbox costs a save and the demo generator.

Floors, in the same run and alternating with the measurement: the same work
with the log switched off here (the listener's events removed, the Core
helper's entries not built or written), never in the app.

- A typical save: a referral edit (one participant's phone changed, through
  `referrals.update_referral`, on a copy of the large demo: the cache is
  never written).
- The large demo's generation into a new database, with the log and
  without; the note says how much the log adds to the file.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bench.dataset import SEED, TODAY, Dataset, password
from bench.harness import Measurement
from ips_desktop.services import referrals
from ips_desktop.services.context import AppContext
from ips_desktop.services.demo import generate_demo
from ips_desktop.storage import change_log
from ips_desktop.storage.database import create_database
from ips_desktop.storage.engine import make_engine
from ips_desktop.storage.models import ChangeLog, Course, Record

_LISTENERS: tuple[tuple[Any, str, Callable[..., Any]], ...] = (
    (Session, "before_flush", change_log._stamp_rows),
    (Session, "after_flush", change_log._write_log),
    (Record, "after_insert", change_log._inserted),
    (Record, "after_update", change_log._updated),
)


@contextmanager
def log_off() -> Iterator[None]:
    """The floor: the app's writes as they were before the log (bench only)."""
    write, insert_changes = change_log.write, change_log.TableCodec.insert_changes
    update_changes = change_log.TableCodec.update_changes
    for target, name, fn in _LISTENERS:
        event.remove(target, name, fn)
    change_log.write = lambda *_a, **_k: None  # type: ignore[assignment]
    change_log.TableCodec.insert_changes = lambda _self, _values: {}  # type: ignore[method-assign]
    change_log.TableCodec.update_changes = lambda _self, _pairs: {}  # type: ignore[method-assign]
    try:
        yield
    finally:
        change_log.write = write
        change_log.TableCodec.insert_changes = insert_changes  # type: ignore[method-assign]
        change_log.TableCodec.update_changes = update_changes  # type: ignore[method-assign]
        for target, name, fn in _LISTENERS:
            propagate = {"propagate": True} if target is Record else {}
            event.listen(target, name, fn, **propagate)


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    del plain  # the floors are the same work without the log, not plain sqlite3
    return [*_save(ds), *_generation()]


def _save(ds: Dataset) -> list[Measurement]:
    state: dict[str, Any] = {}
    turn = count()

    def ready() -> dict[str, Any]:
        if not state:
            db = ds.open()
            key, source = db.key, db.path
            db.close()
            folder = Path(tempfile.mkdtemp(prefix="bench-change-log-"))
            atexit.register(shutil.rmtree, folder, True)
            shutil.copy2(source, folder / "ips.db")
            engine = make_engine(folder / "ips.db", key)
            atexit.register(engine.dispose)
            with engine.connect() as conn:
                course, consultant = conn.execute(
                    select(Course.id, Course.consultant_id).where(Course.ended_on.is_(None))
                    .order_by(Course.id).limit(1)).one()
            ctx = AppContext(engine=engine, actor_id=consultant)
            spec = _referral_spec()
            view = referrals.referral(ctx, course)
            state.update(ctx=ctx, course=course, spec=spec,
                         answers=referrals.answers_for(spec, view))
        return state

    def save() -> None:
        s = ready()
        phone = f"+45 20 {next(turn) % 100:02d} 00 00"
        referrals.update_referral(s["ctx"], s["course"], s["spec"],
                                  {**s["answers"], "phone": phone}, today=TODAY)

    def save_without_log() -> None:
        with log_off():
            save()

    return [Measurement("change log: a referral saved (vs the same save, log off)", save,
                        save_without_log, repeats=21, warmup=2,
                        note="referrals.update_referral on a copy of the large demo: the "
                             "participant's phone; the log writes one entry per row changed")]


def _referral_spec() -> Any:
    from ips_desktop.domain.form_parser import parse_form
    from ips_desktop.paths import forms_dir

    return parse_form((forms_dir() / "referral.toml").read_text(encoding="utf-8"),
                      "referral.toml")


def _generation() -> list[Measurement]:
    seen: dict[str, Any] = {}

    def generate(*, logged: bool) -> float:
        folder = Path(tempfile.mkdtemp(prefix="bench-demo-log-"))
        try:
            db = create_database(folder / "data", password(), demo=True,
                                 use_keyring=False).database
            try:
                start = time.perf_counter()
                if logged:
                    generate_demo(db.engine, size="large", seed=SEED, today=TODAY)
                else:
                    with log_off():
                        generate_demo(db.engine, size="large", seed=SEED, today=TODAY)
                elapsed = (time.perf_counter() - start) * 1000
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                    if logged:
                        seen["entries"] = conn.execute(
                            select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1)
                        ).scalar()
                        seen["log_bytes"] = _table_bytes(conn, "change_log")
                size = db.path.stat().st_size
                seen["bytes_logged" if logged else "bytes_bare"] = size
            finally:
                db.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return elapsed

    def note() -> str:
        if "bytes_logged" not in seen or "bytes_bare" not in seen:
            return ""
        logged, bare = seen["bytes_logged"], seen["bytes_bare"]
        log_part = f", the change_log table {seen['log_bytes'] / 2**20:,.0f} MiB" \
            if seen.get("log_bytes") else ""
        return (f"file {bare / 2**20:,.0f} MiB without the log, {logged / 2**20:,.0f} MiB "
                f"with it (+{(logged - bare) / bare:.0%}); {seen.get('entries', 0):,} "
                f"entries{log_part}")

    return [Measurement("change log: large demo generated (vs log off)",
                        lambda: generate(logged=True), lambda: generate(logged=False),
                        repeats=2, warmup=0, self_timed=True, note=note)]


def _table_bytes(conn: Any, table: str) -> int | None:
    """The pages a table and its indexes hold (dbstat, where SQLite was built with it)."""
    try:
        return int(conn.exec_driver_sql(
            "SELECT sum(pgsize) FROM dbstat WHERE name = ? OR name IN "
            "(SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index')",
            (table, table)).scalar() or 0)
    except OperationalError:  # dbstat not compiled in: the file sizes say it
        return None


