"""Presence coverage: in how many days a month a consultant sat in psychiatry.

IPS asks for co-location at least monthly (fidelity scale); the calendar marks
a month without any presence day, and the supervision list and the team
overview read the same figure from here, so all three agree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from ips_desktop.domain.enums import EventKind
from ips_desktop.services.calendar_read import window_items
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.models import Consultant


@dataclass(frozen=True)
class MonthCoverage:
    year: int
    month: int
    presence_days: int  # distinct days with a presence occurrence


def _month_start(year: int, month: int) -> datetime:
    return datetime.combine(date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1), time())


def _days_by(consultant_ids: list[uuid.UUID] | None, start: datetime,
             end: datetime, ctx: AppContext) -> dict[tuple[uuid.UUID | None, int, int], set[date]]:
    days: dict[tuple[uuid.UUID | None, int, int], set[date]] = defaultdict(set)
    with unit_of_work(ctx) as session:
        for row, _, starts, _ in window_items(session, start, end, consultant_ids=consultant_ids,
                                               kinds={EventKind.PRESENCE_DAY}):
            if start <= starts < end:
                days[(row.consultant_id, starts.year, starts.month)].add(starts.date())
    return days


def presence_coverage(ctx: AppContext, consultant_id: uuid.UUID, first: tuple[int, int],
                      last: tuple[int, int]) -> list[MonthCoverage]:
    """Each month from `first` to `last` (year, month; inclusive), 0 for a month without."""
    start = _month_start(*first)
    end = _month_start(last[0], last[1] + 1)
    days = _days_by([consultant_id], start, end, ctx)
    months = []
    moment = start
    while moment < end:
        found = days.get((consultant_id, moment.year, moment.month), set())
        months.append(MonthCoverage(moment.year, moment.month, len(found)))
        moment = _month_start(moment.year, moment.month + 1)
    return months


def team_presence_coverage(ctx: AppContext, year: int, month: int) -> dict[uuid.UUID, int]:
    """Every active consultant's presence days in the month, 0s included."""
    with unit_of_work(ctx) as session:
        everyone = list(session.scalars(select(Consultant.id).where(
            Consultant.deleted_at.is_(None))))
    start, end = _month_start(year, month), _month_start(year, month + 1)
    days = _days_by(None, start, end, ctx)
    return {c: len(days.get((c, year, month), set())) for c in everyone}
