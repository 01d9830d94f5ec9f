"""Consultants and team leads: the people who use the app and carry caseloads."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.rules import MAX_FTE
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit, policy, staffing
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import INITIALS_INDEX, Consultant
from ips_desktop.storage.unique import flush_unless_taken, insert_unless_taken

MIN_FTE = 0.1
_INITIALS = re.compile(r"^[A-ZÆØÅ0-9]{2,6}$")


@dataclass(frozen=True)
class ConsultantInput:
    name: str
    initials: str
    municipality: str
    fte: float = 1.0
    role: Role = Role.CONSULTANT


@dataclass(frozen=True)
class ConsultantView:
    id: uuid.UUID
    name: str
    initials: str
    municipality: str
    fte: float
    role: Role


def policy_municipality(ctx: AppContext) -> str | None:
    """IT's `municipality`, which every consultant of a real database gets (None: typed)."""
    value = policy.current().value("municipality")
    return value if isinstance(value, str) and not ctx.is_demo else None


def apply_policy_municipality(ctx: AppContext) -> None:
    """Consultants made before IT set the municipality take it (their printouts' heading).

    Asked at every unlock: one read when all agree (the usual case, no write lock
    taken); a change is an audited UPDATE.
    """
    fixed = policy_municipality(ctx)
    if fixed is None or not _municipality_differs(ctx, fixed):
        return
    with write_unit(ctx) as session:
        for row in session.scalars(select(Consultant).where(
                Consultant.deleted_at.is_(None), Consultant.municipality != fixed)):
            row.municipality = fixed
            audit.record(session, ctx.actor_id, AuditAction.UPDATE, "consultant", row.id,
                         details={"field": "municipality", "by": "policy"})


def _municipality_differs(ctx: AppContext, fixed: str) -> bool:
    with unit_of_work(ctx) as session:
        return session.scalar(select(Consultant.id).where(
            Consultant.deleted_at.is_(None), Consultant.municipality != fixed).limit(1)) \
            is not None


def _with_policy(ctx: AppContext, data: ConsultantInput) -> ConsultantInput:
    fixed = policy_municipality(ctx)
    return replace(data, municipality=fixed) if fixed else data


def _view(row: Consultant) -> ConsultantView:
    return ConsultantView(row.id, row.name, row.initials, row.municipality, row.fte, Role(row.role))


def create_consultant(ctx: AppContext, data: ConsultantInput, *,
                      today: date | None = None) -> ConsultantView:
    """A new consultant, in the team from `today` at their FTE (their first staffing period).

    The initials are unique among live consultants by the database's own index:
    the look-up first only lets every bad field be told at once; a second writer
    taking the same initials meanwhile is stopped by the insert itself.
    """
    data = _with_policy(ctx, data)
    initials = data.initials.strip().upper()
    errors = _problems(data, initials)
    with write_unit(ctx) as session:
        if _initials_taken(session, initials):
            errors.append(FieldError("initials", message("initials_taken")))
        if errors:
            raise ValidationError(errors)
        made = insert_unless_taken(session, Consultant, {
            "name": data.name.strip(), "initials": initials,
            "municipality": data.municipality.strip(), "fte": data.fte,
            "role": Role(data.role).value}, index=INITIALS_INDEX)
        if made is None:
            raise ValidationError([FieldError("initials", message("initials_taken"))])
        row = session.get_one(Consultant, made)
        audit.record(session, ctx.actor_id or row.id, AuditAction.CREATE, "consultant", row.id)
        staffing.open_first_period(session, ctx.actor_id, row, today or date.today())
        return _view(row)


def update_profile(ctx: AppContext, consultant_id: uuid.UUID,
                   data: ConsultantInput, *, today: date | None = None) -> ConsultantView:
    """Change a consultant's name, initials, municipality or FTE (the role stays).

    Checked as at first run, every bad field at once. The change is audited
    with which fields changed, and for the FTE (it sets the consultant's
    capacity, FTE × 25) the old and new value; never the name or initials.
    Nothing changed: nothing written, no event. A new FTE holds from today
    on: the staffing history keeps the old figure for the days before
    (`staffing.change_fte_in_session`), so past months' FTE do not change.
    Written holding the write lock from the start (`write_unit`): the home
    screen's background reads commit their audit events meanwhile.
    """
    data = _with_policy(ctx, data)
    initials = data.initials.strip().upper()
    with write_unit(ctx) as session:
        row = session.get(Consultant, consultant_id)
        if row is None or row.deleted_at is not None:
            raise LookupError("no such consultant")
        errors = _problems(ConsultantInput(data.name, initials, data.municipality, data.fte,
                                           Role(row.role)), initials)
        if _initials_taken(session, initials, besides=consultant_id):
            errors.append(FieldError("initials", message("initials_taken")))
        if errors:
            raise ValidationError(errors)
        new = {"name": data.name.strip(), "initials": initials,
               "municipality": data.municipality.strip(), "fte": data.fte}
        changed = [field for field, value in new.items() if getattr(row, field) != value]
        if not changed:
            return _view(row)
        details: dict[str, object] = {field: True for field in changed}
        if "fte" in changed:
            details |= {"fte_from": row.fte, "fte_to": data.fte}
        if "fte" in changed:
            staffing.fte_changed_by_profile(session, ctx.actor_id, row, data.fte,
                                            today or date.today())
        for field in changed:
            setattr(row, field, new[field])
        if not flush_unless_taken(session, Consultant, INITIALS_INDEX):  # taken meanwhile
            raise ValidationError([FieldError("initials", message("initials_taken"))])
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, "consultant", row.id,
                     details=details)
        return _view(row)


def _initials_taken(session: Session, initials: str, besides: uuid.UUID | None = None) -> bool:
    query = select(func.count()).select_from(Consultant).where(
        Consultant.initials == initials, Consultant.deleted_at.is_(None))
    if besides is not None:
        query = query.where(Consultant.id != besides)
    return bool(session.scalar(query))


def list_consultants(ctx: AppContext) -> list[ConsultantView]:
    with unit_of_work(ctx) as session:
        rows = session.scalars(select(Consultant).where(Consultant.deleted_at.is_(None))
                               .order_by(Consultant.name))
        return [_view(r) for r in rows]


def owner(ctx: AppContext) -> ConsultantView | None:
    """The consultant this laptop belongs to (set at first run), if any."""
    if ctx.actor_id is None:
        return None
    with unit_of_work(ctx) as session:
        row = session.get(Consultant, ctx.actor_id)
        return _view(row) if row is not None else None


def _problems(data: ConsultantInput, initials: str) -> list[FieldError]:
    errors = []
    for field, value, max_len in (("name", data.name, 200),
                                  ("municipality", data.municipality, 100)):
        problem = text_problem(value, max_len=max_len, required=True)
        if problem:
            errors.append(FieldError(field, problem))
    if not _INITIALS.match(initials):
        errors.append(FieldError("initials", message("initials_format")))
    if not MIN_FTE <= data.fte <= MAX_FTE:
        errors.append(FieldError("fte", message("fte_range")))
    if data.role not in set(Role):  # also catches a plain string from a front end's widget
        errors.append(FieldError("role", message("unknown_choice")))
    return errors
