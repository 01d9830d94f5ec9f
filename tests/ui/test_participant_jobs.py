"""The participant page's job search: opened from other areas, its Jobs tab, its buttons."""

from __future__ import annotations

from datetime import date

from ips_desktop.ui.participants.area import ParticipantsArea
from tests.services.placement_support import enrol

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
