"""The team overview for the steering group: monthly figures, targets and the team's comments.

Team leads only. The facts (courses, placements, staffing periods,
consultants, targets) are read in five plain queries, whole tables but only
the columns counted, and counted by `domain.overview` in one pass, so the
screen, the printout, the spreadsheet and the CLI show the same figures.
Reading is audited (READ "overview", with the period and counts: ids only).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, EndReason, PlacementKind, Role
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.overview import (
    MAX_TARGET,
    MEASURES,
    CourseFact,
    Id,
    MonthFigures,
    PlacementFact,
    Share,
    StaffFact,
    as_of_day,
    count_months,
    month_last_day,
    month_of,
    month_range,
    within_18_outcome,
)
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.overview_model import (
    REFERENCES,
    ConsultantSeries,
    Series,
    TeamOverview,
)
from ips_desktop.storage.models import (
    Consultant,
    Course,
    OverviewComment,
    OverviewTarget,
    Participant,
    Placement,
    StaffingPeriod,
    utcnow,
)
from ips_desktop.storage.sql_functions import stored_text
from ips_desktop.storage.unique import get_or_insert

ENTITY = "overview"
MAX_COMMENT = 4000


class TeamLeadOnly(PermissionError):
    """The overview, its targets and comments are the team lead's (a consultant is refused)."""

    message_code = "overview_team_lead_only"

    def __init__(self) -> None:
        super().__init__(message(self.message_code))


def require_team_lead(session: Session, actor_id: uuid.UUID | None) -> None:
    """Raise TeamLeadOnly unless the acting consultant is a live team lead."""
    row = session.get(Consultant, actor_id) if actor_id is not None else None
    if row is None or row.deleted_at is not None or row.role != Role.TEAM_LEAD.value:
        raise TeamLeadOnly()


# -- reading --------------------------------------------------------------------------------

def team_overview(ctx: AppContext, first: date, last: date, *, today: date) -> TeamOverview:
    """The months of `first`..`last` (any days in them) for the team and each consultant."""
    first, last = month_of(first), month_of(last)
    if last < first:
        first, last = last, first
    months = month_range(first, last)
    as_of = as_of_day(last, today)
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        courses = read_courses(session)
        placements = read_placements(session)
        periods = read_periods(session)
        people = read_consultants(session)
        targets = read_targets(session, first, last)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details={"first": first.isoformat(), "last": last.isoformat(),
                              "months": len(months), "courses": len(courses)})
    return build_overview(first, last, today, as_of, months, courses, placements, periods,
                          people, targets, ctx.is_demo)


def build_overview(first: date, last: date, today: date, as_of: date, months: tuple[date, ...],
                   courses: Sequence[CourseFact],
                   placements: dict[Id, list[PlacementFact]],
                   periods: Sequence[StaffFact], people: dict[uuid.UUID, tuple[str, str]],
                   targets: dict[str, dict[date, int]], is_demo: bool) -> TeamOverview:
    """Count the facts (no database): the team, then each consultant by the course's holder."""
    team, per_holder = count_months(months, today, courses, placements, periods)
    staff: dict[uuid.UUID, list[StaffFact]] = defaultdict(list)
    for period in periods:
        staff[period.consultant_id].append(period)
    range_end = month_last_day(last)
    key = sort_key()
    cohorts: dict[uuid.UUID | None, list[int]] = defaultdict(lambda: [0, 0])
    for course in courses:
        outcome = within_18_outcome(course, placements, as_of)
        if outcome is not None:
            for holder in {None, course.consultant_id}:
                cohorts[holder][0] += 1
                cohorts[holder][1] += outcome
    series: list[ConsultantSeries] = []
    for cid, (initials, name) in people.items():
        theirs = staff.get(cid, [])
        in_range = any(p.starts_on <= range_end and (p.ends_on is None or p.ends_on >= first)
                       for p in theirs)
        figures = per_holder.get(cid)
        if figures is None or (not in_range and not any(_active(m) for m in figures)):
            continue
        left_on = None
        if theirs and all(p.ends_on is not None for p in theirs):
            left_on = max(p.ends_on for p in theirs if p.ends_on is not None)
        cohort, reached = cohorts.get(cid, (0, 0))
        series.append(ConsultantSeries(cid, initials, name, Series(figures),
                                       Share.of(reached, cohort), left_on))
    series.sort(key=lambda c: (key(c.name), c.initials))
    cohort, reached = cohorts.get(None, (0, 0))
    return TeamOverview(first, last, as_of, months, Series(team), tuple(series), targets,
                        Share.of(reached, cohort), REFERENCES, is_demo)


def _active(figures: MonthFigures) -> bool:
    """Whether a month shows anything for a consultant (one who left long ago is not listed)."""
    return bool(figures.in_course or figures.referrals or figures.job_starts
                or figures.education_starts or figures.other_starts or figures.ended_total)


def read_courses(session: Session) -> list[CourseFact]:
    """Every live course of a live participant."""
    rows = session.connection().execute(
        select(_text(Course.id), _text(Course.participant_id), _text(Course.consultant_id),
               Course.referral_date, Course.ended_on, Course.end_reason)
        .join(Participant, Participant.id == Course.participant_id)
        .where(Course.deleted_at.is_(None), Participant.deleted_at.is_(None)))
    reasons = {r.value: r for r in EndReason}
    holders: dict[str | None, uuid.UUID | None] = {None: None}
    out = []
    for cid, pid, holder, referred, ended, reason in rows.all():
        if holder not in holders:
            holders[holder] = uuid.UUID(holder)
        out.append(CourseFact(cid, pid, holders[holder], referred, ended, reasons.get(reason)))
    return out


