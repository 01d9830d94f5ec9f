"""The Team overview's figures tab on the hand-built data set (tests/overview_data.py):
the tables beneath the charts read the known figures, a target typed into the
"Forventning" row is saved with Enter (and refused at its cell), the other figures and
the share within 18 months, one consultant's figures, and the comment asked about."""

from __future__ import annotations

import xml.dom.minidom

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.services import overview
from ips_desktop.ui.i18n import native_keys
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.area import OverviewArea
from ips_desktop.ui.overview.figures_tab import ACTUAL_ROW, FTE, TARGET_ROW, FiguresTab
from ips_desktop.ui.overview.tabs import FIGURES
from tests import overview_data as od
from tests.ui.conftest import activate
from tests.ui.window_support import answer_question, sidebar_row


@pytest.fixture
def data(ws, monkeypatch):
    monkeypatch.setattr(tabs, "today", lambda: od.TODAY)
    return od.build_overview(ws.ctx)


def open_figures(qtbot, ws, preferences) -> tuple[OverviewArea, FiguresTab]:
    area = OverviewArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1146, 700)
    area.show()
    qtbot.waitExposed(area)
    activate(qtbot, area)
    figures = area.tab(FIGURES)
    assert isinstance(figures, FiguresTab)
    with qtbot.waitSignal(figures.shown, timeout=10_000):
        area.set_period(od.FIRST, od.LAST)
    return area, figures


def numbers(texts: list[str]) -> list[int | None]:
    return [int(t) if t else None for t in texts]


