"""The team database's own part on PostgreSQL: roles, grants, row-level security, members.

The laptop's schema comes from the same Alembic migrations (storage/schema.py);
on top of it `team init` adds what only a server has, all in the one
transaction of the init (PostgreSQL's DDL, CREATE ROLE included, is
transactional, so a failed init leaves nothing behind):

- two group roles per team database, `<db>_team_lead` and `<db>_consultant`
  (NOLOGIN; roles are cluster-wide, so the database's name keeps two teams on
  one server apart), and a login role per member in one of them;
- `team_member`: which login is which consultant (by initials, and by id once
  bound), and whether it is the team lead's; `team_setting`: the team's id,
  the version of this layer and `team_caseload`;
- helper functions (SECURITY DEFINER, owned by the administrator, so they
  read `team_member` without RLS and never recurse into the policies), the
  grants and policies of storage/team_rules.py, CONNECT for the groups only;
- two for the sync, as narrow as what they serve: `ips_sync_newest_hlc`
  (the newest clock stamp of all pushes, which a pull's clock passes, while a
  consultant reads only their own `sync_push` rows) and `ips_sync_erase`
  (storage/sync/erase_function.py: erasure for members, who delete nothing).

Members never own a table: the owner (IT's administrator) bypasses RLS, nobody
else does. Every policy also asks that the login is in `team_member`, so a
login that is in a group role but not a member (a role left over from a
dropped database of the same name) sees nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ips_desktop.domain.policy import TEAM_CASELOADS as CASELOADS
from ips_desktop.storage.sync import erase_function
from ips_desktop.storage.team_rules import RULES, Rule

LAYER = "1"  # the version of this module's objects; `team join` knows this one only
TEAM_TABLES = ("team_member", "team_setting")
POLICY_PREFIX = "ips_"
MIN_SERVER_VERSION = 150000
_IS_MEMBER = "(SELECT ips_is_member())"
_IS_LEAD = "(SELECT ips_is_team_lead())"
_FUNCTIONS = ("ips_is_member()", "ips_is_team_lead()", "ips_member_initials()",
              "ips_consultant_id()", "ips_caseload_is_team()", "ips_sync_newest_hlc(bigint)",
              erase_function.SIGNATURE)


@dataclass(frozen=True)
class GroupRoles:
    team_lead: str
    consultant: str


def group_roles(database: str) -> GroupRoles:
    """`<db>_team_lead` and `<db>_consultant`; a long name is shortened by a hash (63 max)."""
    stem = database if len(database) <= 40 else \
        f"ips_{hashlib.sha256(database.encode()).hexdigest()[:12]}"
    return GroupRoles(f"{stem}_team_lead", f"{stem}_consultant")


def roles_of(settings: dict[str, str], database: str) -> GroupRoles:
    """The team's group roles as `team init` named them (kept, so a restore under another
    database name still finds the roles its policies name)."""
    made = group_roles(database)
    return GroupRoles(settings.get("team_lead_role", made.team_lead),
                      settings.get("consultant_role", made.consultant))


@dataclass(frozen=True)
class ServerFacts:
    version_num: int
    superuser: bool
    create_role: bool
    owns_database: bool
    locale_provider: str  # "i" ICU, "c" libc
    icu_locale: str | None


@dataclass(frozen=True)
class Member:
    login: str
    initials: str
    team_lead: bool
    consultant_id: uuid.UUID | None


def quote_name(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def server_facts(conn: Connection) -> ServerFacts:
    row = conn.execute(text(
        "SELECT current_setting('server_version_num')::int, r.rolsuper, r.rolcreaterole,"
        " d.datdba = r.oid, d.datlocprovider::text, d.daticulocale"
        " FROM pg_roles r, pg_database d"
        " WHERE r.rolname = current_user AND d.datname = current_database()")).one()
    return ServerFacts(*row)


def other_relations(conn: Connection) -> list[str]:
    """Tables, views and sequences outside the system schemas (what a foreign database holds)."""
    return list(conn.execute(text(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
        " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
        " ORDER BY 1")).scalars())


def team_settings(conn: Connection) -> dict[str, str] | None:
    """The team's settings, or None when this database has none (not a team database)."""
    if conn.execute(text("SELECT to_regclass('public.team_setting')")).scalar() is None:
        return None
    return {key: value for key, value in conn.execute(text("SELECT key, value FROM team_setting"))}