def _text(column: Any) -> Any:
    """An id column as its stored text (no UUID object per row; see domain.overview.Id)."""
    return stored_text(column)


def read_placements(session: Session) -> dict[Id, list[PlacementFact]]:
    """Every live placement of a live course, by course."""
    rows = session.connection().execute(
        select(_text(Placement.course_id), Placement.kind, Placement.start_date, Placement.end_date,
               Placement.ordinary_terms, Placement.hours_per_week)
        .join(Course, Course.id == Placement.course_id)
        .where(Placement.deleted_at.is_(None), Course.deleted_at.is_(None)))
    kinds = {k.value: k for k in PlacementKind}
    out: dict[Id, list[PlacementFact]] = defaultdict(list)
    for course_id, kind, start, end, ordinary, hours in rows.all():
        out[course_id].append(PlacementFact(course_id, kinds[kind], start, end,
                                            bool(ordinary), hours))
    return out


def read_periods(session: Session) -> list[StaffFact]:
    """Every live staffing period of a live consultant."""
    rows = session.execute(
        select(StaffingPeriod.consultant_id, StaffingPeriod.starts_on, StaffingPeriod.ends_on,
               StaffingPeriod.fte)
        .join(Consultant, Consultant.id == StaffingPeriod.consultant_id)
        .where(StaffingPeriod.deleted_at.is_(None), Consultant.deleted_at.is_(None)))
    return [StaffFact(cid, starts, ends, float(fte)) for cid, starts, ends, fte in rows]


def read_consultants(session: Session) -> dict[uuid.UUID, tuple[str, str]]:
    rows = session.execute(select(Consultant.id, Consultant.initials, Consultant.name)
                           .where(Consultant.deleted_at.is_(None)))
    return {cid: (initials, name) for cid, initials, name in rows}


def read_targets(session: Session, first: date, last: date) -> dict[str, dict[date, int]]:
    rows = session.execute(
        select(OverviewTarget.measure, OverviewTarget.month, OverviewTarget.value)
        .where(OverviewTarget.deleted_at.is_(None), OverviewTarget.month >= first,
               OverviewTarget.month <= last))
    out: dict[str, dict[date, int]] = {measure: {} for measure in MEASURES}
    for measure, month, value in rows:
        out.setdefault(measure, {})[month] = int(value)
    return out


# -- targets --------------------------------------------------------------------------------

def set_target(ctx: AppContext, month: date, measure: str, value: int | None) -> None:
    """The expectation for one month and measure ("in_course" / "in_job"); None clears it."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 0 <= value <= MAX_TARGET):
        raise ValidationError([FieldError("target",
                                          message("overview_target_range", max=MAX_TARGET))])
    month = month_of(month)
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        row = session.scalar(select(OverviewTarget).where(
            OverviewTarget.deleted_at.is_(None), OverviewTarget.month == month,
            OverviewTarget.measure == measure))
        details = {"month": month.isoformat(), "measure": measure, "value": value}
        if value is None:
            if row is not None:
                row.deleted_at = utcnow()
                audit.record(session, ctx.actor_id, AuditAction.DELETE, "overview_target",
                             row.id, details=details)
            return
        created = False
        if row is None:  # one live target per month and measure, also with two writers
            row, created = get_or_insert(session, OverviewTarget,
                                         {"month": month, "measure": measure},
                                         "ux_overview_target_month_measure", {"value": value})
        if created:
            audit.record(session, ctx.actor_id, AuditAction.CREATE, "overview_target", row.id,
                         details=details)
        elif row.value != value:
            row.value = value
            audit.record(session, ctx.actor_id, AuditAction.UPDATE, "overview_target", row.id,
                         details=details)


# -- the team's comments ----------------------------------------------------------------------

def _period(first: date, last: date) -> tuple[date, date]:
    first, last = month_of(first), month_of(last)
    return (first, last) if first <= last else (last, first)


def comment_for(ctx: AppContext, first: date, last: date) -> str:
    """The team's comment for the period of these months ("" when none was written)."""
    start, end = _period(first, last)
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        text = session.scalar(select(OverviewComment.comment).where(
            OverviewComment.deleted_at.is_(None), OverviewComment.period_start == start,
            OverviewComment.period_end == end))
    return text or ""


def save_comment(ctx: AppContext, first: date, last: date, text: str) -> None:
    """Store the team's comment for the period (checked like every text; ≤ 4000 characters)."""
    problem = text_problem(text, max_len=MAX_COMMENT, multiline=True)
    if problem:
        raise ValidationError([FieldError("comment", problem)])
    start, end = _period(first, last)
    text = text.strip()
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        row = session.scalar(select(OverviewComment).where(
            OverviewComment.deleted_at.is_(None), OverviewComment.period_start == start,
            OverviewComment.period_end == end))
        details = {"first": start.isoformat(), "last": end.isoformat(), "length": len(text)}
        created = False
        if row is None:
            if not text:
                return
            row, created = get_or_insert(
                session, OverviewComment, {"period_start": start, "period_end": end},
                "ux_overview_comment_period", {"comment": text, "written_by": ctx.actor_id})
        if created:
            audit.record(session, ctx.actor_id, AuditAction.CREATE, "overview_comment", row.id,
                         details=details)
        elif row.comment != text:
            row.comment, row.written_by = text, ctx.actor_id
            audit.record(session, ctx.actor_id, AuditAction.UPDATE, "overview_comment", row.id,
                         details=details)


__all__ = ["TeamLeadOnly", "comment_for", "require_team_lead", "save_comment", "set_target",
           "team_overview"]
