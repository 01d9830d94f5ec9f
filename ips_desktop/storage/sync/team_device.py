"""The team database's record of each laptop: how far its pushes got, and when.

`pushed_up_to` makes a push idempotent (storage/sync/push.py); `last_push_at`
is what the team figures show as a consultant's freshness (how old their data
on the team is); `last_pull_at`, written by the pull, says whether the laptop
has seen the others' data (`ips-desktop team status`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from ips_desktop.storage.sync.schema import NEXT_SEQ, PUSH_LOCK
from ips_desktop.storage.sync.tables import info


def load(conn: Connection, origin: str, consultant_id: uuid.UUID | None,
            now: datetime) -> dict[str, Any]:
    """This laptop's `team_device` row, locked; a new one is only made by `save`.

    (Written after the changes: a member may only add their own device, and on
    a laptop's first push the team database learns who they are, their
    consultant row, from the push itself.)
    """
    device = info("team_device").table
    row = conn.execute(select(device).where(device.c.database_id == origin)
                       .with_for_update()).mappings().first()
    if row is not None:
        return dict(row)
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "deleted_at": None,
            "version": 0, "origin": origin, "changed_by": consultant_id,
            "database_id": origin, "consultant_id": consultant_id, "pushed_up_to": 0,
            "last_push_at": None, "last_pull_at": None}


def save(conn: Connection, device: dict[str, Any], **values: Any) -> None:
    table = info("team_device").table
    if device["version"] == 0:
        conn.execute(insert(table).values(server_seq=NEXT_SEQ, **(device | values
                                                                   | {"version": 1})))
        return
    conn.execute(update(table).where(table.c.id == device["id"]).values(
        version=device["version"] + 1, server_seq=NEXT_SEQ, **values))


def note_pull(conn: Connection, origin: str, now: datetime) -> None:
    """The pull (in its own transaction, after its reads) records when the laptop pulled.

    The row takes a new `server_seq` so the other laptops' next pull brings
    the news down; like a push it numbers under the push lock, or a push
    numbered before it but committed after it would be missed by a pull that
    read this one. A laptop that never pushed has no row yet: nothing to note.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
    table = info("team_device").table
    conn.execute(update(table).where(table.c.database_id == origin).values(
        last_pull_at=now, updated_at=now, version=table.c.version + 1, server_seq=NEXT_SEQ))
