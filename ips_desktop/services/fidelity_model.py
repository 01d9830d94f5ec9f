"""What the fidelity self-check is made of: plain values every front end reads.

`services.fidelity.fidelity_self_check` fills them; the Fidelity tab, the
steering-group printout and the review history read them, so none of them
scores an item of its own. Texts (`name`, `figure`, `explanation`) are in the
language the services speak (`domain.messages.current_language()`); the numbers
beside them (`value`, `count`, `of`) let a printout in another language say
them its own way (`domain.fidelity` has the names and anchors in da/nb/en).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from ips_desktop.domain.fidelity import Band


@dataclass(frozen=True)
class BasisRow:
    """One row behind an item's figure, for the drill-down (a course, or a consultant for item 1).

    `counts` says whether the row counts toward the figure's aim (a contact
    outside the office, a permanent job, a course with monthly contact...);
    `reason` is a code saying why (an EndReason value, "temporary",
    "same_employer", "same_industry", "same_title", "office", "gap" ...) or "".
    """

    name: str  # the participant's name, or the consultant's for the caseload
    course_id: uuid.UUID | None
    participant_id: uuid.UUID | None
    consultant_id: uuid.UUID | None
    consultant_initials: str
    on: date | None  # the day the row is about (start, first contact, job start, end)
    value: float | None  # days, participants per FTE, a count...
    counts: bool
    reason: str = ""
    detail: str = ""  # a short text in the services' language (the job title, the employer)


@dataclass(frozen=True)
class ItemScore:
    """One item of the 15: its score 1–5 (None: no data, or not reviewed yet) and why."""

    item: str  # domain.fidelity key, e.g. "caseload_size"
    number: int  # 1–15
    name: str
    score: int | None
    figure: str  # e.g. "23,4 deltagere pr. FTE", "78 % (39 af 50)"
    basis: tuple[BasisRow, ...]
    derived: bool  # True: from the data (self-check); False: the team lead's review
    explanation: str = ""  # how the figure is made (domain.fidelity's mapping) / the comment
    value: float | None = None  # the figure as a number (ratio, median days, share 0–1)
    count: int | None = None  # a share's numerator
    of: int | None = None  # a share's denominator
    anchor: str = ""  # the anchor text of the score reached
    comment: str = ""  # a reviewed item's comment


@dataclass(frozen=True)
class ReviewSummary:
    """A saved review (history): the team lead's scores and the self-check as it stood then."""

    review_id: uuid.UUID
    reviewed_on: date
    period_start: date
    period_end: date
    reviewed_by: uuid.UUID | None
    reviewer_initials: str
    form_version: str
    scores: dict[str, int | None]  # the reviewed items (domain.fidelity.REVIEWED)
    comments: dict[str, str]
    derived: dict[str, int | None]  # the data-derived items' scores as saved
    total: int  # the sum of every score saved
    complete: bool  # all 15 items scored, so the total is out of 75 and has a band
    band: Band | None
    comment: str = ""


@dataclass(frozen=True)
class FidelityCheck:
    """The self-check for a period: 15 items, the derived total, the latest review's scores."""

    first: date  # the period's first day
    last: date  # its last day (today for the current month)
    as_of: date
    items: tuple[ItemScore, ...]  # all 15 in the scale's order
    derived_total: int  # the sum of the data-derived items scored (of at most 40)
    derived_max: int
    reviewed: ReviewSummary | None  # the latest review: its scores fill the 7 reviewed items
    total: int | None  # all 15 scored: the total of 75
    band: Band | None
    is_demo: bool = False
    per_consultant: dict[uuid.UUID, float] = field(default_factory=dict)  # item 1's ratios

    def item(self, key: str) -> ItemScore:
        return next(item for item in self.items if item.item == key)
