"""IT's side of the team database: create it, bring it up to date, add and remove members.

Each use case is one PostgreSQL transaction over IT's administrator URL
(its password, if any, from the URL, PGPASSWORD, ~/.pgpass, or asked by the
front end), serialised with the other admin commands by an advisory lock. The
caseload rule (`team_caseload`) is IT's policy file's, on the machine that
runs the command: a policy file with problems stops the command, so a
misspelt key never decides who reads which participant.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, ProgrammingError

from ips_desktop.domain.passwords import password_problem
from ips_desktop.domain.policy import Source
from ips_desktop.services import policy
from ips_desktop.storage import schema, team_server
from ips_desktop.storage import team_link as link
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.team_errors import (
    NotATeamDatabase,
    TeamAdminRefused,
    TeamAlreadySetUp,
    TeamDatabaseNotEmpty,
    TeamError,
    TeamMemberExists,
    TeamMemberMismatch,
    TeamSchemaNewer,
    TeamServerUnsuitable,
    TeamUrlInvalid,
)

INSUFFICIENT_PRIVILEGE = "42501"
DEFAULT_CASELOAD = "team"
_INITIALS = re.compile(r"^[A-ZÆØÅ0-9]{2,6}$")
_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


class TeamPolicyBroken(StorageError):
    """IT's policy file has problems: no team database is set up on a guess."""

    exit_code = 40


@dataclass(frozen=True)
class TeamSetUp:
    database: str
    revision: str
    team_lead_role: str
    consultant_role: str
    caseload: str
    caseload_from_policy: bool
    team_id: str
    unruled_tables: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberAdded:
    login: str
    initials: str
    team_lead: bool
    password: str | None  # generated here: shown once, kept nowhere
    consultant_known: bool  # a consultant with these initials is already in the team database


def caseload() -> tuple[str, bool]:
    """IT's `team_caseload`, and whether the policy file set it (else the default "team")."""
    found = policy.current()
    if found.problems:
        raise TeamPolicyBroken("the policy file has problems")
    setting = found.settings["team_caseload"]
    value = setting.value if isinstance(setting.value, str) else DEFAULT_CASELOAD
    return value, setting.source is Source.FILE


@contextmanager
def _admin(url_text: str, password: str | None) -> Iterator[tuple[Connection, link.TeamAddress]]:
    """One transaction as IT's administrator; a refused right is TeamAdminRefused."""
    url = link.admin_url(url_text)
    engine = link.admin_engine(url, password)
    address = link.admin_address(url)
    try:
        try:
            conn = engine.connect()
        except (DBAPIError, StorageError) as exc:
            def reconnect(database: str) -> None:
                link.admin_engine(url.set(database=database), password).connect().close()
            raise link.connect_failure(exc, address, None, reconnect) from exc
        try:
            with conn.begin():
                team_server.lock(conn)
                yield conn, address
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise TeamAdminRefused("permission denied", login=address.login,
                                       database=address.database) from exc
            raise
        finally:
            conn.close()
    finally:
        engine.dispose()


def _check_server(conn: Connection, database: str, login: str) -> None:
    facts = team_server.server_facts(conn)
    if facts.version_num < team_server.MIN_SERVER_VERSION:
        raise TeamServerUnsuitable("PostgreSQL older than 15", problem="version",
                                   version=f"{facts.version_num // 10000}")
    if facts.locale_provider != "i" or not (facts.icu_locale or "").lower().startswith("da"):
        raise TeamServerUnsuitable("not ICU da-DK", problem="collation", database=database)
    if not (facts.superuser or (facts.create_role and facts.owns_database)):
        raise TeamAdminRefused("no CREATEROLE, or not the database's owner", login=login,
                               database=database)


