"""Laptops that sync through their members' own logins, as `team add-member` and `team join`
make them (tests/team/conftest.py's team database, no superuser in any push or pull)."""

from __future__ import annotations

from pathlib import Path

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, team, team_admin, workspace
from ips_desktop.services.consultants import ConsultantInput
from tests.helpers import PASSWORD
from tests.sync.team import Laptop
from tests.team.conftest import MEMBER_PASSWORD, TeamServer


def member_laptop(team_server: TeamServer, root: Path, name: str, initials: str, *,
                  lead: bool = False) -> Laptop:
    """A laptop whose owner is the member `initials`, joined with the member's own login
    (its password in the test keyring, where the sync takes it from)."""
    login = team_server.login(initials)
    team_admin.add_member(team_server.admin_url, initials, login=login, team_lead=lead,
                          member_password=MEMBER_PASSWORD)
    ws, _ = workspace.set_up(root / name, PASSWORD)
    me = consultants.create_consultant(ws.ctx, ConsultantInput(
        name, initials, "Køge", 1.0, Role.TEAM_LEAD if lead else Role.CONSULTANT))
    workspace.set_owner(ws, me.id)
    joined = team.join(ws, team.JoinRequest(team_server.member_url(login), MEMBER_PASSWORD))
    assert joined.role is (Role.TEAM_LEAD if lead else Role.CONSULTANT)
    return Laptop(name, ws, None)  # type: ignore[arg-type]  # the sync makes its own engine
