"""The team's rows, as PostgreSQL's JSON gives them, turned into what the laptop stores.

A first sync brings hundreds of thousands of rows. Read value by value
through the pure-Python driver and written through SQLAlchemy's parameter
handling, they cost about 90 s for the large demo, almost all of it per-value
overhead. So the pull reads each batch as one JSON text (`json_agg`, parsed
in C) and writes plain tuples with one `executemany`. What the laptop stores
stays exactly what SQLAlchemy would have stored: each value goes through the
column's own SQLite bind processor; only where that processor's result is a
plain rewrite of the JSON text (a UUID's hex digits, an ISO day) is the text
rewritten directly, and that equivalence is checked when the codec is built.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    Integer,
    String,
    Table,
    Time,
    Uuid,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from ips_desktop.storage.models import Base

Convert = Callable[[Any], Any]
_CHECK_UUID = uuid.UUID("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
_CHECK_DAY = date(2026, 1, 2)


def _to_python(type_: TypeEngine[Any]) -> Convert:
    """The Python value of a JSON value of this column type, as a driver hands it back."""
    base = type_.impl_instance if isinstance(type_, TypeDecorator) else type_
    if isinstance(base, Uuid):
        return uuid.UUID
    if isinstance(base, DateTime):
        return datetime.fromisoformat
    if isinstance(base, Date):
        return date.fromisoformat
    if isinstance(base, Time):
        return time.fromisoformat
    if isinstance(base, Boolean):
        return bool
    if isinstance(base, Integer | BigInteger):
        return int
    if isinstance(base, Float):
        return float
    if isinstance(base, String | JSON):
        return _same
    raise TypeError(f"no pull conversion for column type {type_!r}")


def _same(value: Any) -> Any:
    return value


@cache
def _getter(columns: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    return itemgetter(*columns)  # type: ignore[return-value]


def _hex(value: str) -> str:
    return value.replace("-", "")


@dataclass(frozen=True)
class LocalCodec:
    table: Table
    columns: tuple[str, ...]
    typed_fns: tuple[Convert, ...]
    stored_fns: tuple[Convert, ...]
    upsert_sql: str
    id_stored: Convert
    getter: Callable[[dict[str, Any]], tuple[Any, ...]]
    converted: tuple[tuple[int, Convert], ...]  # the columns whose stored form differs

    def typed(self, row: dict[str, Any]) -> dict[str, Any]:
        """The row as Python values (for the few rows that take the careful path)."""
        return {c: None if (v := row.get(c)) is None else f(v)
                for c, f in zip(self.columns, self.typed_fns, strict=True)}

    def stored(self, row: dict[str, Any]) -> tuple[Any, ...]:
        """The row as the laptop's database stores it, in column order.

        (Only the columns whose stored form differs from the JSON value are
        touched: a hundred thousand rows a second is the point here.)
        """
        values = list(self.getter(row))
        for i, convert in self.converted:
            value = values[i]
            if value is not None:
                values[i] = convert(value)
        return tuple(values)



@cache
def codec(table_name: str, dialect: Dialect) -> LocalCodec:
    table = Base.metadata.tables[table_name]
    columns = tuple(c.key for c in table.columns)
    typed_fns, stored_fns = [], []
    for column in table.columns:
        to_python = _to_python(column.type)
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        typed_fns.append(to_python)
        stored_fns.append(_stored(to_python, process))
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    sql = (f"INSERT INTO {table_name} ({names}) VALUES ({marks}) "
           f"ON CONFLICT (id) DO UPDATE SET {updates}")
    return LocalCodec(table, columns, tuple(typed_fns), tuple(stored_fns), sql,
                      stored_fns[columns.index("id")], _getter(columns),
                      tuple((i, f) for i, f in enumerate(stored_fns) if f is not _same))


def _stored(to_python: Convert, process: Convert | None) -> Convert:
    if process is None:
        return to_python
    if to_python is uuid.UUID and process(_CHECK_UUID) == _hex(str(_CHECK_UUID)):
        return _hex

    def stored(value: Any) -> Any:
        return process(to_python(value))

    if to_python == date.fromisoformat and process(_CHECK_DAY) == _CHECK_DAY.isoformat():
        return _same
    for fast, samples in ((_sqlite_instant, _INSTANTS), (_sqlite_clock, _CLOCKS)):
        if to_python in (datetime.fromisoformat, time.fromisoformat) and all(
                fast(s) == stored(s) for s in samples if _parses(to_python, s)) and any(
                _parses(to_python, s) for s in samples):
            return _guarded(fast, stored)
    return stored


# PostgreSQL's JSON texts of timestamps (in UTC: the pull sets the session's zone) and
# times, as the fast paths must turn them into SQLite's text exactly as SQLAlchemy does.
_INSTANTS = ("2026-11-20T10:00:00+00:00", "2026-11-20T10:00:00.5+00:00",
             "2026-11-20T23:59:59.123456+00:00", "2026-11-20T10:00:00",
             "2026-11-20T10:00:00.25")
_CLOCKS = ("10:00:00", "10:30:05.5", "23:59:59.999999")


def _parses(to_python: Convert, sample: str) -> bool:
    try:
        to_python(sample)
    except ValueError:
        return False
    return True


def _sqlite_instant(text: str) -> str | None:
    """'2026-11-20T10:00:00.5+00:00' -> '2026-11-20 10:00:00.500000'; None: not this form."""
    if text.endswith("+00:00"):
        text = text[:-6]
    elif "+" in text[10:] or text[10:].count("-"):
        return None
    day, sep, clock = text.partition("T")
    if not sep:
        return None
    hms, _, fraction = clock.partition(".")
    return f"{day} {hms}.{fraction.ljust(6, '0')}"


def _sqlite_clock(text: str) -> str | None:
    if len(text) < 8 or "+" in text:
        return None
    hms, _, fraction = text.partition(".")
    return f"{hms}.{fraction.ljust(6, '0')}"


def _guarded(fast: Callable[[str], str | None], slow: Convert) -> Convert:
    def stored(value: Any) -> Any:
        done = fast(value)
        return slow(value) if done is None else done
    return stored
