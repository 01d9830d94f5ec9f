"""The list of measurements; later issues append theirs to `build`.

Every entry pairs what the app does (SQLCipher through SQLAlchemy, the way the
services will) with a floor: the same SQL text in plain `sqlite3` on the
unencrypted copy, over a connection that stays open, as the app's pool does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from bench import (
    calendar,
    employer_exports,
    employer_log,
    fidelity,
    form_wizard,
    frozen_startup,
    overview_print,
    overview_screen,  # issue 18, part area
    participant_page,  # issue 19, part consent-reads
    participants,
    person_export,
    queries,
    startup,
    supervision,
    supervision_print,
    supervision_screen,
)
from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.storage.database import Database, _load_key
from ips_desktop.storage.models import COUNTED_TABLES
from ips_desktop.storage.vault import DataDir, read_vault


@dataclass
class Context:
    """What measurements share: the open encrypted database and the plain copy."""

    dataset: Dataset
    db: Database
    plain: sqlite3.Connection

    def core(self, stmt: Select) -> Callable[[], Any]:
        def run() -> Any:
            with self.db.engine.connect() as conn:
                return conn.execute(stmt).all()
        return run

    def floor(self, sql: str) -> Callable[[], Any]:
        return lambda: self.plain.execute(sql).fetchall()

    def query(self, name: str, stmt: Select, repeats: int = 7, note: str = "") -> Measurement:
        return Measurement(name, self.core(stmt), self.floor(queries.to_sql(stmt)),
                           repeats=repeats, note=note)


def build(ctx: Context) -> list[Measurement]:
    ds = ctx.dataset
    return [
        Measurement("open/unlock database", lambda: ds.open().close(), lambda: _plain_open(ds),
                    repeats=5, note=f"open_database(exclusive=False) + close; "
                                    f"{ds.meta.get('key_mode')} mode"),
        Measurement(f"open: key only ({ds.meta.get('key_mode')})", lambda: _unlock_key(ds),
                    repeats=5, note="the key file's PBKDF2, or the keyring read: the part of "
                                    "opening no floor can have"),
        Measurement("check: PRAGMA quick_check", lambda: _pragma(ctx, "PRAGMA quick_check"),
                    lambda: ctx.plain.execute("PRAGMA quick_check").fetchall(), repeats=3),
        Measurement("check: row counts", lambda: _row_counts(ctx),
                    lambda: [ctx.plain.execute(sql).fetchone() for sql in _COUNT_SQL], repeats=5),
        *participants.measurements(ds, lambda sql: ctx.plain.execute(sql).fetchall()),
        *employer_log.measurements(ds, ctx.plain),
        ctx.query("supervision: caseload + this week's face-to-face",
                  queries.supervision(ds.today)),
        *startup.measurements(ds, ctx.db),
        *frozen_startup.measurements(),
        *form_wizard.measurements(ds, ctx.plain),
        *employer_exports.measurements(ds, ctx.plain),
        *calendar.measurements(ds, ctx.plain),
        *supervision.measurements(ds, ctx.plain),
        *supervision_print.measurements(ds, ctx.plain),
        *supervision_screen.measurements(ds),  # issue 17, part 2 (area)
        *fidelity.measurements(ds, ctx.plain),  # issue 18, part fidelity
        *overview_print.measurements(ds, ctx.plain),  # issue 18, part print
        *person_export.measurements(ds, ctx.plain),  # issue 19, part C (access copy)
        *overview_screen.measurements(ds),  # issue 18, part area
        *_issue_18_figures(ds, ctx.plain),  # issue 18, part figures
        *_issue_19_audit_view(ds, ctx.plain),  # issue 19, part B
        *_issue_19_retention(ds, ctx.plain),  # issue 19, part retention
        *_issue_19_erasure(ds, ctx.plain),  # issue 19, part erasure
        *participant_page.measurements(ds, ctx.plain),  # issue 19, part consent-reads
        *_issue_19_audit_record(ds, ctx.plain),  # issue 19, speed
        *_issue_21_change_log(ds, ctx.plain),  # issue 21, rows that travel
        *_issue_21_sync(ds, ctx.plain),  # issue 21, the sync on PostgreSQL
        *_issue_21_team_lists(ds, ctx.plain),  # issue 21, scale: the list on PostgreSQL
    ]


_COUNT_STMTS = [select(func.count()).select_from(model) for model in COUNTED_TABLES]
_COUNT_SQL = [queries.to_sql(stmt) for stmt in _COUNT_STMTS]


def _row_counts(ctx: Context) -> list[int]:
    with ctx.db.engine.connect() as conn:
        return [conn.execute(stmt).scalar_one() for stmt in _COUNT_STMTS]


def _pragma(ctx: Context, sql: str) -> Any:
    with ctx.db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).all()


def _unlock_key(ds: Dataset) -> bytes:
    data_dir = DataDir(ds.root)
    return _load_key(data_dir, read_vault(data_dir), ds.password)


def _plain_open(ds: Dataset) -> None:
    conn = sqlite3.connect(ds.plain)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


# -- issue 18, part figures: the team overview for 24 months -----------------------------
def _issue_18_figures(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import overview

    return overview.measurements(ds, plain)


# -- issue 19, part B: the audit view over a million events ------------------------------
def _issue_19_audit_view(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import audit_trail

    return audit_trail.measurements(ds, plain)


# -- issue 19, part retention: who is due for erasure ----------------------------------------
def _issue_19_retention(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import retention

    return retention.measurements(ds, plain)


# -- issue 19, part erasure: what secure_delete costs a write -------------------------------
def _issue_19_erasure(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import erasure

    return erasure.measurements(ds, plain)


# -- issue 19, speed: one audit event written with its chain; the whole chain checked -------
def _issue_19_audit_record(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import audit_record

    return audit_record.measurements(ds, plain)


# -- issue 21, rows that travel: the change log's cost to a save and to the demo ---------------
def _issue_21_change_log(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import change_log

    return change_log.measurements(ds, plain)


# -- issue 21, sync: a laptop's first sync against the team's large demo; an everyday one ------
def _issue_21_sync(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import sync

    return sync.measurements(ds, plain)


# -- issue 21, scale: the participant list read from the team database ----------------------
def _issue_21_team_lists(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from bench import team_lists

    return team_lists.measurements(ds, plain)
