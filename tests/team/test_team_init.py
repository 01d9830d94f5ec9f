"""`ips-desktop team init|update|add-member` on a real PostgreSQL: what IT sees and gets."""

from __future__ import annotations

import io

import psycopg
import pytest

from ips_desktop.cli.main import main
from ips_desktop.storage import schema
from ips_desktop.storage.team_rules import RULES
from tests.team.conftest import create_database, drop_database


def team(server, *words: str, language: str = "en") -> int:
    return main(["--language", language, "team", *words])


def test_init_on_an_empty_database_makes_schema_roles_and_row_security(team_server, capsys):
    assert team(team_server, "init", "--url", team_server.admin_url) == 0
    out = capsys.readouterr().out
    assert f"The team database {team_server.database} is created (schema " \
           f"{schema.head_revision()}" in out
    assert f"{team_server.database}_team_lead (team lead)" in out
    assert "Consultants read the whole team's caseload (team_caseload = \"team\", the " \
           "default)" in out
    [(revision,)] = team_server.sql("SELECT version_num FROM alembic_version")
    assert revision == schema.head_revision()
    roles = {r for (r,) in team_server.sql(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE %s AND NOT rolcanlogin",
        (f"{team_server.database}%",))}
    assert roles == {f"{team_server.database}_team_lead", f"{team_server.database}_consultant"}
    tables = dict(team_server.sql(
        "SELECT relname, relrowsecurity FROM pg_class WHERE relnamespace = 'public'::regnamespace"
        " AND relkind = 'r'"))
    assert "course" in tables and "team_member" in tables
    assert all(tables.values()), [t for t, on in tables.items() if not on]
    # Every table of the migrations has its rule (none left without grants by accident).
    assert set(tables) - {"team_member", "team_setting"} <= set(RULES)
    # Nobody outside the team's roles may even connect.
    [(public_connect,)] = team_server.sql(
        "SELECT has_database_privilege('public', current_database(), 'CONNECT')")
    assert public_connect is False


def test_init_again_is_refused_and_changes_nothing(team_server, capsys):
    assert team(team_server, "init", "--url", team_server.admin_url) == 0
    [(team_id,)] = team_server.sql("SELECT value FROM team_setting WHERE key = 'team_id'")
    capsys.readouterr()
    assert team(team_server, "init", "--url", team_server.admin_url) == 53
    err = capsys.readouterr().err
    assert f"{team_server.database} already is an IPS team database; nothing was changed" in err
    assert team_server.sql("SELECT value FROM team_setting WHERE key = 'team_id'") \
        == [(team_id,)]


def test_init_on_a_foreign_database_is_refused_and_leaves_it_as_it_was(team_server, capsys):
    team_server.sql("CREATE TABLE kunder (id int primary key, navn text)")
    team_server.sql("CREATE TABLE ordrer (id int primary key)")
    assert team(team_server, "init", "--url", team_server.admin_url, language="da") == 52
    err = capsys.readouterr().err
    assert f"Databasen {team_server.database} indeholder allerede 2 tabeller o.l. " \
           "(public.kunder, public.ordrer)" in err
    assert "Intet er ændret" in err
    tables = {t for (t,) in team_server.sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"kunder", "ordrer"}  # no alembic_version, no team tables
    assert team_server.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                           (f"{team_server.database}%",)) == []


def test_a_database_without_danish_icu_collation_is_refused(team_server, capsys):
    name = f"ipslibc_{team_server.suffix}"
    create_database(team_server.admin_url, name, icu=False)
    try:
        url = team_server.admin_url.replace(f"/{team_server.database}", f"/{name}")
        assert team(team_server, "init", "--url", url) == 54
        err = capsys.readouterr().err
        assert "was not created with the ICU collation da-DK" in err
        assert f"--icu-locale=da-DK --locale=C.UTF-8 {name}" in err
    finally:
        drop_database(team_server.admin_url, name, "no-roles-of-its-own")


