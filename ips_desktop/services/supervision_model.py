"""What the weekly supervision list is made of: plain values every front end reads.

`services.supervision.supervision_list` fills them; the Supervision area, the
home screen, the printout, the spreadsheet and the participant page read them,
so none of them computes a figure of its own.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ips_desktop.domain.enums import FormStatus, Phase, PlacementKind
from ips_desktop.domain.rules import FACE_TO_FACE_WEEKLY_REFERENCE, CaseloadStatus, DueItem, RuleId


@dataclass(frozen=True)
class Deadline:
    """One dated rule's column: when it was met, or when it is due and how late it is."""

    done_on: date | None  # met on this day (None: not yet)
    due: date | None  # None: no deadline runs (met, or the rule has not begun)
    days_overdue: int = 0  # 0 while on time or met


@dataclass(frozen=True)
class FormProgress:
    """The profile or plan column: not started, a draft with x of y sections, or complete."""

    status: FormStatus | None  # None: not started
    sections_done: int
    sections_total: int


@dataclass(frozen=True)
class CurrentPlacement:
    kind: PlacementKind
    where: str  # the employer's name, or the school typed for an education
    title: str
    hours_per_week: float | None
    since: date
    ordinary_terms: bool  # False: a wage subsidy or the like, recorded but not counted


@dataclass(frozen=True)
class SupervisionRow:
    course_id: uuid.UUID
    participant_id: uuid.UUID
    name: str
    consultant_id: uuid.UUID | None
    consultant_initials: str
    phase: Phase
    referral_date: date
    days_in_ips: int
    first_meeting: Deadline
    first_employer_contact: Deadline
    profile: FormProgress
    plan: FormProgress
    plan_review: Deadline  # done_on: the last review
    last_contact: date | None
    days_since_contact: int | None
    outreach_due: bool  # no contact for more than 30 days (the monthly-contact rule is late)
    placement: CurrentPlacement | None
    next_follow_up: date | None  # the next employer follow-up for this participant, not done
    flags: tuple[DueItem, ...]  # the rules that are late, most overdue first
    consent_missing: bool
    discussed_on: date | None  # ticked as discussed in this week's supervision
    note: str  # this week's supervision note
    consent_withdrawn_on: date | None = None  # set when consent_missing because withdrawn

    @property
    def attention(self) -> int:
        """How late the latest rule is: the list shows the most overdue first."""
        return max((flag.days_overdue for flag in self.flags), default=0)

    def has_flag(self, rule: RuleId) -> bool:
        return any(flag.rule is rule for flag in self.flags)


@dataclass(frozen=True)
class ConsultantWeek:
    """One consultant's heading and rows; `consultant_id` None: courses nobody holds."""

    consultant_id: uuid.UUID | None
    initials: str
    name: str
    fte: float | None
    caseload: CaseloadStatus | None  # None where there is no FTE (nobody's courses)
    face_to_face: int  # face-to-face employer contacts this week
    presence_days: int  # days in psychiatry in the month of `as_of`
    new_referrals: int  # courses referred this week
    starts: int  # job and education starts this week on ordinary terms
    other_starts: int  # starts not on ordinary terms: recorded, not counted
    ends: int  # jobs and educations ended this week
    follow_ups_due: int  # employer follow-ups due by `as_of` and not done
    rows: tuple[SupervisionRow, ...]
    face_to_face_reference: int = FACE_TO_FACE_WEEKLY_REFERENCE


@dataclass(frozen=True)
class TeamTotals:
    """The printout's first page: the consultants' figures added up."""

    consultants: int
    open_courses: int
    capacity: int
    over_capacity: int  # consultants over their capacity
    face_to_face: int
    face_to_face_reference: int  # 6 for each consultant with an FTE
    presence_days: int
    new_referrals: int
    starts: int
    other_starts: int
    ends: int
    follow_ups_due: int
    overdue: dict[RuleId, int]  # courses late on each rule
    discussed: int


@dataclass(frozen=True)
class SupervisionList:
    week: tuple[int, int]
    as_of: date
    consultants: tuple[ConsultantWeek, ...]
    is_demo: bool = False
    consultant_id: uuid.UUID | None = None  # the list of one consultant, or None: the team
    _overdue: dict[RuleId, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def month(self) -> tuple[int, int]:
        return (self.as_of.year, self.as_of.month)

    @property
    def rows(self) -> list[SupervisionRow]:
        return [row for consultant in self.consultants for row in consultant.rows]

    def overdue_counts(self) -> dict[RuleId, int]:
        """Courses late on each rule (every rule listed, 0s included): the home screen's links."""
        counts = Counter(flag.rule for row in self.rows for flag in row.flags)
        return {rule: counts.get(rule, 0) for rule in RuleId}

    def totals(self) -> TeamTotals:
        held = [c for c in self.consultants if c.caseload is not None]
        return TeamTotals(
            consultants=len(held),
            open_courses=sum(len(c.rows) for c in self.consultants),
            capacity=sum(c.caseload.capacity for c in held if c.caseload),
            over_capacity=sum(1 for c in held if c.caseload and c.caseload.over),
            face_to_face=sum(c.face_to_face for c in self.consultants),
            face_to_face_reference=FACE_TO_FACE_WEEKLY_REFERENCE * len(held),
            presence_days=sum(c.presence_days for c in self.consultants),
            new_referrals=sum(c.new_referrals for c in self.consultants),
            starts=sum(c.starts for c in self.consultants),
            other_starts=sum(c.other_starts for c in self.consultants),
            ends=sum(c.ends for c in self.consultants),
            follow_ups_due=sum(c.follow_ups_due for c in self.consultants),
            overdue=self.overdue_counts(),
            discussed=sum(1 for row in self.rows if row.discussed_on is not None),
        )
