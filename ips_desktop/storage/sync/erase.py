"""Erasure across the team: what one laptop erased goes from the team database and every laptop.

A laptop's erasure (storage/erasure.py) reaches the team database as 'erase'
entries. There the rows go too, with everything the team database holds under
them that the erasing laptop never saw (a note another consultant wrote
meanwhile): the same tables and links as erasure on the laptop
(`erasure.FOUND_BY` and `erasure.SCRUBBED`), walked from the erased rows.
Each removed row leaves only its table and id in `sync_erased`, with a
`server_seq`, and every laptop's pull erases it in turn (rows under it that
only that laptop has included, and their unsent changes). Conflicts about
an erased row go as well: they hold its values.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Connection, bindparam, delete, insert, select, text, update
from sqlalchemy.dialects.postgresql import JSONB

from ips_desktop.storage import erasure
from ips_desktop.storage.models import Base
from ips_desktop.storage.sync.schema import ERASED, FIELD_STAMP, NEXT_SEQ

_CHUNK = 500
T = TypeVar("T")
Key = tuple[str, uuid.UUID]


def already_erased(conn: Connection, ids: Iterable[uuid.UUID]) -> set[Key]:
    listed = list(ids)
    found: set[Key] = set()
    for start in range(0, len(listed), _CHUNK):
        found.update((r.table_name, r.row_id) for r in conn.execute(
            select(ERASED.c.table_name, ERASED.c.row_id)
            .where(ERASED.c.row_id.in_(listed[start:start + _CHUNK]))))
    return found


def rows_under(conn: Connection, seed: Mapping[str, Iterable[uuid.UUID]]
               ) -> tuple[dict[str, list[uuid.UUID]], dict[str, list[uuid.UUID]]]:
    """(rows to delete per table, rows to scrub per table) for erasing `seed` and what hangs on it.

    Only the rows that exist are listed.
    """
    found: dict[str, list[uuid.UUID]] = {}
    for name, ids in seed.items():
        table = Base.metadata.tables[name]
        wanted = list(dict.fromkeys(ids))
        found[name] = [i for chunk in chunks(wanted) for i in conn.scalars(
            select(table.c.id).where(table.c.id.in_(chunk)))]
    for table_name, column, referred in erasure.FOUND_BY[1:]:
        if not found.get(referred):
            continue
        table = Base.metadata.tables[table_name]
        seen = found.setdefault(table_name, [])
        for chunk in chunks(found[referred]):
            seen.extend(conn.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
        found[table_name] = list(dict.fromkeys(seen))
    scrub: dict[str, list[uuid.UUID]] = {}
    for table_name, (column, referred, _) in erasure.SCRUBBED.items():
        table = Base.metadata.tables[table_name]
        scrub[table_name] = [i for chunk in chunks(found.get(referred, []))
                             for i in conn.scalars(select(table.c.id)
                                                   .where(table.c[column].in_(chunk)))]
    return {k: v for k, v in found.items() if v}, {k: v for k, v in scrub.items() if v}


def _delete_order(found: Mapping[str, list[uuid.UUID]]) -> list[str]:
    """Children before parents: erasure's own order, then anything else seeded."""
    ordered = [t for t in reversed(erasure.ERASED_TABLES) if t in found]
    return ordered + [t for t in found if t not in ordered]


def erase_on_server(conn: Connection, seed: Mapping[str, Iterable[uuid.UUID]],
                    now: datetime) -> set[Key]:
    """Erase `seed` and what hangs on it on the team database; returns what was removed."""
    found, scrub = rows_under(conn, seed)
    for table_name, ids in scrub.items():
        table = Base.metadata.tables[table_name]
        cleared = erasure.SCRUBBED[table_name][2]
        for chunk in chunks(ids):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(
                {**dict.fromkeys(cleared), "version": table.c.version + 1, "updated_at": now,
                 "server_seq": NEXT_SEQ}))
    removed: set[Key] = set()
    for table_name in _delete_order(found):
        table = Base.metadata.tables[table_name]
        ids = list(reversed(found[table_name]))
        for chunk in chunks(ids):
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
        removed.update((table_name, i) for i in ids)
    removed.update(_drop_conflicts(conn, {i for _, i in removed}))
    for chunk in chunks(sorted({i for _, i in removed}, key=str)):
        conn.execute(delete(FIELD_STAMP).where(FIELD_STAMP.c.row_id.in_(chunk)))
    rows = [{"table_name": t, "row_id": i, "erased_at": now} for t, i in removed]
    for part in chunks(rows):
        conn.execute(insert(ERASED).values(server_seq=NEXT_SEQ), part)
    return removed