def test_the_tables_beneath_the_charts_read_the_known_figures(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    team = od.EXPECTED[None]
    course = figures.sections["in_course"].table
    assert [course.horizontalHeaderItem(n).text() for n in range(course.columnCount())] == [
        "jul\n2026", "aug\n2026", "sep\n2026", "okt\n2026", "nov\n2026"]
    assert course.row_label(ACTUAL_ROW) == "Faktisk"
    assert course.row_label(TARGET_ROW) == "Forventning"
    assert numbers(course.row_texts(ACTUAL_ROW)) == [m.in_course for m in team]
    assert numbers(course.row_texts(TARGET_ROW)) == [
        od.TARGETS["in_course"][m] for m in od.MONTHS]
    job = figures.sections["in_job"].table
    assert numbers(job.row_texts(ACTUAL_ROW)) == [m.in_job for m in team]
    fte = figures.sections[FTE].table
    assert fte.row_texts(0) == ["3,00", "2,48", "1,75", "1,50", "1,50"]
    assert [fte.row_label(n) for n in range(fte.rowCount())] == ["Teamet", "AA", "BB", "CC"]
    assert fte.row_texts(3) == ["1,00", "0,48", "0,00", "0,00", "0,00"]


def test_each_chart_says_its_latest_figure_against_the_target(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    chart = figures.sections["in_course"].chart
    assert chart.accessibleName() == "Deltagere i forløb"
    assert "8" in chart.accessibleDescription() and "november 2026" in (
        chart.accessibleDescription())
    assert "forventning 10" in chart.accessibleDescription()
    svg = xml.dom.minidom.parseString(chart.svg)  # what is on screen is the chart's SVG
    assert svg.documentElement.tagName == "svg"
    assert chart.renderer.isValid()


def test_a_target_typed_with_enter_is_saved_and_drawn(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    table = figures.sections["in_job"].table
    before = figures.sections["in_job"].chart.svg
    table.setFocus()
    table.setCurrentCell(TARGET_ROW, 4)  # November
    qtbot.keyClicks(table, "7")  # typing opens the cell's editor
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next round
    qtbot.waitUntil(lambda: table.state() is not table.State.EditingState)
    assert table.cell_text(TARGET_ROW, 4) == "7"
    saved = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    assert saved.target("in_job", od.MONTHS[4]) == 7
    assert figures.sections["in_job"].chart.svg != before
    assert "forventning 7" in figures.sections["in_job"].chart.accessibleDescription()
    assert not figures.has_unsaved_changes()


def test_an_emptied_target_is_cleared(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    table = figures.sections["in_course"].table
    table.item(TARGET_ROW, 0).setText("")  # as the editor commits an emptied cell
    saved = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    assert saved.target("in_course", od.MONTHS[0]) is None
    assert saved.target("in_course", od.MONTHS[1]) == 8


def test_a_refused_target_is_said_at_its_cell_and_kept(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    section = figures.sections["in_course"]
    section.table.item(TARGET_ROW, 2).setText("mange")
    assert section.error.isVisibleTo(figures)
    assert section.error.text().startswith("september 2026: Forventningen skal være et helt tal")
    assert section.table.cell_text(TARGET_ROW, 2) == "mange"
    assert section.table.item(TARGET_ROW, 2).background().color().name() == "#f8d7da"
    assert section.table.item(TARGET_ROW, 2).toolTip() == section.error.text()
    assert figures.has_unsaved_changes()
    section.table.item(TARGET_ROW, 2).setText("20000")  # above the highest
    assert "10000" in section.error.text()
    saved = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    assert saved.target("in_course", od.MONTHS[2]) == 9  # unchanged
    section.table.item(TARGET_ROW, 2).setText("11")
    assert not section.error.isVisibleTo(figures) and not figures.has_unsaved_changes()
    saved = overview.team_overview(ws.ctx, od.FIRST, od.LAST, today=od.TODAY)
    assert saved.target("in_course", od.MONTHS[2]) == 11


def test_the_other_figures_and_the_share_within_18_months(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    other = figures.other
    rows = {other.row_label(n).strip(): other.row_texts(n) for n in range(other.rowCount())}
    team = od.EXPECTED[None]
    assert numbers(rows["Nye henvisninger"]) == [*(m.referrals for m in team), 3]
    assert numbers(rows["Afsluttede forløb"]) == [0, 2, 0, 0, 1, 3]
    assert numbers(rows["Fraflyttet"]) == [0, 0, 0, 0, 1, 1]
    assert numbers(rows["Jobstart på ordinære vilkår"]) == [2, 0, 1, 0, 1, 4]
    assert numbers(rows["Uddannelsesstart på ordinære vilkår"]) == [0, 0, 0, 1, 0, 1]
    assert numbers(rows["Start ikke på ordinære vilkår"]) == [
        0, 1, 0, 0, 0, 1]
    said = figures.within.text()
    assert "2 af 4 forløb" in said and "18.11.2026" in said and "(50 %)" in said
    assert "59,5 %" in said and "knap 60 %" in said


def test_one_consultants_figures_have_no_target_row(qtbot, ws, preferences, data):
    area, figures = open_figures(qtbot, ws, preferences)
    area.set_consultant(data.consultants["BB"])
    course = figures.sections["in_course"].table
    assert course.rowCount() == 1
    assert numbers(course.row_texts(ACTUAL_ROW)) == [m.in_course for m in od.EXPECTED["BB"]]
    assert figures.sections[FTE].table.row_texts(0) == ["1,00", "1,00", "0,75", "0,50", "0,50"]
    assert "forløb, konsulenten har nu" in figures.note.text()
    assert "0 af 2 forløb" in figures.within.text()


def test_the_comment_is_saved_and_escape_asks_about_unsaved_input(qtbot, ws, preferences,
                                                                  data):
    area, figures = open_figures(qtbot, ws, preferences)
    figures.comment.setFocus()
    qtbot.keyClicks(figures.comment, "Flere i job end forventet.")
    assert area.has_unsaved_changes()
    seen: list[str] = []
    answer_question(qtbot, "Gem", seen)
    qtbot.keyClick(figures.comment, Qt.Key.Key_Escape)
    assert seen and "Kassér ændringer?" in seen[0]
    assert overview.comment_for(ws.ctx, od.FIRST, od.LAST) == "Flere i job end forventet."
    assert not area.has_unsaved_changes()
    qtbot.keyClicks(figures.comment, " Og mere.")
    answer_question(qtbot, "Kassér", seen)
    area.move_period(-1)  # another period: asked first, the typed text thrown away
    qtbot.waitUntil(lambda: figures.overview is not None
                    and figures.overview.first == od.MONTHS[0].replace(month=6))
    assert figures.comment.toPlainText() == ""
    area.move_period(1)
    qtbot.waitUntil(lambda: figures.comment.toPlainText() == "Flere i job end forventet.")


def test_a_language_change_rewords_the_tabs_tables_and_charts(qtbot, ws, preferences, data):
    from ips_desktop.ui.i18n import apply_language

    area, figures = open_figures(qtbot, ws, preferences)
    apply_language("en")
    tabs_ = area.tab_widget
    qtbot.waitUntil(lambda: tabs_.tabText(0) == "Figures")
    assert tabs_.tabText(0) == "Figures" and tabs_.tabText(tabs_.count() - 1) == "Staffing"
    course = figures.sections["in_course"].table
    assert course.row_label(TARGET_ROW) == "Expected"
    assert course.horizontalHeaderItem(0).text() == "Jul\n2026"
    assert figures.sections["in_course"].chart.accessibleName() == "Participants in a course"
    assert area.toolbar.whose.itemText(0) == "The whole team"
    assert figures.sections[FTE].table.row_texts(0)[0] == "3.00"


def test_leaving_the_area_with_a_typed_comment_asks(qtbot, ws, preferences, data):
    from ips_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.sidebar.setCurrentRow(sidebar_row(window, "Teamoverblik"))
    area = window.area_stack.currentWidget()
    figures = area.tab(FIGURES)
    qtbot.waitUntil(lambda: figures.overview is not None)
    figures.comment.setPlainText("Halvt skrevet")
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: bool(seen))
    assert window.area_stack.currentWidget() is area  # kept editing: still here
    assert figures.comment.toPlainText() == "Halvt skrevet"


def test_each_consultant_in_the_latest_month(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    people = figures.people
    assert figures.people_title.text().startswith("Hver konsulent i november 2026")
    rows = {people.row_label(n): people.row_texts(n) for n in range(people.rowCount())}
    assert rows["AA – Anna Andersen"] == ["1,00", "5", "3", "5", "1/1 (100 %)"]
    assert rows["BB – Bo Berg"] == ["0,50", "2", "1", "4", "0/2 (0 %)"]
    assert rows["CC – Cecilie Carlsen (stoppet 15.8.2026)"] == ["0,00", "0", "0", "–",
                                                               "1/1 (100 %)"]


def test_ctrl_s_saves_the_typed_comment_as_in_the_other_tabs(qtbot, ws, preferences, data):
    _, figures = open_figures(qtbot, ws, preferences)
    figures.comment.setFocus()
    qtbot.keyClicks(figures.comment, "Drøftet med styregruppen.")
    qtbot.keyClick(figures.comment, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert overview.comment_for(ws.ctx, od.FIRST, od.LAST) == "Drøftet med styregruppen."
    assert not figures.has_unsaved_changes()
    assert native_keys("Ctrl+S") in figures.save_button.toolTip()


def test_print_and_export_from_another_tab_use_the_months_chosen_there(
        qtbot, ws, preferences, data, monkeypatch):
    """The figures tab reads a new period only when shown: Print… from the staffing tab
    after Alt+Left must not print the months shown before."""
    from ips_desktop.ui.overview import output
    from ips_desktop.ui.overview.tabs import STAFFING
    from ips_desktop.ui.overview.toolbar import add_months

    printed = []
    monkeypatch.setattr(output.OverviewOutput, "print_overview",
                        lambda self, shown, *a, **k: printed.append(("print", shown.first)))
    monkeypatch.setattr(output.OverviewOutput, "export_overview",
                        lambda self, shown, *a, **k: printed.append(("export", shown.first)))
    area, _ = open_figures(qtbot, ws, preferences)
    area.show_tab(STAFFING)
    area.move_period(-1)
    qtbot.mouseClick(area.toolbar.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10_000)
    assert printed == [("print", add_months(od.FIRST, -1))]
    area.move_period(-1)
    qtbot.mouseClick(area.toolbar.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=10_000)
    assert printed[1] == ("export", add_months(od.FIRST, -2))
