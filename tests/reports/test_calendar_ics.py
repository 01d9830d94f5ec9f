"""The .ics export, read back by icalendar and by vobject (an independent reader).

A series must arrive as a series (RRULE, EXDATE for the cancelled occurrence,
the occurrence moved on its own as a VEVENT with RECURRENCE-ID), in
Europe/Copenhagen with the zone in the file, with UIDs a second export
repeats; and no participant's name may be in the file unless asked for.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from dateutil.rrule import rrulestr
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction
from ips_desktop.reports.calendar_ics import calendar_ics
from ips_desktop.services import calendar_exports as exports
from ips_desktop.storage.models import AuditEvent
from tests.reports.calendar_support import (
    CANCELLED,
    MOVED_FROM,
    MOVED_TO,
    PARTICIPANT,
    PARTICIPANT_FIRST,
    SERIES_START,
    UNIT,
    build_calendar,
)

CPH = ZoneInfo("Europe/Copenhagen")
FIRST, LAST = date(2026, 10, 1), date(2026, 12, 31)


@pytest.fixture
def cal(ws):
    return build_calendar(ws)


def export_bytes(ws, *, names: bool = False, consultant=None, presence_only=False,
                 language="da") -> bytes:
    made = exports.calendar_export(ws.ctx, FIRST, LAST, consultant_id=consultant,
                                   presence_only=presence_only, include_names=names)
    return calendar_ics(made, language=language)


def events_by_uid(data: bytes) -> dict[str, list[icalendar.Event]]:
    found: dict[str, list[icalendar.Event]] = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        found.setdefault(str(event["UID"]), []).append(event)
    return found


def unfolded(data: bytes) -> bytes:
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


def test_icalendar_reads_the_series_its_exception_its_override_and_the_zone(ws, cal) -> None:
    data = export_bytes(ws, consultant=cal.me)
    parsed = icalendar.Calendar.from_ical(data)
    assert str(parsed["METHOD"]) == "PUBLISH" and str(parsed["VERSION"]) == "2.0"
    assert "IPS Desktop" in str(parsed["PRODID"])
    assert [str(z["TZID"]) for z in parsed.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    by_uid = events_by_uid(data)
    assert set(by_uid) == {f"{cal.series}@ips-desktop", f"{cal.cafe}@ips-desktop",
                           f"{cal.video}@ips-desktop"}  # no deleted, ended, or Anne's
    master, moved = sorted(by_uid[f"{cal.series}@ips-desktop"],
                           key=lambda e: "RECURRENCE-ID" in e)
    assert master["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert master.decoded("DTSTART") == SERIES_START.replace(tzinfo=CPH)
    assert master.decoded("DTEND") == SERIES_START.replace(hour=13, tzinfo=CPH)
    rule = master["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["WE"]
    # 31 March 2027 23:59:59 is summer time (+2): UNTIL in UTC, as RFC 5545 wants.
    assert rule["UNTIL"] == [datetime(2027, 3, 31, 21, 59, 59, tzinfo=UTC)]
    assert b"UNTIL=20270331T215959Z" in data
    exdates = [d.dt for prop in _as_list(master["EXDATE"]) for d in prop.dts]
    assert exdates == [CANCELLED.replace(tzinfo=CPH)]  # the moved one is its own VEVENT
    assert master.decoded("SEQUENCE") == 2 and moved.decoded("SEQUENCE") == 1
    assert moved.decoded("RECURRENCE-ID") == MOVED_FROM.replace(tzinfo=CPH)
    assert moved.decoded("DTSTART") == MOVED_TO.replace(tzinfo=CPH)
    assert "RRULE" not in moved
    for event in parsed.walk("VEVENT"):
        assert event.decoded("DTSTAMP").tzinfo is not None
    # Outlook's and Google's importers want CRLF lines of at most 75 octets.
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


def _as_list(value):
    return value if isinstance(value, list) else [value]


def test_vobject_reads_the_same_and_the_winter_occurrence_keeps_its_local_hour(
        ws, cal) -> None:
    data = export_bytes(ws, consultant=cal.me)
    parsed = vobject.readOne(data.decode("utf-8"))
    events = [c for c in parsed.getChildren() if c.name == "VEVENT"]
    uid = f"{cal.series}@ips-desktop"
    master = next(e for e in events if e.uid.value == uid and not hasattr(e, "recurrence_id"))
    moved = next(e for e in events if e.uid.value == uid and hasattr(e, "recurrence_id"))
    starts = list(master.getrruleset(addRDate=True))
    # vobject builds the zone from the file's own VTIMEZONE, not from a zone database.
    october = {s.date(): s for s in starts if s.month == 10 and s.year == 2026}
    summer, winter = october[date(2026, 10, 21)], october[date(2026, 10, 28)]
    assert (summer.hour, summer.minute, summer.utcoffset()) == (12, 30, timedelta(hours=2))
    # 25 October 2026 is the last Sunday of October: summer time ends, 12:30 stays 12:30.
    assert (winter.hour, winter.minute, winter.utcoffset()) == (12, 30, timedelta(hours=1))
    assert winter.astimezone(UTC) == datetime(2026, 10, 28, 11, 30, tzinfo=UTC)
    days = {s.date() for s in starts}
    assert CANCELLED.date() not in days
    # The moved occurrence is in the rule, and the override VEVENT replaces it (RFC 5545).
    assert MOVED_FROM.date() in days
    assert date(2026, 12, 16) in days and max(days) == date(2027, 3, 31)
    assert moved.recurrence_id.value.replace(tzinfo=None) == MOVED_FROM
    assert moved.dtstart.value.replace(tzinfo=None) == MOVED_TO
    assert moved.dtstart.value.utcoffset() == timedelta(hours=1)


def test_icalendar_and_dateutil_expand_the_rule_to_the_same_local_hours(ws, cal) -> None:
    data = export_bytes(ws, consultant=cal.me)
    master = next(e for e in events_by_uid(data)[f"{cal.series}@ips-desktop"]
                  if "RECURRENCE-ID" not in e)
    start = master.decoded("DTSTART")
    rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
    winter = rule.after(datetime(2026, 10, 26, tzinfo=CPH))
    assert winter == datetime(2026, 10, 28, 12, 30, tzinfo=CPH)
    assert winter.utcoffset() == timedelta(hours=1)


def test_a_second_export_repeats_the_uids(ws, cal) -> None:
    first = events_by_uid(export_bytes(ws))
    second = events_by_uid(export_bytes(ws))
    assert first.keys() == second.keys()
    assert f"{cal.anne_series}@ips-desktop" in first  # everyone's, without --consultant
    for uid, events in first.items():
        assert sorted((str(e.get("RECURRENCE-ID", "")), e.decoded("SEQUENCE"))
                      for e in events) == sorted(
            (str(e.get("RECURRENCE-ID", "")), e.decoded("SEQUENCE")) for e in second[uid])


def test_no_participant_name_leaves_without_include_names(ws, cal) -> None:
    data = export_bytes(ws, consultant=cal.me)
    for text in (data, unfolded(data)):
        for name in (PARTICIPANT, PARTICIPANT_FIRST, "Ærø", "Café Ankeret"):
            assert name.encode() not in text
    by_uid = events_by_uid(data)
    cafe = by_uid[f"{cal.cafe}@ips-desktop"][0]
    assert str(cafe["SUMMARY"]) == "Møde med deltager"
    assert "LOCATION" not in cafe and "DESCRIPTION" not in cafe
    video = by_uid[f"{cal.video}@ips-desktop"][0]
    assert str(video["SUMMARY"]) == "Konference" and str(video["LOCATION"]) == "Video"
    master = by_uid[f"{cal.series}@ips-desktop"][0]
    assert str(master["LOCATION"]) == UNIT and "DESCRIPTION" not in master
    # With names ticked: the titles, notes and places as they are.
    named = unfolded(export_bytes(ws, consultant=cal.me, names=True))
    assert f"SUMMARY:Møde med {PARTICIPANT}".encode() in named
    assert "Café Ankeret\\, Køge".encode() in named
    assert f"{PARTICIPANT_FIRST} vil tale om lagerjob".encode() in named


def test_english_kind_words_and_presence_only(ws, cal) -> None:
    data = export_bytes(ws, presence_only=True, language="en")
    by_uid = events_by_uid(data)
    assert set(by_uid) == {f"{cal.series}@ips-desktop", f"{cal.anne_series}@ips-desktop"}
    assert {str(e["SUMMARY"]) for events in by_uid.values() for e in events} == {
        "Presence in psychiatry"}


def test_saving_writes_the_file_and_audits_counts_only(ws, cal, tmp_path) -> None:
    made = exports.calendar_export(ws.ctx, FIRST, LAST, consultant_id=cal.me)
    assert exports.ics_file_name(made) == "kalender-2026-10-01-til-2026-12-31.ics"
    assert exports.ics_file_name(made, "en") == "calendar-2026-10-01-to-2026-12-31.ics"
    target = tmp_path / "out" / exports.ics_file_name(made)
    target.parent.mkdir()
    exports.save_ics(ws.ctx, target, calendar_ics(made, language="da"), made)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert target.stat().st_mode & 0o077 == 0
    with ws.ctx.engine.connect() as conn:
        details = conn.execute(select(AuditEvent.details).where(
            AuditEvent.action == AuditAction.EXPORT.value,
            AuditEvent.entity == "calendar")).scalars().all()
    assert details == [{"format": "ics", "from": "2026-10-01", "to": "2026-12-31",
                        "events": 4, "series": 1, "overrides": 1, "names": False,
                        "consultant": str(cal.me)}]


def test_a_target_in_the_data_directory_is_refused_and_not_audited(ws, cal) -> None:
    made = exports.calendar_export(ws.ctx, FIRST, LAST)
    with pytest.raises(exports.ExportTargetRefused):
        exports.save_ics(ws.ctx, ws.data_dir / "kalender.ics", b"x", made)
    assert not (ws.data_dir / "kalender.ics").exists()
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(AuditEvent.id).where(
            AuditEvent.entity == "calendar")).first() is None


def test_a_moved_occurrence_after_the_range_still_goes_with_its_series(ws, cal) -> None:
    """The series is carried to its end: the occurrence moved in November must come along
    as its own VEVENT when only September and October are exported, or an importing
    calendar would show it at the series' time."""
    made = exports.calendar_export(ws.ctx, date(2026, 9, 1), date(2026, 10, 31),
                                   consultant_id=cal.me)
    by_uid = events_by_uid(calendar_ics(made, language="da"))
    assert set(by_uid) == {f"{cal.series}@ips-desktop"}
    master, moved = sorted(by_uid[f"{cal.series}@ips-desktop"],
                           key=lambda e: "RECURRENCE-ID" in e)
    assert moved.decoded("RECURRENCE-ID") == MOVED_FROM.replace(tzinfo=CPH)
    assert [d.dt for prop in _as_list(master["EXDATE"]) for d in prop.dts] == [
        CANCELLED.replace(tzinfo=CPH)]


