"""The same person registered on two laptops: two live participants with one CPR number.

Found on the team database when a push brings a participant (new, a CPR
number changed, or brought back from a tombstone) whose CPR number another
live participant has. Each such pair becomes one 'same_person' conflict,
offered for merging (services/conflicts.py): `row_id` is the participant that
arrived, `server_value` the id of the one the team had, `incoming_value` the
arriving one's id. A pair is offered once: a person who decided that two
records are not the same person is not asked again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, select

from ips_desktop.storage.models import Participant, SyncConflict

SAME_PERSON = "same_person"


def same_person_conflicts(conn: Connection, arrived: Iterable[uuid.UUID],
                          now: datetime) -> list[dict[str, Any]]:
    ids = list(arrived)
    if not ids:
        return []
    p, other = Participant.__table__.alias("p"), Participant.__table__.alias("other")
    pairs = conn.execute(
        select(p.c.id, p.c.changed_by, p.c.origin, other.c.id.label("other_id"),
               other.c.changed_by.label("other_by"), other.c.origin.label("other_origin"))
        .join(other, and_(other.c.cpr == p.c.cpr, other.c.id != p.c.id,
                          other.c.deleted_at.is_(None)))
        .where(p.c.id.in_(ids), p.c.deleted_at.is_(None), p.c.cpr.is_not(None),
               p.c.cpr != "")).all()
    if not pairs:
        return []
    offered = known_pairs(conn, {r.id for r in pairs} | {r.other_id for r in pairs})
    found = []
    for row in pairs:
        pair = frozenset((row.id, row.other_id))
        if pair in offered:
            continue
        offered.add(pair)
        found.append({
            "table_name": "participant", "row_id": row.id, "field": "cpr",
            "kind": SAME_PERSON, "base_version": None,
            "server_value": str(row.other_id), "server_actor_id": row.other_by,
            "server_origin": row.other_origin, "server_hlc": None,
            "incoming_value": str(row.id), "incoming_actor_id": row.changed_by,
            "incoming_origin": row.origin, "incoming_hlc": None, "detected_at": now,
        })
    return found


def known_pairs(conn: Connection, ids: set[uuid.UUID]) -> set[frozenset[uuid.UUID]]:
    """The pairs already offered among conflicts about `ids` (resolved or not)."""
    table = SyncConflict.__table__
    rows = conn.execute(select(table.c.server_value, table.c.incoming_value)
                        .where(table.c.kind == SAME_PERSON, table.c.table_name == "participant",
                               table.c.row_id.in_(list(ids)))).all()
    pairs = set()
    for server, incoming in rows:
        try:
            pairs.add(frozenset((uuid.UUID(str(server)), uuid.UUID(str(incoming)))))
        except ValueError:
            continue
    return pairs
