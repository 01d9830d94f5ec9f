"""The IPS time rules as pure functions of dates, so every screen and printout agrees.

Every deadline here is a reminder for the consultant and the supervision list;
none of them blocks intake, job search or saving (zero exclusion, seeds 002 and 004).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ips_desktop.domain.enums import FACE_TO_FACE_MODES, OPEN_PHASES, ContactMode, Phase

FIRST_MEETING_DAYS = 7
"""Seed 002: "møtes IPS-konsulentene og deltakerne innen en uke etter henvisning"."""

FIRST_EMPLOYER_CONTACT_DAYS = 30
"""Seed 002, principle 5: job search "innen én måned etter at de begynner i IPS-programmet"."""

PROFILE_AND_PLAN_DAYS = 21
"""Seed 002: profile and plan "innen noen få uker"; three weeks is our reading of "a few"."""

PLAN_REVIEW_DAYS = 91
"""Seed 002 job description: "oppdatere planene hvert kvartal"; 13 weeks, a quarter."""

PARTICIPANT_CONTACT_DAYS = 30
"""Seed 002 fidelity item "Aktiv innsats": contact "minst en gang i måneden"."""

CASELOAD_PER_FULL_TIME = 25
"""Seed 000: "Caseload for en fuldtids IPS-konsulent bør ikke overstige 25 deltagere"; 002 too."""

MAX_FTE = 1.5
"""Above this an FTE is a typing slip (hours entered as FTE), not a real position."""

FACE_TO_FACE_WEEKLY_REFERENCE = 6
"""IPS fidelity scale (job development): six face-to-face employer contacts a week.

No seed states the number; it is the fidelity scale's own reference, shown as a
reference for supervision, never as a quota a consultant is judged against alone.
"""


def is_overdue(due: date, today: date) -> bool:
    """The due day itself is still on time, so only the day after counts as late."""
    return today > due


def days_overdue(due: date, today: date) -> int:
    """Never negative, so a list can sort and print it without special cases."""
    return max(0, (today - due).days)


def first_meeting_due(referral_date: date) -> date:
    """Seed 002: "innen en uke etter henvisning" — day 7 after the referral is on time."""
    return referral_date + timedelta(days=FIRST_MEETING_DAYS)


def first_meeting_was_late(referral_date: date, first_meeting_date: date) -> bool:
    """A late first meeting still counts as held; lateness is kept for fidelity reviews."""
    return first_meeting_date > first_meeting_due(referral_date)


def course_start(referral_date: date, first_meeting_date: date | None) -> date:
    """Seed 002 counts from "begynner i IPS-programmet", which we take as the first meeting.

    Until that meeting is held the referral date stands in, so the clock never
    waits on the consultant and a slow start cannot hide the later deadlines.
    """
    return first_meeting_date if first_meeting_date is not None else referral_date


def first_employer_contact_due(start: date) -> date:
    """Seed 002, principle 5: job search starts "innen én måned", counted from course_start."""
    return start + timedelta(days=FIRST_EMPLOYER_CONTACT_DAYS)


def first_employer_contact_was_late(start: date, contact_date: date) -> bool:
    """A late first contact still ends the rule; lateness is kept for fidelity reviews."""
    return contact_date > first_employer_contact_due(start)


def profile_and_plan_due(start: date) -> date:
    """Seed 002: "innen noen få uker"; started is enough, as "ikke behøver å være ferdig utfylt"."""
    return start + timedelta(days=PROFILE_AND_PLAN_DAYS)


def plan_review_due(last_review_or_plan_start: date) -> date:
    """Seed 002: "oppdatere planene hvert kvartal"; a fixed 91 days keeps leap years simple."""
    return last_review_or_plan_start + timedelta(days=PLAN_REVIEW_DAYS)


def participant_contact_due(last_contact_or_start: date) -> date:
    """Seed 002 "Aktiv innsats": contact "minst en gang i måneden" while the course is open."""
    return last_contact_or_start + timedelta(days=PARTICIPANT_CONTACT_DAYS)


@dataclass(frozen=True)
class CaseloadStatus:
    count: int
    capacity: int
    over: bool
    free_places: int


def caseload_capacity(fte: float) -> int:
    """Seeds 000/002: at most 25 per full-time consultant, so capacity = FTE × 25 rounded down.

    Rounding down keeps the cap a maximum (FTE 0.5 gives 12, not 13); the small
    epsilon stops binary floating point turning 1.16 × 25 = 28.999… into 28.
    """
    if not math.isfinite(fte) or fte <= 0 or fte > MAX_FTE:
        raise ValueError(f"FTE must be above 0 and at most {MAX_FTE}, got {fte!r}")
    return math.floor(fte * CASELOAD_PER_FULL_TIME + 1e-9)


def caseload_status(open_courses: int, fte: float) -> CaseloadStatus:
    """Being over the cap is shown to the team lead; it never stops a referral (seed 004)."""
    if open_courses < 0:
        raise ValueError(f"open_courses cannot be negative, got {open_courses}")
    capacity = caseload_capacity(fte)
    return CaseloadStatus(
        count=open_courses,
        capacity=capacity,
        over=open_courses > capacity,
        free_places=max(0, capacity - open_courses),
    )


def iso_week(d: date) -> tuple[int, int]:
    """GLOSSARY: weeks are ISO 8601, so 2027-01-01 belongs to week 53 of 2026."""
    iso = d.isocalendar()
    return (iso.year, iso.week)


def week_bounds(week: tuple[int, int]) -> tuple[date, date]:
    """The Monday and Sunday of ISO week (year, week): the days a week's filter spans."""
    monday = date.fromisocalendar(week[0], week[1], 1)
    return monday, monday + timedelta(days=6)


