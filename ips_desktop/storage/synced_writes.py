"""Core writes on the tables that travel, logged like the ORM's (storage/change_log.py).

A Core INSERT, UPDATE or DELETE passes the ORM by: the session listener
never sees it, and the change would stay on this laptop. Every such
statement on a synced table goes through here instead
(tests/storage/test_core_writes_are_logged.py walks the sources for
those that do not):

- `insert_rows`: the demo generator's bulk inserts and the audit events
  written after a read's commit; each row completed with its defaults, so
  the log holds exactly what was stored.
- `update_rows` / `update_by_id`: set-wise updates (an employer merge moving
  contacts, a draft's place in the wizard, the demo's links): each row's
  version rises by one and its old values are read first.
- `tombstone_rows`: `deleted_at` set; rows that travel are never deleted…
- `erase_rows` / `scrub_rows`: …except by erasure (storage/erasure.py): op
  'erase', and the erased rows' earlier entries purged (pushed or not), so
  the log keeps nothing erasure removed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from ips_desktop.storage import change_log, change_values
from ips_desktop.storage.change_log import ERASE, INSERT, Entry
from ips_desktop.storage.models import Base, utcnow

Row = dict[str, Any]
_CHUNK = 500  # SQLite allows 32766 bound parameters; stay far below it


def _table(target: Any) -> Table:
    if isinstance(target, Table):
        return target
    if isinstance(target, str):
        return Base.metadata.tables[target]
    return target.__table__  # type: ignore[no-any-return]


def _synced(table: Table) -> Table:
    if not change_log.is_synced(table.name):
        raise ValueError(f"{table.name} does not travel: write it directly")
    return table


def _connection(where: Connection | Session) -> tuple[Connection, uuid.UUID | None]:
    if isinstance(where, Session):
        where.flush()  # the ORM's pending changes first: the old values are read below
        return where.connection(), where.info.get(change_log.ACTOR)
    return where, None


@cache
def _defaults(table_name: str) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]]:
    """Every column's plain default (None where it has none), and the columns whose
    default is a function (called for a row that lacks them)."""
    plain: dict[str, Any] = {}
    called = []
    for column in Base.metadata.tables[table_name].columns:
        default = column.default
        if default is not None and default.is_callable:  # type: ignore[attr-defined]
            called.append((column.key, default.arg))  # type: ignore[attr-defined]
        plain[column.key] = None if default is None or default.is_callable \
            else default.arg  # type: ignore[attr-defined]
    return plain, tuple(called)


def insert_rows(where: Connection | Session, target: Any, rows: Iterable[Row], *,
                actor_id: uuid.UUID | None = None) -> int:
    """INSERT `rows` (one executemany) and log each; returns how many.

    A row lacking a column gets the column's default, as Core would give it;
    `version` starts at 1, `origin` is this database, `changed_by` the actor
    unless the row says who (a phase change, an audit event).
    """
    table = _synced(_table(target))
    conn, session_actor = _connection(where)
    actor = actor_id if actor_id is not None else session_actor
    origin = change_log.origin_of(conn)
    plain, called = _defaults(table.name)
    table_codec = change_log.codec(table.name)
    complete: list[Row] = []
    entries: list[Entry] = []
    for row in rows:
        full = {**plain, **row}
        for key, default in called:
            if key not in row:
                full[key] = default(None)
        full["version"] = 1
        full["origin"] = full["origin"] or origin
        if full["changed_by"] is None:
            full["changed_by"] = full.get("actor_id") if table.name == "audit_event" else actor
        complete.append(full)
        entries.append(Entry(table.name, full["id"], INSERT, 0, 1,
                             table_codec.insert_changes(full), full["changed_by"]))
    if complete:
        conn.execute(insert(table), complete)
        change_log.write(conn, entries, origin)
    return len(complete)


def update_rows(where: Connection | Session, target: Any, condition: ColumnElement[bool],
                values: Mapping[str, Any], *, touch: bool = True) -> int:
    """UPDATE the rows `condition` finds to `values` (plain values, not SQL), logged.

    `touch=False` keeps `updated_at` (a draft's place in the wizard is no
    change to the record); the version rises all the same: the row changed.
    """
    table = _synced(_table(target))
    conn, _ = _connection(where)
    ids = [row_id for (row_id,) in conn.execute(select(table.c.id).where(condition))]
    return _update_ids(where, table, ids, dict(values), touch=touch)


def update_by_id(where: Connection | Session, target: Any, rows: Sequence[Row]) -> int:
    """Each row `{"id": …, column: value, …}` updated to its own values (the demo's links)."""
    table = _synced(_table(target))
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
    done = 0
    for keys, group in groups.items():
        for chunk in _chunks(group):
            done += _update_each(where, table, chunk, keys)
    return done


def tombstone_rows(where: Connection | Session, target: Any,
                   condition: ColumnElement[bool]) -> int:
    """Set `deleted_at` on the live rows `condition` finds: logged as op 'delete'."""
    table = _table(target)
    return update_rows(where, table, condition & table.c.deleted_at.is_(None),
                       {"deleted_at": utcnow()})


def _update_ids(where: Connection | Session, table: Table, ids: list[uuid.UUID],
                values: Row, *, touch: bool) -> int:
    if touch and "updated_at" not in values:
        values["updated_at"] = utcnow()
    done = 0
    for chunk in _chunks(ids):
        done += _update_each(where, table, [{"id": i, **values} for i in chunk],
                             tuple(sorted(values)))
    return done


def _update_each(where: Connection | Session, table: Table, rows: list[Row],
                 keys: tuple[str, ...]) -> int:
    """One chunk of rows that set the same columns: old values read, updated, logged."""
    conn, actor = _connection(where)
    by_id = {row["id"]: row for row in rows}
    old = {r.id: r for r in conn.execute(
        select(table.c.id, table.c.version, *(table.c[k] for k in keys))
        .where(table.c.id.in_(list(by_id))))}
    table_codec = change_log.codec(table.name)
    entries: list[Entry] = []
    params: list[Row] = []
    for row_id, row in by_id.items():
        before = old.get(row_id)
        if before is None:
            continue
        pairs = {k: (getattr(before, k), row[k]) for k in keys}
        changes = table_codec.update_changes(pairs)
        entries.append(Entry(table.name, row_id, change_log.change_op(changes),
                             before.version, before.version + 1, changes, actor))
        params.append({"b_id": row_id, "b_version": before.version + 1, "b_changed_by": actor,
                       **{f"b_{k}": row[k] for k in keys}})
    if not params:
        return 0
    stmt = update(table).where(table.c.id == bindparam("b_id")).values(
        version=bindparam("b_version"), changed_by=bindparam("b_changed_by"),
        **{k: bindparam(f"b_{k}") for k in keys})
    if "updated_at" not in keys:  # else Core's onupdate would touch it
        stmt = stmt.values(updated_at=table.c.updated_at)
    conn.execute(stmt, params)
    _refresh(where, table, list(by_id))
    change_log.write(conn, entries, change_log.origin_of(conn))
    return len(params)


def _refresh(where: Connection | Session, table: Table, ids: list[uuid.UUID]) -> None:
    """Loaded copies of the rows forget what they held: their next flush uses the new version."""
    if not isinstance(where, Session):
        return
    mapper = next((m for m in Base.registry.mappers if m.local_table is table), None)
    if mapper is None:
        return
    for row_id in ids:
        obj = where.identity_map.get(identity_key(mapper.class_, row_id))
        if obj is not None:
            where.expire(obj)


def erase_rows(session: Session, target: Any, ids: Sequence[uuid.UUID]) -> int:
    """DELETE the rows for erasure: each logged as op 'erase', its earlier entries purged."""
    table = _synced(_table(target))
    conn, actor = _connection(session)
    entries: list[Entry] = []
    for chunk in _chunks(list(ids)):
        versions = dict(conn.execute(select(table.c.id, table.c.version)
                                     .where(table.c.id.in_(chunk))).all())
        _purge(conn, table.name, chunk)
        conn.execute(delete(table).where(table.c.id.in_(chunk)))
        entries.extend(Entry(table.name, row_id, ERASE, versions[row_id], versions[row_id] + 1,
                             {}, actor) for row_id in chunk if row_id in versions)
    change_log.write(conn, entries, change_log.origin_of(conn))
    return len(entries)


def scrub_rows(session: Session, target: Any, ids: Sequence[uuid.UUID],
               columns: Sequence[str]) -> int:
    """Clear `columns` of rows that stay (erasure's employer contacts): op 'erase'.

    The entry lists the cleared columns as `[null, null]` (what they held is
    not kept: it is what erasure removes), and the rows' earlier entries lose
    those columns' values too. The team database applies an 'erase' as it is.
    """
    table = _synced(_table(target))
    conn, actor = _connection(session)
    cleared = {c: [None, None] for c in columns}
    entries: list[Entry] = []
    now = utcnow()
    for chunk in _chunks(list(ids)):
        versions = dict(conn.execute(select(table.c.id, table.c.version)
                                     .where(table.c.id.in_(chunk))).all())
        _redact(conn, table.name, chunk, columns)
        conn.execute(update(table).where(table.c.id.in_(chunk)).values(
            {**dict.fromkeys(columns), "version": table.c.version + 1, "changed_by": actor,
             "updated_at": now}))
        entries.extend(Entry(table.name, row_id, ERASE, versions[row_id], versions[row_id] + 1,
                             {**cleared, "updated_at": [None, _instant(now)]}, actor)
                       for row_id in chunk if row_id in versions)
    _refresh(session, table, list(ids))
    change_log.write(conn, entries, change_log.origin_of(conn))
    return len(entries)


def _instant(value: datetime) -> Any:
    return change_values.encode(Base.metadata.tables["note"].c.updated_at.type, value)


def _purge(conn: Connection, table_name: str, ids: list[uuid.UUID]) -> None:
    log = change_log.CHANGE_LOG
    conn.execute(delete(log).where(log.c.table_name == table_name, log.c.row_id.in_(ids)))


def _redact(conn: Connection, table_name: str, ids: list[uuid.UUID],
            columns: Sequence[str]) -> None:
    log = change_log.CHANGE_LOG
    found = conn.execute(select(log.c.id, log.c.op, log.c.changes).where(
        log.c.table_name == table_name, log.c.row_id.in_(ids))).all()
    rewritten = []
    for entry_id, op, changes in found:
        kept = {k: v for k, v in (changes or {}).items() if k not in columns}
        if op == INSERT:
            kept.update({c: [None, None] for c in columns if c in (changes or {})})
        if kept != changes:
            rewritten.append({"b_id": entry_id, "b_changes": kept})
    if rewritten:
        conn.execute(update(log).where(log.c.id == bindparam("b_id"))
                     .values(changes=bindparam("b_changes")), rewritten)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
