"""The audit trail: who did what to which record, never the personal data itself."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from ips_desktop.domain.enums import AuditAction
from ips_desktop.storage import audit_chain, audit_subject, synced_writes
from ips_desktop.storage.engine import IMMEDIATE_OPTION, for_writing
from ips_desktop.storage.models import AuditEvent, Course, utcnow

# Detail values must be ids, counts, enum values or form ids and versions: never free text.
_CODE = re.compile(r"[A-Za-z0-9_.\-]+")
_ALLOWED_DETAIL_TYPES = (int, float, bool, type(None))


def record(
    session: Session,
    actor_id: uuid.UUID | None,
    action: AuditAction,
    entity: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
    participant_id: uuid.UUID | None = None,
) -> None:
    """Log one event; its participant is derived from entity/details unless given.

    The event takes its place in the hash chain when it is flushed
    (storage/audit_chain.py), so its seq follows the events written before it.
    """
    safe = _safe_details(details or {})
    if participant_id is None:
        participant_id = participant_of(session, entity, entity_id, safe)
    row = AuditEvent(
        actor_id=actor_id, action=action.value, entity=entity, entity_id=entity_id,
        details=safe, at=audit_chain.utc(at or utcnow()), participant_id=participant_id,
    )
    if action in AFTER_COMMIT:
        session.info.setdefault(_PENDING, []).append(row)
        # The connection that read: the event is written on it once the reading commits.
        session.info[_CONNECTION] = session.connection()
    else:
        session.add(row)


def participant_of(session: Session, entity: str | None, entity_id: uuid.UUID | None,
                   details: Mapping[str, Any]) -> uuid.UUID | None:
    """The participant an event concerns: from the identity map, else one small query."""

    def of_course(course_id: uuid.UUID) -> uuid.UUID | None:
        course = session.identity_map.get(identity_key(Course, course_id))
        if course is not None:
            return course.participant_id  # type: ignore[no-any-return]
        return session.scalar(select(Course.participant_id).where(Course.id == course_id))

    def of_row(model: Any, row_id: uuid.UUID) -> uuid.UUID | None:
        row = session.identity_map.get(identity_key(model, row_id))
        if row is not None:
            return of_course(row.course_id) if row.course_id is not None else None
        return session.scalar(select(Course.participant_id)
                              .join(model, model.course_id == Course.id)
                              .where(model.id == row_id))

    return audit_subject.derive(entity, entity_id, details, of_course, of_row)


AFTER_COMMIT = frozenset({AuditAction.READ, AuditAction.PRINT, AuditAction.EXPORT})
"""Events that record what was shown or handed out, written once the reading is done.

A transaction that has read and then writes fails at once in SQLite's WAL mode
("database is locked") when another connection wrote since its reading began:
the home screen reading the week in the background beside a participant page
opened on the GUI thread did exactly that. Written in a transaction of its own
after the commit, the event waits its turn like any write. A change's own event
(create, update, delete) stays in the change's transaction: both or neither.
"""

_PENDING = "ips_audit_after_commit"
_CONNECTION = "ips_audit_connection"


@event.listens_for(Session, "after_commit")
def _write_pending(session: Session) -> None:
    """The events in a transaction of their own, on the connection that did the reading.

    That connection is still the session's while `after_commit` runs. Writing on
    it keeps every connection's page cache as it was: SQLite empties a
    connection's whole cache when another connection has written, so a second
    connection writing the event made the next read on this one (the next page
    opened) decrypt its pages again. The rows go in with one Core INSERT: they
    are sealed already, there is nothing for the ORM's unit of work to do (and
    storage/synced_writes.py logs them, as the listener would).
    """
    pending = session.info.pop(_PENDING, None)
    conn = session.info.pop(_CONNECTION, None)
    if not pending:
        return
    if not isinstance(conn, Connection) or conn.closed or conn.in_transaction():
        # BEGIN IMMEDIATE: the chain's head is read and moved under the write lock.
        with Session(for_writing(session.get_bind())) as writer, writer.begin():  # type: ignore[arg-type]
            writer.add_all(pending)
        return
    immediate = conn.get_execution_options().get(IMMEDIATE_OPTION, False)
    conn.execution_options(**{IMMEDIATE_OPTION: True})  # the write lock first, then the head
    try:
        with conn.begin():
            audit_chain.append(conn, pending)
            synced_writes.insert_rows(conn, AuditEvent, [_columns(row) for row in pending])
    finally:
        conn.execution_options(**{IMMEDIATE_OPTION: immediate})


def _columns(row: AuditEvent) -> dict[str, Any]:
    now = utcnow()
    return {"id": row.id or uuid.uuid4(), "created_at": now, "updated_at": now,
            "deleted_at": None, "at": row.at, "actor_id": row.actor_id, "action": row.action,
            "entity": row.entity, "entity_id": row.entity_id, "details": row.details or {},
            "participant_id": row.participant_id, "seq": row.seq,
            "prev_hash": row.prev_hash, "hash": row.hash}


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    """Nothing was shown when the reading failed, so there is nothing to record."""
    session.info.pop(_PENDING, None)
    session.info.pop(_CONNECTION, None)


def _safe_details(details: Mapping[str, Any]) -> dict[str, Any]:
    """Keep only values that cannot carry personal data (short codes, numbers, ids)."""
    safe: dict[str, Any] = {}
    for name, value in details.items():
        if isinstance(value, uuid.UUID):
            safe[name] = str(value)
        elif isinstance(value, _ALLOWED_DETAIL_TYPES):
            safe[name] = value
        elif isinstance(value, str) and _CODE.fullmatch(value) \
                and len(value) <= 40:
            safe[name] = value  # an enum value or a code such as a form id
        else:
            raise ValueError(f"audit detail {name!r} must be an id, number or code")
    return safe
