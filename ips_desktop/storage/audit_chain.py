"""The audit trail's hash chain: each event's hash covers the one before it.

Every event gets `seq` (1, 2, 3 … in the order written), `prev_hash` (the
hash of the event before it) and `hash` = SHA-256 over `prev_hash` and a
canonical encoding of the event. Altering a stored event, or removing one
from the middle, breaks the chain at that event; `walk` finds it.

The chain's head (the last seq and hash) is kept in a Setting row that is
written in the same transaction as the events: the row is updated before
the last event is read, so the UPDATE takes the write lock first (a second
writer waits for it) and two writers can never both append to the same
head. Removing the last events then shows as a head that points past the
last stored event.

Migration 0009 always writes the head, so a head row that is missing (or no
longer parses) was removed or spoiled outside the app: removing it with the
last events would otherwise hide them. The app then writes on from the last
stored event (the trail must go on), but the head keeps a mark, "lost:<seq>",
and `walk` reports the break there for good.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import instance_state

from ips_desktop.storage.models import AuditEvent, Setting, utcnow

GENESIS = "0" * 64
"""The `prev_hash` of the first event."""

HEAD_KEY = "audit_chain_head"
"""Setting key of the chain's head: "<seq> <hash>"."""

# SQLite only (created by migration 0009): audit events are written once, never changed.
APPEND_ONLY_TRIGGERS = {
    "audit_event_no_update": "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                             "BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END",
    "audit_event_no_delete": "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                             "BEGIN SELECT RAISE(ABORT, 'audit events cannot be removed'); END",
}


def guard_removed(conn: Connection) -> bool:
    """Whether the append-only triggers are gone or no longer the ones 0009 made (SQLite).

    The chain finds an event changed; this finds the door left open for the next
    change (a trigger dropped, or replaced by one of the same name that refuses nothing).
    """
    if conn.dialect.name != "sqlite":
        return False
    found: dict[str, str | None] = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
    ).all())
    return any(" ".join(str(found.get(name) or "").split()) != " ".join(sql.split())
               for name, sql in APPEND_ONLY_TRIGGERS.items())


