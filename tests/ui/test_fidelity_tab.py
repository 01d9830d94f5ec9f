"""The Fidelity tab driven as a team lead would, on the hand-built team (tests/fidelity_data.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ips_desktop.domain import fidelity as scale
from ips_desktop.services import fidelity, workspace
from ips_desktop.ui.overview.fidelity_tab import FidelityTab
from tests.fidelity_data import EXPECTED_SCORES, FIRST, LAST, NAMES, build_team
from tests.helpers import PASSWORD
from tests.ui.conftest import activate


@pytest.fixture
def team_ws(data_dir):
    opened, _ = workspace.set_up(data_dir, PASSWORD)
    built = build_team(opened.ctx)
    workspace.set_owner(opened, built.lead_id)
    yield opened, built
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    opened.close()


def open_tab(qtbot, ws) -> FidelityTab:
    tab = FidelityTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    activate(qtbot, tab)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.set_period(FIRST, LAST.replace(day=1), None)  # months, as the area gives them
    return tab


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def row_of(tab: FidelityTab, key: str) -> int:
    return scale.BY_KEY[key].number - 1


def test_the_tab_says_it_is_the_teams_own_self_check_and_shows_every_items_score(
        qtbot, team_ws):
    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    assert "ikke en ekstern fidelity-måling" in tab.heading.text()
    assert tab.items.rowCount() == 15
    for key, score in EXPECTED_SCORES.items():
        assert cell(tab.items, row_of(tab, key), 2) == str(score), key
    assert cell(tab.items, row_of(tab, "vocational_unit"), 2) == "–"
    assert cell(tab.items, 0, 1) == "Sagsstamme"
    assert "26 af 40" in tab.summary.text() and "7 punkter" in tab.summary.text()


def test_a_derived_items_rows_show_beside_it_and_enter_opens_the_participant(qtbot, team_ws):
    ws, built = team_ws
    tab = open_tab(qtbot, ws)
    tab.items.setFocus()
    tab.items.setCurrentCell(row_of(tab, "zero_exclusion"), 1)
    assert tab.stack.currentWidget() is tab.basis
    names = {cell(tab.basis, r, 0): r for r in range(tab.basis.rowCount())}
    assert set(names) == {NAMES["dennis"], NAMES["eva"]}
    assert cell(tab.basis, names[NAMES["dennis"]], 4) == "Ja"
    assert cell(tab.basis, names[NAMES["eva"]], 5) == "Deltagerens ønske"
    qtbot.keyClick(tab.items, Qt.Key.Key_Return)
    assert tab.basis.hasFocus()
    tab.basis.setCurrentCell(names[NAMES["dennis"]], 0)
    with qtbot.waitSignal(tab.open_area) as opened:
        qtbot.keyClick(tab.basis, Qt.Key.Key_Return)
    assert opened.args == ["participants", {"course": built.courses["dennis"]}]


def test_scoring_the_seven_items_saves_a_review_with_total_and_band(qtbot, team_ws):
    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    for key in scale.REVIEWED:
        tab.items.setCurrentCell(row_of(tab, key), 1)
        assert tab.stack.currentWidget() is tab.review
        qtbot.mouseClick(tab.review.buttons[4], Qt.MouseButton.LeftButton)
    tab.items.setCurrentCell(row_of(tab, "vocational_unit"), 1)
    assert "Konsulenterne er en enhed" in tab.review.anchors[4].text()
    tab.review.comment.setFocus()
    qtbot.keyClicks(tab.review.comment, "Fælles supervision hver uge")
    assert tab.has_unsaved_changes()
    assert cell(tab.items, row_of(tab, "vocational_unit"), 3) == "Ændret, ikke gemt endnu"
    assert "I alt 54 af 75: Ikke IPS" in tab.summary.text()  # 26 + 7 × 4
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        qtbot.keyClick(tab.review.comment, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not tab.has_unsaved_changes()
    saved = fidelity.reviews(ws.ctx)
    assert len(saved) == 1 and saved[0].total == 54
    assert saved[0].comments["vocational_unit"] == "Fælles supervision hver uge"
    assert tab.history_table.rowCount() == 1
    assert cell(tab.history_table, 0, 2) == "54 / 75" and cell(tab.history_table, 0, 3) == \
        "Ikke IPS" and cell(tab.history_table, 0, 4) == "LL"
    assert cell(tab.items, row_of(tab, "vocational_unit"), 3).startswith("Vurderet af")


def test_input_can_be_thrown_away(qtbot, team_ws):
    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    tab.items.setCurrentCell(row_of(tab, "jobs_as_transitions"), 1)
    qtbot.mouseClick(tab.review.buttons[2], Qt.MouseButton.LeftButton)
    assert tab.has_unsaved_changes()
    tab.discard_unsaved()
    assert not tab.has_unsaved_changes()
    assert tab.review.group.checkedId() == 0  # not scored again
    assert cell(tab.items, row_of(tab, "jobs_as_transitions"), 2) == "–"


def test_a_too_long_comment_is_refused_at_its_item_and_nothing_is_saved(qtbot, team_ws):
    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    tab.items.setCurrentCell(row_of(tab, "vocational_staff"), 1)
    tab.review.comment.setPlainText("x" * 2001)
    tab.items.setCurrentCell(row_of(tab, "vocational_unit"), 1)
    assert not tab.save_unsaved()
    assert tab.items.currentRow() == row_of(tab, "vocational_staff")  # the item with the error
    assert tab.review.comment_error.isVisibleTo(tab)
    assert "2000" in tab.review.comment_error.text()
    assert fidelity.reviews(ws.ctx) == []
    assert tab.has_unsaved_changes()


def test_escape_with_unsaved_input_asks_and_can_throw_it_away(qtbot, team_ws, monkeypatch):
    """As in the plan and the figures' comment: Escape offers to throw typed input away."""
    from ips_desktop.ui.overview import fidelity_tab
    from ips_desktop.ui.widgets.unsaved import Unsaved

    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    asked = []

    def answer(reply):
        def ask(parent):
            asked.append(parent)
            return reply
        return ask

    tab.comment.setFocus()
    qtbot.keyClicks(tab.comment, "Drøftet i styregruppen")
    monkeypatch.setattr(fidelity_tab, "ask_about_unsaved", answer(Unsaved.KEEP_EDITING))
    qtbot.keyClick(tab.comment, Qt.Key.Key_Escape)
    assert len(asked) == 1 and tab.comment.toPlainText() == "Drøftet i styregruppen"
    monkeypatch.setattr(fidelity_tab, "ask_about_unsaved", answer(Unsaved.DISCARD))
    qtbot.keyClick(tab.comment, Qt.Key.Key_Escape)
    assert len(asked) == 2 and tab.comment.toPlainText() == ""
    assert not tab.has_unsaved_changes()
    qtbot.keyClick(tab.comment, Qt.Key.Key_Escape)  # nothing typed: nothing asked
    assert len(asked) == 2


def test_switching_language_words_the_tab_anew_and_keeps_what_is_typed(qtbot, team_ws):
    from ips_desktop.ui.i18n import apply_language

    ws, _ = team_ws
    tab = open_tab(qtbot, ws)
    tab.comment.setPlainText("Drøftet i styregruppen")
    try:
        with qtbot.waitSignal(tab.loaded, timeout=20_000):
            apply_language("en")
        assert "not an external fidelity review" in tab.heading.text()
        assert cell(tab.items, 0, 1) == "Caseload size"
        assert "participants per full-time" in cell(tab.items, 0, 3)
        assert "40 points" in tab.summary.text()
        assert tab.comment.toPlainText() == "Drøftet i styregruppen"
        assert tab.has_unsaved_changes()
    finally:
        apply_language("da")
