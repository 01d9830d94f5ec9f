"""The participant list read as a person reads it: the cells, their colour, the page's rules.

Every check reads what the table shows (the model's display and foreground
roles, and the painted pixels), not the Python rows behind it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ips_desktop.domain.rule_texts import rule_text
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import referrals
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.caseload_model import Column
from tests.reports.support import new_consultant, referral_spec

TODAY = date.today()
RED = QColor("#b00020")


def enrol(ws, name: str, consultant, *, cpr: str = "", phone: str = "",
          referred_days_ago: int = 0):
    answers = {"name": name, "referral_date": (TODAY - timedelta(days=referred_days_ago))
               .isoformat(), "consultant": str(consultant)}
    if cpr:
        answers["cpr"] = cpr
    if phone:
        answers["phone"] = phone
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


@pytest.fixture
def people(ws):
    """Two participants of mine (one overdue), and one of a colleague's."""
    colleague = new_consultant(ws, "Kaj Kollega", "KK", "Køge")
    mine = ws.ctx.actor_id
    return {
        "late": enrol(ws, "Åse Sen", mine, cpr="010190-1234", phone="+45 20 30 40 50",
                      referred_days_ago=20),  # no first meeting after 20 days: overdue
        "fine": enrol(ws, "Bo Frisk", mine, cpr="311285-2345", phone="61 62 63 64"),
        "theirs": enrol(ws, "Cecilie Anden", colleague, cpr="150572-3456",
                        phone="71 72 73 74"),
    }


@pytest.fixture
def area(qtbot, ws, preferences, people):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def cells(area, column: Column) -> list[str]:
    model = area.table.model()
    return [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def show_all(area) -> None:
    area.whose.setCurrentIndex(area.whose.findData("all"))


def search(qtbot, area, text: str) -> list[str]:
    area.search.clear()
    qtbot.keyClicks(area.search, text)
    return sorted(cells(area, Column.NAME))


# -- mine / all -------------------------------------------------------------------------------

def test_mine_shows_only_my_participants_and_all_shows_everyone(area):
    assert area.whose.currentData() == "mine"  # the default for a consultant
    assert sorted(cells(area, Column.NAME)) == ["Bo Frisk", "Åse Sen"]
    assert set(cells(area, Column.CONSULTANT)) == {"SOE"}
    assert area.count.text() == "2 af 2"
    show_all(area)
    assert sorted(cells(area, Column.NAME)) == ["Bo Frisk", "Cecilie Anden", "Åse Sen"]
    assert set(cells(area, Column.CONSULTANT)) == {"SOE", "KK"}
    area.whose.setCurrentIndex(area.whose.findData("mine"))
    assert "Cecilie Anden" not in cells(area, Column.NAME)


# -- search by CPR and phone ------------------------------------------------------------------

def test_search_by_cpr_with_or_without_dash(qtbot, area):
    show_all(area)
    assert search(qtbot, area, "010190-1234") == ["Åse Sen"]
    assert search(qtbot, area, "0101901234") == ["Åse Sen"]
    assert search(qtbot, area, "150572") == ["Cecilie Anden"]
    assert search(qtbot, area, "3112") == ["Bo Frisk"]
    assert search(qtbot, area, "999999") == []


def test_search_by_phone_as_written_or_without_spaces(qtbot, area):
    show_all(area)
    assert search(qtbot, area, "20304050") == ["Åse Sen"]
    assert search(qtbot, area, "20 30 40") == ["Åse Sen"]
    assert search(qtbot, area, "7172") == ["Cecilie Anden"]
    assert search(qtbot, area, "61 62") == ["Bo Frisk"]
    area.search.clear()
    assert len(cells(area, Column.NAME)) == 3


def test_search_by_name_ignores_case(qtbot, area):
    show_all(area)
    assert search(qtbot, area, "åse") == ["Åse Sen"]
    assert search(qtbot, area, "ANDEN") == ["Cecilie Anden"]


# -- overdue in red ---------------------------------------------------------------------------

def row_of(area, name: str) -> int:
    return cells(area, Column.NAME).index(name)


def red_pixels(area, row: int, column: Column) -> int:
    """How many pixels of that cell are painted in (antialiased) overdue red."""
    index = area.table.model().index(row, column)
    rect = area.table.visualRect(index)
    image = area.table.viewport().grab().toImage()
    found = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            pixel = image.pixelColor(x, y)
            if pixel.red() > 120 and pixel.green() < 80 and pixel.blue() < 90:
                found += 1
    return found


def test_an_overdue_next_item_is_red_and_a_fine_one_is_not(qtbot, area):
    model = area.table.model()
    area.table.clearSelection()
    late, fine = row_of(area, "Åse Sen"), row_of(area, "Bo Frisk")
    brush = model.data(model.index(late, Column.NEXT_DUE), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == RED
    fine_brush = model.data(model.index(fine, Column.NEXT_DUE), Qt.ItemDataRole.ForegroundRole)
    assert fine_brush is None or fine_brush.color() != RED
    assert "Første møde" in cells(area, Column.NEXT_DUE)[late]
    assert "13 dage" in cells(area, Column.NEXT_DUE)[late]  # due on day 7, now day 20
    due = (TODAY + timedelta(days=7)).strftime("%d.%m.%Y")
    assert cells(area, Column.NEXT_DUE)[fine] == f"Første møde — {due}"
    # Painted: red text in the overdue cell, none in the fine one or the name beside it.
    assert red_pixels(area, late, Column.NEXT_DUE) > 20
    assert red_pixels(area, fine, Column.NEXT_DUE) == 0
    assert red_pixels(area, late, Column.NAME) == 0


def test_only_overdue_keeps_the_red_rows(area):
    show_all(area)
    area.only_overdue.setChecked(True)
    assert cells(area, Column.NAME) == ["Åse Sen"]


def test_the_page_says_which_rule_is_overdue_in_plain_words(qtbot, area, people):
    area.open_course(people["late"])
    page = area.page
    assert page.name.text() == "Åse Sen"
    assert page.overdue.isVisible()
    assert rule_text(RuleId.FIRST_MEETING) in page.overdue.text()
    assert "13 dage" in page.overdue.text()
    area.open_course(people["fine"])
    assert area.page.name.text() == "Bo Frisk"
    assert not area.page.overdue.isVisible()
    assert rule_text(RuleId.FIRST_MEETING) not in area.page.overdue.text()
