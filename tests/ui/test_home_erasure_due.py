"""A team lead's home screen says how many people are due for erasure and opens the list;
a consultant's home screen says nothing of it."""

from __future__ import annotations

from ips_desktop.ui.home import area as home_area
from ips_desktop.ui.home.links import target
from ips_desktop.ui.privacy import retention_tab
from ips_desktop.ui.privacy.area import PrivacyArea
from ips_desktop.ui.privacy.retention_tab import RetentionTab
from tests.retention_data import TODAY, build_people
from tests.ui.test_home_plan_deadlines import home_of
from tests.ui.test_sidebar_areas import click_link
from tests.ui.window_support import open_window


def test_the_count_links_to_the_erasure_due_tab(qtbot, ws, preferences, monkeypatch):
    monkeypatch.setattr(home_area, "today", lambda: TODAY)
    monkeypatch.setattr(retention_tab, "today", lambda: TODAY)
    build_people(ws)  # makes the owner a team lead
    window = open_window(qtbot, ws, preferences)
    home = home_of(qtbot, window)
    assert home.erasure_due.isVisible()
    assert home.erasure_due.text() == '<a href="privacy:retention">4 personer skal slettes</a>'
    click_link(qtbot, home.erasure_due)
    area = window.area_stack.currentWidget()
    assert isinstance(area, PrivacyArea)
    tab = area.tab_widget.currentWidget()
    assert isinstance(tab, RetentionTab)
    qtbot.waitUntil(lambda: tab.reads == 1 and len(tab.rows) == 4)


def test_a_consultants_home_screen_has_no_erasure_line(qtbot, ws, preferences, monkeypatch):
    monkeypatch.setattr(home_area, "today", lambda: TODAY)
    build_people(ws)
    from sqlalchemy.orm import Session

    from ips_desktop.domain.enums import Role
    from ips_desktop.storage.models import Consultant

    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, ws.ctx.actor_id).role = Role.CONSULTANT.value
    window = open_window(qtbot, ws, preferences)
    home = home_of(qtbot, window)
    assert home.week.erasure_due == 0 and not home.erasure_due.isVisible()


def test_the_privacy_link_names_its_tab():
    assert target("privacy:retention", mine=False) == ("privacy", {"tab": "retention"})
