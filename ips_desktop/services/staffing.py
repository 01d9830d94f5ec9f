"""Staffing over time: each consultant's real FTE for IPS, period by period.

The steering group reads resources month by month (seed 003), so a change
of FTE or a consultant leaving is recorded from a day on, never by
overwriting: `set_fte_from` closes the open period the day before and opens
a new one; `leave_team` ends the open period; `rejoin` opens one again.
`Consultant.fte` (today's FTE, the caseload capacity) follows the period that
holds today. Team leads only, except `open_first_period` (first run and
`create_consultant`). Audited with ids, days and FTE values only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.overview import StaffFact, fte_on
from ips_desktop.domain.rules import MAX_FTE
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.overview import require_team_lead
from ips_desktop.storage.models import Consultant, StaffingPeriod

ENTITY = "staffing_period"
MIN_FTE = 0.1  # as services.consultants


@dataclass(frozen=True)
class Period:
    """`fte` from `starts_on` to `ends_on` (inclusive; None: still open)."""

    starts_on: date
    ends_on: date | None
    fte: float


@dataclass(frozen=True)
class StaffingRow:
    """One consultant's periods, oldest first; `left_on` set when none is open."""

    consultant_id: uuid.UUID
    initials: str
    name: str
    periods: tuple[Period, ...]
    current_fte: float  # the FTE that holds today (0.0 after leaving)
    left_on: date | None

    @property
    def in_team(self) -> bool:
        return self.left_on is None and bool(self.periods)


def staffing(ctx: AppContext, *, today: date | None = None) -> list[StaffingRow]:
    """Every live consultant with their periods, sorted by name."""
    today = today or date.today()
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        people = session.execute(select(Consultant.id, Consultant.initials, Consultant.name)
                                 .where(Consultant.deleted_at.is_(None))).all()
        periods: dict[uuid.UUID, list[Period]] = {}
        for cid, starts, ends, fte in session.execute(
                select(StaffingPeriod.consultant_id, StaffingPeriod.starts_on,
                       StaffingPeriod.ends_on, StaffingPeriod.fte)
                .where(StaffingPeriod.deleted_at.is_(None))
                .order_by(StaffingPeriod.starts_on)):
            periods.setdefault(cid, []).append(Period(starts, ends, float(fte)))
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details={"consultants": len(people)})
    key = sort_key()
    rows = []
    for cid, initials, name in people:
        mine = tuple(periods.get(cid, ()))
        facts = [StaffFact(cid, p.starts_on, p.ends_on, p.fte) for p in mine]
        left_on = None
        if mine and all(p.ends_on is not None for p in mine):
            left_on = max(p.ends_on for p in mine if p.ends_on is not None)
        rows.append(StaffingRow(cid, initials, name, mine, fte_on(facts, today), left_on))
    rows.sort(key=lambda r: (key(r.name), r.initials))
    return rows


def _open_period(session: Session, consultant_id: uuid.UUID) -> StaffingPeriod | None:
    return session.scalar(select(StaffingPeriod).where(
        StaffingPeriod.consultant_id == consultant_id, StaffingPeriod.deleted_at.is_(None),
        StaffingPeriod.ends_on.is_(None)).order_by(StaffingPeriod.starts_on.desc()).limit(1))


def _consultant(session: Session, consultant_id: uuid.UUID) -> Consultant:
    row = session.get(Consultant, consultant_id)
    if row is None or row.deleted_at is not None:
        raise LookupError("no such consultant")
    return row


def _check_fte(fte: float) -> None:
    if isinstance(fte, bool) or not isinstance(fte, int | float) \
            or not MIN_FTE <= fte <= MAX_FTE:
        raise ValidationError([FieldError("fte", message("fte_range"))])


def open_first_period(session: Session, actor_id: uuid.UUID | None, consultant: Consultant,
                      day: date) -> None:
    """A new consultant's first period (from `day`, at their FTE), in the caller's session."""
    row = StaffingPeriod(consultant_id=consultant.id, starts_on=day, ends_on=None,
                         fte=float(consultant.fte))
    session.add(row)
    session.flush()
    audit.record(session, actor_id or consultant.id, AuditAction.CREATE, ENTITY, row.id,
                 details={"consultant": consultant.id, "starts_on": day.isoformat(),
                          "fte": float(consultant.fte)})


