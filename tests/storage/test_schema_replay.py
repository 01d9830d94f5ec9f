"""The tests' shortcut for new databases (tests/schema_replay.py) makes what the migrations make.

Nearly every test's database is made by replaying the migrations' result; if the replay
left out an index, a trigger or a row, those tests would test another schema than the
app's. Each database here is compared with one the Alembic migrations made.
"""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import Connection

from ips_desktop.storage import cipher
from ips_desktop.storage.engine import make_engine
from tests import backends, schema_replay

pytestmark = pytest.mark.sqlite_only(reason="the replay is for new SQLCipher files only")


def _everything(conn: Connection) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """The database's objects (with their SQL) and every table's rows."""
    objects = conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all()
    rows = {name: sorted(conn.exec_driver_sql(f'SELECT * FROM "{name}"').all(), key=repr)
            for type_, name, _, _ in objects if type_ == "table"}
    return [tuple(o) for o in objects], rows


def _migrated(tmp_path, name):
    engine = make_engine(tmp_path / name, secrets.token_bytes(cipher.KEY_BYTES))
    schema_replay.real_upgrade(engine)
    return engine


def test_a_replayed_database_holds_what_the_migrations_made(tmp_path):
    migrated = _migrated(tmp_path, "migrated.db")
    replayed = make_engine(tmp_path / "replayed.db", secrets.token_bytes(cipher.KEY_BYTES))
    try:
        with migrated.connect() as source, replayed.begin() as target:
            schema_replay.Replay.read(source).write(target)
        with migrated.connect() as a, replayed.connect() as b:
            expected, found = _everything(a), _everything(b)
            assert b.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert b.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        migrated.dispose()
        replayed.dispose()
    assert found == expected
    assert any(type_ == "trigger" for type_, *_ in expected[0])  # not an empty comparison
    assert expected[1]["alembic_version"]


def test_new_workspaces_get_the_migrated_schema(tmp_path):
    """The second and later databases of a worker are replayed: still the app's schema."""
    migrated = _migrated(tmp_path, "migrated.db")
    try:
        with migrated.connect() as conn:
            expected_objects, expected_rows = _everything(conn)
    finally:
        migrated.dispose()
    for n in range(2):
        ws = backends.new_workspace(tmp_path / f"data-{n}")
        try:
            with ws.ctx.engine.connect() as conn:
                objects, rows = _everything(conn)
                settings = dict(conn.exec_driver_sql("SELECT key, value FROM setting").all())
        finally:
            ws.close()
        assert objects == expected_objects
        written_by_set_up = {"database_id", "is_demo"}
        assert {k for k in settings if k not in written_by_set_up} == {
            key for key, *_ in expected_rows["setting"]}
        assert {name: found for name, found in rows.items() if name != "setting"} == {
            name: found for name, found in expected_rows.items() if name != "setting"}
    assert schema_replay._replay is not None  # so the second one, at least, was replayed
