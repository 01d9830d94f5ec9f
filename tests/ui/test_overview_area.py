"""The Team overview area: listed for team leads only, its toolbar's months and whose
figures, and its tabs (ui/overview/tabs.py) given the period only when shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.ui.overview.area import OverviewArea
from ips_desktop.ui.overview.tabs import FIGURES, STAFFING, TABS
from ips_desktop.ui.overview.toolbar import add_months, last_months
from tests.ui.conftest import activate
from tests.ui.window_support import open_window


def as_team_lead(ws) -> None:
    lead = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Lene Leder", "LL", "Køge", 1.0, Role.TEAM_LEAD))
    ws.ctx.actor_id = lead.id


def sidebar(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_a_consultants_sidebar_does_not_list_the_team_overview(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    assert "Teamoverblik" not in sidebar(window)
    assert not any(isinstance(w, OverviewArea) for w in window.area_widgets)


def test_a_team_lead_opens_the_team_overview_with_its_tabs(qtbot, ws, preferences):
    as_team_lead(ws)
    window = open_window(qtbot, ws, preferences)
    assert sidebar(window)[-2:] == ["Teamoverblik", "Databeskyttelse"]  # the leads' areas last
    window.sidebar.setCurrentRow(sidebar(window).index("Teamoverblik"))
    area = window.area_stack.currentWidget()
    assert isinstance(area, OverviewArea)
    tabs = area.tab_widget
    titles = [tabs.tabText(n) for n in range(tabs.count())]
    assert titles[0] == "Tal" and titles[-1] == "Bemanding"
    assert len(titles) == len(TABS)


def open_area(qtbot, ws, preferences) -> OverviewArea:
    as_team_lead(ws)
    area = OverviewArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitExposed(area)
    activate(qtbot, area)
    return area


def test_the_period_is_the_last_12_months_and_moves_by_the_keys(qtbot, ws, preferences):
    area = open_area(qtbot, ws, preferences)
    first, last = last_months(date.today(), 12)
    assert (area.first, area.last) == (first, last) and last.day == 1
    assert (last.year - first.year) * 12 + last.month - first.month == 11
    figures = area.tab(FIGURES)
    assert figures.period == (first, last, None)
    area.toolbar.first_edit.setFocus()
    qtbot.keyClick(area.toolbar.first_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert (area.first, area.last) == (add_months(first, -1), add_months(last, -1))
    assert figures.period == (add_months(first, -1), add_months(last, -1), None)
    assert area.toolbar.period() == (area.first, area.last)
    qtbot.keyClick(area.toolbar.first_edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert (area.first, area.last) == (first, last)
    qtbot.mouseClick(area.toolbar.months_24, Qt.MouseButton.LeftButton)
    assert area.first == add_months(last, -23)
    qtbot.mouseClick(area.toolbar.year_button, Qt.MouseButton.LeftButton)
    assert area.first == date(last.year, 1, 1) and area.last == last


def test_a_hidden_tab_gets_the_period_when_shown(qtbot, ws, preferences):
    area = open_area(qtbot, ws, preferences)
    staffing = area.tab(STAFFING)
    assert staffing.period is None  # never shown: nothing read
    area.move_period(-1)
    assert staffing.period is None
    area.show_tab(STAFFING)
    assert staffing.period == (area.first, area.last, None)


def test_whose_figures_go_to_the_tab(qtbot, ws, preferences):
    area = open_area(qtbot, ws, preferences)
    whose = area.toolbar.whose
    assert whose.currentText() == "Hele teamet"
    owner = ws.ctx.actor_id
    whose.setCurrentIndex(area.toolbar.index_of(owner))
    assert area.consultant_id == owner
    assert area.tab(FIGURES).period == (area.first, area.last, owner)


def test_a_very_long_name_does_not_widen_the_area_beyond_a_laptops_screen(
        qtbot, ws, preferences):
    long_name = ("Marianne " * 22).strip()  # names may hold 200 characters
    consultants.create_consultant(ws.ctx, ConsultantInput(
        long_name, "MMM", "Køge", 1.0, Role.CONSULTANT))
    area = open_area(qtbot, ws, preferences)
    assert area.minimumSizeHint().width() < 1366 - 240  # beside the sidebar at 1366×768
    chooser = area.toolbar.whose
    row = area.toolbar.index_of(next(
        c.id for c in consultants.list_consultants(ws.ctx) if c.initials == "MMM"))
    assert long_name in chooser.itemData(row, Qt.ItemDataRole.ToolTipRole)
