"""Reaching the team database: its URL, TLS, the engine, and what a failed connection means.

A laptop talks to PostgreSQL directly, so everything that protects the
connection is here. TLS always: `verify-full` against the CA file IT hands
out, else `require` (encrypted, but the server's identity unchecked), and with
a password `channel_binding=require`, so a machine in the middle can neither
ask for the password in clear (libpq would answer a `password` request) nor
finish SCRAM without the server's secret.

libpq's error texts are in the language of the machine (and the server's
in the server's), so a failure is never told by its text: before connecting
(and again after a failure) a probe opens the TCP connection itself, sends
PostgreSQL's SSLRequest and, with a CA file, makes the TLS handshake with
Python's ssl; what is left for libpq to fail on is the login, told apart by
libpq's own flags (PQconnectionNeedsPassword, PQconnectionUsedPassword).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import psycopg
from cryptography import x509
from cryptography.x509.oid import NameOID
from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from ips_desktop.storage import server
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.team_errors import (
    NotATeamDatabase,
    TeamAuthFailed,
    TeamCertificateRefused,
    TeamChanged,
    TeamError,
    TeamNoTls,
    TeamUnreachable,
    TeamUrlInvalid,
)

DEFAULT_PORT = 5432
CONNECT_TIMEOUT = 10  # seconds: a laptop on a train gives up rather than hangs
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's SSLRequest packet
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# A member's URL may say these only as the app would anyway (they are the app's to set).
_STRONG_SSLMODES = ("require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class TeamAddress:
    """Where a member connects: login, host, port, database; never a password."""

    login: str
    host: str
    port: int
    database: str

    @property
    def url(self) -> str:
        """The form kept in the settings and shown: `postgresql://soe@host:5432/ipsteam`."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{quote(self.login, safe='')}@{host}:{self.port}/" \
               f"{quote(self.database, safe='')}"


@dataclass(frozen=True)
class TeamTls:
    """The TLS files of a member: IT's CA (for verify-full) and a client certificate."""

    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None

    @property
    def sslmode(self) -> str:
        return "verify-full" if self.ca_file else "require"


