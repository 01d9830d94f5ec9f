"""A team lead's home screen lists the implementation plan's passed deadlines; each opens
the plan at its agreement. A consultant's home screen has no such list."""

from __future__ import annotations

from datetime import date, timedelta

from ips_desktop.services.implementation_plan import save_item
from ips_desktop.ui.home.links import target
from ips_desktop.ui.overview.area import OverviewArea
from ips_desktop.ui.overview.plan_tab import PlanTab
from tests.plan_support import make_lead
from tests.ui.test_sidebar_areas import HOME_ROW, click_link
from tests.ui.window_support import open_window

TODAY = date.today()


def home_of(qtbot, window):
    home = window.area_widgets[HOME_ROW]
    qtbot.waitUntil(lambda: home.week is not None)
    return home


def test_passed_deadlines_show_and_open_the_plan_at_their_item(qtbot, ws, preferences):
    make_lead(ws)
    save_item(ws.ctx, "access", "", "faelles", "Bo Berg", TODAY - timedelta(days=3), None,
              today=TODAY)
    save_item(ws.ctx, "training", "", "faelles", "Lis", TODAY - timedelta(days=40), None,
              today=TODAY)
    save_item(ws.ctx, "referral", "", "faelles", "Lis", TODAY, None, today=TODAY)  # not yet
    save_item(ws.ctx, "coordinator", "", "kommune", "Lis", TODAY - timedelta(days=9),
              TODAY, today=TODAY)  # done
    window = open_window(qtbot, ws, preferences)
    home = home_of(qtbot, window)
    assert home.plan_title.isVisible()
    assert home.plan_title.text() == "Implementeringsplan: overskredne deadlines"
    old = (TODAY - timedelta(days=40)).strftime("%d.%m.%Y")
    recent = (TODAY - timedelta(days=3)).strftime("%d.%m.%Y")
    assert [label.text() for label in home.plan_labels] == [
        f'<a href="overview:plan:training">Uddannelse i IPS – deadline {old} (Lis)</a>',
        f'<a href="overview:plan:access">Adgang til Psykiatrien – deadline {recent} '
        "(Bo Berg)</a>"]
    click_link(qtbot, home.plan_labels[1])
    area = window.area_stack.currentWidget()
    assert isinstance(area, OverviewArea)
    tab = area.tab_widget.currentWidget()
    assert isinstance(tab, PlanTab)
    assert tab.current == "access" and tab.title.text() == "Adgang til Psykiatrien"
    assert tab.responsible.text() == "Bo Berg"


def test_a_consultants_home_screen_has_no_plan(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    home = home_of(qtbot, window)
    assert home.week.plan_deadlines == () and not home.plan_title.isVisible()


def test_the_plan_link_names_its_tab_and_item():
    assert target("overview:plan:plan_follow_up", mine=False) == (
        "overview", {"tab": "plan", "item": "plan_follow_up"})
