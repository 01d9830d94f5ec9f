"""What `services.overview.team_overview` returns: plain dataclasses for the screen, PDF, xlsx, CLI.

`MonthFigures` and `Share` are defined in `domain.overview` (the domain
functions build them) and re-exported here, so front ends import every type
of the overview from this one module.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from ips_desktop.domain.overview import MonthFigures, Share

__all__ = [
    "MEASURE_IN_COURSE",
    "MEASURE_IN_JOB",
    "REFERENCES",
    "ConsultantSeries",
    "MonthFigures",
    "Reference",
    "Series",
    "Share",
    "TeamOverview",
]

MEASURE_IN_COURSE = "in_course"
MEASURE_IN_JOB = "in_job"


@dataclass(frozen=True)
class Series:
    """One figure set per month of the period, in order (months after today: counts None)."""

    months: tuple[MonthFigures, ...]

    def latest(self) -> MonthFigures | None:
        """The last month that has figures (the current month, or the period's last)."""
        counted = [m for m in self.months if m.counted]
        return counted[-1] if counted else None

    def totals(self) -> MonthFigures | None:
        """Referrals, ends and starts summed over the counted months (fte, in_course and
        in_job are the latest month's: they are states, not flows). None: nothing counted."""
        counted = [m for m in self.months if m.counted]
        if not counted:
            return None
        last = counted[-1]
        ended: dict = {}
        for m in counted:
            for reason, n in (m.ended or {}).items():
                ended[reason] = ended.get(reason, 0) + n
        return MonthFigures(last.month, last.fte, last.in_course, last.in_job,
                            sum(m.referrals or 0 for m in counted), ended,
                            sum(m.job_starts or 0 for m in counted),
                            sum(m.education_starts or 0 for m in counted),
                            sum(m.other_starts or 0 for m in counted))


@dataclass(frozen=True)
class ConsultantSeries:
    """One consultant's figures, counted by the course's *current* consultant.

    No history of reassignment is kept: a course moved to another consultant
    counts for the new one in every month, also before the move (say so in
    the texts that show it). `left_on` is the end of the last staffing period
    when no period is open (the consultant has left the team), else None.
    """

    consultant_id: uuid.UUID
    initials: str
    name: str
    series: Series
    within_18: Share
    left_on: date | None = None


@dataclass(frozen=True)
class Reference:
    """A published figure shown beside `within_18`.

    `label` is a message code (`domain.messages.message(label)` gives the text in
    the user's language); `source` names the publication in a few words.
    """

    value: float
    label: str
    source: str


REFERENCES: tuple[Reference, ...] = (
    Reference(0.595, "overview_ref_inklusion", "Inklusion (seed 000)"),
    Reference(0.60, "overview_ref_region_sjaelland", "IPS Region Sjælland (seed 004)"),
)


@dataclass(frozen=True)
class TeamOverview:
    """The team's (and each consultant's) figures for the months `first`..`last`.

    `first`/`last` are first days of months; `as_of` the day the period is read
    at (the last month's end, or today); `months` every month of the period;
    `targets[measure][month]` the team lead's expectation ("in_course" /
    "in_job"), months without one left out; `within_18` the share for the team
    at `as_of`; `consultants` sorted by name, only those with staffing or
    courses in the period (a consultant who left shows `left_on`). A course
    without a consultant counts for the team only.
    """

    first: date
    last: date
    as_of: date
    months: tuple[date, ...]
    team: Series
    consultants: tuple[ConsultantSeries, ...]
    targets: dict[str, dict[date, int]] = field(default_factory=dict)
    within_18: Share = field(default_factory=lambda: Share(0, 0, None))
    references: tuple[Reference, ...] = REFERENCES
    is_demo: bool = False

    def consultant(self, consultant_id: uuid.UUID) -> ConsultantSeries | None:
        return next((c for c in self.consultants if c.consultant_id == consultant_id), None)

    def target(self, measure: str, month: date) -> int | None:
        return self.targets.get(measure, {}).get(month)