def lock(conn: Connection) -> None:
    """One init, update or member change at a time (for this transaction)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('ips-desktop team admin'))"))


# -- init and update -------------------------------------------------------------------------

def create_team_objects(conn: Connection, roles: GroupRoles, caseload: str) -> str:
    """The layer on a freshly migrated database; returns the new team's id."""
    team_id = str(uuid.uuid4())
    for role in (roles.team_lead, roles.consultant):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.execute(text(f"CREATE ROLE {quote_name(conn, role)} NOLOGIN"))
    conn.execute(text(
        "CREATE TABLE team_member ("
        " login_role TEXT PRIMARY KEY,"
        " initials VARCHAR(10) NOT NULL,"
        " consultant_id UUID NULL REFERENCES consultant (id),"
        " team_lead BOOLEAN NOT NULL DEFAULT false,"
        " added_at TIMESTAMPTZ NOT NULL DEFAULT now())"))
    conn.execute(text(
        "CREATE TABLE team_setting (key VARCHAR(100) PRIMARY KEY, value TEXT NOT NULL)"))
    conn.execute(text("INSERT INTO team_setting (key, value) VALUES"
                      " ('team_id', :id), ('layer', :layer), ('team_caseload', :caseload),"
                      " ('team_lead_role', :lead), ('consultant_role', :consultant),"
                      " ('created_at', now()::text)"),
                 {"id": team_id, "layer": LAYER, "caseload": caseload,
                  "lead": roles.team_lead, "consultant": roles.consultant})
    create_functions(conn)
    return team_id


def create_functions(conn: Connection) -> None:
    """The helpers every policy calls; `session_user` is the member's login.

    SECURITY DEFINER with a fixed search_path: they run as the owner (who
    bypasses RLS), so a policy on `consultant` may ask who the member is
    without PostgreSQL recursing into that policy again.
    """
    head = ("LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$")
    member = "FROM public.team_member m WHERE m.login_role = session_user::text"
    bodies = {
        "ips_is_member() RETURNS boolean": f"SELECT EXISTS (SELECT 1 {member})",
        "ips_is_team_lead() RETURNS boolean":
            f"SELECT EXISTS (SELECT 1 {member} AND m.team_lead)",
        "ips_member_initials() RETURNS varchar": f"SELECT m.initials {member}",
        # Bound by id once known; until then the live consultant with the member's initials
        # (the oldest, should a sync have brought two).
        "ips_consultant_id() RETURNS uuid":
            "SELECT COALESCE(m.consultant_id, (SELECT c.id FROM public.consultant c"
            " WHERE c.initials = m.initials AND c.deleted_at IS NULL"
            f" ORDER BY c.created_at, c.id LIMIT 1)) {member}",
        # The pull's clock passes every laptop's pushes; a consultant reads only their own.
        "ips_sync_newest_hlc(after bigint) RETURNS varchar":
            "SELECT max(p.hlc) FROM public.sync_push p WHERE p.server_seq > after",
        "ips_caseload_is_team() RETURNS boolean":
            "SELECT COALESCE((SELECT s.value FROM public.team_setting s"
            " WHERE s.key = 'team_caseload'), 'team') = 'team'",
    }
    for signature, body in bodies.items():
        conn.execute(text(f"CREATE OR REPLACE FUNCTION {signature} {head} {body} $$"))
    # Erasure for members, who delete nothing themselves (storage/sync/erase_function.py).
    conn.exec_driver_sql(erase_function.create_sql())


def set_caseload(conn: Connection, caseload: str) -> None:
    if caseload not in CASELOADS:
        raise ValueError(f"unknown caseload {caseload!r}")
    conn.execute(text("UPDATE team_setting SET value = :v WHERE key = 'team_caseload'"),
                 {"v": caseload})


def apply_rules(conn: Connection, roles: GroupRoles, database: str) -> list[str]:
    """Grants and policies from scratch (so an update never keeps a stale one).

    Returns the tables that have no rule: they get RLS and no grant, so
    members do not see them until a rule says otherwise.
    """
    lead, consultant = quote_name(conn, roles.team_lead), quote_name(conn, roles.consultant)
    both = f"{lead}, {consultant}"
    db = quote_name(conn, database)
    conn.execute(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {both}"))
    conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {both}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {both}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {both}"))
    for function in _FUNCTIONS:
        conn.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {both}"))
    _drop_policies(conn)
    tables = _tables(conn)
    for table in tables:
        conn.execute(text(f"ALTER TABLE {quote_name(conn, table)} ENABLE ROW LEVEL SECURITY"))
    own_row = "login_role = session_user::text"
    for table in TEAM_TABLES:
        conn.execute(text(f"GRANT SELECT ON {table} TO {both}"))
    _policy(conn, "team_member", "read", "SELECT", both, using=own_row)
    _policy(conn, "team_setting", "read", "SELECT", both, using=_IS_MEMBER)
    unruled = []
    for table in tables:
        if table in TEAM_TABLES:
            continue
        rule = RULES.get(table)
        if rule is None:
            if table not in RULES:
                unruled.append(table)
            continue
        _apply_rule(conn, table, rule, lead, consultant)
    return unruled


def _tables(conn: Connection) -> list[str]:
    return list(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).scalars())


def _drop_policies(conn: Connection) -> None:
    for table, name in conn.execute(text(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public'"
            " AND policyname LIKE :p"), {"p": POLICY_PREFIX + "%"}).all():
        conn.execute(text(f"DROP POLICY {quote_name(conn, name)} ON {quote_name(conn, table)}"))