def shift_week(week: tuple[int, int], weeks: int) -> tuple[int, int]:
    """The ISO week `weeks` after `week` (before, when negative); 53-week years included."""
    return iso_week(week_bounds(week)[0] + timedelta(weeks=weeks))


def parse_iso_week(text: str) -> tuple[int, int]:
    """ "2026-W47" (or "2026W47", "2026-w47") as (2026, 47); ValueError for a week that is not.

    Week 53 exists only in the years that have one (2026 does, 2027 does not).
    """
    cleaned = text.strip().upper().replace("-W", "W")
    year_text, sep, week_text = cleaned.partition("W")
    if not sep or not (year_text.isdigit() and len(year_text) == 4) or not (
            week_text.isdigit() and 1 <= len(week_text) <= 2):
        raise ValueError(f"not an ISO week: {text!r}")
    year, week = int(year_text), int(week_text)
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise ValueError(f"not an ISO week: {text!r}") from exc
    return iso_week(monday)


def week_as_of(week: tuple[int, int], today: date) -> date:
    """The day a week's figures are read at: today in this week, else the nearest day of it.

    A past week is read at its Sunday and a coming week at its Monday, so a list
    printed ahead of next week's supervision shows what will be late on Monday.
    """
    monday, sunday = week_bounds(week)
    return min(max(today, monday), sunday)


def weekly_face_to_face_counts(
    contacts: Iterable[tuple[date, ContactMode]],
) -> dict[tuple[int, int], int]:
    """Only face-to-face contacts count toward the fidelity reference; phone and e-mail do not.

    Weeks without a face-to-face contact are absent; callers pick the weeks they
    show and read a missing week as 0.
    """
    counts = Counter(iso_week(day) for day, mode in contacts if mode in FACE_TO_FACE_MODES)
    return dict(counts)


def week_meets_reference(count: int) -> bool:
    """The reference is a floor: six or more face-to-face contacts meets it."""
    return count >= FACE_TO_FACE_WEEKLY_REFERENCE


class RuleId(StrEnum):
    FIRST_MEETING = "first_meeting"
    FIRST_EMPLOYER_CONTACT = "first_employer_contact"
    PROFILE_AND_PLAN_STARTED = "profile_and_plan_started"
    PLAN_REVIEW = "plan_review"
    PARTICIPANT_CONTACT = "participant_contact"


_RULE_ORDER = {rule: index for index, rule in enumerate(RuleId)}


@dataclass(frozen=True, slots=True)
class CourseFacts:
    referral_date: date
    first_meeting_date: date | None
    first_employer_contact_date: date | None
    profile_started: date | None
    plan_started: date | None
    last_plan_review: date | None
    last_contact_date: date | None
    phase: Phase
    ended_on: date | None = None


@dataclass(frozen=True, slots=True)
class DueItem:
    rule: RuleId
    due: date
    overdue: bool
    days_overdue: int


def is_open(facts: CourseFacts, today: date) -> bool:
    """A stated end in the future keeps follow-along support running until that day (002)."""
    if facts.phase not in OPEN_PHASES:
        return False
    return facts.ended_on is None or facts.ended_on > today


def _open_deadlines(facts: CourseFacts) -> list[tuple[RuleId, date]]:
    start = course_start(facts.referral_date, facts.first_meeting_date)
    deadlines: list[tuple[RuleId, date]] = []
    if facts.first_meeting_date is None:
        deadlines.append((RuleId.FIRST_MEETING, first_meeting_due(facts.referral_date)))
    if facts.first_employer_contact_date is None:
        deadlines.append((RuleId.FIRST_EMPLOYER_CONTACT, first_employer_contact_due(start)))
    if facts.profile_started is None or facts.plan_started is None:
        deadlines.append((RuleId.PROFILE_AND_PLAN_STARTED, profile_and_plan_due(start)))
    # The quarterly clock runs from the last review, or from the plan's start before any.
    review_base = facts.last_plan_review or facts.plan_started
    if review_base is not None:
        deadlines.append((RuleId.PLAN_REVIEW, plan_review_due(review_base)))
    contact_base = facts.last_contact_date or start
    deadlines.append((RuleId.PARTICIPANT_CONTACT, participant_contact_due(contact_base)))
    return deadlines


def due_items(facts: CourseFacts, today: date) -> list[DueItem]:
    """One list for the participant and supervision lists, soonest (or most overdue) first.

    Satisfied rules drop out; the monthly contact and quarterly review recur, so
    an open course always has at least one item. An ended course has none,
    because IPS support has stopped at the person's wish or a stated end.
    """
    if not is_open(facts, today):
        return []
    items = [
        DueItem(rule, due, is_overdue(due, today), days_overdue(due, today))
        for rule, due in _open_deadlines(facts)
    ]
    items.sort(key=lambda item: (item.due, _RULE_ORDER[item.rule]))
    return items


def next_due(facts: CourseFacts, today: date) -> DueItem | None:
    """The one deadline a compact list column has room for."""
    items = due_items(facts, today)
    return items[0] if items else None
