"""A laptop joins the team database: TLS, the password in the keyring, every refusal said.

The laptop is a real SQLCipher database (the `ws` fixture: SOE's), the server a
real PostgreSQL; the command line runs in this process, so the test keyring
is the one it writes to.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select, text

from ips_desktop.cli.main import main
from ips_desktop.services import team, team_admin, workspace
from ips_desktop.storage import team_secret
from ips_desktop.storage.models import AuditEvent, Setting
from ips_desktop.storage.team_errors import (
    NotATeamDatabase,
    TeamAuthFailed,
    TeamCertificateRefused,
    TeamChanged,
    TeamMemberMismatch,
    TeamNoTls,
    TeamSchemaNewer,
    TeamSchemaOlder,
    TeamUnreachable,
)
from tests.helpers import PASSWORD
from tests.team.conftest import MEMBER_PASSWORD, server_certificate


@pytest.fixture
def member(team_server):
    """An initialised team database with SOE as a member; returns SOE's URL."""
    team_admin.init_team(team_server.admin_url)
    login = team_server.login("SOE")
    team_admin.add_member(team_server.admin_url, "SOE", login=login,
                          member_password=MEMBER_PASSWORD)
    return team_server.member_url(login)


def _settings(ws) -> dict[str, str]:
    with ws.ctx.engine.connect() as conn:
        return dict(conn.execute(select(Setting.key, Setting.value)).all())


def _cli(root: Path, *words: str, language: str = "en") -> int:
    return main(["--language", language, "--data-dir", str(root), "team", *words])


def test_join_from_the_command_line_keeps_the_password_in_the_keyring_only(
        ws, member, capsys, monkeypatch, memory_keyring):
    root, database_id = ws.data_dir, ws.database.database_id
    ws.close()  # the command unlocks the database itself
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_TEAM_PASSWORD", MEMBER_PASSWORD)
    assert _cli(root, "join", "--url", member) == 0
    out = capsys.readouterr().out
    assert f"Joined the team database {member} as consultant." in out
    assert "the server's identity was not checked (no --ca-file)" in out
    assert "The password is kept in the computer's keyring." in out
    assert memory_keyring.secrets[("ips-desktop", f"team-{database_id}")] == MEMBER_PASSWORD
    opened = workspace.unlock(root, PASSWORD)
    try:
        settings = _settings(opened)
        assert settings["team_url"] == member and settings["team_role"] == "consultant"
        assert not any(MEMBER_PASSWORD in value for value in settings.values())
        with opened.ctx.engine.connect() as conn:
            details = [str(d) for d in conn.execute(select(AuditEvent.details)).scalars()]
        assert any("joined" in d for d in details)
        assert not any(MEMBER_PASSWORD in d for d in details)
    finally:
        opened.close()
    for log in (root / "logs").glob("*"):
        assert MEMBER_PASSWORD not in log.read_text(encoding="utf-8", errors="replace")
    assert MEMBER_PASSWORD not in out
    assert _cli(root, "status") == 0
    assert f"Joined {member} as consultant (require)." in capsys.readouterr().out


def test_the_sync_connects_with_the_kept_credentials(ws, member):
    team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    engine = team.team_engine(ws.ctx)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT ips_is_member()")).scalar() is True
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                     "pg_backend_pid()")).scalar() is True
    finally:
        engine.dispose()


def test_a_team_database_made_anew_under_the_same_name_is_refused_by_the_engine(
        ws, member, team_server):
    team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    team_server.sql("UPDATE team_setting SET value = 'another' WHERE key = 'team_id'")
    engine = team.team_engine(ws.ctx)
    try:
        with pytest.raises(TeamChanged):
            engine.connect()
    finally:
        engine.dispose()


def test_passphrase_mode_keeps_the_password_inside_the_encrypted_database(no_keyring, ws,
                                                                          member):
    assert ws.key_mode.value == "passphrase"
    team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    assert _settings(ws)[team_secret.IN_DATABASE] == MEMBER_PASSWORD
    assert team_secret.load(ws.ctx.engine, ws.database.database_id) == MEMBER_PASSWORD


@pytest.mark.parametrize(("language", "words"), [
    ("da", "afviste login"), ("nb", "avviste innloggingen"), ("en", "refused the login")])
def test_a_wrong_password_is_46_and_keeps_nothing(ws, member, capsys, monkeypatch,
                                                  memory_keyring, language, words):
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO("Forkert-Kodeord-99\n"))
    assert _cli(root, "join", "--url", member, "--password-stdin", language=language) == 46
    captured = capsys.readouterr()
    assert words in captured.err and "Forkert-Kodeord-99" not in captured.err + captured.out
    assert not any(key[1].startswith("team-") for key in memory_keyring.secrets)
    opened = workspace.unlock(root, PASSWORD)
    try:
        assert "team_url" not in _settings(opened)
    finally:
        opened.close()


