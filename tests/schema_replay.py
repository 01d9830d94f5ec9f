"""A new SQLCipher database gets the migrated schema in milliseconds, not half a second.

Running the Alembic migrations on an empty database costs about 0.5 s (a few hundred
DDL statements, compiled one by one), and nearly every test makes a new database:
that was a large share of the suite's time. So in each pytest worker the first new
database is migrated for real (`storage.database.create_database`, unchanged); what
the migrations left behind (every CREATE statement in `sqlite_master`, in the order
SQLite holds them, and the rows they wrote) is kept, and each later new database gets
the same statements and rows, in the same transaction the migration would have used.

Only `create_database`'s own call takes the shortcut (see `upgrade`): a test that
calls `schema.upgrade` itself, opens an older database (tests/fixtures) or upgrades
from a revision still runs the migrations, and a test that replaces `schema.upgrade`
still replaces it for `storage.database`. tests/storage/test_schema_replay.py shows a
replayed database is the same as a migrated one, and the test of the migrated schema
against the models (tests/storage/test_migrations.py) asks for the real migrations.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from sqlalchemy import Connection, Engine

from ips_desktop.storage import database, schema


@dataclass(frozen=True)
class Replay:
    """What the migrations made in an empty database: its objects and its rows."""

    tables: tuple[str, ...]  # CREATE TABLE statements, as sqlite_master holds them
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]
    others: tuple[str, ...]  # CREATE INDEX / TRIGGER / VIEW, after the rows

    @classmethod
    def read(cls, conn: Connection) -> Replay:
        objects = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY rowid").all()
        tables = [(name, sql) for type_, name, sql in objects
                  if type_ == "table" and not name.startswith("sqlite_")]
        rows = []
        names = [name for name, _ in tables]
        if any(type_ == "table" and name == "sqlite_sequence" for type_, name, _ in objects):
            names.append("sqlite_sequence")
        for name in names:
            result = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
            found = tuple(tuple(row) for row in result)
            if found:
                rows.append((name, tuple(result.keys()), found))
        return cls(tuple(sql for _, sql in tables), tuple(rows),
                   tuple(sql for type_, _, sql in objects if type_ != "table"))

    def write(self, conn: Connection) -> None:
        for sql in self.tables:
            conn.exec_driver_sql(sql)
        for name, columns, values in self.rows:
            listed = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join("?" for _ in columns)
            conn.exec_driver_sql(f'INSERT INTO "{name}" ({listed}) VALUES ({marks})',
                                 list(values))
        for sql in self.others:
            conn.exec_driver_sql(sql)


_replay: Replay | None = None


def _is_empty(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT COUNT(*) FROM sqlite_master").scalar() == 0


real_upgrade = schema.upgrade


def upgrade(engine: Engine, target: str = "head") -> None:
    """`schema.upgrade`; for create_database's new file: the real migrations once, then
    their result."""
    global _replay
    called_by = sys._getframe(1).f_code
    if (called_by is not database.create_database.__code__ or target != "head"
            or engine.dialect.name != "sqlite"):
        real_upgrade(engine, target)
        return
    with engine.begin() as conn:
        if not _is_empty(conn):
            schema.upgrade_on(conn, target)
        elif _replay is None:
            schema.upgrade_on(conn, target)
            _replay = Replay.read(conn)
        else:
            _replay.write(conn)


def install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "upgrade", upgrade)
