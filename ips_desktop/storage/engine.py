"""The SQLAlchemy engine over an encrypted SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event

from ips_desktop.storage import cipher, sql_functions
from ips_desktop.storage.errors import Damaged, StorageError, from_sqlite_error

IMMEDIATE_OPTION = "ips_begin_immediate"


def for_writing(engine: Engine) -> Engine:
    """The same engine (and pool), whose transactions take the write lock when they begin."""
    return engine.execution_options(**{IMMEDIATE_OPTION: True})


def make_engine(path: Path, key: bytes) -> Engine:
    pragma = cipher.raw_key_pragma(key)

    def creator() -> sqlcipher.Connection:
        conn = cipher.connect(path, pragma)
        cipher.configure(conn)
        sql_functions.register(conn)
        return conn

    # hide_parameters: an error message must never carry the personal data it was writing.
    # pool_use_lifo: the connection used last is handed out next, so its page cache (warm,
    # and not reset by its own writes) serves the next read; first-in-first-out handed out
    # the connection that had idled longest, whose cache another connection's write (an
    # audit event) had emptied: the participant list's query then decrypted every page again.
    engine = create_engine(
        f"sqlite:///{path}", creator=creator, module=sqlcipher, hide_parameters=True,
        pool_use_lifo=True,
    )

    # The driver runs in autocommit mode; SQLAlchemy's own BEGIN makes each
    # unit of work one real transaction (SQLAlchemy's documented pysqlite recipe).
    # A unit of work that writes after reading asks for BEGIN IMMEDIATE (`for_writing`):
    # a deferred one that read first cannot take the write lock once another connection
    # (a read's audit event in the background) has committed: SQLite then says "database
    # is locked" at once, without waiting. IMMEDIATE takes the lock first, and waits for it.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    # A full disk, a read-only folder or a damaged page is not a bug: every service
    # call raises DiskFull, ReadOnly or Damaged for it, so front ends can say so.
    @event.listens_for(engine, "handle_error")
    def _storage_condition(context: Any) -> StorageError | None:
        problem = from_sqlite_error(context.original_exception, (path,))
        if isinstance(problem, Damaged):
            # SQLCipher leaves a connection that met a bad page in an error state in
            # which every later read fails: drop that one connection (not the pool).
            context.is_disconnect = True
            context.invalidate_pool_on_disconnect = False
        return problem

    return engine


# 64 MB of page cache while a bulk insert runs (SQLite): inserts into random-UUID indexes
# touch pages all over each index, and the default 2 MB cache re-read them from disk.
BULK_CACHE_KIB = 65536


@contextmanager
def bulk_write_cache(conn: Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A larger page cache for the connection while a bulk insert runs, then the old one.

    SQLite only; a server sizes its own caches, so elsewhere this does nothing.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")