def change_fte_in_session(session: Session, actor_id: uuid.UUID | None,
                          consultant: Consultant, day: date, fte: float, today: date) -> None:
    """Close the open period the day before `day` and open one at `fte` from `day`.

    A period that starts on `day` itself is changed in place (no one-day-
    less-than-nothing period). `Consultant.fte` follows when `day` ≤ today.
    """
    current = _open_period(session, consultant.id)
    if current is None:
        raise ValidationError([FieldError("day", message("staffing_not_in_team"))])
    if day < current.starts_on:
        raise ValidationError([FieldError("day", message("staffing_day_before_period"))])
    details = {"consultant": consultant.id, "from": day.isoformat(), "fte_from": current.fte,
               "fte_to": float(fte)}
    if day == current.starts_on:
        current.fte = float(fte)
        audit.record(session, actor_id, AuditAction.UPDATE, ENTITY, current.id, details=details)
    else:
        current.ends_on = day - timedelta(days=1)
        audit.record(session, actor_id, AuditAction.UPDATE, ENTITY, current.id,
                     details={"consultant": consultant.id,
                              "ends_on": current.ends_on.isoformat()})
        row = StaffingPeriod(consultant_id=consultant.id, starts_on=day, ends_on=None,
                             fte=float(fte))
        session.add(row)
        session.flush()
        audit.record(session, actor_id, AuditAction.CREATE, ENTITY, row.id, details=details)
    if day <= today:
        consultant.fte = float(fte)


def set_fte_from(ctx: AppContext, consultant_id: uuid.UUID, day: date, fte: float, *,
                 today: date | None = None) -> None:
    """From `day` on, the consultant works `fte` for IPS (team lead only)."""
    _check_fte(fte)
    today = today or date.today()
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        consultant = _consultant(session, consultant_id)
        change_fte_in_session(session, ctx.actor_id, consultant, day, fte, today)


def leave_team(ctx: AppContext, consultant_id: uuid.UUID, day: date) -> None:
    """The consultant's last day in the team is `day`: the open period ends then.

    Refused for the laptop's owner (the acting team lead), who would lock
    themselves out of their own figures.
    """
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        _consultant(session, consultant_id)
        if consultant_id == ctx.actor_id:
            raise ValidationError([FieldError("consultant",
                                              message("staffing_owner_cannot_leave"))])
        current = _open_period(session, consultant_id)
        if current is None:
            raise ValidationError([FieldError("day", message("staffing_not_in_team"))])
        if day < current.starts_on:
            raise ValidationError([FieldError("day", message("staffing_day_before_period"))])
        current.ends_on = day
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY, current.id,
                     details={"consultant": consultant_id, "ends_on": day.isoformat()})


def rejoin(ctx: AppContext, consultant_id: uuid.UUID, day: date, fte: float, *,
           today: date | None = None) -> None:
    """A consultant who left comes back from `day` at `fte` (a new open period)."""
    _check_fte(fte)
    today = today or date.today()
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        consultant = _consultant(session, consultant_id)
        if _open_period(session, consultant_id) is not None:
            raise ValidationError([FieldError("consultant",
                                              message("staffing_already_in_team"))])
        last_end = session.scalar(select(StaffingPeriod.ends_on).where(
            StaffingPeriod.consultant_id == consultant_id, StaffingPeriod.deleted_at.is_(None))
            .order_by(StaffingPeriod.ends_on.desc()).limit(1))
        if last_end is not None and day <= last_end:
            raise ValidationError([FieldError("day", message("staffing_day_before_period"))])
        row = StaffingPeriod(consultant_id=consultant_id, starts_on=day, ends_on=None,
                             fte=float(fte))
        session.add(row)
        session.flush()
        if day <= today:
            consultant.fte = float(fte)
        audit.record(session, ctx.actor_id, AuditAction.CREATE, ENTITY, row.id,
                     details={"consultant": consultant_id, "starts_on": day.isoformat(),
                              "fte": float(fte)})


__all__ = ["Period", "StaffingRow", "leave_team", "rejoin", "set_fte_from", "staffing"]
