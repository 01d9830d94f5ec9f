"""A course's phase worked out again from its phase changes, where they arrive.

`course.phase` is never logged as a change (storage/change_log.py): two
laptops that each moved a course on would otherwise meet in a conflict about
a value that their phase changes already settle. So the team database works
it out after a push, and a laptop after a pull, by domain.sync_rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, select, update

from ips_desktop.domain.sync_rules import latest_phase
from ips_desktop.storage.models import Base
from ips_desktop.storage.sync.schema import NEXT_SEQ

_CHUNK = 500


def recompute_on_server(conn: Connection, course_ids: Iterable[uuid.UUID]) -> int:
    """On the team database: a new phase takes a `server_seq`, so laptops pull it."""
    return _recompute(conn, course_ids, on_server=True)


def recompute_locally(conn: Connection, course_ids: Iterable[uuid.UUID]) -> int:
    """On a laptop, unlogged (the pull's own transaction)."""
    return _recompute(conn, course_ids, on_server=False)


def _recompute(conn: Connection, course_ids: Iterable[uuid.UUID], *, on_server: bool) -> int:
    ids = list(dict.fromkeys(course_ids))
    changed = 0
    course, change = Base.metadata.tables["course"], Base.metadata.tables["phase_change"]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        history: dict[uuid.UUID, list[tuple[str, date, datetime | None]]] = {}
        for row in conn.execute(select(change.c.course_id, change.c.phase, change.c.changed_on,
                                       change.c.created_at)
                                .where(change.c.course_id.in_(chunk),
                                       change.c.deleted_at.is_(None))):
            history.setdefault(row.course_id, []).append(
                (row.phase, row.changed_on, row.created_at))
        moved = []
        for course_id, phase in conn.execute(select(course.c.id, course.c.phase)
                                             .where(course.c.id.in_(chunk))):
            wanted = latest_phase(history.get(course_id, ()))
            if wanted != phase:
                moved.append({"b_id": course_id, "b_phase": wanted})
        if moved:
            stmt = update(course).where(course.c.id == bindparam("b_id")) \
                .values(phase=bindparam("b_phase"))
            if on_server:
                stmt = stmt.values(server_seq=NEXT_SEQ)
            conn.execute(stmt, moved)
            changed += len(moved)
    return changed
