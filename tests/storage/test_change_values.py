"""Every column of every model encodes to JSON and decodes back to the same value.

The change log carries values between databases (storage/change_values.py);
the team database compares a change's old value with its own, so a value
must come back as it went, and a value read back from SQLite must encode as
the value that was written.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Time,
    Uuid,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from ips_desktop.storage import change_values
from ips_desktop.storage.models import Base

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)
_offsets = st.sampled_from([UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=2)),
                            timezone(timedelta(hours=-5))])


def strategy(type_: TypeEngine[Any]) -> st.SearchStrategy[Any]:
    if isinstance(type_, TypeDecorator):  # UtcDateTime: values as its DateTime takes them
        type_ = type_.impl_instance
    if isinstance(type_, DateTime):
        if type_.timezone:
            return st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                                timezones=_offsets)
        return st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1))
    table: list[tuple[type[TypeEngine[Any]], st.SearchStrategy[Any]]] = [
        (Uuid, st.uuids()), (Date, st.dates()), (Time, st.times()), (Boolean, st.booleans()),
        (BigInteger, st.integers(-2**62, 2**62)), (Integer, st.integers(-2**31, 2**31)),
        (Float, st.floats(allow_nan=False, allow_infinity=False)),
        (String, st.text(max_size=40)), (JSON, _json)]
    for kind, found in table:
        if isinstance(type_, kind):
            return found
    raise AssertionError(f"no strategy for {type_!r}")


COLUMNS = [column for table in Base.metadata.sorted_tables for column in table.columns]
KINDS = {type(c.type).__name__ + ("+tz" if getattr(c.type, "timezone", False) else ""): c
         for c in COLUMNS}


def test_every_column_of_the_models_has_an_encoding():
    for column in COLUMNS:
        change_values.encoder(column.type)
        change_values.decoder(column.type)
    assert {"Uuid", "DateTime+tz", "DateTime", "Date", "Time", "String", "Text", "Integer",
            "BigInteger", "Float", "Boolean", "JSON"} <= set(KINDS)


def same(type_: TypeEngine[Any], before: Any, after: Any) -> bool:
    if isinstance(type_, DateTime) and type_.timezone:
        return after.tzinfo is UTC and after == before  # the same instant, in UTC
    return type(after) is type(before) and after == before


@pytest.mark.parametrize("kind", sorted(KINDS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_value_comes_back_through_json_as_it_went(kind, data):
    column = KINDS[kind]
    value = data.draw(strategy(column.type))
    encoded = change_values.encode(column.type, value)
    wire = json.loads(json.dumps(encoded))
    assert same(column.type, value, change_values.decode(column.type, wire))
    assert change_values.encode(column.type, None) is None
    assert change_values.decode(column.type, None) is None


def test_the_formats_are_the_logs():
    instant = DateTime(timezone=True)
    copenhagen = timezone(timedelta(hours=1))
    assert change_values.encode(instant, datetime(2026, 12, 2, 20, 5, tzinfo=copenhagen)) \
        == "2026-12-02T19:05:00.000000Z"
    # SQLite hands an instant back without its offset: it is UTC.
    assert change_values.encode(instant, datetime(2026, 12, 2, 19, 5)) \
        == "2026-12-02T19:05:00.000000Z"
    # A wall-clock time (calendar) is never converted.
    assert change_values.encode(DateTime(), datetime(2026, 12, 2, 12, 30)) \
        == "2026-12-02T12:30:00.000000"
    assert change_values.encode(Date(), date(2026, 1, 5)) == "2026-01-05"
    assert change_values.encode(Time(), time(9, 0)) == "09:00:00.000000"
    some = uuid.UUID("0b7f2f1e-8a51-4c39-9d2f-000000000001")
    assert change_values.encode(Uuid(), some) == "0b7f2f1e-8a51-4c39-9d2f-000000000001"
    assert change_values.encode(Uuid(), some.hex) == str(some)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_value_read_back_from_sqlite_encodes_as_the_value_written(data, tmp_path_factory):
    """The old value the log records is what the database reads back later: the same text."""
    from sqlalchemy import MetaData, Table, create_engine, insert, select

    kinds = sorted(KINDS)
    metadata = MetaData()
    table = Table("values", metadata, Column("n", Integer, primary_key=True),
                  *(Column(f"c{i}", KINDS[k].type) for i, k in enumerate(kinds)))
    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('v') / 'v.db'}")
    metadata.create_all(engine)
    row = {f"c{i}": data.draw(strategy(KINDS[k].type)) for i, k in enumerate(kinds)}
    for i, k in enumerate(kinds):  # SQLite stores an instant's wall time: hand it UTC
        if isinstance(KINDS[k].type, DateTime) and KINDS[k].type.timezone:
            row[f"c{i}"] = row[f"c{i}"].astimezone(UTC)
    with engine.begin() as conn:
        conn.execute(insert(table).values(n=1, **row))
        back = conn.execute(select(table)).one()._mapping
    engine.dispose()
    for i, k in enumerate(kinds):
        type_ = KINDS[k].type
        assert change_values.encode(type_, back[f"c{i}"]) == \
            change_values.encode(type_, row[f"c{i}"]), k
