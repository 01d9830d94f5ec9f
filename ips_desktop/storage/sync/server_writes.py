"""The push's writes on the team database: rows in runs, conflicts, field stamps.

Every write takes its `server_seq` from the one sequence (`NEXT_SEQ`), so a
pull can read what is new since its last one.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from ips_desktop.storage.sync.schema import FIELD_STAMP, NEXT_SEQ
from ips_desktop.storage.sync.tables import TableInfo, info

_CHUNK = 1000


def execute_grouped(conn: Connection, t: TableInfo, rows: list[dict[str, Any]], *,
                     insert_rows: bool) -> None:
    """One executemany per run of rows that set the same columns, in their order."""
    groups: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = []
    for row in rows:
        columns = tuple(sorted(row))
        if groups and groups[-1][0] == columns:
            groups[-1][1].append(row)
        else:
            groups.append((columns, [row]))
    table = t.table
    for columns, group in groups:
        if insert_rows:
            values = [{c: r[c] for c in columns if c != "server_seq"} for r in group]
            conn.execute(insert(table).values(server_seq=NEXT_SEQ), values)
        else:
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(
                server_seq=NEXT_SEQ, **{c: bindparam(f"b_{c}") for c in columns
                                        if c not in ("id", "server_seq")})
            conn.execute(stmt, [{f"b_{c}": r[c] for c in columns if c != "server_seq"}
                                for r in group])


def write_conflicts(conn: Connection, rows: list[dict[str, Any]], origin: str,
                     now: datetime) -> None:
    if not rows:
        return
    table = info("sync_conflict").table
    full = []
    for row in rows:
        full.append({"id": uuid.uuid4(), "created_at": now, "updated_at": now,
                     "deleted_at": None, "version": 1, "origin": origin,
                     "changed_by": row.get("incoming_actor_id"), "resolved_at": None,
                     "resolved_by": None, "resolution": None, "resolved_value": None} | row)
    conn.execute(insert(table).values(server_seq=NEXT_SEQ), full)


def write_stamps(conn: Connection, rows: list[dict[str, Any]]) -> None:
    stmt = pg_insert(FIELD_STAMP)
    stmt = stmt.on_conflict_do_update(
        index_elements=[FIELD_STAMP.c.table_name, FIELD_STAMP.c.row_id, FIELD_STAMP.c.field],
        set_={"hlc": stmt.excluded.hlc, "actor_id": stmt.excluded.actor_id,
              "origin": stmt.excluded.origin})
    for start in range(0, len(rows), _CHUNK):
        conn.execute(stmt, rows[start:start + _CHUNK])