def utc(at: datetime) -> datetime:
    """An aware UTC datetime; a naive one (as SQLite hands it back) is taken as UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _id(value: uuid.UUID | str | None) -> str | None:
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(value).hex


def event_hash(prev_hash: str, seq: int, at: datetime, actor_id: uuid.UUID | None,
               action: str, entity: str | None, entity_id: uuid.UUID | None,
               participant_id: uuid.UUID | None, details: Mapping[str, Any]) -> str:
    """SHA-256 (hex) over the previous hash and a canonical encoding of one event.

    The encoding is a JSON array with ids as 32 hex digits, `at` as UTC ISO 8601
    with microseconds and the details with sorted keys: the same event gives the
    same bytes whichever way it was read back.
    """
    return _digest(prev_hash, seq, utc(at).strftime(_AT), _id(actor_id), action, entity,
                   _id(entity_id), _id(participant_id), details)


_AT = "%Y-%m-%dT%H:%M:%S.%f"


def _digest(prev_hash: str, seq: int, at: str, actor: str | None, action: str,
            entity: str | None, entity_id: str | None, participant: str | None,
            details: Mapping[str, Any]) -> str:
    canonical = json.dumps([seq, at, actor, action, entity, entity_id, participant, details],
                           sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def seal(row: AuditEvent, seq: int, prev_hash: str) -> str:
    """Give a new event its place in the chain; returns its hash."""
    row.at = utc(row.at or utcnow())
    row.seq = seq
    row.prev_hash = prev_hash
    row.hash = event_hash(prev_hash, seq, row.at, row.actor_id, row.action, row.entity,
                          row.entity_id, row.participant_id, row.details or {})
    return row.hash


def _parse_head(value: str | None) -> tuple[int, str] | None:
    """(seq, hash) of a head "<seq> <hash>[ lost:<seq>]"; None when missing or spoiled."""
    parts = (value or "").split(" ")
    if len(parts) not in (2, 3) or not parts[0].isdigit() or len(parts[1]) != 64:
        return None
    if len(parts) == 3 and _lost_at(value) is None:
        return None
    return int(parts[0]), parts[1]


_LOST = "lost:"


def _lost_at(value: str | None) -> int | None:
    """The seq after which the head was found missing or spoiled, if it ever was."""
    parts = (value or "").split(" ")
    if len(parts) == 3 and parts[2].startswith(_LOST) and parts[2][len(_LOST):].isdigit():
        return int(parts[2][len(_LOST):])
    return None


def _last_event(conn: Connection) -> tuple[int, str]:
    last = conn.execute(select(AuditEvent.seq, AuditEvent.hash)
                        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last and last[0] is not None else (0, GENESIS)


def append(conn: Connection, rows: Sequence[AuditEvent]) -> None:
    """Seal `rows` (in order) onto the chain's head and move the head past them.

    Must run in the transaction that inserts the rows. The head row's UPDATE
    comes first: it takes the write lock (or, on a server database, the row's
    lock) before the head is read, so no other writer can append meanwhile.
    """
    if not rows:
        return
    now = utcnow()
    stored = conn.execute(
        update(Setting).where(Setting.key == HEAD_KEY).values(updated_at=now)
        .returning(Setting.value)).all()
    value = stored[0][0] if stored else None
    head, lost = _parse_head(value), _lost_at(value)
    if head is None:  # removed or spoiled outside the app: write on, and keep the mark
        head = _last_event(conn)
        lost = head[0]
        if not stored:
            conn.execute(insert(Setting).values(
                id=uuid.uuid4(), key=HEAD_KEY, value=format_head(*head, lost=lost),
                created_at=now, updated_at=now, deleted_at=None))
    seq, digest = head
    for row in rows:
        seq += 1
        digest = seal(row, seq, digest)
    conn.execute(update(Setting).where(Setting.key == HEAD_KEY)
                 .values(value=format_head(seq, digest, lost=lost)))


@event.listens_for(Session, "before_flush")
def _seal_new_events(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """Every audit event any session writes joins the chain, in the order it was added."""
    new = [obj for obj in session.new if isinstance(obj, AuditEvent)]
    if new:
        new.sort(key=lambda obj: instance_state(obj).insert_order or 0)
        append(session.connection(), new)


def format_head(seq: int, digest: str, lost: int | None = None) -> str:
    return f"{seq} {digest}" + (f" {_LOST}{lost}" if lost is not None else "")


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain first breaks: the event's seq and what is wrong (no personal data).

    `problem`: "altered" (the event's content or hash does not match), "missing"
    (seq numbers are missing before this one: events were removed), "removed"
    (the head says later events existed: the last ones were removed), "head"
    (the head record is missing or does not match the last event), "unguarded"
    (the chain holds, but the append-only triggers were removed: `guard_removed`).
    """

    seq: int
    problem: str


@dataclass(frozen=True)
class ChainState:
    events: int
    broken: ChainBreak | None


_WALK_BATCH = 5000
_COLUMNS = ("seq", "at", "actor_id", "action", "entity", "entity_id", "participant_id",
            "details", "prev_hash", "hash")
# SQLite keeps `at` as "YYYY-MM-DD HH:MM:SS.ffffff" (UTC: `seal` converted it) and ids as
# 32 hex digits: the stored text is the canonical encoding but for the "T".
_SQLITE_AT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
_HEX_ID = re.compile(r"[0-9a-f]{32}")