def init_team(url_text: str, password: str | None = None) -> TeamSetUp:
    """Schema, roles, rules and RLS on an empty PostgreSQL 15+ database, all or nothing."""
    chosen, from_policy = caseload()
    with _admin(url_text, password) as (conn, address):
        database = address.database
        _check_server(conn, database, address.login)
        if team_server.team_settings(conn) is not None:
            raise TeamAlreadySetUp("already a team database", database=database)
        found = team_server.other_relations(conn)
        if found:
            raise TeamDatabaseNotEmpty("holds other tables", database=database,
                                       count=len(found), names=", ".join(found[:5]))
        schema.upgrade_on(conn)
        roles = team_server.group_roles(database)
        team_id = team_server.create_team_objects(conn, roles, chosen)
        unruled = team_server.apply_rules(conn, roles, database)
        return TeamSetUp(database, schema.head_revision(), roles.team_lead, roles.consultant,
                         chosen, from_policy, team_id, tuple(unruled))


def update_team(url_text: str, password: str | None = None) -> TeamSetUp:
    """After a new app version or a changed `team_caseload`: migrate, rules and RLS again."""
    chosen, from_policy = caseload()
    with _admin(url_text, password) as (conn, address):
        database = address.database
        settings = _team_settings(conn, database)
        revision = schema.current_revision(conn)
        if revision not in schema.REVISIONS:
            raise TeamSchemaNewer("newer schema", database=database)
        schema.upgrade_on(conn)
        roles = team_server.roles_of(settings, database)
        team_server.create_functions(conn)
        team_server.set_caseload(conn, chosen)
        unruled = team_server.apply_rules(conn, roles, database)
        return TeamSetUp(database, schema.head_revision(), roles.team_lead, roles.consultant,
                         chosen, from_policy, settings.get("team_id", ""), tuple(unruled))


def _team_settings(conn: Connection, database: str) -> dict[str, str]:
    settings = team_server.team_settings(conn)
    if settings is None or "team_id" not in settings:
        raise NotATeamDatabase("no team layer", database=database)
    if settings.get("layer") != team_server.LAYER:
        raise TeamSchemaNewer("newer team layer", database=database)
    return settings


def default_login(initials: str) -> str:
    """SOE -> soe, SØE -> soee: what a URL carries without percent signs."""
    return initials.lower().translate(_TRANSLITERATION)


def add_member(url_text: str, initials: str, *, team_lead: bool = False,
               login: str | None = None, member_password: str | None = None,
               certificate: bool = False, password: str | None = None) -> MemberAdded:
    """A login role for a consultant (or the team lead), with a password shown once.

    `member_password` None: a random one is made and returned; with
    `certificate`, none at all (pg_hba `cert`: the certificate's CN is the login).
    """
    initials = initials.strip().upper()
    if not _INITIALS.match(initials):
        raise TeamUrlInvalid("bad initials", problem="initials")
    name = link.check_login_name(login or default_login(initials))
    if certificate:
        chosen = None
    elif member_password is None:
        chosen = secrets.token_urlsafe(18)  # 24 characters, 144 bits
    else:
        if password_problem(member_password):
            raise TeamUrlInvalid("weak password", problem="password_rule")
        chosen = member_password
    with _admin(url_text, password) as (conn, address):
        database = address.database
        settings = _team_settings(conn, database)
        if team_server.role_exists(conn, name):
            raise TeamMemberExists("role exists", login=name)
        roles = team_server.roles_of(settings, database)
        verifier = team_server.scram_verifier(conn, name, chosen) if chosen else None
        member = team_server.create_member(conn, roles, name, initials, team_lead=team_lead,
                                           verifier=verifier)
    return MemberAdded(name, initials, team_lead,
                       chosen if member_password is None else None,
                       member.consultant_id is not None)


def remove_member(url_text: str, login: str, password: str | None = None) -> None:
    """The login can connect no more; what the member wrote stays the team's."""
    with _admin(url_text, password) as (conn, address):
        database = address.database
        _team_settings(conn, database)
        if not team_server.remove_member(conn, login):
            raise TeamMemberMismatch("not a member", problem="not_member", login=login,
                                     database=database)


__all__ = ["MemberAdded", "TeamError", "TeamPolicyBroken", "TeamSetUp", "add_member",
           "init_team", "remove_member", "update_team"]
