"""The outbox: every change to a row that travels is logged in the change's own transaction.

One listener on every ORM Session (issue 21, "Rows that travel") turns what a
flush writes into `change_log` rows: an insert with all its values, an update
with only the columns that changed (old and new), a tombstone (`deleted_at`
set) as op 'delete'. Each entry carries the database's hybrid logical clock
(domain/hlc.py), the session's actor (`session.info["actor_id"]`, set by
services/context.py) and this database's id as its origin. Writes that do not
go through the ORM (bulk inserts, set-wise updates, erasure) use
storage/synced_writes.py, which builds its entries with the same functions.

- `course.phase` is never logged: it is recomputed from the phase changes.
- An insert lists the columns that are not NULL (`[null, value]`); one it leaves out
  is NULL.
- `form_response.answers` is logged per answer: `"answers.<name>": [old, new]`
  (a removed answer has new = null), so two consultants who changed different
  answers of one form do not collide.
- `version`, `origin`, `changed_by` and `server_seq` are not in `changes`:
  the entry's new_version, origin and actor_id say them.
- A session with `info["applying_sync"]` (the pull writing the team's rows)
  is not logged, nor stamped: those rows keep the server's versions.
- A Record is never deleted through the ORM: it is tombstoned.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import NO_VALUE

from ips_desktop.domain import hlc
from ips_desktop.storage import change_values
from ips_desktop.storage.change_values import Encode, encoder
from ips_desktop.storage.models import AuditEvent, Base, ChangeLog, Record, Setting, utcnow

APPLYING_SYNC = "applying_sync"
ACTOR = "actor_id"
DATABASE_ID = "database_id"  # the setting (storage.database.DATABASE_ID)
CLOCK = "hlc_clock"  # the newest stamp made or seen here (a device setting: never travels)

INSERT, UPDATE, DELETE, ERASE = "insert", "update", "delete", "erase"

# Said by the entry itself (new_version, origin, actor_id) or by the team database.
NOT_IN_CHANGES = frozenset({"id", "version", "origin", "changed_by", "server_seq"})
NEVER_LOGGED = {"course": frozenset({"phase"})}  # recomputed from phase_change rows
PER_ANSWER = {"form_response": "answers"}
INSERT_ONLY = frozenset({"audit_event"})

CHANGE_LOG: Table = ChangeLog.__table__  # type: ignore[assignment]


class HardDeleteRefused(RuntimeError):
    """A row that travels was deleted through the ORM; tombstone it (deleted_at) instead."""


@dataclass(frozen=True)
class TableCodec:
    """How one table's rows become `changes`: its logged columns and their encoders."""

    name: str
    columns: tuple[tuple[str, Encode], ...]
    answers: str | None  # the JSON column logged per answer, if any
    plain: tuple[str, ...] = ()  # columns whose values are their own JSON (no call needed)
    converted: tuple[tuple[str, Encode], ...] = ()  # the others, with their raw converters

    def insert_changes(self, values: Mapping[str, Any]) -> dict[str, list[Any]]:
        """Every column that is not NULL as `[null, value]`: a column an insert leaves out
        is NULL (the nulls were a good part of the log's size). The bulk path: called
        once per demo row."""
        get = values.get
        changes = {key: [None, value] for key in self.plain if (value := get(key)) is not None}
        for key, convert in self.converted:
            value = get(key)
            if value is not None:
                changes[key] = [None, convert(value)]
        if self.answers:
            for name, answer in sorted((get(self.answers) or {}).items()):
                changes[f"{self.answers}.{name}"] = [None, answer]
        return changes

    def update_changes(self, pairs: Mapping[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
        """`pairs`: column -> (old, new) for the columns that changed, Python values."""
        changes: dict[str, list[Any]] = {}
        for key, encode in self.columns:
            if key not in pairs:
                continue
            old, new = pairs[key]
            if key == self.answers:
                before, after = old or {}, new or {}
                for name in sorted(before.keys() | after.keys()):
                    if before.get(name) != after.get(name) or (name in before) != (name in after):
                        changes[f"{key}.{name}"] = [before.get(name), after.get(name)]
            else:
                old_json, new_json = encode(old), encode(new)
                if old_json != new_json:
                    changes[key] = [old_json, new_json]
        return changes


@cache
def codec(table_name: str) -> TableCodec:
    table = Base.metadata.tables[table_name]
    skipped = NOT_IN_CHANGES | NEVER_LOGGED.get(table_name, frozenset())
    logged = [c for c in table.columns if c.key not in skipped]
    answers = PER_ANSWER.get(table_name)
    rest = [c for c in logged if c.key != answers]
    return TableCodec(
        table_name, tuple((c.key, encoder(c.type)) for c in logged), answers,
        plain=tuple(c.key for c in rest if change_values.is_plain(c.type)),
        converted=tuple((c.key, change_values.raw_encoder(c.type)) for c in rest
                        if not change_values.is_plain(c.type)))


def is_synced(table_name: str) -> bool:
    table = Base.metadata.tables.get(table_name)
    return table is not None and "server_seq" in table.c


# --- This database: its id (the origin) and its clock ------------------------------------

_origins: weakref.WeakKeyDictionary[Any, str | None] = weakref.WeakKeyDictionary()
_clock_lock = threading.Lock()
_clocks: dict[str, hlc.Stamp] = {}  # database id -> the last stamp handed out
_clock_read: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def wall_clock_ms() -> int:
    """Now, in milliseconds since 1970 (a test moves the clock by replacing this)."""
    return time.time_ns() // 1_000_000


def origin_of(conn: Connection) -> str | None:
    """This database's id (setting `database_id`), read once per connection pool."""
    pool = conn.engine.pool
    if pool not in _origins:
        _origins[pool] = conn.execute(
            select(Setting.value).where(Setting.key == DATABASE_ID)).scalar()
    return _origins[pool]


def stamps(conn: Connection, origin: str | None, count: int) -> list[str]:
    """`count` new clock stamps in order, each after every stamp this database made.

    The clock is kept per database; the first use on a connection pool starts
    it after the newest entry of the log and the setting CLOCK (`clock_now`),
    so a restart never goes back, even after a push emptied the log.
    """
    node = hlc.node_of(origin)
    key = origin or ""
    pool = conn.engine.pool
    newest: hlc.Stamp | None = None
    if pool not in _clock_read:
        texts = [conn.execute(select(ChangeLog.hlc).order_by(ChangeLog.id.desc()).limit(1))
                 .scalar(),
                 conn.execute(select(Setting.value).where(Setting.key == CLOCK)).scalar()]
        found = [hlc.parse(t) for t in texts if t]
        newest = max(found, key=lambda s: (s.wall_ms, s.counter)) if found else None
    with _clock_lock:
        last = _clocks.get(key) or hlc.Stamp(0, 0, node)
        if newest is not None and (newest.wall_ms, newest.counter) > (last.wall_ms, last.counter):
            last = newest
        _clock_read[pool] = True
        now = wall_clock_ms()
        wall, counter = (now, -1) if now > last.wall_ms else (last.wall_ms, last.counter)
        result = []
        for _ in range(count):
            counter += 1
            if counter > hlc.COUNTER_MAX:
                wall, counter = wall + 1, 0
            result.append(f"{wall:0{hlc.WALL_DIGITS}d}-{counter:0{hlc.COUNTER_DIGITS}d}-{node}")
        if count:
            _clocks[key] = hlc.Stamp(wall, counter, node)
    return result


def observe(conn: Connection, remote: str) -> None:
    """A stamp seen from elsewhere (a pulled change): this database's next ones come after."""
    origin = origin_of(conn)
    stamps(conn, origin, 0)  # started from the log first
    with _clock_lock:
        key = origin or ""
        last = _clocks.get(key) or hlc.Stamp(0, 0, hlc.node_of(origin))
        _clocks[key] = hlc.parse(hlc.receive(str(last), remote, wall_clock_ms()))


def clock_now(conn: Connection) -> str | None:
    """The clock as it stands (every stamp made or seen here), for the setting CLOCK that
    keeps it over a restart when the log is empty."""
    origin = origin_of(conn)
    stamps(conn, origin, 0)
    with _clock_lock:
        last = _clocks.get(origin or "")
    return None if last is None else str(last)


@dataclass
class Entry:
    """One change_log row before its stamp."""

    table_name: str
    row_id: uuid.UUID
    op: str
    base_version: int
    new_version: int
    changes: dict[str, Any]
    actor_id: uuid.UUID | None


def write(conn: Connection, entries: Iterable[Entry], origin: str | None) -> None:
    """The entries into the log, in order, each with its own clock stamp."""
    entries = list(entries)
    if not entries:
        return
    clock = stamps(conn, origin, len(entries))
    if conn.dialect.name == "sqlite":
        # The driver's executemany with the JSON made here: SQLAlchemy's per-row binding
        # doubled what the log cost the demo's bulk inserts. The values are what the
        # column types store on SQLite (a UUID as 32 hex digits, JSON as its text).
        conn.exec_driver_sql(_SQLITE_INSERT, [
            (stamp, e.table_name, e.row_id.hex, e.op, e.base_version, e.new_version,
             _compact(e.changes), e.actor_id.hex if e.actor_id else None, origin)
            for stamp, e in zip(clock, entries, strict=True)])
        return
    conn.execute(insert(CHANGE_LOG), [
        {"hlc": stamp, "table_name": e.table_name, "row_id": e.row_id, "op": e.op,
         "base_version": e.base_version, "new_version": e.new_version, "changes": e.changes,
         "actor_id": e.actor_id, "origin": origin}
        for stamp, e in zip(clock, entries, strict=True)])


_SQLITE_INSERT = ("INSERT INTO change_log (hlc, table_name, row_id, op, base_version, "
                  "new_version, changes, actor_id, origin) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def change_op(changes: Mapping[str, list[Any]]) -> str:
    """'delete' when the change sets the tombstone, else 'update'."""
    deleted = changes.get("deleted_at")
    return DELETE if deleted is not None and deleted[0] is None and deleted[1] is not None \
        else UPDATE


# --- The ORM listener --------------------------------------------------------------------

_PENDING = "ips_change_log_pending"
_OLD = "ips_change_log_old"


def _column_keys(obj: Record) -> list[str]:
    return [c.key for c in obj.__table__.columns]  # type: ignore[attr-defined]


def _changed_columns(obj: Record) -> list[str]:
    attrs = inspect(obj).attrs
    return [key for key in _column_keys(obj)
            if key != "version" and attrs[key].history.has_changes()]


@event.listens_for(Session, "before_flush")
def _stamp_rows(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """Who and where on the rows about to be written; the old values the ORM did not load."""
    session.info[_PENDING] = []
    session.info[_OLD] = {}
    if session.info.get(APPLYING_SYNC):
        return
    if any(isinstance(obj, Record) for obj in session.deleted):
        raise HardDeleteRefused("rows that travel are tombstoned (deleted_at), never deleted")
    actor = session.info.get(ACTOR)
    origin: str | None = None
    for obj in session.new:
        if isinstance(obj, Record):
            if obj.origin is None:
                origin = origin or origin_of(session.connection())
                obj.origin = origin
            if obj.changed_by is None:
                # An audit event names its own actor (the after-commit writer has no session actor).
                obj.changed_by = obj.actor_id if isinstance(obj, AuditEvent) else actor
    now = utcnow()
    for obj in session.dirty:
        if not isinstance(obj, Record):
            continue
        changed = _changed_columns(obj)
        if not changed:
            continue
        state = inspect(obj)
        if "updated_at" not in changed:
            obj.updated_at = now
        obj.changed_by = actor
        unknown = [key for key in changed if not state.attrs[key].history.deleted
                   and state.committed_state.get(key, NO_VALUE) is NO_VALUE
                   and state.has_identity]
        if unknown:  # set without being loaded first: the stored value is the old one
            table = obj.__table__  # type: ignore[attr-defined]
            row = session.connection().execute(
                select(*(table.c[k] for k in unknown)).where(table.c.id == obj.id)).one()
            session.info[_OLD][id(obj)] = dict(zip(unknown, row, strict=True))


def _inserted(_mapper: Any, _conn: Connection, target: Record) -> None:
    session = Session.object_session(target)
    if session is None or session.info.get(APPLYING_SYNC):
        return
    session.info.setdefault(_PENDING, []).append((INSERT, target, None))


def _updated(_mapper: Any, _conn: Connection, target: Record) -> None:
    session = Session.object_session(target)
    if session is None or session.info.get(APPLYING_SYNC):
        return
    state = inspect(target)
    known = session.info.get(_OLD, {}).get(id(target), {})
    pairs: dict[str, tuple[Any, Any]] = {}
    for key in _column_keys(target):
        history = state.attrs[key].history
        if key == "version" or not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else known.get(key)
        new = history.added[0] if history.added else None
        pairs[key] = (old, new)
    if not pairs:
        return  # marked dirty, nothing written
    table_name = target.__tablename__  # type: ignore[attr-defined]
    if table_name in INSERT_ONLY:
        raise RuntimeError(f"{table_name} rows are written once and never changed")
    session.info.setdefault(_PENDING, []).append((UPDATE, target, pairs))


event.listen(Record, "after_insert", _inserted, propagate=True)
event.listen(Record, "after_update", _updated, propagate=True)


@event.listens_for(Session, "after_flush")
def _write_log(session: Session, _flush: UOWTransaction) -> None:
    """The flush's entries, in the order its statements ran, on the flush's own connection."""
    pending = session.info.pop(_PENDING, None)
    session.info.pop(_OLD, None)
    if not pending or session.info.get(APPLYING_SYNC):
        return
    conn = session.connection()
    entries = []
    actor = session.info.get(ACTOR)
    for kind, target, pairs in pending:
        table_name = target.__tablename__
        table_codec = codec(table_name)
        version = target.version
        if kind == INSERT:
            values = {key: getattr(target, key) for key, _ in table_codec.columns}
            entries.append(Entry(table_name, target.id, INSERT, 0, version,
                                 table_codec.insert_changes(values), target.changed_by))
        else:
            changes = table_codec.update_changes(pairs)
            entries.append(Entry(table_name, target.id, change_op(changes), version - 1,
                                 version, changes, actor))
    write(conn, entries, origin_of(conn))


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_OLD, None)