def walk(conn: Connection) -> ChainState:
    """Verify every event in seq order, streaming; stops at the first break.

    On SQLite the rows are read as stored (no date, UUID or JSON objects made
    but the details): a million events in seconds, not minutes.
    """
    value = conn.execute(select(Setting.value).where(Setting.key == HEAD_KEY)).scalar()
    head, lost = _parse_head(value), _lost_at(value)
    expected_seq, expected_prev, count = 1, GENESIS, 0
    rows = _stored_rows(conn)
    try:
        for row in rows:
            broken = _check_row(row, expected_seq, expected_prev)
            if broken is not None:
                return ChainState(count, broken)
            count += 1
            expected_seq, expected_prev = row[0] + 1, row[9]
    except (ValueError, TypeError):  # a date or the details no longer parse: written behind
        return ChainState(count, ChainBreak(expected_seq, "altered"))  # the app's back
    finally:
        rows.close()
    last = (expected_seq - 1, expected_prev)
    if lost is not None:
        return ChainState(count, ChainBreak(lost, "head"))
    if head is None:  # 0009 wrote one: it was removed or spoiled since
        return ChainState(count, ChainBreak(last[0], "head"))
    if head[0] > last[0]:
        return ChainState(count, ChainBreak(last[0] + 1, "removed"))
    if head != last:
        return ChainState(count, ChainBreak(last[0], "head"))
    return ChainState(count, None)


def _stored_rows(conn: Connection) -> Generator[tuple[Any, ...], None, None]:
    """(seq, at, actor, action, entity, entity id, participant, details, prev, hash) in order.

    `at` and the ids come as their canonical text, the details as a mapping.
    """
    if conn.dialect.name == "sqlite":
        result = conn.exec_driver_sql(
            f"SELECT {', '.join(_COLUMNS)} FROM audit_event ORDER BY seq")
        try:
            for seq, at, actor, action, entity, entity_id, person, details, prev, digest \
                    in result:
                yield (seq, _sqlite_at(at), _sqlite_id(actor), action, entity,
                       _sqlite_id(entity_id), _sqlite_id(person),
                       json.loads(details) if details else {}, prev, digest)
        finally:
            result.close()
        return
    columns = [getattr(AuditEvent, name) for name in _COLUMNS]
    typed = conn.execution_options(yield_per=_WALK_BATCH).execute(
        select(*columns).order_by(AuditEvent.seq))
    try:
        for seq, at, actor, action, entity, entity_id, person, details, prev, digest in typed:
            yield (seq, utc(at).strftime(_AT), _id(actor), action, entity, _id(entity_id),
                   _id(person), details or {}, prev, digest)
    finally:
        typed.close()


def _sqlite_at(stored: Any) -> str:
    if isinstance(stored, str) and _SQLITE_AT.fullmatch(stored):
        return f"{stored[:10]}T{stored[11:]}"
    raise ValueError("not a stored date")


def _sqlite_id(stored: Any) -> str | None:
    if stored is None or (isinstance(stored, str) and _HEX_ID.fullmatch(stored)):
        return stored  # type: ignore[no-any-return]
    raise ValueError("not a stored id")


def _check_row(row: tuple[Any, ...], expected_seq: int, expected_prev: str
               ) -> ChainBreak | None:
    seq = row[0]
    if seq is None:
        return ChainBreak(expected_seq, "altered")
    if seq < expected_seq:  # a seq again (the unique index dropped): an event copied in
        return ChainBreak(seq, "altered")
    if seq != expected_seq:
        return ChainBreak(seq, "missing")
    if row[8] != expected_prev:
        return ChainBreak(seq, "altered")
    if _digest(row[8], seq, *row[1:8]) != row[9]:
        return ChainBreak(seq, "altered")
    return None


def iter_chain(rows: Iterator[tuple[Any, ...]], start: tuple[int, str] = (0, GENESIS)
               ) -> Iterator[tuple[int, str, str]]:
    """(seq, prev_hash, hash) for events given in order as the hash's arguments after seq.

    The migration's backfill and the bench build chains with it.
    """
    seq, digest = start
    for at, actor_id, action, entity, entity_id, participant_id, details in rows:
        seq += 1
        prev, digest = digest, event_hash(digest, seq, at, actor_id, action, entity,
                                          entity_id, participant_id, details or {})
        yield seq, prev, digest
