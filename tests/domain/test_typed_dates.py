"""Dates typed the way Danes and Norwegians type them, read by the one parser."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ips_desktop.domain.typed_dates import format_date, full_year, parse_date

TODAY = date(2026, 12, 1)
NOV_25 = date(2026, 11, 25)


@pytest.mark.parametrize("typed", [
    "25/11-26", "25.11.26", "25-11-2026", "25.11.2026", "25/11/2026", "2026-11-25",
    "25/11-2026", "25-11-26", " 25. 11. 2026 ", "251126", "25112026", "25.11", "25.11.",
    "25/11",
])
def test_the_common_danish_forms_are_read(typed):
    assert parse_date(typed, today=TODAY) == NOV_25


def test_day_and_month_alone_mean_this_year():
    assert parse_date("27.11", today=TODAY) == date(2026, 11, 27)
    assert parse_date("3.1", today=date(2027, 5, 5)) == date(2027, 1, 3)


@pytest.mark.parametrize("typed", [
    "", "  ", "31.02.2026", "25.13.2026", "2026-02-30", "25.11.202", "25 11 2026", "25..11.26",
    "i går", "25.11.26.", "1.2.3.4", "2026/11/25", "20261125", "2511",
])
def test_what_names_no_date_is_refused(typed):
    assert parse_date(typed, today=TODAY) is None


def test_two_digit_years_fall_80_years_back_to_19_ahead():
    assert full_year(26, TODAY) == 2026
    assert full_year(45, TODAY) == 2045  # a plan or consent a little ahead
    assert full_year(46, TODAY) == 1946  # a participant born in 1946
    assert full_year(0, TODAY) == 2000
    assert full_year(99, TODAY) == 1999
    assert parse_date("01.01.46", today=TODAY) == date(1946, 1, 1)
    assert parse_date("010150", today=TODAY) == date(1950, 1, 1)


# Every day within the two-digit window: written each way, read back as itself.
WINDOW = st.dates(min_value=date(1946, 1, 1), max_value=date(2045, 12, 31))
TODAYS = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))
FOUR_DIGIT_FORMS = ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%d/%m-%Y", "%Y-%m-%d", "%d%m%Y"]
TWO_DIGIT_FORMS = ["%d.%m.%y", "%d/%m-%y", "%d-%m-%y", "%d/%m/%y", "%d%m%y"]


@given(day=st.dates(min_value=date(1000, 1, 1)), today=TODAYS,
       form=st.sampled_from(FOUR_DIGIT_FORMS))
def test_every_date_written_with_four_digits_reads_back(day, today, form):
    assert parse_date(day.strftime(form), today=today) == day


@given(day=WINDOW, today=TODAYS, form=st.sampled_from(TWO_DIGIT_FORMS))
def test_every_date_in_the_window_written_with_two_digits_reads_back(day, today, form):
    assert parse_date(day.strftime(form), today=today) == day


@given(day=WINDOW, today=TODAYS)
def test_without_leading_zeros_and_without_a_year(day, today):
    short = f"{day.day}.{day.month}.{day.year}"
    assert parse_date(short, today=today) == day
    this_year = None if (day.month, day.day) == (2, 29) else day.replace(year=today.year)
    assert parse_date(f"{day.day}.{day.month}", today=today) == this_year  # 2026: no 29.2


@given(day=st.dates(min_value=date(1000, 1, 1)))
def test_the_shown_form_reads_back(day):
    assert parse_date(format_date(day), today=TODAY) == day


def test_a_past_day_without_a_year_is_the_last_one_that_passed():
    """Typed on 2 January, "30/12" is three days ago, not next December."""
    from ips_desktop.domain.typed_dates import parse_past_date

    today = date(2027, 1, 2)
    assert parse_past_date("30/12", today=today) == date(2026, 12, 30)
    assert parse_past_date("30.12", today=today) == date(2026, 12, 30)
    assert parse_past_date("02.01", today=today) == today  # today stays today
    assert parse_past_date("30.12.2027", today=today) == date(2027, 12, 30)  # a year typed
    assert parse_past_date("2027-12-30", today=today) == date(2027, 12, 30)
    assert parse_past_date("29/2", today=date(2028, 2, 1)) == date(2028, 2, 29)  # none in 2027
    assert parse_past_date("31/2", today=today) is None