def test_a_server_without_tls_is_47_and_no_password_is_sent(ws, no_tls_server, capsys,
                                                            monkeypatch):
    host, port = no_tls_server
    with pytest.raises(TeamNoTls):
        team.join(ws, team.JoinRequest(f"postgresql://soe@{host}:{port}/ipsteam",
                                       MEMBER_PASSWORD))
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_TEAM_PASSWORD", MEMBER_PASSWORD)
    assert _cli(root, "join", "--url", f"postgresql://soe@{host}:{port}/ipsteam",
                language="da") == 47
    assert f"Serveren {host}:{port} tilbyder ikke krypteret forbindelse (TLS)" \
        in capsys.readouterr().err


def test_a_database_that_is_no_team_database_is_49(ws, member, team_server):
    login = team_server.login("SOE")
    with pytest.raises(NotATeamDatabase):  # `postgres` lets every login in, and is no team's
        team.join(ws, team.JoinRequest(team_server.member_url(login, "postgres"),
                                       MEMBER_PASSWORD))
    with pytest.raises(NotATeamDatabase):  # no database of that name at all
        team.join(ws, team.JoinRequest(team_server.member_url(login, "ingen_her"),
                                       MEMBER_PASSWORD))


def test_an_unreachable_server_is_45(ws, team_server):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TeamUnreachable) as caught:
        team.join(ws, team.JoinRequest(f"postgresql://soe@127.0.0.1:{port}/x", MEMBER_PASSWORD))
    assert caught.value.exit_code == 45


def test_a_schema_this_app_does_not_know_is_50_and_an_older_one_51(ws, member, team_server):
    team_server.sql("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(TeamSchemaNewer):
        team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    team_server.sql("UPDATE alembic_version SET version_num = '0009_privacy'")
    with pytest.raises(TeamSchemaOlder):
        team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))


def test_another_consultants_login_is_refused(ws, team_server):
    team_admin.init_team(team_server.admin_url)
    login = team_server.login("ABC")
    team_admin.add_member(team_server.admin_url, "ABC", login=login,
                          member_password=MEMBER_PASSWORD)
    with pytest.raises(TeamMemberMismatch) as caught:
        team.join(ws, team.JoinRequest(team_server.member_url(login), MEMBER_PASSWORD))
    assert caught.value.params["theirs"] == "ABC" and caught.value.params["mine"] == "SOE"


def test_a_login_in_the_group_but_not_a_member_is_refused(ws, member, team_server):
    stray = team_server.login("OLD")
    team_server.sql(f"CREATE ROLE {stray} LOGIN PASSWORD '{MEMBER_PASSWORD}' "
                    f"IN ROLE {team_server.database}_consultant")
    with pytest.raises(TeamMemberMismatch):
        team.join(ws, team.JoinRequest(team_server.member_url(stray), MEMBER_PASSWORD))


def test_leave_forgets_password_and_settings(ws, member, memory_keyring, capsys, monkeypatch):
    team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    assert _cli(root, "leave") == 0
    assert "has forgotten the team database" in capsys.readouterr().out
    assert not any(key[1].startswith("team-") for key in memory_keyring.secrets)
    opened = workspace.unlock(root, PASSWORD)
    try:
        assert not any(key.startswith("team_") for key in _settings(opened))
    finally:
        opened.close()
    assert _cli(root, "leave") == 44


def test_a_password_in_the_url_is_refused_before_anything_is_asked(ws, capsys, monkeypatch):
    root = ws.data_dir
    ws.close()
    assert _cli(root, "join", "--url", "postgresql://soe:hemmelig@host/ipsteam") == 2
    err = capsys.readouterr().err
    assert "Do not put the password in the address" in err and "hemmelig" not in err


def test_the_demo_database_cannot_join(tmp_path, member):
    demo, _ = workspace.set_up(tmp_path / "demo", PASSWORD, demo=True)
    try:
        with pytest.raises(team.DemoCannotJoin):
            team.join(demo, team.JoinRequest(member, MEMBER_PASSWORD))
    finally:
        demo.close()


def _other_ca(path: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Some other CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_verify_full_refuses_a_certificate_of_another_ca_before_any_password(ws, member,
                                                                             tmp_path):
    with pytest.raises(TeamCertificateRefused) as caught:
        team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD,
                                       ca_file=_other_ca(tmp_path / "other-ca.pem")))
    assert caught.value.exit_code == 48


def test_verify_full_with_the_servers_own_ca_joins(ws, member, team_server, tmp_path):
    ca = tmp_path / "team-ca.pem"
    if not server_certificate(team_server.host, team_server.port, ca):
        pytest.skip("the test server's certificate is not self-signed: no CA file to hand")
    joined = team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD, ca_file=ca))
    assert joined.sslmode == "verify-full"
    assert _settings(ws)["team_ca_file"] == str(ca.resolve())
    engine = team.team_engine(ws.ctx)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_join_says_what_it_found(ws, member):
    joined = team.join(ws, team.JoinRequest(member, MEMBER_PASSWORD))
    assert (joined.initials, joined.role.value, joined.caseload) == ("SOE", "consultant", "team")
    assert team.membership(ws.ctx).url == member


def test_wrong_password_is_told_from_a_missing_database(ws, member, team_server):
    with pytest.raises(TeamAuthFailed):
        team.join(ws, team.JoinRequest(member, "Ikke-Den-Rigtige-1"))