def test_an_administrator_without_rights_is_refused(team_server, capsys):
    weak = f"weak_{team_server.suffix}"
    team_server.sql(f"CREATE ROLE {weak} LOGIN PASSWORD 'Svag-Bruger-123'")
    team_server.sql(f"GRANT CONNECT ON DATABASE {team_server.database} TO {weak}")
    url = _with_login(team_server.admin_url, weak, "Svag-Bruger-123")
    assert team(team_server, "init", "--url", url) == 55
    err = capsys.readouterr().err
    assert f"The login {weak} may not do this in {team_server.database}" in err
    assert "Svag-Bruger-123" not in err


def _with_login(url: str, login: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login, password=password).render_as_string(
        hide_password=False)


def test_the_caseload_comes_from_it_policy_and_update_applies_a_change(team_server, capsys,
                                                                       it_policy):
    it_policy('team_caseload = "own"\n')
    assert team(team_server, "init", "--url", team_server.admin_url) == 0
    assert "Consultants read only the courses they hold (team_caseload = \"own\", from the " \
           "policy file)" in capsys.readouterr().out
    assert team_server.sql("SELECT value FROM team_setting WHERE key = 'team_caseload'") \
        == [("own",)]
    it_policy('team_caseload = "team"\n')
    assert team(team_server, "update", "--url", team_server.admin_url) == 0
    assert "is updated" in capsys.readouterr().out
    assert team_server.sql("SELECT value FROM team_setting WHERE key = 'team_caseload'") \
        == [("team",)]


def test_a_broken_policy_file_stops_init(team_server, capsys, it_policy):
    it_policy('team_caseload = "alle"\n')
    assert team(team_server, "init", "--url", team_server.admin_url) == 40
    err = capsys.readouterr().err
    assert "team_caseload has a value out of range; it must be one of \"team\" / \"own\"" in err
    assert team_server.sql("SELECT to_regclass('public.alembic_version')") == [(None,)]


def test_add_member_prints_its_password_once_and_stores_only_a_scram_verifier(team_server,
                                                                             capsys):
    assert team(team_server, "init", "--url", team_server.admin_url) == 0
    login = team_server.login("SOE")
    capsys.readouterr()
    assert team(team_server, "add-member", "--url", team_server.admin_url, "--initials", "soe",
                "--login", login) == 0
    out = capsys.readouterr().out
    assert f"The login {login} is created for SOE (consultant)." in out
    assert "SOE is not in the team database yet" in out
    password = out.split("Password (shown this once only")[1].splitlines()[1].strip()
    assert len(password) >= 20
    [(verifier,)] = team_server.sql("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                    (login,))
    assert verifier.startswith("SCRAM-SHA-256$") and password not in verifier
    assert team_server.sql("SELECT initials, team_lead FROM team_member") == [("SOE", False)]
    # The password works, with TLS, and only for this database's team.
    dsn = f"host={team_server.host} port={team_server.port} user={login} " \
          f"dbname={team_server.database} sslmode=require password={password}"
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT ips_is_member()").fetchone() == (True,)
    assert team(team_server, "add-member", "--url", team_server.admin_url, "--initials", "SOE",
                "--login", login) == 56


def test_add_member_takes_a_password_from_stdin_and_refuses_a_weak_one(team_server, capsys,
                                                                      monkeypatch):
    assert team(team_server, "init", "--url", team_server.admin_url) == 0
    login = team_server.login("TL")
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert team(team_server, "add-member", "--url", team_server.admin_url, "--initials", "TL",
                "--login", login, "--team-lead", "--password-stdin") == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("Teamleder-Kode-2026\n"))
    capsys.readouterr()
    assert team(team_server, "add-member", "--url", team_server.admin_url, "--initials", "TL",
                "--login", login, "--team-lead", "--password-stdin") == 0
    out = capsys.readouterr().out
    assert "(team lead)" in out and "Teamleder-Kode-2026" not in out
    assert team_server.sql("SELECT team_lead FROM team_member") == [(True,)]


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_an_unreachable_server_is_45_in_every_language(team_server, capsys, language):
    closed = _with_port(team_server.admin_url, _free_port())
    assert team(team_server, "init", "--url", closed, language=language) == 45
    err = capsys.readouterr().err
    assert "127.0.0.1" in err and "adminpw-test" not in err
    assert {"da": "svarer ikke", "nb": "svarer ikke", "en": "does not answer"}[language] in err


def _with_port(url: str, port: int) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(port=port).render_as_string(hide_password=False)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
