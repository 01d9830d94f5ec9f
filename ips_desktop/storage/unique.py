"""Uniqueness kept by the database: INSERT … ON CONFLICT against a (partial) unique index.

A check followed by an insert lets two writers both see "free" and both insert:
harmless on one laptop's SQLite (one writer at a time), duplicates on a shared
PostgreSQL. Here the unique index decides, in the INSERT itself, on both
engines (SQLite 3.24+ and PostgreSQL speak the same ON CONFLICT): a second
writer's insert waits for the first to commit and then does nothing.

These are Core statements: the ORM objects are loaded afterwards by id. The
change log of rows that travel (storage/change_log.py, issue 21) must log them
here as it logs the ORM's writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Index, Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ips_desktop.storage import change_log


def _insert(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    return (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table))


def _index(table: Table, name: str) -> Index:
    for index in table.indexes:
        if index.name == name:
            return index
    raise LookupError(f"{table.name} has no index {name}")


def _target(index: Index) -> tuple[list[Any], Any]:
    where = index.dialect_options["postgresql"].get("where")
    if where is None:
        where = index.dialect_options["sqlite"].get("where")
    return list(index.expressions), where


def insert_unless_taken(session: Session, model: Any, values: Mapping[str, Any],
                        index: str) -> uuid.UUID | None:
    """Insert a row of `model` unless the unique index `index` already has its key.

    The new row's id, or None when the key was taken (by a live row, for a
    partial index); the session's pending changes are flushed first.
    """
    session.flush()
    table = model.__table__
    columns, where = _target(_index(table, index))
    logged = change_log.is_synced(table.name) and not session.info.get(change_log.APPLYING_SYNC)
    values = dict(values)
    if logged:  # what the ORM's listener would have stamped on the row
        values.setdefault("origin", change_log.origin_of(session.connection()))
        values.setdefault("changed_by", session.info.get(change_log.ACTOR))
    statement = (_insert(session, table).values(**values)
                 .on_conflict_do_nothing(index_elements=columns, index_where=where)
                 .returning(table.c.id))
    made: uuid.UUID | None = session.execute(statement).scalar_one_or_none()
    if made is not None and logged:
        _log_insert(session, table, made)
    return made


def _log_insert(session: Session, table: Table, row_id: uuid.UUID) -> None:
    """The change log's entry for a row inserted here, as the ORM's inserts get one."""
    conn = session.connection()
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one()
    entry = change_log.Entry(table.name, row_id, change_log.INSERT, 0, row["version"],
                             change_log.codec(table.name).insert_changes(dict(row)),
                             row["changed_by"])
    change_log.write(conn, [entry], row["origin"])


def get_or_insert(session: Session, model: Any, key: Mapping[str, Any],
                  index: str, values: Mapping[str, Any] | None = None) -> tuple[Any, bool]:
    """The live row of `model` with `key` (the columns of the unique index `index`), or a
    new one inserted with `key` and `values`: (row, whether it was inserted now).

    Another writer inserting the same key meanwhile is not an error: its row is
    read once its transaction has committed (the insert waits for it).
    """
    def existing() -> Any:
        query = select(model).where(*(getattr(model, k) == v for k, v in key.items()))
        if hasattr(model, "deleted_at"):
            query = query.where(model.deleted_at.is_(None))
        return session.scalars(query).first()

    found = existing()
    if found is not None:
        return found, False
    made = insert_unless_taken(session, model, {**key, **(values or {})}, index)
    if made is not None:
        return session.get_one(model, made), True
    return existing(), False


def upsert(session: Session, model: Any, rows: Sequence[Mapping[str, Any]],
           key: Sequence[str], update: Sequence[str]) -> None:
    """Insert each row, or, where a row with its `key` (a unique key's columns) exists,
    set that row's columns `update` to the new values."""
    table = model.__table__
    for values in rows:
        statement = _insert(session, table).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[table.c[name] for name in key],
            set_={name: statement.excluded[name] for name in update})
        session.execute(statement)


def flush_unless_taken(session: Session, model: Any, index: str) -> bool:
    """Flush the session's changes; False (and those changes undone) when the unique
    index `index` of `model` refuses them as a duplicate key."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        if not is_violation(exc, model, index):
            raise
        return False
    return True


def is_violation(error: IntegrityError, model: Any, index: str) -> bool:
    """Whether `error` is the unique index `index` of `model` refusing a duplicate.

    PostgreSQL names the index; SQLite names the table and columns
    ("UNIQUE constraint failed: consultant.initials").
    """
    orig = error.orig
    diag = getattr(orig, "diag", None)
    if diag is not None and getattr(orig, "sqlstate", None) == "23505":
        return bool(diag.constraint_name == index)
    columns = ", ".join(f"{model.__tablename__}.{c.name}"
                        for c in _index(model.__table__, index).columns)
    return str(orig).strip() == f"UNIQUE constraint failed: {columns}"
