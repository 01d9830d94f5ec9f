"""An erasure the team's rules refused reaches the team lead, whose login may carry it out.

Through the members' own logins (as tests/team/test_team_sync.py). Bo erases
a person on his laptop while the team lead has just given her course to
Anna: the team database refuses Bo's erasure, so the person's data stay
there. The request waits in the team lead's Conflicts (not in Bo's: it is not
his to do), names nobody, and goes when the team lead erases the person.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ips_desktop.services import conflicts, erasure, team_admin
from ips_desktop.storage.models import Course, SyncConflict
from tests.helpers import PASSWORD
from tests.sync import actions
from tests.team.members import member_laptop
from tests.team.test_team_sync import _names, _server_names, _sync


@pytest.fixture(params=("team", "own"))
def refused_erasure(request, team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    team_server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'",
                    (request.param,))
    lead = member_laptop(team_server, tmp_path, "tove", "TL", lead=True)
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    pia_course = actions.enrol(bo, "Pia Hansen")
    pia = actions.person_of(bo, pia_course)
    _sync(bo, anna, lead, rounds=2)
    actions.edit(lead, Course, pia_course, consultant_id=anna.me)  # the lead hands her over
    _sync(lead)
    erasure.erase_participant(bo.ws, pia, PASSWORD)  # Bo has not heard yet: his, he thinks
    (report,) = _sync(bo)
    yield request.param, team_server, lead, anna, bo, pia, report
    for laptop in (lead, anna, bo):
        laptop.ws.close()


def test_the_team_lead_is_asked_to_carry_out_a_refused_erasure(refused_erasure):
    caseload, server, lead, anna, bo, pia, bos = refused_erasure
    assert bos.refused >= 1 and bos.conflicts_waiting == 0  # not Bo's to decide
    # Nothing was erased, so Bo's laptop holds again what the team has and he may read.
    assert _names(bo) == ({"Pia Hansen"} if caseload == "team" else set())
    assert _server_names(server) == {"Pia Hansen"}  # refused: her data are still there
    (request,) = server.sql(
        "SELECT table_name, row_id, incoming_value::text, incoming_actor_id, resolved_at"
        " FROM sync_conflict WHERE kind = 'erase_refused'")
    assert request == ("participant", pia, '{"erased": true}', bo.me, None)  # ids only
    assert not [v for v in conflicts.waiting(bo.ctx) if conflicts.is_refused_erasure(v)]

    (report,) = _sync(lead)
    assert report.conflicts_waiting == 1
    (view,) = conflicts.waiting(lead.ctx)
    assert conflicts.is_refused_erasure(view) and view.row_id == pia
    assert view.incoming.actor_id == bo.me

    erasure.erase_participant(lead.ws, pia, PASSWORD)  # the team lead's login may
    assert conflicts.waiting(lead.ctx) == []  # the request went with the person
    _sync(lead, anna, bo, rounds=2)
    assert _server_names(server) == set()
    assert server.sql("SELECT count(*) FROM sync_conflict WHERE row_id = %s", (pia,)) == [(0,)]
    assert server.sql("SELECT count(*) FROM course") == [(0,)]
    for laptop in (lead, anna, bo):
        assert "Pia Hansen" not in _names(laptop), laptop.name
        with laptop.ctx.engine.connect() as conn:
            assert not conn.execute(select(SyncConflict.id).where(
                SyncConflict.kind == "erase_refused")).all(), laptop.name
    details = server.sql("SELECT details::text FROM audit_event")
    assert not [d for (d,) in details if "Pia" in (d or "")]


def test_the_team_lead_may_set_a_refused_erasure_aside(refused_erasure):
    _, server, lead, _, bo, _, _ = refused_erasure
    _sync(lead)
    (view,) = conflicts.waiting(lead.ctx)
    conflicts.resolve(lead.ctx, view.id, "server")  # not to be erased after all
    (report,) = _sync(lead)
    assert report.conflicts_waiting == 0
    assert server.sql("SELECT resolution FROM sync_conflict WHERE kind = 'erase_refused'"
                      ) == [("server",)]
    assert _server_names(server) == {"Pia Hansen"}
    assert _sync(bo)[0].conflicts_waiting == 0


def test_the_team_leads_conflicts_view_offers_the_erasure(refused_erasure, qtbot):
    from PySide6.QtCore import Qt

    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.participants.erase_dialog import EraseDialog
    from ips_desktop.ui.sync.conflicts_view import ConflictsView
    from ips_desktop.ui.sync.erase_request_panel import EraseRequestPanel

    apply_language("da")
    _, server, lead, _, _, _, _ = refused_erasure
    _sync(lead)
    view = ConflictsView(lead.ws, erase_dialog=EraseDialog)  # as the window's own does
    qtbot.addWidget(view)
    view.show()
    assert view.list.count() == 1 and view.list.item(0).text().startswith("Sletning afvist")
    panel = view.panel
    assert isinstance(panel, EraseRequestPanel)
    assert "Pia Hansen" in panel.heading.text()
    assert panel.explain.text().startswith("bo slettede personen")  # who asked, by name

    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(EraseDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.list.count() == 0, timeout=30_000)
    assert "Slettet her" in view.note.text()
    _sync(lead)
    assert _server_names(server) == set()
