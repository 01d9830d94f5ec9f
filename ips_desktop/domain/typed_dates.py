"""Reading a date the way Danes and Norwegians type it: one parser for every date field.

Accepted (day first, as in Denmark and Norway; any of `.`, `-`, `/` between
the parts, spaces around them allowed):

    25.11.2026   25-11-2026   25/11/2026   25.11.26   25/11-26   25-11-26
    25.11 / 25.11. / 25/11     (this year, as "den 27.11" is written)
    251126 / 25112026          (digits only, as on a CPR number's first half)
    2026-11-25                 (ISO, as the app stores it and other systems export it)

A two-digit year is read within a hundred-year window that ends 19 years
after this year: with today in 2026, "26" is 2026, "45" is 2045 and "46" is
1946. The dates typed here are birth dates (up to about 80 years back) and
meetings, plans and consents (at most a year or so ahead), so a window of
80 years back and 20 forward gets both right; a date further ahead needs its
four-digit year. `today` is given by the caller so tests can fix it.
"""

from __future__ import annotations

import re
from datetime import date

# dd sep mm [sep yy|yyyy] — the separators may differ ("25/11-26").
_DAY_FIRST = re.compile(
    r"(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}|\d{2})|\s*\.)?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})", re.ASCII)
YEARS_BACK = 80  # a two-digit year is at most this many years before today's year


def full_year(two_digits: int, today: date) -> int:
    """The year ending in `two_digits` within 80 years back and 19 years ahead of today."""
    start = today.year - YEARS_BACK
    year = start - start % 100 + two_digits
    return year + 100 if year < start else year


def parse_date(text: str, *, today: date) -> date | None:
    """The date `text` names, or None when it names none (empty, a typo, 31.02)."""
    text = text.strip()
    if match := _ISO.fullmatch(text):
        year, month, day = (int(p) for p in match.groups())
    elif match := _DAY_FIRST.fullmatch(text) or _DIGITS.fullmatch(text):
        day, month = int(match[1]), int(match[2])
        if match[3] is None:
            year = today.year
        elif len(match[3]) == 2:
            year = full_year(int(match[3]), today)
        else:
            year = int(match[3])
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_past_date(text: str, *, today: date) -> date | None:
    """A day that has been, as `parse_date` reads it, but a day and month without a
    year that would lie ahead are last year's: "30/12" typed on 2 January is three
    days ago (a note, a job start), not a day next December refused as in the future.
    """
    day = parse_date(text, today=today)
    match = _DAY_FIRST.fullmatch(text.strip())
    if day is None or day <= today or match is None or match[3] is not None:
        return day
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February: no such day last year
        return day


def format_date(day: date) -> str:
    """How the app shows a date: dd.mm.åååå."""
    return day.strftime("%d.%m.%Y")
