"""An occurrence in words: the grid's tooltip and what a screen reader says for the selection."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ips_desktop.ui.texts import event_kind_text

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence


def day_text(when: datetime) -> str:
    """'onsdag 2.12.2026': the weekday in the UI language, the date the Danish way."""
    weekday = QLocale().dayName(when.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{weekday} {when.day}.{when.month}.{when.year}"


def clock(when: datetime) -> str:
    """'09:05' (no strftime: the grid formats every box on every paint)."""
    return f"{when.hour:02d}:{when.minute:02d}"


def time_span(start: datetime, end: datetime) -> str:
    """'12:30–13:30'; an end on a later day gets its date."""
    if end.date() == start.date() or end <= start:
        return f"{clock(start)}–{clock(end)}"
    if end - start <= timedelta(days=1) and end.time() == time(0):
        return f"{clock(start)}–24:00"
    return f"{clock(start)}–{end.day}.{end.month}. {clock(end)}"


def describe_occurrence(occurrence: Occurrence, *, one_line: bool = False) -> str:
    """Kind, day and time, title, place, whom it is with, and whether it was held or repeats."""
    parts = [event_kind_text(occurrence.kind),
             f"{day_text(occurrence.starts_at)} "
             f"{time_span(occurrence.starts_at, occurrence.ends_at)}"]
    if occurrence.title:
        parts.append(occurrence.title)
    if occurrence.location:
        parts.append(occurrence.location)
    if occurrence.participant:
        parts.append(occurrence.participant)
    if occurrence.employer_name:
        parts.append(occurrence.employer_name)
    if occurrence.consultant_initials:
        parts.append(QCoreApplication.translate("WeekGrid", "Consultant: %1").replace(
            "%1", occurrence.consultant_initials))
    if occurrence.held:
        parts.append(QCoreApplication.translate("WeekGrid", "Held"))
    if occurrence.series_id is not None:
        parts.append(QCoreApplication.translate("WeekGrid", "Recurring"))
    return (", " if one_line else "\n").join(parts)
