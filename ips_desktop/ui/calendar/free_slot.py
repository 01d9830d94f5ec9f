"""Where Ctrl+N puts a new event: the next free half hour.

Today, from the next half hour on, when today is on screen; otherwise the first
day shown from the start of the working hours. A half hour that an event
already covers is skipped, so the dialog opens on time the consultant has.
Pure: it takes the occurrences' (start, end) pairs, not the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

SLOT = timedelta(minutes=30)


def round_up(moment: datetime, step: timedelta = SLOT) -> datetime:
    """`moment` rounded up to the next whole `step` of the day (10:05 -> 10:30)."""
    midnight = datetime.combine(moment.date(), time())
    steps = -(-(moment - midnight) // step)  # ceiling
    return midnight + steps * step


def next_free_slot(busy: Iterable[tuple[datetime, datetime]], *, now: datetime,
                   first_day: date, last_day: date, work_start: time, work_end: time,
                   length: timedelta = SLOT) -> datetime:
    """The start of the first free `length` in the days shown, as described above.

    When the working hours of the days shown are all taken (or today's are over),
    the first candidate is given anyway: the user picks the time in the dialog.
    """
    taken = sorted(busy)
    if first_day <= now.date() <= last_day:
        first = max(round_up(now), datetime.combine(now.date(), work_start))
    else:
        first = datetime.combine(first_day, work_start)
    candidate = first
    while candidate.date() <= last_day:
        day_start = datetime.combine(candidate.date(), work_start)
        if candidate < day_start:  # past midnight (asked late in the evening): the morning
            candidate = day_start
        day_end = datetime.combine(candidate.date(), work_end)
        if candidate + length > day_end:
            candidate = datetime.combine(candidate.date() + timedelta(days=1), work_start)
            continue
        clash = next((end for start, end in taken
                      if start < candidate + length and end > candidate), None)
        if clash is None:
            return candidate
        candidate = max(candidate + SLOT, round_up(clash))
    return first
