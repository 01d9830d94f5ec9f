"""What the home screen shows, read in one go off the GUI thread.

The figures come from the same services the Supervision area, the printout and
the employer log read (`supervision_list`, `occurrences_between`,
`due_follow_up_count`), so the home screen and the lists never disagree: this
module only chooses whose week is read, it computes no figure of its own.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ips_desktop.domain.enums import Role
from ips_desktop.domain.rules import iso_week, week_bounds
from ips_desktop.services import employer_log
from ips_desktop.services.calendar_model import Occurrence
from ips_desktop.services.calendar_read import occurrences_between
from ips_desktop.services.consultants import owner
from ips_desktop.services.context import AppContext
from ips_desktop.services.supervision import ConsultantWeek, SupervisionList, supervision_list

if TYPE_CHECKING:
    from ips_desktop.services.implementation_plan import PassedDeadline


@dataclass(frozen=True)
class HomeWeek:
    """One reading of the home screen: the week's list, my calendar, the counts that link."""

    today: date
    team: bool  # a team lead (or a demo without an owner): the team's figures
    me: uuid.UUID | None
    listing: SupervisionList
    events: tuple[Occurrence, ...]  # my calendar from today to Sunday, sorted by start
    counts: dict[str, int | None]  # "follow_up_due": mine, as the log lists them (None: damaged)
    plan_deadlines: tuple[PassedDeadline, ...] = ()  # a team lead's: the implementation plan's
    erasure_due: int = 0  # a team lead's: people past the retention period (services.retention)

    def mine(self) -> ConsultantWeek | None:
        """My heading in the list (None: a team lead without courses of their own)."""
        return next((c for c in self.listing.consultants
                     if c.consultant_id is not None and c.consultant_id == self.me), None)

    def events_on(self, day: date) -> list[Occurrence]:
        return [e for e in self.events if e.starts_at.date() <= day < _end_day(e)]


def _end_day(occurrence: Occurrence) -> date:
    """The day after the last day an occurrence touches (one ending at 00:00 does not)."""
    end = occurrence.ends_at
    last = (end - timedelta(microseconds=1)).date() if end > occurrence.starts_at else end.date()
    return last + timedelta(days=1)


def read_home_week(ctx: AppContext, today: date) -> HomeWeek:
    """Today's and the rest of this week's events, the week's list, the counts that link."""
    me = owner(ctx)
    team = me is None or me.role is Role.TEAM_LEAD
    week = iso_week(today)
    listing = supervision_list(ctx, week, today=today,
                               consultant_id=None if team else ctx.actor_id)
    sunday = week_bounds(week)[1]
    events: tuple[Occurrence, ...] = ()
    if ctx.actor_id is not None:  # a demo without an owner has no calendar of its own
        events = tuple(occurrences_between(
            ctx, datetime.combine(today, time()),
            datetime.combine(sunday + timedelta(days=1), time()),
            consultant_ids=[ctx.actor_id]))
    # The implementation plan is the team lead's (a demo without an owner has no one to ask);
    # read here, off the GUI thread, and imported only then (not at every start-up).
    deadlines: tuple[PassedDeadline, ...] = ()
    if me is not None and me.role is Role.TEAM_LEAD:
        from ips_desktop.services.implementation_plan import passed_deadlines

        deadlines = tuple(passed_deadlines(ctx, today=today))
    erasure_due = 0
    if me is not None and me.role is Role.TEAM_LEAD:  # the retention list is the lead's too
        from ips_desktop.services.retention import count_due

        erasure_due = count_due(ctx, today)
    return HomeWeek(today, team, ctx.actor_id, listing, events,
                    employer_log.overview_counts(ctx, today=today), deadlines, erasure_due)