def erase_as_member(conn: Connection, seed: Mapping[str, Iterable[uuid.UUID]],
                    now: datetime) -> tuple[set[Key], set[Key]]:
    """A member's erasure: (removed, refused), by `ips_sync_erase` (erase_function.py).

    The same walk and bookkeeping as `erase_on_server`, run as the team
    database's owner after the function has asked whether this member may
    erase every seed; one refused seed and nothing is erased.
    """
    seeds = {name: [str(i) for i in ids] for name, ids in seed.items()
             if name in erasure.ERASED_TABLES}
    query = text("SELECT table_name, row_id, refused FROM ips_sync_erase(:seeds, :now)")
    rows = conn.execute(query.bindparams(bindparam("seeds", type_=JSONB)),
                        {"seeds": seeds, "now": now}).all()
    removed = {(t, i) for t, i, refused in rows if not refused}
    return removed, {(t, i) for t, i, refused in rows if refused}


def _drop_conflicts(conn: Connection, ids: set[uuid.UUID]) -> set[Key]:
    """Conflicts about erased rows (a same-person pair names the other one in its values)."""
    if not ids:
        return set()
    table = Base.metadata.tables["sync_conflict"]
    doomed: set[uuid.UUID] = set()
    for chunk in chunks(list(ids)):
        doomed.update(conn.scalars(select(table.c.id).where(table.c.row_id.in_(chunk))))
    texts = {str(i) for i in ids}
    for row in conn.execute(select(table.c.id, table.c.server_value, table.c.incoming_value)
                            .where(table.c.kind == "same_person")):
        if str(row.server_value) in texts or str(row.incoming_value) in texts:
            doomed.add(row.id)
    for chunk in chunks(list(doomed)):
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
    return {("sync_conflict", i) for i in doomed}


def erase_locally(conn: Connection, seed: Mapping[str, Iterable[uuid.UUID]], *,
                  scrubbed: Mapping[str, tuple[str, ...]] | None = None) -> int:
    """The pull's side: erase what the team database erased, unlogged; returns rows removed.

    Rows under them that only this laptop has go too, as do every change_log
    entry about a removed row (pushed or not: the log keeps nothing erasure
    removed) and the columns erasure clears on rows that stay (`scrubbed`, per
    table, instead: rows out of sight, storage/sync/out_of_sight.py, clear
    only the link). The file is marked for the overwrite that storage.erasure
    does after an erasure.
    """
    found, scrub = rows_under(conn, seed)
    if not found and not scrub:
        return 0
    clears = scrubbed if scrubbed is not None else {
        name: cleared for name, (_, _, cleared) in erasure.SCRUBBED.items()}
    log = Base.metadata.tables["change_log"]
    for table_name, ids in scrub.items():
        table = Base.metadata.tables[table_name]
        cleared = clears[table_name]
        for chunk in chunks(ids):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(
                dict.fromkeys(cleared)))
    removed = 0
    for table_name in _delete_order(found):
        table = Base.metadata.tables[table_name]
        for chunk in chunks(list(reversed(found[table_name]))):
            conn.execute(delete(log).where(log.c.table_name == table_name,
                                           log.c.row_id.in_(chunk)))
            removed += conn.execute(delete(table).where(table.c.id.in_(chunk))).rowcount
    for table_name, ids in scrub.items():
        _redact(conn, table_name, ids, clears[table_name])
    if removed or scrub:
        _mark_overwrite_pending(conn)
    return removed


def _redact(conn: Connection, table_name: str, ids: list[uuid.UUID],
            cleared: tuple[str, ...]) -> None:
    """Unsent entries about scrubbed rows lose the cleared columns' values too."""
    log = Base.metadata.tables["change_log"]
    for chunk in chunks(ids):
        for entry_id, changes in conn.execute(select(log.c.id, log.c.changes).where(
                log.c.table_name == table_name, log.c.row_id.in_(chunk))).all():
            kept = {k: ([None, None] if k in cleared else v) for k, v in (changes or {}).items()}
            if kept != changes:
                conn.execute(update(log).where(log.c.id == entry_id).values(changes=kept))


def _mark_overwrite_pending(conn: Connection) -> None:
    setting = Base.metadata.tables["setting"]
    done = conn.execute(update(setting).where(setting.c.key == erasure.SCRUB_PENDING)
                        .values(value="1")).rowcount
    if not done:
        conn.execute(insert(setting).values(key=erasure.SCRUB_PENDING, value="1"))


def chunks(items: Sequence[T]) -> Iterable[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start:start + _CHUNK])