def test_a_series_made_moved_and_cancelled_through_the_calendar_services(ws) -> None:
    """The rows as services.calendar writes them (not as the fixture does): a weekly
    presence day skipping public holidays, one occurrence moved by a drag, one cancelled,
    then the whole series edited (its SEQUENCE rises, the UID stays)."""
    from ips_desktop.domain.enums import EventKind
    from ips_desktop.services import calendar
    from ips_desktop.services.calendar import EventInput, OccurrenceRef, Recurrence, Repeat, Scope

    start = datetime(2026, 10, 7, 12, 30)
    data = EventInput(kind=EventKind.PRESENCE_DAY, title="Mødedag", starts_at=start,
                      ends_at=start + timedelta(hours=1), consultant_id=ws.ctx.actor_id,
                      location=UNIT, recurrence=Recurrence(Repeat.WEEKLY, date(2027, 1, 27)),
                      skip_holidays=True)
    ref = calendar.create_event(ws.ctx, data)
    december_30 = datetime(2026, 12, 30, 12, 30)
    moved = calendar.move_occurrence(ws.ctx, OccurrenceRef(ref.event_id, december_30),
                                     december_30 + timedelta(days=1),
                                     december_30 + timedelta(days=1, hours=1))
    cancelled = datetime(2026, 11, 4, 12, 30)
    calendar.delete_event(ws.ctx, OccurrenceRef(ref.event_id, cancelled), Scope.THIS)
    before = events_by_uid(export_bytes(ws))
    calendar.update_event(ws.ctx, OccurrenceRef(ref.event_id, start),
                          replace_title(data, "Mødedag i Køge"), Scope.ALL)
    after = events_by_uid(export_bytes(ws, names=True))
    uid = f"{ref.event_id}@ips-desktop"
    assert set(before) == set(after) == {uid}
    master = next(e for e in after[uid] if "RECURRENCE-ID" not in e)
    old_master = next(e for e in before[uid] if "RECURRENCE-ID" not in e)
    assert master.decoded("SEQUENCE") > old_master.decoded("SEQUENCE")
    assert str(master["SUMMARY"]) == "Mødedag i Køge"
    exdates = {d.dt for prop in _as_list(master["EXDATE"]) for d in prop.dts}
    # 23 December is not a public holiday, 25 December is a Friday: only the cancelled one.
    assert exdates == {cancelled.replace(tzinfo=CPH)}
    override = next(e for e in after[uid] if "RECURRENCE-ID" in e)
    assert override.decoded("RECURRENCE-ID") == december_30.replace(tzinfo=CPH)
    assert override.decoded("DTSTART") == (december_30 + timedelta(days=1)).replace(tzinfo=CPH)
    assert moved.ref.event_id != ref.event_id  # the move is a row of its own
    # UNTIL: the end of 27 January 2027 in Denmark (winter time, +1) in UTC.
    assert master["RRULE"]["UNTIL"][0].astimezone(UTC) == datetime(2027, 1, 27, 22, 59, 59,
                                                                     tzinfo=UTC)


def replace_title(data, title):
    from dataclasses import replace

    return replace(data, title=title)
