"""Recurrence rules: written as RFC 5545 RRULEs, read back, expanded in wall-clock time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr

from ips_desktop.domain.recurrence import (
    Recurrence,
    Repeat,
    first_occurrence,
    is_occurrence,
    last_day,
    monthly_weekday_ordinal,
    occurrence_starts,
    recurrence_of,
    rule_for,
    with_until,
)

WED = datetime(2026, 9, 2, 12, 30)  # a Wednesday


def test_rules_written_for_each_pattern():
    assert rule_for(Recurrence(), WED) is None
    assert rule_for(Recurrence(Repeat.WEEKLY), WED) == "FREQ=WEEKLY;BYDAY=WE"
    assert rule_for(Recurrence(Repeat.FORTNIGHTLY), WED) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    assert rule_for(Recurrence(Repeat.MONTHLY_WEEKDAY), WED) == "FREQ=MONTHLY;BYDAY=1WE"
    assert rule_for(Recurrence(Repeat.WEEKLY, date(2026, 12, 16)), WED) == \
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261216T235959"


@pytest.mark.parametrize("day, ordinal", [(date(2026, 9, 2), 1), (date(2026, 9, 9), 2),
                                          (date(2026, 9, 16), 3), (date(2026, 9, 23), 4),
                                          (date(2026, 9, 30), -1)])
def test_the_fifth_weekday_is_the_last(day, ordinal):
    assert monthly_weekday_ordinal(day) == ordinal


def test_a_monthly_series_on_a_fifth_wednesday_falls_on_every_last_one():
    first = datetime(2026, 9, 30, 9, 0)
    rule = rule_for(Recurrence(Repeat.MONTHLY_WEEKDAY), first)
    assert rule == "FREQ=MONTHLY;BYDAY=-1WE"
    starts = occurrence_starts(rule, first, (), first, datetime(2027, 1, 1))
    assert [s.day for s in starts] == [30, 28, 25, 30]  # Oct has none on a fifth Wednesday


@pytest.mark.parametrize("rec", [Recurrence(), Recurrence(Repeat.WEEKLY),
                                 Recurrence(Repeat.FORTNIGHTLY, date(2027, 3, 3)),
                                 Recurrence(Repeat.MONTHLY_WEEKDAY, date(2027, 1, 1))])
def test_recurrence_is_read_back(rec):
    assert recurrence_of(rule_for(rec, WED)) == rec


def test_weekly_stays_at_the_wall_clock_across_both_changes_of_summer_time():
    # Summer time ends Sunday 25 October 2026 and begins Sunday 28 March 2027.
    rule = rule_for(Recurrence(Repeat.WEEKLY), datetime(2026, 10, 14, 12, 30))
    assert rule is not None
    starts = occurrence_starts(rule, datetime(2026, 10, 14, 12, 30), (),
                               datetime(2026, 10, 19), datetime(2026, 11, 2))
    assert starts == [datetime(2026, 10, 21, 12, 30), datetime(2026, 10, 28, 12, 30)]
    spring = occurrence_starts(rule, datetime(2026, 10, 14, 12, 30), (),
                               datetime(2027, 3, 22), datetime(2027, 4, 5))
    assert spring == [datetime(2027, 3, 24, 12, 30), datetime(2027, 3, 31, 12, 30)]


def test_exdates_are_left_out_and_the_window_is_half_open():
    rule = "FREQ=WEEKLY;BYDAY=WE"
    starts = occurrence_starts(rule, WED, [datetime(2026, 9, 9, 12, 30)],
                               datetime(2026, 9, 2, 12, 30), datetime(2026, 9, 23, 12, 30))
    assert starts == [WED, datetime(2026, 9, 16, 12, 30)]


def test_an_occurrence_reaching_into_the_window_counts():
    hour = timedelta(hours=1)
    inside = occurrence_starts("FREQ=WEEKLY;BYDAY=WE", WED, (), datetime(2026, 9, 2, 13, 0),
                               datetime(2026, 9, 3), hour)
    assert inside == [WED]
    assert occurrence_starts("FREQ=WEEKLY;BYDAY=WE", WED, (), datetime(2026, 9, 2, 13, 30),
                             datetime(2026, 9, 3), hour) == []
    assert occurrence_starts(None, WED, (), datetime(2026, 9, 2, 13, 0),
                             datetime(2026, 9, 3), hour) == [WED]


@pytest.mark.parametrize("rule, first", [
    ("FREQ=WEEKLY;BYDAY=WE", WED),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", WED),
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH", datetime(2024, 1, 1, 8, 0)),
    ("FREQ=MONTHLY;BYDAY=3TU", datetime(2024, 1, 16, 9, 0)),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR", datetime(2023, 3, 31, 14, 15)),
    ("FREQ=WEEKLY;COUNT=40;BYDAY=WE", WED),
])
def test_skipping_ahead_gives_what_dateutil_gives_from_the_start(rule, first):
    plain = rrulestr(rule, dtstart=first)
    for offset in range(0, 900, 37):
        start = first + timedelta(days=offset)
        end = start + timedelta(days=45)
        expected = [s for s in plain.between(start, end, inc=True) if s < end]
        assert occurrence_starts(rule, first, (), start, end) == expected, (rule, start)


def test_is_occurrence_and_the_first_one():
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    assert is_occurrence(rule, WED, datetime(2026, 9, 16, 12, 30))
    assert not is_occurrence(rule, WED, datetime(2026, 9, 9, 12, 30))
    assert not is_occurrence(rule, WED, datetime(2026, 9, 16, 12, 31))
    assert is_occurrence(None, WED, WED) and not is_occurrence(None, WED, WED + timedelta(1))
    ended = rule_for(Recurrence(Repeat.WEEKLY, date(2026, 9, 1)), WED)
    assert first_occurrence(ended, WED) is None
    assert first_occurrence(rule, WED) == WED


def test_until_is_changed_and_read():
    rule = with_until("FREQ=WEEKLY;BYDAY=WE", date(2026, 12, 9))
    assert last_day(rule) == date(2026, 12, 9)
    assert occurrence_starts(rule, WED, (), datetime(2026, 12, 1), datetime(2027, 1, 1)) == \
        [datetime(2026, 12, 2, 12, 30), datetime(2026, 12, 9, 12, 30)]
    assert last_day(with_until(rule, None)) is None
    assert last_day(None) is None


@pytest.mark.parametrize("rule, expected", [
    ("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO", Recurrence(Repeat.WEEKLY)),
    ("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5", Recurrence(Repeat.WEEKLY)),
    ("FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270101T000000Z",
     Recurrence(Repeat.MONTHLY_WEEKDAY, date(2027, 1, 1))),
    ("", Recurrence()),
])
def test_a_rule_from_elsewhere_reads_as_the_nearest_pattern(rule, expected):
    assert recurrence_of(rule) == expected
