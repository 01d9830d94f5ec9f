"""Team overviews and fidelity self-checks made by hand (the services' own dataclasses, no
database), for what the hand-built data set (tests/overview_data.py) does not hold: 24
months, a complete fidelity review with its band, a demo database's printout."""

from __future__ import annotations

import uuid
from datetime import date

from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.fidelity import Band
from ips_desktop.services.fidelity_model import FidelityCheck, ItemScore
from ips_desktop.services.overview_model import (
    ConsultantSeries,
    MonthFigures,
    Series,
    Share,
    TeamOverview,
)


def months_from(first: date, count: int) -> tuple[date, ...]:
    return tuple(date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
                 for i in range(count))


ANNE = uuid.UUID(int=1)
BO = uuid.UUID(int=2)


def overview(count: int = 6, *, future: int = 1, is_demo: bool = False) -> TeamOverview:
    """`count` months from December 2025, the last `future` of them after today.

    Team: in a course 10, 11, 12, …; in job 2, 3, 4, …; FTE 2.5 then 2.0 from the fourth
    month (Bo went to half time); one referral a month, the third month two; an ending in
    the second month (moved away) and the fourth (participant's wish); a job start in the
    third month, an education start in the fourth, a wage-subsidy start in the fifth.
    Targets: in a course 12 each month, in job 3 from the second month.
    """
    months = months_from(date(2025, 12, 1), count)
    known = count - future

    def month(i: int, scale: float) -> MonthFigures:
        if i >= known:
            return MonthFigures(months[i], None, None, None, None, None, None, None, None)
        ended = dict.fromkeys(EndReason, 0)
        if i == 1:
            ended[EndReason.MOVED_AWAY] = 1
        if i == 3:
            ended[EndReason.PARTICIPANT_WISH] = 1
        return MonthFigures(months[i], (2.5 if i < 3 else 2.0) * scale, round((10 + i) * scale),
                     round((2 + i) * scale), round((2 if i == 2 else 1) * scale), ended,
                     1 if i == 2 else 0, 1 if i == 3 else 0, 1 if i == 4 else 0)

    team = Series(tuple(month(i, 1) for i in range(count)))
    half = Series(tuple(month(i, 0.5) for i in range(count)))
    return TeamOverview(
        first=months[0], last=months[-1], as_of=date(2026, 11, 20), months=months,
        team=team,
        consultants=(
            ConsultantSeries(ANNE, "AB", "Anne Berg", half, Share(4, 2, 0.5)),
            ConsultantSeries(BO, "BØ", "Bo Østergård", half, Share(2, 1, 0.5),
                             left_on=date(2026, 3, 31)),
        ),
        targets={"in_course": {m: 12 for m in months},
                 "in_job": {m: 3 for m in months[1:]}},
        within_18=Share(6, 3, 0.5), is_demo=is_demo,
    )


def check(*, complete: bool = True) -> FidelityCheck:
    """15 items: the 8 from the data scored 4, the 7 reviewed 5 (or not yet): 67, good."""
    from ips_desktop.domain import fidelity

    items = tuple(
        ItemScore(item.key, item.number, item.name.get("da"),
                  4 if item.derived else (5 if complete else None),
                  f"Tal for punkt {item.number}" if item.derived else "", (), item.derived)
        for item in fidelity.ITEMS)
    return FidelityCheck(date(2025, 12, 1), date(2026, 4, 30), date(2026, 11, 20), items, 32,
                         40, None, 67 if complete else None, Band.GOOD if complete else None)
