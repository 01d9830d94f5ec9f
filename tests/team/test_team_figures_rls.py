"""Team figures through each member's own login: row-level security as IT sets it up.

tests/sync/test_team_figures.py syncs as the test server's superuser; here
each laptop connects with its member's login (TLS, SCRAM), so what the team
lead's list counts after a pull is what the team database's policies let their
login read. Under `team_caseload = "team"` the team lead, and every consultant
too, reads the whole team's caseload; under "own" a consultant reads only
their own while the team lead still reads everyone's.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.domain.rules import iso_week
from ips_desktop.reports.supervision_pdf import supervision_pdf
from ips_desktop.services import supervision, team_admin, team_freshness
from ips_desktop.storage import team_link
from tests.reports.support import all_text
from tests.sync import actions
from tests.sync.actions import TODAY
from tests.sync.team import make_laptop
from tests.team.conftest import MEMBER_PASSWORD


def _laptop(team_server, tmp_path, name: str, initials: str, *, lead: bool = False):
    login = team_server.login(initials)
    team_admin.add_member(team_server.admin_url, initials, login=login, team_lead=lead,
                          member_password=MEMBER_PASSWORD)
    engine = team_link.member_engine(
        team_link.TeamAddress(login, team_server.host, team_server.port, team_server.database),
        MEMBER_PASSWORD, team_link.TeamTls())
    return make_laptop(tmp_path / initials, name, initials, engine,
                       role=Role.TEAM_LEAD if lead else Role.CONSULTANT)


@pytest.fixture
def laptops(team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    made = (_laptop(team_server, tmp_path, "Anna Holm", "AH"),
            _laptop(team_server, tmp_path, "Bo Dahl", "BD"),
            _laptop(team_server, tmp_path, "Tove Lund", "TL", lead=True))
    yield made
    for laptop in made:
        laptop.ws.close()
        laptop.team.dispose()


def _caseload(team_server, value: str) -> None:
    team_server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'", (value,))


def _names(laptop) -> set[str]:
    listing = supervision.supervision_list(laptop.ctx, iso_week(TODAY), today=TODAY)
    return {row.name for row in listing.rows}


@pytest.mark.parametrize("caseload", ["team", "own"])
def test_the_team_lead_counts_every_consultants_participants_after_a_pull(
        team_server, laptops, caseload):
    anna, bo, lead = laptops
    _caseload(team_server, caseload)
    actions.enrol(anna, "Pia Hansen")
    actions.enrol(bo, "Ole Berg")
    for laptop in (anna, bo, lead, anna, bo):
        laptop.sync()

    assert _names(lead) == {"Pia Hansen", "Ole Berg"}
    listing = supervision.supervision_list(lead.ctx, iso_week(TODAY), today=TODAY)
    text = all_text(supervision_pdf(listing, language="da", made_at=datetime.now(),
                                    freshness=team_freshness.team_freshness(lead.ctx)))
    assert "Pia Hansen" in text and "Ole Berg" in text
    assert "AH – Anna Holm: synkroniseret i dag" in text
    assert "BD – Bo Dahl: synkroniseret i dag" in text
    # A consultant reads the team's caseload for supervision only when IT's policy says so.
    expected = {"Pia Hansen", "Ole Berg"} if caseload == "team" else {"Pia Hansen"}
    assert _names(anna) == expected
    # How fresh each colleague's data is, every member reads (no personal data in it).
    assert {f.initials for f in team_freshness.team_freshness(anna.ctx)} == {"AH", "BD", "TL"}
