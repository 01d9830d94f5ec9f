"""Small stand-ins for the Team overview's and the fidelity self-check's results, with the
fields the brief gives them, so the printout and the workbook can be tested on figures
chosen by hand (every value known) beside the real services' data sets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from ips_desktop.domain.enums import EndReason


@dataclass(frozen=True)
class Month:
    month: date
    fte: float | None
    in_course: int | None
    in_job: int | None
    referrals: int | None
    ended: dict[EndReason, int] | None
    job_starts: int | None
    education_starts: int | None
    other_starts: int | None


@dataclass(frozen=True)
class Series:
    months: tuple[Month, ...]


@dataclass(frozen=True)
class Share:
    cohort: int
    reached: int
    share: float | None


@dataclass(frozen=True)
class Reference:
    value: float
    label: str
    source: str


@dataclass(frozen=True)
class Consultant:
    consultant_id: uuid.UUID | None
    initials: str
    name: str
    series: Series
    within_18: Share
    left_on: date | None = None


@dataclass(frozen=True)
class Overview:
    first: date
    last: date
    as_of: date
    months: tuple[date, ...]
    team: Series
    consultants: tuple[Consultant, ...]
    targets: dict[str, dict[date, int]]
    within_18: Share
    references: tuple[Reference, ...] = field(default_factory=tuple)
    is_demo: bool = False


@dataclass(frozen=True)
class Item:
    item: str
    number: int
    name: str
    score: int | None
    figure: str
    basis: tuple[object, ...]
    derived: bool


@dataclass(frozen=True)
class Check:
    items: tuple[Item, ...]
    derived_total: int
    reviewed: object
    total: int | None
    band: str | None


def months_from(first: date, count: int) -> tuple[date, ...]:
    return tuple(date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
                 for i in range(count))


ANNE = uuid.UUID(int=1)
BO = uuid.UUID(int=2)


def overview(count: int = 6, *, future: int = 1, is_demo: bool = False) -> Overview:
    """`count` months from December 2025, the last `future` of them after today.

    Team: in a course 10, 11, 12, …; in job 2, 3, 4, …; FTE 2.5 then 2.0 from the fourth
    month (Bo went to half time); one referral a month, the third month two; an ending in
    the second month (moved away) and the fourth (participant's wish); a job start in the
    third month, an education start in the fourth, a wage-subsidy start in the fifth.
    Targets: in a course 12 each month, in job 3 from the second month.
    """
    months = months_from(date(2025, 12, 1), count)
    known = count - future

    def month(i: int, scale: float) -> Month:
        if i >= known:
            return Month(months[i], None, None, None, None, None, None, None, None)
        ended: dict[EndReason, int] = {}
        if i == 1:
            ended[EndReason.MOVED_AWAY] = 1
        if i == 3:
            ended[EndReason.PARTICIPANT_WISH] = 1
        return Month(months[i], (2.5 if i < 3 else 2.0) * scale, round((10 + i) * scale),
                     round((2 + i) * scale), round((2 if i == 2 else 1) * scale), ended,
                     1 if i == 2 else 0, 1 if i == 3 else 0, 1 if i == 4 else 0)

    team = Series(tuple(month(i, 1) for i in range(count)))
    half = Series(tuple(month(i, 0.5) for i in range(count)))
    return Overview(
        first=months[0], last=months[-1], as_of=date(2026, 11, 20), months=months,
        team=team,
        consultants=(
            Consultant(ANNE, "AB", "Anne Berg", half, Share(4, 2, 0.5)),
            Consultant(BO, "BØ", "Bo Østergård", half, Share(2, 1, 0.5),
                       left_on=date(2026, 3, 31)),
        ),
        targets={"in_course": {m: 12 for m in months},
                 "in_job": {m: 3 for m in months[1:]}},
        within_18=Share(6, 3, 0.5),
        references=(Reference(0.595, "inklusion", "seed 000"),
                    Reference(0.60, "almost_60", "seed 004")),
        is_demo=is_demo,
    )


def check(*, complete: bool = True) -> Check:
    """15 items: 8 from the data (4 each), 7 reviewed (5 each, or unscored): 67 = good."""
    items = tuple(
        Item(f"item_{n}", n, f"Punkt nummer {n}", 4 if n <= 8 else (5 if complete else None),
             f"Tal for punkt {n}" if n <= 8 else "", (), n <= 8)
        for n in range(1, 16))
    return Check(items, 32, None, 67 if complete else None, "good" if complete else None)
