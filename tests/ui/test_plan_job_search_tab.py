"""The plan tab shows the read-only job search part from the employer-contact log."""

from __future__ import annotations

from datetime import date, timedelta

from ips_desktop.services.form_drafts import PLAN_FORM
from ips_desktop.ui.participants.area import ParticipantsArea
from tests.services.placement_support import contact, employer, enrol

TODAY = date.today()


def test_the_plan_tab_says_when_the_job_search_began_and_whom_it_reached(qtbot, ws,
                                                                         preferences):
    course = enrol(ws)
    netto = employer(ws, "Netto Køge")
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.show()
    area.open_course(course)
    tab = area.page.form_tabs[PLAN_FORM]
    area.page.tabs.setCurrentWidget(tab)  # its answers are read when it is first shown
    assert tab.job_search.text().splitlines() == [
        "Jobsøgning startet: ikke endnu", "Virksomheder kontaktet: ingen endnu"]
    contact(ws, netto, course, TODAY - timedelta(days=3))
    contact(ws, netto, course, TODAY - timedelta(days=1))
    area.page.refresh()
    began, last = ((TODAY - timedelta(days=n)).strftime("%d.%m.%Y") for n in (3, 1))
    assert tab.job_search.text().splitlines() == [
        f"Jobsøgning startet: {began}", f"Virksomheder kontaktet: Netto Køge (2, senest {last})"]