def _policy(conn: Connection, table: str, what: str, command: str, roles: str, *,
            using: str | None = None, check: str | None = None) -> None:
    name = quote_name(conn, f"{POLICY_PREFIX}{what}")
    clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
    conn.execute(text(f"CREATE POLICY {name} ON {quote_name(conn, table)} FOR {command}"
                      f" TO {roles}{clauses}"))


def _apply_rule(conn: Connection, table: str, rule: Rule, lead: str, consultant: str) -> None:
    quoted = quote_name(conn, table)
    lead_rights = ["SELECT"]
    if rule.lead_writes:
        lead_rights += ["INSERT", "UPDATE"] if rule.updates else ["INSERT"]
    if rule.lead_deletes:
        lead_rights.append("DELETE")
    conn.execute(text(f"GRANT {', '.join(lead_rights)} ON {quoted} TO {lead}"))
    _policy(conn, table, "lead_read", "SELECT", lead, using=_IS_LEAD)
    if rule.lead_writes:
        _policy(conn, table, "lead_insert", "INSERT", lead, check=_IS_LEAD)
        if rule.updates:
            _policy(conn, table, "lead_update", "UPDATE", lead, using=_IS_LEAD, check=_IS_LEAD)
    if rule.lead_deletes:
        _policy(conn, table, "lead_delete", "DELETE", lead, using=_IS_LEAD)

    rights = ["SELECT"]
    reads = "true" if rule.own_reads is None else (
        f"((SELECT ips_caseload_is_team()) OR {rule.own_reads})" if rule.team_reads
        else rule.own_reads)
    _policy(conn, table, "read", "SELECT", consultant, using=f"{_IS_MEMBER} AND {reads}")
    inserts = rule.insert or rule.mine
    if inserts is not None:
        rights.append("INSERT")
        _policy(conn, table, "insert", "INSERT", consultant, check=f"{_IS_MEMBER} AND {inserts}")
    if rule.mine is not None and rule.updates:
        rights.append("UPDATE")
        mine = f"{_IS_MEMBER} AND {rule.mine}"
        _policy(conn, table, "update", "UPDATE", consultant, using=mine, check=mine)
    conn.execute(text(f"GRANT {', '.join(rights)} ON {quoted} TO {consultant}"))


# -- members ---------------------------------------------------------------------------------

def role_exists(conn: Connection, login: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": login}).first() is not None


def create_member(conn: Connection, roles: GroupRoles, login: str, initials: str, *,
                  team_lead: bool, verifier: str | None) -> Member:
    """A login role in its group, and its row in `team_member`.

    `verifier` is the SCRAM-SHA-256 verifier made on this machine (libpq's
    PQencryptPasswordConn), so the password itself is never sent to the
    server, nor written to its log by `log_statement`. None: no password
    (the member logs in with a client certificate whose CN is the login).
    """
    group = roles.team_lead if team_lead else roles.consultant
    password = f"PASSWORD {_literal(verifier)}" if verifier else "PASSWORD NULL"
    # Not text(): a verifier's "=:" would read as a bind parameter.
    conn.exec_driver_sql(f"CREATE ROLE {quote_name(conn, login)} LOGIN INHERIT {password}"
                         f" IN ROLE {quote_name(conn, group)}")
    bound = conn.execute(text(
        "SELECT id FROM consultant WHERE initials = :i AND deleted_at IS NULL"
        " ORDER BY created_at, id LIMIT 1"), {"i": initials}).scalar()
    conn.execute(text(
        "INSERT INTO team_member (login_role, initials, consultant_id, team_lead)"
        " VALUES (:login, :initials, :cid, :lead)"),
        {"login": login, "initials": initials, "cid": bound, "lead": team_lead})
    return Member(login, initials, team_lead, bound)


def remove_member(conn: Connection, login: str) -> bool:
    """The member's row and login role; False when the login is not a member."""
    gone = conn.execute(text("DELETE FROM team_member WHERE login_role = :l"), {"l": login})
    if not gone.rowcount:
        return False
    conn.execute(text(f"DROP ROLE IF EXISTS {quote_name(conn, login)}"))
    return True


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """libpq's own SCRAM-SHA-256 verifier of `password` (psql's \\password does the same)."""
    raw = conn.connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), login.encode(),
                                              b"scram-sha-256")
    return verifier.decode("ascii")


def whoami(conn: Connection) -> Member | None:
    """The connected login's membership (a member reads its own row only)."""
    row = conn.execute(text(
        "SELECT login_role, initials, team_lead, consultant_id FROM team_member"
        " WHERE login_role = session_user::text")).first()
    if row is None:
        return None
    return Member(row[0], row[1], row[2], ips_consultant(conn) or row[3])


def ips_consultant(conn: Connection) -> uuid.UUID | None:
    value = conn.execute(text("SELECT ips_consultant_id()")).scalar()
    return value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def member_count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM team_member")).scalar() or 0)
