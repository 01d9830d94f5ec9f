"""Issue 17's core: the week's supervision list for the whole team, through the real service.

`services.supervision.supervision_list` on the large demo (408 open courses,
18 consultants): the caseload query, the forms' sections, placements, follow-ups,
consents, the week's ticks, the headings' counts, face-to-face, presence days
and follow-ups due, the rules per row, and its audit event. Floor, in the same
run: every SELECT the service sent (captured once from the engine, with its
values) replayed in plain sqlite3 on the unencrypted copy, so the floor differs
only in what SQLCipher, SQLAlchemy, the rules and the dataclasses add.

"First call": the pool's connections dropped (their page caches with them) and
the forms' section counts forgotten, as after unlocking.
"""

from __future__ import annotations

import atexit
import sqlite3
from typing import Any

from sqlalchemy import event

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.rules import iso_week
from ips_desktop.services import supervision, workspace


def _captured(ws: workspace.Workspace, call: Any) -> list[tuple[str, Any]]:
    """The SELECTs (and their values) one call sends, to replay without SQLCipher."""
    sent: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
             executemany: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(ws.ctx.engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(ws.ctx.engine, "before_cursor_execute", seen)
    return sent


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    week = iso_week(ds.today)

    def team() -> supervision.SupervisionList:
        return supervision.supervision_list(ws.ctx, week, today=ds.today)

    def first_call() -> supervision.SupervisionList:
        ws.ctx.engine.dispose()
        supervision._SECTIONS.clear()
        return team()

    sent = _captured(ws, team)

    def floor() -> None:
        for statement, parameters in sent:
            plain.execute(statement, parameters).fetchall()

    rows = len(team().rows)
    return [
        Measurement("supervision list (team)", team, floor, repeats=9,
                    note=f"{rows} open courses, {len(sent)} SELECTs; floor: the same SELECTs "
                         f"in plain sqlite3"),
        Measurement("supervision list (team, first call)", first_call, floor, repeats=5,
                    note="pool disposed (cold page caches) and section counts forgotten"),
    ]
