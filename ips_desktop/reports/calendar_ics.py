"""The calendar as an iCalendar file (RFC 5545) that Outlook and Google Calendar import.

Times are written as the wall clock in Denmark with TZID=Europe/Copenhagen,
and the file carries that zone's VTIMEZONE in the compact form Outlook
itself writes (the EU rule since 1996: summer time from the last Sunday of
March to the last Sunday of October), so a reader needs no zone database of
its own. A series is written as a series: DTSTART, its RRULE (UNTIL turned
into UTC, as RFC 5545 wants when DTSTART has a TZID), EXDATE for the
occurrences cancelled, and each occurrence changed on its own as a VEVENT of
its own with the same UID and a RECURRENCE-ID. UIDs are the rows' ids, so a
second export of the same events updates them; SEQUENCE is the row's.
METHOD:PUBLISH says the file is a published calendar, not an invitation.

What is written follows services.calendar_exports: without "include names"
an event says only its kind (in the user's language) and a place that names
no one; no description.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from ips_desktop import __version__
from ips_desktop.domain.enums import EventKind
from ips_desktop.domain.messages import CATALOG, DEFAULT_LANGUAGE
from ips_desktop.services.calendar_exports import (
    CalendarExport,
    IcsEvent,
    shown_location,
    shown_notes,
    shown_title,
)

TZID = "Europe/Copenhagen"
ZONE = ZoneInfo(TZID)
PRODID = f"-//IPS Desktop//IPS Desktop {__version__}//DA"
UID_DOMAIN = "ips-desktop"


def kind_word(kind: EventKind, language: str) -> str:
    """"Tilstedeværelse i psykiatrien": the event's kind in `language`, its title without names."""
    texts = CATALOG[f"calendar_kind_{kind.value}"]
    return texts.get(language, texts[DEFAULT_LANGUAGE])


def uid_of(event: IcsEvent) -> str:
    """Stable across exports: the series' (or single event's) row id."""
    return f"{event.uid}@{UID_DOMAIN}"


def calendar_ics(export: CalendarExport, *, language: str) -> bytes:
    """The export as .ics bytes (CRLF lines, folded at 75 octets: icalendar does both)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CATALOG["calendar_ics_name"].get(language, "IPS"))
    cal.add("x-wr-timezone", TZID)
    cal.add_component(copenhagen())
    stamp = export.made_at.astimezone(UTC).replace(microsecond=0)
    for event in export.events:
        cal.add_component(_vevent(event, export.include_names, language, stamp))
    return cal.to_ical()


def copenhagen() -> Timezone:
    """Europe/Copenhagen as a VTIMEZONE with yearly rules (what Outlook and Google write)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    zone.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def _local(moment: datetime) -> datetime:
    """A stored wall-clock time with the zone it is in (TZID on output)."""
    return moment.replace(tzinfo=ZONE, microsecond=0)


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0)


def rule_with_utc_until(rule: str) -> vRecur:
    """The stored RRULE value with its UNTIL (local wall clock, or a day) in UTC.

    RFC 5545: with a DTSTART in a time zone, UNTIL must be a UTC time. A day
    means its end; a local time is read on Denmark's clock.
    """
    recur = vRecur.from_ical(rule)
    until = recur.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime):
            local = value if value.tzinfo else value.replace(tzinfo=ZONE)
        elif isinstance(value, date):
            local = datetime.combine(value, time(23, 59, 59), tzinfo=ZONE)
        else:  # pragma: no cover - vRecur parses UNTIL as a date or a datetime
            return recur
        recur["UNTIL"] = [local.astimezone(UTC)]
    return recur


def _vevent(event: IcsEvent, include_names: bool, language: str, stamp: datetime) -> Event:
    vevent = Event()
    vevent.add("uid", uid_of(event))
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", max(0, event.sequence))
    modified = _utc(event.updated_at)
    if modified is not None:
        vevent.add("last-modified", modified)
    if event.recurrence_id is not None and event.parent_id is not None:
        vevent.add("recurrence-id", _local(event.recurrence_id))
    vevent.add("dtstart", _local(event.starts_at))
    vevent.add("dtend", _local(event.ends_at))
    vevent.add("summary", shown_title(event, include_names, kind_word(event.kind, language)))
    location = shown_location(event, include_names)
    if location:
        vevent.add("location", location)
    notes = shown_notes(event, include_names)
    if notes.strip():
        vevent.add("description", notes)
    if event.rrule and event.parent_id is None:
        vevent.add("rrule", rule_with_utc_until(event.rrule))
        if event.cancelled:
            vevent.add("exdate", [_local(moment) for moment in event.cancelled])
    return vevent
