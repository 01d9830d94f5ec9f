"""The team's list of psychiatry units, offered as places for presence days and meetings.

Matched by `employer_names.name_key`, so "Psykiatrien Køge" and "psykiatrien
køge " are one unit; a meeting held at a listed unit is a contact in psychiatry.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.domain.validation import text_problem
from ips_desktop.services import audit, policy
from ips_desktop.services.collation import sorted_names
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage.models import PsychiatryUnit

NAME_MAX = 200


def fixed_by_policy(ctx: AppContext) -> bool:
    """IT's policy names the units: only those are offered, none is added from a place."""
    return _policy_units(ctx) is not None


def _policy_units(ctx: AppContext) -> tuple[str, ...] | None:
    units = policy.current().value("psychiatry_units")
    return units if isinstance(units, tuple) and not ctx.is_demo else None


def psychiatry_units(ctx: AppContext) -> list[str]:
    """The units' names in Danish alphabetical order: IT's, when the policy names them."""
    fixed = _policy_units(ctx)
    if fixed is not None:
        return sorted_names(list(fixed), "da")
    with unit_of_work(ctx) as session:
        names = list(session.scalars(select(PsychiatryUnit.name).where(
            PsychiatryUnit.deleted_at.is_(None))))
    return sorted_names(names, "da")


def add_psychiatry_unit(ctx: AppContext, name: str) -> None:
    """A unit joins the list; one already there (folded alike) is left as it is."""
    problem = text_problem(name, max_len=NAME_MAX, required=True)
    key = name_key(name) if not problem else ""
    if problem or not key:
        raise ValidationError([FieldError("name", problem or message("required"))])
    with write_unit(ctx) as session:
        if session.scalar(select(PsychiatryUnit.id).where(
                PsychiatryUnit.name_key == key, PsychiatryUnit.deleted_at.is_(None)).limit(1)):
            return
        unit = PsychiatryUnit(name=name.strip(), name_key=key)
        session.add(unit)
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE, "psychiatry_unit", unit.id)


def add_policy_units(ctx: AppContext) -> None:
    """IT's units join the team's list, so that a meeting held there counts as in psychiatry.

    The rules (presence, fidelity) read the list in SQL; asked at every unlock,
    it writes (and audits) only a unit not there yet.
    """
    fixed = _policy_units(ctx)
    if fixed is None:
        return
    with unit_of_work(ctx) as session:
        known = set(session.scalars(select(PsychiatryUnit.name_key).where(
            PsychiatryUnit.deleted_at.is_(None))))
    for name in fixed:
        if name_key(name) and name_key(name) not in known:
            add_psychiatry_unit(ctx, name)


def remove_psychiatry_unit(ctx: AppContext, name: str) -> None:
    """The unit (folded alike) leaves the list; events already there keep their place."""
    key = name_key(name)
    with write_unit(ctx) as session:
        for unit in session.scalars(select(PsychiatryUnit).where(
                PsychiatryUnit.name_key == key, PsychiatryUnit.deleted_at.is_(None))):
            unit.deleted_at = datetime.now(UTC)
            audit.record(session, ctx.actor_id, AuditAction.DELETE, "psychiatry_unit", unit.id)
