"""Repeating calendar events as RFC 5545 rules, expanded by dateutil.

The calendar stores a series as an RRULE value ("FREQ=WEEKLY;BYDAY=WE") so an
.ics export carries it as it is, and Outlook reads the same rule back. Times
are naive wall-clock times in Denmark: expanding a rule never converts them,
so a presence day at 12:30 stays at 12:30 on both sides of the change to and
from summer time, as an iCalendar DTSTART with a TZID does.

The app offers three patterns (weekly, every other week, monthly on the n-th
weekday), each with an optional last day; `rule_for` writes them and
`recurrence_of` reads them back for the dialog.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule, rrulestr

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UNTIL_TIME = time(23, 59, 59)


class Repeat(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY_WEEKDAY = "monthly_weekday"


@dataclass(frozen=True)
class Recurrence:
    repeat: Repeat = Repeat.NONE
    until: date | None = None  # the last day it may fall on (inclusive); None: no end


def monthly_weekday_ordinal(day: date) -> int:
    """Which weekday of its month `day` is: 1..4, or -1 for a fifth one (the last).

    A fifth Wednesday does not exist every month, so "the 5th" is kept as "the
    last", which does: the series never skips a month.
    """
    ordinal = (day.day - 1) // 7 + 1
    return -1 if ordinal == 5 else ordinal


def rule_for(rec: Recurrence, first: datetime) -> str | None:
    """The RRULE value (without "RRULE:") for `rec` starting at `first`; None for NONE.

    UNTIL is the end of the last day in the same floating local time as the
    start (RFC 5545 wants UNTIL in the start's form); the .ics export turns it
    into UTC where the start carries a TZID.
    """
    repeat = Repeat(rec.repeat)
    if repeat is Repeat.NONE:
        return None
    day = _DAYS[first.weekday()]
    if repeat is Repeat.WEEKLY:
        parts = ["FREQ=WEEKLY", f"BYDAY={day}"]
    elif repeat is Repeat.FORTNIGHTLY:
        parts = ["FREQ=WEEKLY", "INTERVAL=2", f"BYDAY={day}"]
    else:
        parts = ["FREQ=MONTHLY", f"BYDAY={monthly_weekday_ordinal(first.date())}{day}"]
    if rec.until is not None:
        parts.append("UNTIL=" + datetime.combine(rec.until, _UNTIL_TIME).strftime("%Y%m%dT%H%M%S"))
    return ";".join(parts)


def _parts(rule: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in rule.removeprefix("RRULE:").split(";"):
        name, _, value = item.partition("=")
        if name:
            parts[name.strip().upper()] = value.strip().upper()
    return parts


def _until_date(value: str) -> date:
    return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))


def recurrence_of(rule: str | None) -> Recurrence:
    """What `rule_for` wrote, read back (a rule from elsewhere: the nearest pattern)."""
    if not rule:
        return Recurrence()
    parts = _parts(rule)
    until = _until_date(parts["UNTIL"]) if "UNTIL" in parts else None
    if parts.get("FREQ") == "MONTHLY":
        return Recurrence(Repeat.MONTHLY_WEEKDAY, until)
    if parts.get("FREQ") == "WEEKLY" and parts.get("INTERVAL", "1") == "2":
        return Recurrence(Repeat.FORTNIGHTLY, until)
    return Recurrence(Repeat.WEEKLY, until)


@lru_cache(maxsize=2048)
def _rule(rule: str, first: datetime) -> rrule:
    parsed = rrulestr(rule, dtstart=first)
    assert isinstance(parsed, rrule)  # one RRULE value, never a set
    return parsed


def _fast_forward(rule: str, first: datetime, target: datetime) -> datetime:
    """A later start giving the same occurrences from `target` on, so expanding is quick.

    A weekly series begun two years ago would otherwise be stepped through
    from its first week on every read. Only whole periods are skipped (weeks
    times INTERVAL, or months times INTERVAL landing on the 1st when the
    weekday comes from BYDAY), which keeps the phase of every-other-week
    rules; a COUNT rule counts from its real start and is never shifted.
    """
    parts = _parts(rule)
    if target <= first or "COUNT" in parts or "BYSETPOS" in parts:
        return first
    interval = int(parts.get("INTERVAL", "1") or 1)
    freq = parts.get("FREQ")
    if freq == "WEEKLY":
        period = timedelta(weeks=interval)
        skip = (target - first) // period - 1
        return first + skip * period if skip > 0 else first
    if freq == "MONTHLY" and "BYDAY" in parts and "BYMONTHDAY" not in parts:
        months = (target.year - first.year) * 12 + target.month - first.month
        skip = months // interval - 1
        if skip > 0:
            moved = first + relativedelta(months=skip * interval)
            return datetime.combine(moved.date().replace(day=1), first.time())
    return first


def occurrence_starts(rule: str | None, first: datetime, exdates: Iterable[datetime],
                      window_start: datetime, window_end: datetime,
                      duration: timedelta = timedelta(0)) -> list[datetime]:
    """The original starts of the occurrences overlapping [window_start, window_end).

    An occurrence overlaps when it starts before the window ends and ends after
    it starts (one without duration: starts inside it). Cancelled and
    separately changed occurrences (`exdates`) are left out.
    """
    if rule is None:
        candidates = [first]
    else:
        lower = window_start - duration
        start = _fast_forward(rule, first, lower)
        expanded = _rule(rule, start) if start == first else rrulestr(rule, dtstart=start)
        candidates = expanded.between(lower, window_end, inc=True)
    skipped = set(exdates)
    return [s for s in candidates
            if s not in skipped and s < window_end
            and (s + duration > window_start or s >= window_start)]


def is_occurrence(rule: str | None, first: datetime, when: datetime) -> bool:
    """Whether the series (or single event) starting at `first` has an occurrence at `when`."""
    if rule is None:
        return when == first
    return bool(occurrence_starts(rule, first, (), when, when + timedelta(seconds=1)))


def last_day(rule: str | None) -> date | None:
    """The last day the rule may fall on (its UNTIL), None when it has no end."""
    if not rule:
        return None
    until = _parts(rule).get("UNTIL")
    return _until_date(until) if until else None


def with_until(rule: str, until: date | None) -> str:
    """The same rule ending on `until` (inclusive), or without an end for None."""
    parts = [p for p in rule.removeprefix("RRULE:").split(";")
             if p and not p.upper().startswith(("UNTIL=", "COUNT="))]
    if until is not None:
        parts.append("UNTIL=" + datetime.combine(until, _UNTIL_TIME).strftime("%Y%m%dT%H%M%S"))
    return ";".join(parts)


def first_occurrence(rule: str | None, first: datetime) -> datetime | None:
    """The first occurrence the rule gives (None: none at all, e.g. UNTIL before the start)."""
    if rule is None:
        return first
    return _rule(rule, first).after(first, inc=True)
