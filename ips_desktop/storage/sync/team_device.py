"""The team database's record of each laptop: how far its pushes got, and when.

`pushed_up_to` makes a push idempotent (storage/sync/push.py); `last_push_at`
is what the team figures show as a consultant's freshness.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ips_desktop.storage.sync.schema import NEXT_SEQ
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
