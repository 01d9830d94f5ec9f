"""The calendar's title line in each language: the ISO week and its days, or the day."""

from __future__ import annotations

from datetime import date

import pytest

from ips_desktop.ui.calendar.header import day_title, week_title
from ips_desktop.ui.i18n import apply_language

WEEK_47 = (date(2026, 11, 16), date(2026, 11, 22))
WEEK_49 = (date(2026, 11, 30), date(2026, 12, 6))  # across two months
WEEK_53 = (date(2026, 12, 28), date(2027, 1, 3))  # across two years
WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(("language", "week_47", "week_49", "week_53", "day"), [
    ("da", "Uge 47 · 16.–22. november 2026", "Uge 49 · 30. november – 6. december 2026",
     "Uge 53 · 28. december 2026 – 3. januar 2027", "Onsdag 2. december 2026 · uge 49"),
    ("nb", "Uke 47 · 16.–22. november 2026", "Uke 49 · 30. november – 6. desember 2026",
     "Uke 53 · 28. desember 2026 – 3. januar 2027", "Onsdag 2. desember 2026 · uke 49"),
    ("en", "Week 47 · 16–22 November 2026", "Week 49 · 30 November – 6 December 2026",
     "Week 53 · 28 December 2026 – 3 January 2027", "Wednesday 2 December 2026 · week 49"),
])
def test_the_title_names_the_iso_week_and_its_days(qapp, language, week_47, week_49, week_53,
                                                   day):
    apply_language(language)
    assert week_title(*WEEK_47) == week_47
    assert week_title(*WEEK_49) == week_49
    assert week_title(*WEEK_53) == week_53
    assert day_title(WEDNESDAY) == day
