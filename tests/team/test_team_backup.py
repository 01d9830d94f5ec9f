"""The IT guide's backup: pg_dump of the team database, restored, still keeps its rules."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

from ips_desktop.services import team_admin
from ips_desktop.storage import team_link
from ips_desktop.storage.models import Consultant, Course, Participant
from tests.team.conftest import MEMBER_PASSWORD, create_database, drop_database

BINDIR = Path("/usr/lib/postgresql/15/bin")


def _tool(name: str) -> str:
    found = BINDIR / name if (BINDIR / name).exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return str(found)


def _libpq(url: str, database: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    return (["-h", parsed.host or "127.0.0.1", "-p", str(parsed.port or 5432),
             "-U", parsed.username or "", "-d", database],
            {"PGPASSWORD": parsed.password or "", "PGSSLMODE": "require", "PATH": "/usr/bin"})


def _engine(server, login: str, database: str):
    return team_link.member_engine(team_link.TeamAddress(login, server.host, server.port,
                                                         database),
                                   MEMBER_PASSWORD, team_link.TeamTls())


def test_a_pg_dump_restored_into_a_new_database_keeps_roles_policies_and_rows(
        team_server, tmp_path, it_policy):
    it_policy('team_caseload = "own"\n')
    team_admin.init_team(team_server.admin_url)
    soe, abc = team_server.login("SOE"), team_server.login("ABC")
    for initials, login in (("SOE", soe), ("ABC", abc)):
        team_admin.add_member(team_server.admin_url, initials, login=login,
                              member_password=MEMBER_PASSWORD)
    ids = {}
    for initials, login in (("SOE", soe), ("ABC", abc)):
        engine = _engine(team_server, login, team_server.database)
        with engine.begin() as conn:
            cid, pid, course = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
            conn.execute(insert(Consultant).values(id=cid, name=initials, initials=initials,
                                                   fte=1.0, municipality="Køge",
                                                   role="consultant"))
            conn.execute(insert(Participant).values(id=pid, name=f"Person {initials}"))
            conn.execute(insert(Course).values(id=course, participant_id=pid, consultant_id=cid,
                                               referral_date=date(2026, 11, 2), phase="referred"))
        engine.dispose()
        ids[initials] = course

    dump = tmp_path / "ipsteam.dump"
    args, env = _libpq(team_server.admin_url, team_server.database)
    subprocess.run([_tool("pg_dump"), *args, "-Fc", "-f", str(dump)], env=env, check=True,
                   timeout=120)
    copy = f"ipscopy_{team_server.suffix}"
    create_database(team_server.admin_url, copy)
    try:
        args, env = _libpq(team_server.admin_url, copy)
        subprocess.run([_tool("pg_restore"), *args, "--exit-on-error", str(dump)], env=env,
                       check=True, timeout=120)
        # pg_restore without -C brings no database privileges: `team update` grants them again.
        team_admin.update_team(make_url(team_server.admin_url).set(database=copy)
                               .render_as_string(hide_password=False))
        engine = _engine(team_server, soe, copy)
        try:
            with engine.connect() as conn:  # the rules came back with the rows
                assert set(conn.execute(select(Course.id)).scalars()) == {ids["SOE"]}
        finally:
            engine.dispose()
    finally:
        drop_database(team_server.admin_url, copy, "no-roles-of-its-own")
