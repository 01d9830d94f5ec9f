"""The participant page's job search: opened from other areas, its Jobs tab, its buttons."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from ips_desktop.domain.enums import Phase, PlacementEndReason, PlacementKind
from ips_desktop.services import courses, placements
from ips_desktop.services.placements import PlacementInput
from ips_desktop.ui.dialogs.placement_dialog import PlacementDialog, PlacementEndDialog
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.page import JOBS_TAB
from tests.services.placement_support import contact, employer, enrol

TODAY = date.today()


def test_another_area_opens_a_participant_page_by_course(qtbot, ws, preferences):
    first, second = enrol(ws, "Anna Andersen"), enrol(ws, "Bo Berg")
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.show_filtered({"course": first})
    assert area.page is not None and area.page.course_id == first
    page = area.page
    area.show_filtered({"course": str(first)})  # the same page stays, as it was
    assert area.page is page
    area.show_filtered({"course": second})
    assert area.page.course_id == second and area.page.name.text() == "Bo Berg"
    area.show_filtered({"consultant": "all"})  # the list's own filters still work
    assert area.page is None


def jobs_page(qtbot, ws, preferences, course):
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    area.open_course(course)
    page = area.page
    page.tabs.setCurrentIndex(JOBS_TAB)
    return area, page


def tree_rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def test_the_jobs_tab_shows_the_search_the_contacts_and_the_jobs(qtbot, ws, preferences):
    course = enrol(ws)
    netto, brugsen = employer(ws, "Netto Køge"), employer(ws, "Brugsen Ølby")
    contact(ws, netto, course, TODAY - timedelta(days=9))
    contact(ws, brugsen, course, TODAY - timedelta(days=2))
    contact(ws, brugsen, None, TODAY - timedelta(days=20))  # networking, nobody named
    placements.record_start(ws.ctx, PlacementInput(
        course, PlacementKind.JOB, "Kassemedarbejder", TODAY - timedelta(days=1), brugsen,
        hours_per_week=18.5, ordinary_terms=False), today=TODAY)
    _, page = jobs_page(qtbot, ws, preferences, course)
    began = (TODAY - timedelta(days=9)).strftime("%d.%m.%Y")
    assert f"jobsøgning startet {began}" in page.facts.text()
    tab = page.jobs_tab
    assert tab.began.text() == f"Jobsøgning startet: {began}"
    assert [r[:2] for r in tree_rows(tab.contacts)] == [
        [(TODAY - timedelta(days=2)).strftime("%d.%m.%Y"), "Brugsen Ølby"],
        [began, "Netto Køge"]]
    assert tree_rows(tab.placements) == [[
        "Job", "Kassemedarbejder", "Brugsen Ølby",
        (TODAY - timedelta(days=1)).strftime("%d.%m.%Y"), "i gang", "18,5", "nej"]]
    assert tab.end_button.isEnabled()  # the one running job is the one to end


def test_recording_a_start_from_the_page_and_moving_the_phase(qtbot, ws, preferences):
    course, shop = enrol(ws), employer(ws, "Netto Køge")
    _, page = jobs_page(qtbot, ws, preferences, course)
    tab = page.jobs_tab
    assert tab.began.text().startswith("Ingen virksomhedskontakt")
    assert not tab.end_button.isEnabled()
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in tab.findChildren(PlacementDialog) if d.isVisible()]
    assert dialog.participant.chosen == course
    qtbot.keyClicks(dialog.title, "Lagermedarbejder")
    dialog.employer.setFocus()
    qtbot.keyClicks(dialog.employer, "nett")
    popup = dialog.employer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.employer.chosen == shop and dialog.employer.text() == "Netto Køge"
    qtbot.keyClicks(dialog.hours, "37")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    [move] = dialog.offer_page.phase_buttons.values()
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    assert courses.course_phase(ws.ctx, course) is Phase.IN_JOB_OR_EDUCATION
    assert "I job eller uddannelse" in page.facts.text()
    assert [r[1:3] for r in tree_rows(page.jobs_tab.placements)] == [
        ["Lagermedarbejder", "Netto Køge"]]

    tab = page.jobs_tab
    tab.placements.setCurrentItem(tab.placements.topLevelItem(0))
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    [end] = [d for d in tab.findChildren(PlacementEndDialog) if d.isVisible()]
    end.reason.setCurrentIndex(end.reason.findData(PlacementEndReason.QUIT))
    end.save()
    qtbot.mouseClick(end.offer_page.phase_buttons[Phase.JOB_SEARCH], Qt.MouseButton.LeftButton)
    assert courses.course_phase(ws.ctx, course) is Phase.JOB_SEARCH
    assert tree_rows(page.jobs_tab.placements)[0][4] == TODAY.strftime("%d.%m.%Y")


def test_log_employer_contact_from_the_page_lists_it_when_saved(qtbot, ws, preferences):
    from ips_desktop.ui.dialogs.contact_dialog import ContactDialog

    course, netto = enrol(ws), employer(ws, "Netto Køge")
    _, page = jobs_page(qtbot, ws, preferences, course)
    tab = page.jobs_tab
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in tab.findChildren(ContactDialog) if d.isVisible()]
    assert dialog.course_id == course
    dialog._choose_employer(netto)  # the type-ahead is the contact dialog's own test
    assert dialog.save()
    qtbot.waitUntil(lambda: tab.contacts.topLevelItemCount() == 1)
    assert tree_rows(tab.contacts)[0][1] == "Netto Køge"
    assert tab.began.text() == f"Jobsøgning startet: {TODAY.strftime('%d.%m.%Y')}"
