"""Replaying a change log into an empty schema, and a table-by-table picture to compare.

If the log is complete, applying its entries in order to a database made by
the same migrations gives back every row that travels, column for column:
what a team database (or a second laptop) would rebuild from it. Kept in the
tests: the sync engine applies changes with its own conflict rules; this one
only checks that each change applies where the log says (its base version).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from ips_desktop.storage import change_values
from ips_desktop.storage.change_log import ERASE, INSERT, PER_ANSWER
from ips_desktop.storage.models import SYNCED_TABLES, Base, ChangeLog

# Not carried by the log: set by the team database, or recomputed from phase_change.
NOT_COMPARED = {"server_seq"}
RECOMPUTED = {"course": {"phase"}}


def replay(source: Engine, target: Connection) -> int:
    """Every entry of `source`'s log applied to `target` in order; returns how many."""
    with source.connect() as conn:
        entries = conn.execute(select(ChangeLog).order_by(ChangeLog.id)).all()
    for entry in entries:
        apply(target, entry)
    return len(entries)


def apply(conn: Connection, entry: Any) -> None:
    table = Base.metadata.tables[entry.table_name]
    answers_column = PER_ANSWER.get(table.name)
    if entry.op == INSERT:
        row: dict[str, Any] = dict.fromkeys(table.c.keys())
        row.update(id=entry.row_id, version=entry.new_version, origin=entry.origin,
                   changed_by=entry.actor_id)
        if answers_column:
            row[answers_column] = {}
        for key, (_, new) in entry.changes.items():
            if answers_column and key.startswith(f"{answers_column}."):
                row[answers_column][key.split(".", 1)[1]] = new
            else:
                row[key] = change_values.decode(table.c[key].type, new)
        for column in RECOMPUTED.get(table.name, ()):
            row[column] = "referred"  # not logged: recomputed (not compared here)
        conn.execute(insert(table), row)
        return
    current = conn.execute(select(table).where(table.c.id == entry.row_id)).one_or_none()
    if entry.op == ERASE and not entry.changes:
        if current is not None:
            conn.execute(delete(table).where(table.c.id == entry.row_id))
        return
    assert current is not None, f"{entry.op} of a row never inserted ({entry.table_name})"
    assert current.version == entry.base_version, \
        f"{entry.table_name} entry {entry.id}: base {entry.base_version}, row {current.version}"
    values: dict[str, Any] = {"version": entry.new_version, "changed_by": entry.actor_id,
                              "updated_at": current.updated_at}
    answers = dict(getattr(current, answers_column) or {}) if answers_column else None
    for key, (_, new) in entry.changes.items():
        if answers is not None and key.startswith(f"{answers_column}."):
            name = key.split(".", 1)[1]
            if new is None:
                answers.pop(name, None)
            else:
                answers[name] = new
        else:
            values[key] = change_values.decode(table.c[key].type, new)
    if answers is not None and answers_column:
        values[answers_column] = answers
    conn.execute(update(table).where(table.c.id == entry.row_id).values(values))


def picture(conn: Connection) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every row of every synced table, each column in the log's encoding."""
    found: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    for name in SYNCED_TABLES:
        table = Base.metadata.tables[name]
        skipped = NOT_COMPARED | RECOMPUTED.get(name, set())
        columns = [c for c in table.columns if c.key not in skipped]
        found[name] = {row.id: {c.key: change_values.encode(c.type, row._mapping[c.key])
                                for c in columns}
                       for row in conn.execute(select(*columns))}
    return found
