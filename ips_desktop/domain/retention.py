"""How long a person's data is kept after their last course ended (GDPR art. 5(1)(e)).

The rule is one line, `due_on`: a person is due for erasure on the day after
their last course's end date plus the period in whole years. The years are
added by dateutil's relativedelta, which keeps 29 February honest: a course
ended on 29.2.2024 is five years old on 28.2.2029 and due on 1.3.2029.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

DEFAULT_YEARS = 5
# At least a year: below that, a person re-referred after a short break (common in IPS,
# where support is time-unlimited) would find their history gone, and a 0 would list
# everyone whose course has ended. At most 30: a period longer than a working life is no
# limit at all (art. 5(1)(e) asks for one), and a slip such as 50 for 5 is caught.
MIN_YEARS, MAX_YEARS = 1, 30


@lru_cache(maxsize=8192)  # a list of thousands shares a few hundred end dates
def kept_until(ended_on: date, years: int) -> date:
    """The last day the data may be kept: the end date plus the period (29.2 → 28.2)."""
    return ended_on + relativedelta(years=years)


def due_on(ended_on: date, years: int) -> date:
    """The first day a person whose last course ended on `ended_on` is due for erasure."""
    return kept_until(ended_on, years) + timedelta(days=1)


def is_due(ended_on: date, years: int, today: date) -> bool:
    """Ended more than the period ago: `ended_on + years < today`."""
    return kept_until(ended_on, years) < today


def earliest_kept(years: int, today: date) -> date:
    """A day such that every end date due today lies on or before it (a query's bound).

    Any day after it plus the period reaches today, so no due course is missed
    when a query keeps end dates <= this day; `is_due` then decides exactly.
    """
    return today - relativedelta(years=years)


def years_in_range(years: int) -> bool:
    return MIN_YEARS <= years <= MAX_YEARS
