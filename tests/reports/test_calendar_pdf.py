"""The week's printout: A4 across, the days and hours, the events with time and title, holidays.

Read back with pypdf; the pages were also rendered (pdftoppm -png) and looked at.
"""

from __future__ import annotations

import io
import uuid
from datetime import datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, EventKind
from ips_desktop.reports.calendar_pdf import lanes, week_pdf, week_title
from ips_desktop.services import calendar_exports as exports
from ips_desktop.services.calendar import Occurrence, OccurrenceRef
from ips_desktop.storage.models import AuditEvent
from tests.reports.calendar_support import PARTICIPANT, build_calendar
from tests.reports.support import all_text


@pytest.fixture
def cal(ws):
    return build_calendar(ws)


def test_a_week_prints_its_days_hours_and_events(ws, cal) -> None:
    printout = exports.week_print(ws.ctx, (2026, 48), consultant_ids=[cal.me])
    pdf = week_pdf(printout, language="da")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 across
    assert round(float(page.mediabox.width)) == 842
    text = all_text(pdf)
    assert "Kalender – uge 48, 2026 · 23.11. – 27.11.2026 · SOE – Søren Østergård" in text
    for day in ("mandag 23.11.", "onsdag 25.11.", "fredag 27.11."):
        assert day in text
    assert "lørdag" not in text  # the work week
    for hour in ("08:00", "12:00", "15:00"):
        assert hour in text
    assert "10:00–11:00" in text and f"Møde med {PARTICIPANT}" in text
    assert "Café Ankeret, Køge" in text
    assert "12:30–13:30" in text and "Mødedag i psykiatrien" in text
    assert "09:00–09:45" in text and "Video" in text
    assert "Fortroligt – indeholder personoplysninger" in text and "Side 1 af 1" in text
    assert exports.week_file_name(printout) == "kalender-uge-48-2026.pdf"
    assert exports.week_file_name(printout, "nb") == "kalender-uke-48-2026.pdf"
    assert exports.week_file_name(printout, "en") == "calendar-week-48-2026.pdf"
    assert PdfReader(io.BytesIO(pdf)).metadata.title == week_title(printout, "da")


def test_the_moved_occurrence_prints_where_it_went(ws, cal) -> None:
    text = all_text(week_pdf(exports.week_print(ws.ctx, (2026, 47)), language="da"))
    assert "14:00–15:00" in text and "Mødedag i psykiatrien (flyttet)" in text
    assert "12:30–13:30" not in text  # Wednesday's was moved, not doubled


def test_a_holiday_week_names_the_holiday_and_leaves_the_cancelled_day_out(ws, cal) -> None:
    printout = exports.week_print(ws.ctx, (2026, 52), consultant_ids=[cal.me],
                                  language="en", full_week=True)
    assert printout.holidays  # 25 and 26 December
    text = all_text(week_pdf(printout, language="en"))
    assert "Calendar – week 52, 2026" in text and "Christmas Day" in text
    assert "Friday 25/12" in text and "Sunday 27/12" in text
    assert "12:30–13:30" not in text  # 23 December is cancelled
    assert "No events this week." in text
    assert "Confidential – contains personal data" in text


def test_printing_is_audited_with_counts_only(ws, cal) -> None:
    printout = exports.week_print(ws.ctx, (2026, 48), consultant_ids=[cal.me])
    exports.record_week_pdf_saved(ws.ctx, printout)
    with ws.ctx.engine.connect() as conn:
        rows = conn.execute(select(AuditEvent.action, AuditEvent.details).where(
            AuditEvent.entity == "calendar").order_by(AuditEvent.at)).all()
    assert [tuple(r) for r in rows] == [
        (AuditAction.PRINT.value, {"format": "pdf", "week": "2026-W48", "events": 3,
                                   "consultant": str(cal.me)}),
        (AuditAction.EXPORT.value, {"format": "pdf", "week": "2026-W48", "events": 3})]


def _occurrence(start: datetime, end: datetime, title: str, initials: str = "SOE",
                kind: EventKind = EventKind.OTHER) -> Occurrence:
    return Occurrence(
        ref=OccurrenceRef(uuid.uuid4(), None), series_id=None, kind=kind, title=title,
        starts_at=start, ends_at=end, location="Jobcenter Køge", notes="",
        consultant_id=uuid.uuid5(uuid.NAMESPACE_DNS, initials), consultant_initials=initials,
        course_id=None, participant="", employer_id=None, employer_name="", held=False,
        sequence=0)


def test_overlapping_events_sit_side_by_side() -> None:
    at = datetime(2026, 11, 25, 9, 0)
    spans = [(at, at.replace(hour=11)), (at.replace(hour=10), at.replace(hour=12)),
             (at.replace(hour=11), at.replace(hour=12)), (at.replace(hour=13),
                                                          at.replace(hour=14))]
    # The first three overlap in a chain: two lanes, the third reuses the first's.
    assert lanes(spans) == [(0, 2), (1, 2), (0, 2), (0, 1)]


def test_a_crowded_day_and_several_consultants_print_every_event(ws) -> None:
    day = datetime(2026, 11, 25, 8, 0)
    crowded = [_occurrence(day.replace(hour=8 + i % 8), day.replace(hour=9 + i % 8),
                           f"Aftale {i}", initials=("SOE", "AB")[i % 2]) for i in range(12)]
    crowded.append(_occurrence(day.replace(hour=6, minute=30), day.replace(hour=7),
                               "Tidlig aftale", kind=EventKind.SUPERVISION))
    printout = exports.record_week_print(ws.ctx, (2026, 48), crowded)
    assert printout.hours == (6, 16)  # widened to the early one
    text = all_text(week_pdf(printout, language="da"))
    assert "06:00" in text and "Tidlig aftale" in text
    assert "SOE · 12:00–13:00" in text and "AB · 13:00–14:00" in text
    assert "AB · 09:00 " in text  # two side by side: the end time gives way
    for i in range(12):
        assert f"Aftale {i}" in text
