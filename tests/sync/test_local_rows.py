"""The pull's fast path stores exactly what SQLAlchemy would have stored, value for value."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from ips_desktop.storage.models import Base
from ips_desktop.storage.sync import local_rows

INSTANTS = [datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
            datetime(2026, 11, 20, 10, 0, 0, 500000, tzinfo=UTC),
            datetime(2026, 3, 29, 1, 59, 59, 1, tzinfo=UTC),
            datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)]
CLOCKS = [time(10, 0), time(10, 30, 5, 500000), time(23, 59, 59, 999999), time(0, 0, 0, 10)]


@pytest.mark.parametrize(("table", "column", "values", "cast"), [
    ("note", "updated_at", INSTANTS, "timestamptz"),
    ("calendar_event", "starts_at", [v.replace(tzinfo=None) for v in INSTANTS], "timestamp"),
    ("employer_contact", "contact_time", CLOCKS, "time"),
    ("note", "note_date", [date(2026, 1, 2), date(1990, 12, 31)], "date"),
])
def test_postgresql_json_texts_become_what_sqlalchemy_stores(team, table, column, values, cast):
    dialect = sqlite.dialect()
    col = Base.metadata.tables[table].c[column]
    process = col.type.dialect_impl(dialect).bind_processor(dialect)
    index = [c.key for c in col.table.columns].index(column)
    fast = local_rows.codec(table, dialect).stored_fns[index]
    with team.engine.connect() as conn, conn.begin():
        conn.execute(text("SET LOCAL TIME ZONE 'UTC'"))
        for value in values:
            shown = conn.execute(text(f"SELECT json_build_array(CAST(:v AS {cast}))::text"),
                                 {"v": value}).scalar()
            (as_json,) = json.loads(shown)
            assert fast(as_json) == process(value), (as_json, value)
