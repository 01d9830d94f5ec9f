"""The demo team's staffing history and the team lead's expectations (the team overview).

Drawn from a generator of its own (seeded by the plan's owner id), so every
other table stays as the plan drew it:

- every consultant is in the team from the month of the first referral, at
  today's FTE;
- one consultant changed FTE mid-month about seven months ago (was 1.0, or
  0.8 for someone at 1.0 now);
- one former consultant left mid-month about ten months ago: the courses
  that ended before they left are theirs, the open ones were moved to the
  others (no reassignment history exists, so they count for the others);
- targets for the last 24 months, both measures, that the team roughly meets:
  102 % of the demo's own figures averaged over five months around each month
  (the expectation a team lead would have drawn, a little ahead of the
  actual line).
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ips_desktop.domain.enums import EndReason, PlacementKind, Role
from ips_desktop.domain.overview import (
    CourseFact,
    PlacementFact,
    add_months,
    in_course,
    in_job,
    month_end,
    month_of,
    month_range,
)
from ips_desktop.services.demo import names as dk
from ips_desktop.services.demo.plan import Plan, PlannedConsultant, Row

LEFT_MONTHS_AGO = 10
CHANGED_MONTHS_AGO = 7
TARGET_MONTHS = 24


@dataclass(eq=False)
class Staffing:
    """The staffing story drawn for one plan."""

    team_since: date
    former: PlannedConsultant
    left_on: date
    changed: PlannedConsultant
    changed_on: date
    fte_before: float


def draw(plan: Plan) -> Staffing:
    """Add the former consultant and give them the courses that ended before they left."""
    rng = random.Random(f"ips-demo-staffing:{plan.owner.id}")
    today = plan.today
    team_since = month_of(min(c.referral for c in plan.courses))
    taken = {c.initials for c in plan.consultants}
    name = dk.person_name(rng, international_share=0.05)[0]
    while dk.initials(name) in taken:
        name = dk.person_name(rng, international_share=0.05)[0]
    donor = plan.caseload[-1]
    former = PlannedConsultant(uuid.UUID(int=rng.getrandbits(128), version=4), name,
                               dk.initials(name), 1.0, donor.municipality, Role.CONSULTANT,
                               donor.presence_day)
    left_on = add_months(month_of(today), -LEFT_MONTHS_AGO) + timedelta(days=13)
    share = 1 / (len(plan.caseload) + 1)
    by_id = {row["id"]: row for row in plan.course_rows}
    for course in plan.courses:
        if course.ended_on is not None and course.ended_on < left_on and rng.random() < share:
            course.consultant = former
            by_id[course.id]["consultant_id"] = former.id
    changed = plan.caseload[1] if len(plan.caseload) > 1 else plan.caseload[0]
    changed_on = add_months(month_of(today), -CHANGED_MONTHS_AGO) + timedelta(days=15)
    fte_before = 1.0 if changed.fte < 1.0 else 0.8
    return Staffing(team_since, former, left_on, changed, changed_on, fte_before)


def period_rows(plan: Plan, story: Staffing) -> Iterator[Row]:
    """One open period per consultant; the change and the leaver as two and one closed."""
    for c in plan.consultants:
        if c is story.changed:
            yield plan.record() | {"consultant_id": c.id, "starts_on": story.team_since,
                                   "ends_on": story.changed_on - timedelta(days=1),
                                   "fte": story.fte_before}
            yield plan.record() | {"consultant_id": c.id, "starts_on": story.changed_on,
                                   "ends_on": None, "fte": c.fte}
        else:
            yield plan.record() | {"consultant_id": c.id, "starts_on": story.team_since,
                                   "ends_on": None, "fte": c.fte}
    yield plan.record() | {"consultant_id": story.former.id, "starts_on": story.team_since,
                           "ends_on": story.left_on, "fte": story.former.fte}


def target_rows(plan: Plan, placements: list[Row]) -> Iterator[Row]:
    """Both measures' expectations for the last 24 months, from the demo's own figures."""
    today = plan.today
    courses = [CourseFact(r["id"], r["participant_id"], r["consultant_id"], r["referral_date"],
                          r["ended_on"], EndReason(r["end_reason"]) if r["end_reason"] else None)
               for r in plan.course_rows]
    by_course: dict = defaultdict(list)
    for p in placements:
        by_course[p["course_id"]].append(PlacementFact(
            p["course_id"], PlacementKind(p["kind"]), p["start_date"], p["end_date"],
            p["ordinary_terms"], p["hours_per_week"]))
    months = month_range(add_months(month_of(today), 1 - TARGET_MONTHS), month_of(today))
    days = [month_end(m, today) or today for m in months]
    for measure, count in (("in_course", lambda d: in_course(courses, d)),
                           ("in_job", lambda d: in_job(courses, by_course, d))):
        actual = [count(day) for day in days]
        for i, month in enumerate(months):
            window = actual[max(0, i - 2):i + 3]  # what the team lead foresaw, roughly
            value = round(sum(window) / len(window) * 1.02)
            yield plan.record() | {"month": month, "measure": measure, "value": value}
