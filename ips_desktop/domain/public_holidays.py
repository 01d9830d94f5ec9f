"""Public holidays the calendar shades and a new series may skip, from the `holidays` package.

Not a hand-written list: Easter moves every year, and the package also knows
when a holiday is abolished (store bededag ended after 2023). Danish
consultants see Denmark's public holidays (names in Danish, or English for an
English screen); a Norwegian screen shows Norway's, in Norwegian. Only the
public category counts: Christmas Eve, Constitution Day and 1 May are days off
by agreement in many workplaces, not public holidays.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays

# language of the screen -> (country, the package's language for the names)
_CALENDARS = {"da": ("DK", "da"), "en": ("DK", "en_US"), "nb": ("NO", "no")}


@lru_cache(maxsize=64)
def _year(country: str, names: str, year: int) -> tuple[tuple[date, str], ...]:
    found = holidays.country_holidays(country, years=year, language=names)
    return tuple(sorted(found.items()))


def public_holidays(first: date, last: date, language: str) -> dict[date, str]:
    """The public holidays from `first` to `last` (inclusive), by day, named in `language`.

    "da" and "en": Denmark's; "nb": Norway's. Another language falls back to
    Danish. Two holidays on one day share it, their names joined by "; ".
    """
    country, names = _CALENDARS.get(language, _CALENDARS["da"])
    days: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _year(country, names, year):
            if first <= day <= last:
                days[day] = name
    return days
