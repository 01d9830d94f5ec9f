"""The Team overview's staffing tab on the hand-built data: each consultant's periods,
a new FTE from a day and leaving the team through its dialogs, refusals at the field."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ips_desktop.services import staffing
from ips_desktop.ui.overview import tabs
from ips_desktop.ui.overview.area import OverviewArea
from ips_desktop.ui.overview.staffing_dialog import Change, StaffingDialog
from ips_desktop.ui.overview.staffing_tab import StaffingTab
from ips_desktop.ui.overview.tabs import FIGURES, STAFFING
from tests import overview_data as od


@pytest.fixture
def data(ws, monkeypatch):
    monkeypatch.setattr(tabs, "today", lambda: od.TODAY)
    return od.build_overview(ws.ctx)


def open_staffing(qtbot, ws, preferences) -> tuple[OverviewArea, StaffingTab]:
    area = OverviewArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1146, 700)
    area.show()
    qtbot.waitExposed(area)
    area.show_tab(STAFFING)
    tab = area.tab(STAFFING)
    assert isinstance(tab, StaffingTab)
    return area, tab


def rows(tab: StaffingTab) -> list[list[str]]:
    out = []
    for number in range(tab.tree.topLevelItemCount()):
        item = tab.tree.topLevelItem(number)
        out.append([item.text(c) for c in range(3)])
        out.extend([["  " + item.child(n).text(0), item.child(n).text(1)]
                    for n in range(item.childCount())])
    return out


def test_each_consultant_with_their_periods(qtbot, ws, preferences, data):
    _, tab = open_staffing(qtbot, ws, preferences)
    listed = rows(tab)
    assert ["Anna Andersen (AA)", "1,00", "I teamet"] in listed
    bo = listed.index(["Bo Berg (BB)", "0,50", "I teamet"])
    assert listed[bo + 1:bo + 3] == [["  16.9.2026 – åben", "0,50"],
                                     ["  1.1.2025 – 15.9.2026", "1,00"]]
    assert ["Cecilie Carlsen (CC)", "0,00", "Forlod teamet 15.8.2026"] in listed


def answer_dialog(qtbot, fill, seen: list[StaffingDialog]) -> None:
    """Once the staffing dialog is up: `fill(dialog)`, then OK (as a user)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StaffingDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog)
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: said at the field; the test cancels
            seen.append(dialog.errors.text("day"))  # type: ignore[arg-type]
            dialog.done(0)  # closed as it is (the test asks nothing)

    QTimer.singleShot(0, act)


def test_a_new_fte_from_a_date_is_saved_and_the_figures_read_again(qtbot, ws, preferences,
                                                                    data):
    area, tab = open_staffing(qtbot, ws, preferences)
    tab.choose(data.consultants["AA"])
    seen: list = []

    def fill(dialog: StaffingDialog) -> None:
        dialog.day.edit.setText("1.12.2026")
        dialog.fte.setValue(0.8)

    answer_dialog(qtbot, fill, seen)
    assert tab.change(Change.FTE)
    anna = next(r for r in staffing.staffing(ws.ctx, today=od.TODAY)
                if r.initials == "AA")
    assert [(p.starts_on, p.ends_on, p.fte) for p in anna.periods] == [
        (date(2025, 1, 1), date(2026, 11, 30), 1.0), (date(2026, 12, 1), None, 0.8)]
    assert ["  1.12.2026 – åben", "0,80"] in rows(tab)
    figures = area.tab(FIGURES)
    with qtbot.waitSignal(figures.shown, timeout=10_000):  # the FTE changed: read again
        area.show_tab(FIGURES)


def test_leaving_before_the_period_began_is_refused_at_the_day(qtbot, ws, preferences, data):
    _, tab = open_staffing(qtbot, ws, preferences)
    tab.choose(data.consultants["BB"])
    seen: list = []
    answer_dialog(qtbot, lambda d: d.day.edit.setText("1.9.2026"), seen)
    assert not tab.change(Change.LEAVE)
    assert seen[1] == "Datoen ligger før konsulentens nuværende periode begyndte."
    answer_dialog(qtbot, lambda d: d.day.edit.setText("30.11.2026"), seen)
    assert tab.change(Change.LEAVE)
    assert ["Bo Berg (BB)", "0,50", "Forlod teamet 30.11.2026"] in rows(tab)
    assert tab.rejoin_button.isEnabled() and not tab.leave_button.isEnabled()


def test_the_owner_cannot_leave_from_here(qtbot, ws, preferences, data):
    _, tab = open_staffing(qtbot, ws, preferences)
    staffing.rejoin(ws.ctx, data.owner_id, date(2026, 1, 1), 1.0, today=od.TODAY)
    tab.reload()
    tab.choose(data.owner_id)
    assert tab.fte_button.isEnabled() and not tab.leave_button.isEnabled()


def test_a_very_long_name_leaves_the_fte_and_status_in_sight(qtbot, ws, preferences, data):
    from PySide6.QtCore import Qt

    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    long_name = ("Marianne " * 22).strip()  # names may hold 200 characters
    consultants.create_consultant(ws.ctx, ConsultantInput(
        long_name, "MMM", "Køge", 1.0, Role.CONSULTANT))
    _, tab = open_staffing(qtbot, ws, preferences)
    qtbot.waitUntil(lambda: tab.tree.viewport().width() > 600)
    header = tab.tree.header()
    assert header.sectionPosition(2) + header.sectionSize(2) <= tab.tree.viewport().width()
    row = next(tab.tree.topLevelItem(n) for n in range(tab.tree.topLevelItemCount())
               if "(MMM)" in tab.tree.topLevelItem(n).text(0))
    assert long_name in row.data(0, Qt.ItemDataRole.ToolTipRole)


def test_escape_with_a_typed_day_asks_before_the_dialog_closes(qtbot, ws, preferences, data,
                                                               monkeypatch):
    from PySide6.QtCore import Qt

    from ips_desktop.ui.dialogs import form_keys
    from ips_desktop.ui.widgets.unsaved import Unsaved

    _, tab = open_staffing(qtbot, ws, preferences)
    tab.choose(data.consultants["AA"])
    dialog = StaffingDialog(ws, tab.current_row(), Change.FTE, today=od.TODAY, parent=tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()
    dialog.show()
    asked = []
    monkeypatch.setattr(form_keys, "ask_about_unsaved",
                        lambda parent: asked.append(parent) or Unsaved.KEEP_EDITING)
    dialog.day.edit.setText("1.3.2027")
    qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()
    assert dialog.day.edit.text() == "1.3.2027"
    monkeypatch.setattr(form_keys, "ask_about_unsaved", lambda parent: Unsaved.DISCARD)
    qtbot.keyClick(dialog.day.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
