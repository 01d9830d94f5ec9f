"""The participant page's Supervision tab, read as a consultant reads it.

The notes are written the way the Supervision area writes them
(services.supervision_items); the page is opened from the list, and what is
checked is what is on screen: the tab (only when there is a note), each row's
week, author, discussed day and excerpt, the chosen note in full, and the
notes read again when the page is shown again.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ips_desktop.domain.rules import iso_week, shift_week, week_bounds
from ips_desktop.services import supervision_items
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.page import SUPERVISION_TAB
from tests.ui.window_support import enrol

TODAY = date.today()
THIS_WEEK = iso_week(TODAY)
LAST_WEEK = shift_week(THIS_WEEK, -1)
OLD_WEEK = shift_week(THIS_WEEK, -3)
LONG = ("Drøftet på supervision: prøv gartneriet i Ølby igen, og tal med jobcentret om "
        "løntilskud er det rigtige. " * 8).strip()


@pytest.fixture
def area(qtbot, ws, preferences):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_page(area, course):
    area.reload()
    area.open_course(course)
    assert area.page is not None
    return area.page


def rows(page) -> list[tuple[str, ...]]:
    tree = page.supervision.list
    return [tuple(tree.topLevelItem(i).text(c) for c in range(4))
            for i in range(tree.topLevelItemCount())]


def week_text(week: tuple[int, int], word: str = "Uge") -> str:
    return f"{word} {week[1]}, {week[0]}"


def test_no_notes_no_tab(qtbot, ws, area):
    course = enrol(ws)
    supervision_items.set_discussed(ws.ctx, course, THIS_WEEK, True, today=TODAY)  # no note
    page = open_page(area, course)
    assert not page.tabs.isTabVisible(SUPERVISION_TAB)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())
            if page.tabs.isTabVisible(i)] == ["Overblik", "Henvisning", "Kontakter",
                                               "Karriereprofil", "Handleplan", "Job"]


def test_the_notes_newest_week_first_with_author_and_discussed_and_the_chosen_one_whole(
        qtbot, ws, area):
    course = enrol(ws)
    ticked = week_bounds(LAST_WEEK)[0] + timedelta(days=2)
    supervision_items.save_note(ws.ctx, course, OLD_WEEK, "Vent med jobsøgning til efter ferien.")
    supervision_items.save_note(ws.ctx, course, LAST_WEEK, LONG)
    supervision_items.set_discussed(ws.ctx, course, LAST_WEEK, True, today=ticked)
    page = open_page(area, course)
    assert page.tabs.isTabVisible(SUPERVISION_TAB)
    assert page.tabs.tabText(SUPERVISION_TAB) == "Supervision"
    page.tabs.setCurrentIndex(SUPERVISION_TAB)
    view = page.supervision
    assert view.intro.text().startswith("Noter fra supervision, nyeste uge først.")
    shown = rows(page)
    assert [row[:3] for row in shown] == [
        (week_text(LAST_WEEK), "SOE", ticked.strftime("%d.%m.%Y")),
        (week_text(OLD_WEEK), "SOE", "Nej")]  # in words, not a colour
    assert shown[0][3].endswith("…") and len(shown[0][3]) < len(LONG)  # an excerpt
    assert shown[1][3] == "Vent med jobsøgning til efter ferien."
    assert view.text.toPlainText() == LONG  # the newest, whole
    assert view.text.isReadOnly()
    # The keyboard: down to the older week, whose note is shown whole instead.
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert view.text.toPlainText() == "Vent med jobsøgning til efter ferien."
    assert view.list.accessibleName() == "Noter fra supervision"
    assert view.text.accessibleName() == "Supervisionsnote"
    # Not a contact: the contacts list has none of it.
    notes = page.notes_list
    assert all("gartneriet" not in notes.topLevelItem(i).text(3)
               for i in range(notes.topLevelItemCount()))


def test_notes_written_meanwhile_show_when_the_page_is_shown_again(qtbot, ws, area):
    course = enrol(ws)
    page = open_page(area, course)
    assert not page.tabs.isTabVisible(SUPERVISION_TAB)
    area.hide()  # the consultant goes to Supervision and writes a note there
    supervision_items.save_note(ws.ctx, course, THIS_WEEK, "Husk at spørge om kørekort.")
    area.show()
    assert page.tabs.isTabVisible(SUPERVISION_TAB)
    assert rows(page) == [(week_text(THIS_WEEK), "SOE", "Nej", "Husk at spørge om kørekort.")]
    page.tabs.setCurrentIndex(SUPERVISION_TAB)
    area.hide()
    supervision_items.save_note(ws.ctx, course, LAST_WEEK, "Ring til værkstedet.")
    area.show()
    assert [row[0] for row in rows(page)] == [week_text(THIS_WEEK), week_text(LAST_WEEK)]
    assert page.supervision.text.toPlainText() == "Husk at spørge om kørekort."  # still chosen
    area.hide()
    supervision_items.save_note(ws.ctx, course, THIS_WEEK, "")  # cleared
    supervision_items.save_note(ws.ctx, course, LAST_WEEK, "")
    area.show()
    assert not page.tabs.isTabVisible(SUPERVISION_TAB)
    assert page.tabs.currentIndex() != SUPERVISION_TAB


def test_the_tab_follows_the_language(qtbot, ws, area, preferences):
    course = enrol(ws)
    supervision_items.save_note(ws.ctx, course, THIS_WEEK, "Husk at spørge om kørekort.")
    page = open_page(area, course)
    try:
        apply_language("nb")  # the change reaches the widgets as an event
        qtbot.waitUntil(lambda: page.tabs.tabText(SUPERVISION_TAB) == "Veiledning")
        assert rows(page)[0][:3] == (week_text(THIS_WEEK, "Uke"), "SOE", "Nei")
        apply_language("en")
        qtbot.waitUntil(lambda: rows(page)[0][0] == week_text(THIS_WEEK, "Week"))
        assert page.tabs.tabText(SUPERVISION_TAB) == "Supervision"
        assert page.supervision.list.headerItem().text(1) == "Written by"
    finally:
        apply_language("da")
        qtbot.waitUntil(lambda: rows(page)[0][0].startswith("Uge "))
