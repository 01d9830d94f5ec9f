"""A laptop in the team: joining the team database, leaving it, and its engine for the sync.

`join` checks everything before it keeps anything: the server answers, offers
TLS (and, with IT's CA file, is the server the CA vouches for), takes the
login, is a team database whose schema this app knows, and the login is a
member with this laptop's consultant's initials. Only then is the password
kept (the OS keyring, or in passphrase mode the encrypted database:
storage/team_secret.py) and the device settings written: `team_url` (never
with a password), `team_role`, `team_id` and the TLS files' paths. Leaving
removes them all. Never imports Qt; the settings dialog calls the same API.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.services import audit, consultants
from ips_desktop.services.context import AppContext, write_unit
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import schema, team_secret, team_server
from ips_desktop.storage import team_link as link
from ips_desktop.storage.database import (
    DATABASE_ID,
    delete_settings,
    read_setting,
    write_settings,
)
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.team_errors import (
    NotATeamDatabase,
    TeamAuthFailed,
    TeamError,
    TeamMemberMismatch,
    TeamSchemaNewer,
    TeamSchemaOlder,
)
from ips_desktop.storage.team_link import TeamTls
from ips_desktop.storage.vault import KeyMode

TEAM_URL, TEAM_ROLE, TEAM_ID = "team_url", "team_role", "team_id"
TEAM_CA, TEAM_CERT, TEAM_KEY = "team_ca_file", "team_cert_file", "team_key_file"
TEAM_LAST_PULL = "team_last_pull_seq"  # the sync's; starts again with another team
SETTINGS = (TEAM_URL, TEAM_ROLE, TEAM_ID, TEAM_CA, TEAM_CERT, TEAM_KEY)

__all__ = ["DemoCannotJoin", "JoinRequest", "Membership", "NotJoined", "TeamAuthFailed",
           "TeamError", "join", "leave", "login_of", "membership", "team_engine"]


class NotJoined(StorageError):
    """This laptop has joined no team database (`ips-desktop team join`)."""

    exit_code = 44


class DemoCannotJoin(StorageError):
    """The demo's made-up people must never reach a real team database."""

    exit_code = 14


@dataclass(frozen=True)
class JoinRequest:
    url: str  # postgresql://soe@host:5432/ipsteam
    password: str | None  # None or "": a client certificate logs in
    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None

    @property
    def tls(self) -> TeamTls:
        return TeamTls(*(p.expanduser().resolve() if p else None
                         for p in (self.ca_file, self.cert_file, self.key_file)))


@dataclass(frozen=True)
class Membership:
    url: str
    login: str
    role: Role
    team_id: str
    sslmode: str  # "verify-full" with IT's CA file, else "require"
    initials: str = ""
    caseload: str = ""  # as the team database says (at join; "" from the settings alone)


def login_of(url: str) -> str:
    """The login a member's URL names; TeamUrlInvalid for a URL `join` would refuse."""
    return link.parse_member_url(url).login


def join(ws: Workspace, request: JoinRequest) -> Membership:
    """Connect, check, then keep the password and the settings; TeamError when refused."""
    ctx = ws.ctx
    if ctx.is_demo:
        raise DemoCannotJoin("the demo database cannot join a team database")
    address = link.parse_member_url(request.url)
    tls = request.tls
    link.check_tls_files(tls)
    link.probe(address, tls)
    password = request.password or None
    engine = link.member_engine(address, password, tls)
    try:
        with link.connect_member(engine, address, password, tls) as conn:
            settings, member = _check_team(conn, address)
    finally:
        engine.dispose()
    me = consultants.owner(ctx)
    if me is not None and me.initials != member.initials:
        raise TeamMemberMismatch("other initials", problem="initials", login=address.login,
                                 theirs=member.initials, mine=me.initials)
    database_id = ws.database.database_id or read_setting(ctx.engine, DATABASE_ID) or ""
    team_secret.save(ctx.engine, database_id, password or "",
                     in_keyring=ws.key_mode is KeyMode.KEYRING)
    role = Role.TEAM_LEAD if member.team_lead else Role.CONSULTANT
    team_id = settings["team_id"]
    if read_setting(ctx.engine, TEAM_ID) != team_id:  # another team: its pulls start afresh
        delete_settings(ctx.engine, [TEAM_LAST_PULL])
    delete_settings(ctx.engine, [TEAM_CA, TEAM_CERT, TEAM_KEY])
    write_settings(ctx.engine, {TEAM_URL: address.url, TEAM_ROLE: role.value, TEAM_ID: team_id}
                   | {name: str(path) for name, path in ((TEAM_CA, tls.ca_file),
                      (TEAM_CERT, tls.cert_file), (TEAM_KEY, tls.key_file)) if path})
    with write_unit(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "team",
                     details={"joined": role.value, "tls": tls.sslmode})
    return Membership(address.url, address.login, role, team_id, tls.sslmode, member.initials,
                      settings.get("team_caseload", ""))