def parse_member_url(text: str) -> TeamAddress:
    """`postgresql://soe@host[:port]/database`; TeamUrlInvalid for anything else.

    A password in the URL is refused, not used: it would stay in the shell's
    history and in scripts; the password is asked for, or read from stdin.
    """
    try:
        parts = urlsplit(text.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise TeamUrlInvalid("not a URL", problem="form") from exc
    if parts.scheme not in _SCHEMES or not parts.hostname or not parts.username:
        raise TeamUrlInvalid("not postgresql://login@host/database", problem="form")
    if parts.password is not None:
        raise TeamUrlInvalid("a password in the URL", problem="password")
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise TeamUrlInvalid("no database", problem="form")
    for name, value in _query(parts.query):
        if name != "sslmode" or value not in _STRONG_SSLMODES:
            raise TeamUrlInvalid("query options", problem="options")
    return TeamAddress(unquote(parts.username), parts.hostname, port, database)


def _query(query: str) -> list[tuple[str, str]]:
    pairs = []
    for item in filter(None, query.split("&")):
        name, _, value = item.partition("=")
        pairs.append((unquote(name), unquote(value)))
    return pairs


def check_login_name(name: str) -> str:
    """A login role name the URL can carry unquoted: lower-case letters, digits, `_`."""
    if not _LOGIN.match(name):
        raise TeamUrlInvalid("bad login name", problem="login")
    return name


def check_tls_files(tls: TeamTls) -> None:
    """Each file given is there and readable; the certificate and key come together."""
    if (tls.cert_file is None) != (tls.key_file is None):
        raise TeamUrlInvalid("cert without key", problem="cert_and_key")
    for path in (tls.ca_file, tls.cert_file, tls.key_file):
        if path is not None and not _readable(path):
            raise TeamUrlInvalid("unreadable file", problem="file", path=path)


def _readable(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return bool(f.read(1))
    except OSError:
        return False


# -- the probe ------------------------------------------------------------------------------

def probe(address: TeamAddress, tls: TeamTls, timeout: float = CONNECT_TIMEOUT) -> None:
    """Raise TeamUnreachable, TeamNoTls or TeamCertificateRefused; return when all is well."""
    where = {"host": address.host, "port": address.port}
    try:
        sock = socket.create_connection((address.host, address.port), timeout=timeout)
    except OSError as exc:  # an unknown name, refused, unreachable network, timeout
        raise TeamUnreachable("no answer", **where) from exc
    try:
        try:
            sock.sendall(_SSL_REQUEST)
            answer = sock.recv(1)
        except OSError as exc:
            raise TeamUnreachable("closed at once", **where) from exc
        if answer == b"N":
            raise TeamNoTls("the server offers no TLS", **where)
        if answer != b"S":  # not PostgreSQL at all (a web server, say)
            raise TeamUnreachable("not PostgreSQL", **where)
        if tls.ca_file is not None:
            _verify_certificate(sock, address, tls.ca_file, where)
    finally:
        sock.close()


def _verify_certificate(sock: socket.socket, address: TeamAddress, ca_file: Path,
                        where: dict[str, Any]) -> None:
    try:
        context = ssl.create_default_context(cafile=str(ca_file))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise TeamCertificateRefused("the CA file is not a certificate", **where) from exc
    context.check_hostname = False  # libpq's rule below, not Python's (which needs a SAN)
    try:
        with context.wrap_socket(sock, server_hostname=address.host) as tls:
            der = tls.getpeercert(binary_form=True)
    except ssl.SSLCertVerificationError as exc:
        raise TeamCertificateRefused("not signed by the CA", **where) from exc
    except (ssl.SSLError, OSError) as exc:
        raise TeamNoTls("the TLS handshake failed", **where) from exc
    if der is None or not certificate_names(der, address.host):
        raise TeamCertificateRefused("not for this host", **where)


def certificate_names(der: bytes, host: str) -> bool:
    """Whether the certificate is for `host`, as libpq's verify-full decides.

    The subjectAltName's DNS names (a leading `*.` matches one label) or IP
    addresses when it has them, else the subject's common name.
    """
    cert = x509.load_der_x509_certificate(der)
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    try:
        alt = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        names = [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
        return any(_name_matches(name, host) for name in names)
    if ip is not None:
        return ip in alt.get_values_for_type(x509.IPAddress)
    return any(_name_matches(name, host) for name in alt.get_values_for_type(x509.DNSName))


def _name_matches(pattern: str, host: str) -> bool:
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:]
    return pattern == host


# -- engines ---------------------------------------------------------------------------------

def member_connect_args(address: TeamAddress, password: str | None,
                        tls: TeamTls) -> dict[str, Any]:
    """libpq's options for a member's connection (the password never goes into a URL)."""
    args: dict[str, Any] = {"sslmode": tls.sslmode, "connect_timeout": CONNECT_TIMEOUT,
                            "application_name": "ips-desktop"}
    if password:
        args["password"] = password
        args["channel_binding"] = "require"
    if tls.ca_file is not None:
        args["sslrootcert"] = str(tls.ca_file)
    if tls.cert_file is not None and tls.key_file is not None:
        args["sslcert"], args["sslkey"] = str(tls.cert_file), str(tls.key_file)
    return args


def member_engine(address: TeamAddress, password: str | None, tls: TeamTls) -> Engine:
    """An engine for a member; nothing is sent until its first connection.

    storage/server.py's engine: parameters hidden and the server's DETAIL cut
    (no personal data in an error), a lost or refused connection raised as
    ServerUnreachable / ServerAuthFailed (the sync's exit codes 42 / 43).
    """
    url = URL.create(server.DRIVER, username=address.login, host=address.host,
                     port=address.port, database=address.database)
    return server.make_server_engine(
        url, connect_args=member_connect_args(address, password, tls))


def member_reconnect(address: TeamAddress, password: str | None,
                     tls: TeamTls) -> Callable[[str], None]:
    """The same login to another database (connect_failure's question to `template1`)."""
    def reconnect(database: str) -> None:
        engine = member_engine(replace(address, database=database), password, tls)
        try:
            engine.connect().close()
        finally:
            engine.dispose()
    return reconnect


def connect_member(engine: Engine, address: TeamAddress, password: str | None,
                   tls: TeamTls) -> Connection:
    """A connection, or the TeamError that says why there is none."""
    try:
        return engine.connect()
    except (DBAPIError, StorageError) as exc:
        raise connect_failure(exc, address, tls,
                              member_reconnect(address, password, tls)) from exc


def guard_team_id(engine: Engine, team_id: str, address: TeamAddress) -> None:
    """Every new connection first checks that the database is still the team joined."""
    @event.listens_for(engine, "connect")
    def _same_team(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT value FROM team_setting WHERE key = 'team_id'")
            row = cursor.fetchone()
        dbapi_connection.rollback()
        if row is None or row[0] != team_id:
            raise TeamChanged("another team database", database=address.database,
                              host=address.host)


def admin_url(text: str) -> URL:
    """IT's URL as libpq reads it (PGPASSWORD, ~/.pgpass, peer or cert work as usual)."""
    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise TeamUrlInvalid("not a URL", problem="form") from exc
    if url.get_backend_name() != "postgresql" or not url.database:
        raise TeamUrlInvalid("not postgresql://…/database", problem="form")
    return url.set(drivername="postgresql+psycopg")


def admin_engine(url: URL, password: str | None = None) -> Engine:
    args: dict[str, Any] = {"application_name": "ips-desktop team"}
    if password:
        args["password"] = password
    return server.make_server_engine(url, connect_args=args, poolclass=NullPool)


def admin_address(url: URL) -> TeamAddress:
    """The admin URL's parts, for the probe and the messages (a socket path as host)."""
    host = url.host or str(url.query.get("host") or "localhost")
    return TeamAddress(url.username or "", host, url.port or DEFAULT_PORT, url.database or "")


# -- what a failure means ------------------------------------------------------------------

def connect_failure(exc: BaseException, address: TeamAddress, tls: TeamTls | None,
                    reconnect: Callable[[str], None]) -> TeamError:
    """What a failed connection means, asked of the network and libpq, not of its text.

    `tls` None: a connection whose TLS is IT's choice (the admin's); only
    reachability is probed. `reconnect(database)` tries the same login on
    another database: when `template1` (which every login may reach unless
    IT revoked it) opens, the password was right and the database is the
    problem (not there, or this login may not connect to it).
    """
    where = {"host": address.host, "port": address.port, "database": address.database,
             "login": address.login}
    pgconn = getattr(_driver_error(exc), "pgconn", None)
    if pgconn is not None and pgconn.needs_password:
        refused = TeamAuthFailed("no password given", **where)
        refused.password_needed = True
        return refused
    if not address.host.startswith("/"):  # a TCP host: is anybody there, with TLS?
        try:
            if tls is None:
                _reachable(address)
            else:
                probe(address, tls)
        except TeamError as problem:
            problem.params.update(where)
            return problem
    if pgconn is not None and pgconn.used_password:
        try:
            reconnect("template1")
        except (psycopg.Error, DBAPIError, StorageError):
            return TeamAuthFailed("password refused", **where)
        return NotATeamDatabase("no such database, or no right to connect to it", **where)
    return TeamAuthFailed("refused by the server's rules", **where)


def _driver_error(exc: BaseException) -> BaseException | None:
    """psycopg's own error behind SQLAlchemy's wrapper or storage/server.py's StorageError."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, psycopg.Error):
            return current
        current = current.orig if isinstance(current, DBAPIError) else current.__cause__
    return None


def _reachable(address: TeamAddress) -> None:
    try:
        socket.create_connection((address.host, address.port), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise TeamUnreachable("no answer", host=address.host, port=address.port) from exc
