"""The team database's engine (storage/server.py) against the real test server.

Runs in the PostgreSQL pass of `make test` (tests/pg_cluster.py's cluster:
TLS only, SCRAM passwords); what an IT person sees when the server is away,
the password is wrong or the disk is full, and that no row value reaches an
error's text.
"""

from __future__ import annotations

import os
import uuid

import psycopg.errors
import pytest
from sqlalchemy import make_url, select, text
from sqlalchemy.exc import IntegrityError

from ips_desktop.domain.messages import error_message
from ips_desktop.storage import server
from ips_desktop.storage.models import Participant, Setting
from tests import backends

pytestmark = pytest.mark.skipif(not backends.on_postgresql(),
                                reason="the PostgreSQL pass of make test runs these")


def admin_url():
    return make_url(os.environ[backends.URL_VARIABLE])


def test_a_wrong_password_is_a_refused_login_with_its_exit_code():
    engine = server.make_server_engine(admin_url().set(password="not-the-password"))
    with pytest.raises(server.ServerAuthFailed) as caught:
        engine.connect()
    assert caught.value.exit_code == 43
    assert "not-the-password" not in str(caught.value)
    assert "server" in error_message(caught.value).lower()


def test_a_connection_without_tls_is_refused_by_the_server():
    engine = server.make_server_engine(admin_url().update_query_dict({"sslmode": "disable"}))
    with pytest.raises(server.ServerAuthFailed):
        engine.connect()


def test_no_server_on_the_port_is_unreachable_within_seconds():
    url = admin_url().set(port=backends.free_loopback_port())
    with pytest.raises(server.ServerUnreachable) as caught:
        server.make_server_engine(url).connect()
    assert caught.value.exit_code == 42


def test_a_full_disk_and_a_read_only_server_are_storage_conditions():
    """SQLSTATE 53100 and 25006, as psycopg raises them (the disk cannot be filled here)."""
    full = server.server_problem(psycopg.errors.DiskFull(), "127.0.0.1", 5432)
    assert isinstance(full, server.ServerDiskFull) and full.exit_code == 16
    assert isinstance(server.server_problem(psycopg.errors.ReadOnlySqlTransaction(),
                                            "127.0.0.1", 5432), server.ServerReadOnly)


def test_an_error_never_carries_the_row_it_was_writing(ws):
    """The server's DETAIL ("Key (key)=(…) already exists") is cut; the index is named."""
    secret = "0101701234"
    with ws.ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (id, created_at, updated_at, key, value) "
                          "VALUES (:id, now(), now(), :k, 'x')"), {"id": uuid.uuid4(), "k": secret})
    with pytest.raises(IntegrityError) as caught, ws.ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (id, created_at, updated_at, key, value) "
                          "VALUES (:id, now(), now(), :k, 'x')"), {"id": uuid.uuid4(), "k": secret})
    assert secret not in str(caught.value) and secret not in repr(caught.value.orig)
    assert caught.value.orig.diag.constraint_name == "uq_setting_key"
    with pytest.raises(Exception) as bad, ws.ctx.engine.connect() as conn:
        conn.execute(select(Participant).where(Participant.id == text(f"'{secret}'::uuid")))
    assert secret not in str(bad.value).split("[SQL")[0]


def test_a_team_database_sorts_danish():
    name = f"ips_team_{uuid.uuid4().hex[:8]}"
    server.create_team_database(admin_url(), name)
    engine = server.make_server_engine(server.database_url(admin_url(), name))
    try:
        with engine.connect() as conn:
            provider, locale = conn.execute(text(
                "SELECT datlocprovider, daticulocale FROM pg_database "
                "WHERE datname = current_database()")).one()
            names = conn.execute(text(
                "SELECT n FROM (VALUES ('Aase'), ('Zofie'), ('Åge'), ('Anders'), ('Øster'), "
                "('Ærø'), ('Łukasz')) AS v(n) ORDER BY n")).scalars().all()
        assert (provider, locale) == ("i", "da-DK")
        assert names == ["Anders", "Łukasz", "Zofie", "Ærø", "Øster", "Åge", "Aase"]
    finally:
        engine.dispose()
        with backends.server().admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


def test_a_database_name_is_checked_not_quoted():
    with pytest.raises(ValueError):
        server.create_team_database(admin_url(), 'team"; DROP DATABASE postgres; --')


def test_the_setting_upsert_keeps_one_row(ws):
    from ips_desktop.storage.database import read_setting, write_settings

    write_settings(ws.ctx.engine, {"probe": "1"})
    write_settings(ws.ctx.engine, {"probe": "2"})
    with ws.ctx.engine.connect() as conn:
        rows = conn.execute(select(Setting.value).where(Setting.key == "probe")).all()
    assert rows == [("2",)] and read_setting(ws.ctx.engine, "probe") == "2"
