"""Where Ctrl+N puts a new event: the next free half hour of the days shown."""

from __future__ import annotations

from datetime import date, datetime, time

from ips_desktop.ui.calendar.free_slot import next_free_slot, round_up

MONDAY, FRIDAY = date(2026, 11, 16), date(2026, 11, 20)
HOURS = {"work_start": time(8, 0), "work_end": time(16, 0)}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def test_rounding_up_to_the_half_hour():
    assert round_up(at(17, 10, 5)) == at(17, 10, 30)
    assert round_up(at(17, 10, 30)) == at(17, 10, 30)
    assert round_up(at(17, 10, 31)) == at(17, 11, 0)


def test_today_from_the_next_half_hour_past_what_is_booked():
    busy = [(at(17, 10, 30), at(17, 11, 15)), (at(17, 11, 15), at(17, 12, 0))]
    assert next_free_slot(busy, now=at(17, 10, 5), first_day=MONDAY, last_day=FRIDAY,
                          **HOURS) == at(17, 12, 0)


def test_before_the_working_day_it_is_its_start_and_after_it_the_next_morning():
    assert next_free_slot([], now=at(17, 6, 0), first_day=MONDAY, last_day=FRIDAY,
                          **HOURS) == at(17, 8, 0)
    assert next_free_slot([], now=at(17, 15, 50), first_day=MONDAY, last_day=FRIDAY,
                          **HOURS) == at(18, 8, 0)


def test_another_week_shown_starts_on_its_first_day():
    busy = [(at(16, 8, 0), at(16, 9, 0))]
    assert next_free_slot(busy, now=datetime(2026, 12, 1, 10, 0), first_day=MONDAY,
                          last_day=FRIDAY, **HOURS) == at(16, 9, 0)


def test_a_full_week_gives_the_first_candidate():
    busy = [(at(16, 0, 0), at(21, 0, 0))]
    assert next_free_slot(busy, now=at(10, 9, 0), first_day=MONDAY, last_day=FRIDAY,
                          **HOURS) == at(16, 8, 0)


def test_late_in_the_evening_it_is_the_next_morning_not_midnight():
    """At 23:40 the next half hour is tomorrow 00:00: still the next working morning."""
    assert next_free_slot([], now=at(18, 23, 40), first_day=MONDAY, last_day=FRIDAY,
                          **HOURS) == at(19, 8, 0)
