"""The SQLAlchemy engine over a PostgreSQL server (the team database), and making one.

The same models and migrations serve it as the laptop's SQLCipher file;
what differs is kept here and in the dialect branches of storage:

- errors say what an IT person can act on, as StorageError subclasses: the
  server cannot be reached, it refused the login, its disk is full, it is
  read-only. A refused login is told from an unreachable server by trying
  the TCP port itself, not by the wording of libpq's message (which follows
  the client's and the server's languages);
- no personal data in an error: parameters are hidden (`hide_parameters`),
  and the server's DETAIL line ("Key (cpr)=(…) already exists") is cut from
  the driver's message; the SQLSTATE and the constraint's name stay;
- databases are made with ICU's Danish collation (`da-DK`), so that plain
  ORDER BY puts Æ, Ø, Å last and reads "Aa" as Å, as the app's lists do.
"""

from __future__ import annotations

import re
import socket
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.engine import URL

from ips_desktop.storage.errors import DiskFull, ReadOnly, StorageError

DRIVER = "postgresql+psycopg"
ICU_LOCALE = "da-DK"
CONNECT_TIMEOUT_S = 10
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ServerUnreachable(StorageError):
    """The database server does not answer (no network, wrong address, server down)."""

    exit_code = 42


class ServerAuthFailed(StorageError):
    """The server answered but refused the login (wrong password, user or certificate,
    or the server's rules do not let this user in from here)."""

    exit_code = 43


class ServerDiskFull(DiskFull):
    """The server has no room left (SQLSTATE 53100): nothing was written."""


class ServerReadOnly(ReadOnly):
    """The server accepts no writes now (a standby, or a read-only transaction)."""


def server_url(url: str | URL) -> URL:
    """`url` with the psycopg 3 driver (a plain `postgresql://` is accepted)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise ValueError("not a PostgreSQL URL")
    return parsed.set(drivername=DRIVER)


def make_server_engine(url: str | URL, **options: Any) -> Engine:
    """An engine on the server database `url`; StorageErrors for the server's conditions.

    `options` go to `create_engine` (a pool size, say); a connect timeout is set
    unless the URL has one, so an unreachable server fails in seconds.
    """
    parsed = server_url(url)
    connect_args = dict(options.pop("connect_args", {}))
    if "connect_timeout" not in parsed.query:
        connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    engine = create_engine(parsed, hide_parameters=True, pool_pre_ping=True,
                           connect_args=connect_args, **options)
    host, port = parsed.host or "localhost", parsed.port or 5432

    @event.listens_for(engine, "handle_error")
    def _server_condition(context: Any) -> StorageError | None:
        exc = context.original_exception
        if _drop_detail(exc) and context.sqlalchemy_exception is not None:
            wrapped = context.sqlalchemy_exception  # its text was made from the full message
            wrapped.args = (f"({type(exc).__module__}.{type(exc).__name__}) {exc}",
                            *wrapped.args[1:])
        return server_problem(exc, host, port)

    return engine


def server_problem(exc: BaseException, host: str, port: int) -> StorageError | None:
    """The StorageError for a psycopg error, by SQLSTATE; None for the caller's own errors."""
    state = getattr(exc, "sqlstate", None)
    if state is None:
        if getattr(exc, "pgconn", None) is None and "connection" not in str(exc).lower():
            return None
        # A connection attempt failed (libpq gives no SQLSTATE for it): the port says whether
        # anyone answered; someone did, so it was the login that was refused.
        if _answers(host, port):
            return ServerAuthFailed("the database server refused the login")
        return ServerUnreachable("the database server cannot be reached")
    if state == "53100":
        return ServerDiskFull("the database server's disk is full")
    if state in ("25006", "57P03"):
        return ServerReadOnly("the database server accepts no writes now")
    if state.startswith("28"):
        return ServerAuthFailed("the database server refused the login")
    if state.startswith("08") or state in ("57P01", "57P02"):
        return ServerUnreachable("the connection to the database server was lost")
    return None


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=3):
            return True
    except OSError:
        return False


def _drop_detail(exc: BaseException) -> bool:
    """Keep only the server's primary message: its DETAIL and CONTEXT may quote row values.

    True when the message was cut (the exception came from the server).
    """
    state = getattr(exc, "sqlstate", None)
    primary = getattr(getattr(exc, "diag", None), "message_primary", None)
    if not (state and primary):
        return False
    if state.startswith("22"):  # data exceptions quote the value in the primary message
        primary = f"invalid data (SQLSTATE {state})"
    exc.args = (primary,)
    return True


def create_team_database(admin_url: str | URL, name: str) -> None:
    """CREATE DATABASE `name` (UTF-8, ICU collation da-DK) as the admin of `admin_url`.

    From template0, as a collation other than the template's requires. The name
    is checked (lower-case letters, digits, underscores), never quoted from input.
    """
    if not _NAME.match(name):
        raise ValueError("a database name is lower-case letters, digits and underscores")
    engine = make_server_engine(admin_url, poolclass=_null_pool())
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(
                f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                f"LOCALE_PROVIDER icu ICU_LOCALE '{ICU_LOCALE}'"))
    finally:
        engine.dispose()


def database_url(admin_url: str | URL, name: str) -> URL:
    """The same server and login as `admin_url`, on database `name`."""
    return server_url(admin_url).set(database=name)


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool
