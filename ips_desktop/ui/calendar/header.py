"""The calendar's title line: the ISO week and its dates, or the day shown.

"Uge 47 · 16.–22. november 2026" in Danish, "Uke 47 · …" in bokmål, "Week 47 ·
16–22 November 2026" in English. A week that spans two months (or two years)
writes both out: "Uge 49 · 30. november – 6. december 2026". The patterns are
translations (a Danish day number carries a dot, an English one does not); the
month and day names are the UI language's QLocale's, which `i18n.apply_language`
sets as the default, so the title follows a language switch at run time.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ips_desktop.domain.rules import iso_week


def fill(pattern: str, *values: object) -> str:
    """Qt's %1…%9 filled in one pass, so a value can never be read as a placeholder."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), pattern)


def _month(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.LongFormat)


def _weekday(day: date) -> str:
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return name[:1].upper() + name[1:]


def date_span(first: date, last: date) -> str:
    """The days from `first` to `last`, naming a month or a year once where they agree."""
    if (first.year, first.month) == (last.year, last.month):
        # %1 first day, %2 last day, %3 month, %4 year: "16.–22. november 2026"
        return fill(QCoreApplication.translate("CalendarHeader", "%1–%2 %3 %4"),
                     first.day, last.day, _month(first.month), first.year)
    if first.year == last.year:
        # %1 day, %2 month, %3 last day, %4 its month, %5 year: "30. november – 6. december 2026"
        return fill(QCoreApplication.translate("CalendarHeader", "%1 %2 – %3 %4 %5"),
                     first.day, _month(first.month), last.day, _month(last.month), last.year)
    # %1 day, %2 month, %3 year, then the last day's: "28. december 2026 – 3. januar 2027"
    return fill(QCoreApplication.translate("CalendarHeader", "%1 %2 %3 – %4 %5 %6"),
                 first.day, _month(first.month), first.year,
                 last.day, _month(last.month), last.year)


def week_title(first: date, last: date) -> str:
    """The title of the days `first`..`last` of one ISO week (the work week or all seven)."""
    # %1 the ISO week number, %2 its days: "Uge 47 · 16.–22. november 2026"
    return fill(QCoreApplication.translate("CalendarHeader", "Week %1 · %2"),
                 iso_week(first)[1], date_span(first, last))


def day_title(day: date) -> str:
    """A single day: "Onsdag 2. december 2026 · uge 49"."""
    # %1 weekday, %2 day, %3 month, %4 year, %5 ISO week number
    return fill(QCoreApplication.translate("CalendarHeader", "%1 %2 %3 %4 · week %5"),
                 _weekday(day), day.day, _month(day.month), day.year, iso_week(day)[1])
