"""A real PostgreSQL for the team database's tests: a fresh database per test.

The server is the one `IPS_TEST_POSTGRES_URL` names (a superuser URL; the
Makefile's throwaway cluster sets it for `make test`); without it these tests
are skipped. Each test gets its own database (ICU da-DK, as IT is told to make
it) and its own role names, so tests can run side by side on one cluster;
everything is dropped again afterwards, roles included (they are cluster-wide).
"""

from __future__ import annotations

import os
import secrets
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

POSTGRES_ENV = "IPS_TEST_POSTGRES_URL"
MEMBER_PASSWORD = "Hest-Batteri-Korrekt-77"


def _admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} names no PostgreSQL server")
    return url


def _dsn(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    if database:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class TeamServer:
    """One test's database on the server, and the names it may create there."""

    admin_url: str  # a superuser's URL of this test's database (SQLAlchemy form)
    database: str
    suffix: str
    host: str
    port: int

    def login(self, initials: str) -> str:
        return f"{initials.lower()}_{self.suffix}"

    def member_url(self, login: str, database: str | None = None) -> str:
        return f"postgresql://{login}@{self.host}:{self.port}/{database or self.database}"

    def sql(self, statement: str, params: tuple = (), *, database: str | None = None) -> list:
        """A statement as the superuser (who owns the tables and bypasses RLS)."""
        with psycopg.connect(_dsn(self.admin_url, database or self.database),
                             autocommit=True) as conn:
            cursor = conn.execute(statement, params)
            return cursor.fetchall() if cursor.description else []


def create_database(admin: str, name: str, *, icu: bool = True) -> None:
    locale = ("LOCALE_PROVIDER icu ICU_LOCALE 'da-DK' LOCALE 'C.UTF-8'" if icu
              else "LOCALE_PROVIDER libc LOCALE 'C.UTF-8'")
    with psycopg.connect(_dsn(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 {locale}')


def drop_database(admin: str, name: str, suffix: str) -> None:
    with psycopg.connect(_dsn(admin), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        roles = conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                             (f"%{suffix}%",)).fetchall()
        for (role,) in roles:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def team_server() -> Iterator[TeamServer]:
    admin = _admin_url()
    suffix = secrets.token_hex(4)
    name = f"ipsteam_{suffix}"
    create_database(admin, name)
    parsed = make_url(admin)
    try:
        yield TeamServer(parsed.set(database=name).render_as_string(hide_password=False),
                         name, suffix, parsed.host or "127.0.0.1", parsed.port or 5432)
    finally:
        drop_database(admin, name, suffix)


@pytest.fixture
def no_tls_server() -> Iterator[tuple[str, int]]:
    """A listener that answers PostgreSQL's SSLRequest with "N", as a server with ssl=off.

    That one byte is all a PostgreSQL without TLS says before libpq, asked for
    sslmode=require, gives up; a second cluster with ssl=off would say the same.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(8)
                conn.sendall(b"N")
                conn.recv(1024)  # libpq hangs up

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def server_certificate(host: str, port: int, target: Path) -> bool:
    """The server's own certificate as PEM, when it is self-signed (it is then its own CA)."""
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(b"\x00\x00\x00\x08\x04\xd2\x16\x2f")
        if sock.recv(1) != b"S":
            return False
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        with context.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    if cert.issuer != cert.subject:
        return False
    target.write_text(ssl.DER_cert_to_PEM_cert(der), encoding="ascii")
    return True