def _check_team(conn: Connection, address: link.TeamAddress) -> tuple[dict[str, str],
                                                                       team_server.Member]:
    where = {"database": address.database, "host": address.host, "login": address.login}
    try:
        settings = team_server.team_settings(conn)
        revision = schema.current_revision(conn) if settings is not None else None
    except DBAPIError as exc:  # no right to read them: not one of this team's logins
        raise TeamMemberMismatch("no access", problem="not_member", **where) from exc
    if settings == {}:  # the table is there, but its rows are for members only
        raise TeamMemberMismatch("not a member", problem="not_member", **where)
    if settings is None or not settings.get("team_id") or revision is None:
        raise NotATeamDatabase("no team layer", **where)
    if revision not in schema.REVISIONS or settings.get("layer") != team_server.LAYER:
        raise TeamSchemaNewer("newer schema", **where)
    if revision != schema.head_revision():
        raise TeamSchemaOlder("older schema", **where)
    member = team_server.whoami(conn)
    if member is None:
        raise TeamMemberMismatch("not a member", problem="not_member", **where)
    return settings, member


def membership(ctx: AppContext) -> Membership | None:
    """What the settings say (no network): None when this laptop has joined no team."""
    url = read_setting(ctx.engine, TEAM_URL)
    if not url:
        return None
    address = link.parse_member_url(url)
    role = Role(read_setting(ctx.engine, TEAM_ROLE) or Role.CONSULTANT.value)
    return Membership(url, address.login, role, read_setting(ctx.engine, TEAM_ID) or "",
                      _tls(ctx).sslmode)


def _tls(ctx: AppContext) -> TeamTls:
    def path(name: str) -> Path | None:
        value = read_setting(ctx.engine, name)
        return Path(value) if value else None
    return TeamTls(path(TEAM_CA), path(TEAM_CERT), path(TEAM_KEY))


def leave(ctx: AppContext) -> None:
    """Forget the team database: password, settings; the laptop's data stay as they are."""
    if membership(ctx) is None:
        raise NotJoined("not joined")
    team_secret.forget(ctx.engine, read_setting(ctx.engine, DATABASE_ID) or "")
    delete_settings(ctx.engine, [*SETTINGS, TEAM_LAST_PULL])
    with write_unit(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "team", details={"left": True})


def team_engine(ctx: AppContext) -> Engine:
    """The team database's engine with the kept credentials, for the sync.

    Each new connection first checks that the database at the URL is still
    the team joined (TeamChanged otherwise: a database re-created under the
    same name must not receive this laptop's changes). A failed connection
    raises SQLAlchemy's OperationalError; `connect_problem` says what it means.
    """
    joined = membership(ctx)
    if joined is None:
        raise NotJoined("not joined")
    address = link.parse_member_url(joined.url)
    password = team_secret.load(ctx.engine, read_setting(ctx.engine, DATABASE_ID) or "")
    engine = link.member_engine(address, password or None, _tls(ctx))
    link.guard_team_id(engine, joined.team_id, address)
    return engine


def connect_problem(ctx: AppContext, exc: BaseException) -> TeamError:
    """What a failed connection of `team_engine` means (unreachable, no TLS, login, …)."""
    joined = membership(ctx)
    if joined is None:
        raise NotJoined("not joined")
    address = link.parse_member_url(joined.url)
    tls = _tls(ctx)
    password = team_secret.load(ctx.engine, read_setting(ctx.engine, DATABASE_ID) or "")
    return link.connect_failure(exc, address, tls,
                                link.member_reconnect(address, password or None, tls))


def member_id(engine: Engine) -> uuid.UUID | None:
    """The consultant the team database takes this login for (None until its row arrives)."""
    with engine.connect() as conn:
        return team_server.ips_consultant(conn)
