"""Retention (GDPR art. 5(1)(e)): how long a person's data is kept, and who is due for erasure.

The period is a setting of the database (`retention_years`, whole years,
default 5, `domain.retention` says why 1–30), changed by the team lead in the
Data protection area's "Erasure due" tab. A person is due for erasure when
every one of their courses has ended and the last ended more than the period
ago; a person with an open course, or one ended within the period, is not.
The list is only a list: nothing is erased here. The team lead ticks the
people and confirms with the app password (services.erasure does the rest).

IT's policy file (issue 20, `policy.toml`) is to fix the period for a whole
municipality: `_policy_years` is the one place it comes in (one line there),
and while it gives a number the setting is shown but cannot be changed.

Team leads only (TeamLeadOnly, exit 14 in the CLI). Reading the list is an
audited READ (the count and the period only); changing the period an audited
UPDATE with the old and the new number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ips_desktop.domain import retention as rule
from ips_desktop.domain.cpr import masked_cpr
from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.messages import message
from ips_desktop.services import audit, policy
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.overview import TeamLeadOnly, require_team_lead
from ips_desktop.storage import database as store
from ips_desktop.storage.models import Consultant, Course, Participant, Setting

SETTING_KEY = "retention_years"
ENTITY = "retention"
DEFAULT_YEARS, MIN_YEARS, MAX_YEARS = rule.DEFAULT_YEARS, rule.MIN_YEARS, rule.MAX_YEARS


class RetentionLeadOnly(TeamLeadOnly):
    """The retention list and its period are the team lead's (a consultant is refused)."""

    message_code = "retention_team_lead_only"


@dataclass(frozen=True)
class DueForErasure:
    """One person on the list: enough for the team lead to know who, never the whole CPR."""

    participant_id: uuid.UUID
    course_id: uuid.UUID  # the last course: what opens the person's page
    name: str
    cpr: str  # masked, "DDMMYY-••••" ("" without one): the birth date tells namesakes apart
    ended_on: date  # the last course's end
    consultant_initials: str  # the last course's consultant ("" when none)
    due_on: date  # the first day past the period


# -- the period -----------------------------------------------------------------------------

def _policy_years() -> int | None:
    """The IT policy's `retention_years`, which wins over the team lead's setting."""
    years = policy.current().value("retention_years")
    return years if isinstance(years, int) else None


def period_fixed_by_policy() -> bool:
    """The policy fixes the period: the tab shows it without a Save."""
    return _policy_years() is not None


def retention_years(ctx: AppContext) -> int:
    """The period in whole years: the policy's, else the setting, else the default of 5.

    A stored value that is not a whole number in range (edited behind the app's
    back) reads as the default rather than failing the screen.
    """
    fixed = _policy_years()
    if fixed is not None:
        return fixed
    with unit_of_work(ctx) as session:
        return _stored_years(session)


def _stored_years(session: Session) -> int:
    text = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY,
                                                      Setting.deleted_at.is_(None)))
    try:
        years = int(text) if text is not None else DEFAULT_YEARS
    except ValueError:
        return DEFAULT_YEARS
    return years if rule.years_in_range(years) else DEFAULT_YEARS


def set_retention_years(ctx: AppContext, years: int) -> None:
    """Store the period (team lead only); ValidationError (field `years`) out of 1–30.

    Refused as well while IT's policy fixes the period (a ValidationError: the
    screen shows it at the field).
    """
    if isinstance(years, bool) or not isinstance(years, int) \
            or not rule.years_in_range(years):
        raise ValidationError([FieldError("years", message(
            "retention_years_range", low=MIN_YEARS, high=MAX_YEARS))])
    if period_fixed_by_policy():
        raise ValidationError([FieldError("years", message("retention_fixed_by_policy"))])
    with write_unit(ctx) as session:
        _require_lead(session, ctx)
        before = _stored_years(session)
        store.write_settings_in(session, {SETTING_KEY: str(years)})
        audit.record(session, ctx.actor_id, AuditAction.UPDATE, ENTITY,
                     details={"setting": SETTING_KEY, "years_from": before, "years": years})


# -- the list -------------------------------------------------------------------------------

def due_for_erasure(ctx: AppContext, today: date) -> list[DueForErasure]:
    """Everyone all of whose courses ended more than the period before `today`.

    Sorted by the day they became due (longest overdue first), then by name.
    One query: the courses grouped per person (none open, the last ended on or
    before the bound), joined back to the last course for its consultant; the
    exact rule (`ended + years < today`, 29 February included) is then applied
    to those few rows. Soft-deleted people and courses are left out, as in
    every list of the app.
    """
    with unit_of_work(ctx) as session:
        _require_lead(session, ctx)
        years = _policy_years() or _stored_years(session)
        rows = _due_rows(session, years, today)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details={"rows": len(rows), "years": years})
    return rows


def count_due(ctx: AppContext, today: date) -> int:
    """How many are due (the home screen's line): the list's rows, counted.

    Not audited: a count shows no one's data (the list, when opened, is).
    """
    with unit_of_work(ctx) as session:
        _require_lead(session, ctx)
        return len(_due_rows(session, _policy_years() or _stored_years(session), today))


def _due_rows(session: Session, years: int, today: date) -> list[DueForErasure]:
    live = (Course.deleted_at.is_(None),)
    per_person = (
        select(Course.participant_id.label("pid"), func.max(Course.ended_on).label("last"))
        .where(*live)
        .group_by(Course.participant_id)
        .having(func.count(Course.id) == func.count(Course.ended_on),  # none open
                func.max(Course.ended_on) <= rule.earliest_kept(years, today))
        .subquery()
    )
    last = aliased(Course)
    query = (
        select(Participant.id, last.id, Participant.name, Participant.cpr, per_person.c.last,
               Consultant.initials)
        .join(per_person, per_person.c.pid == Participant.id)
        .join(last, (last.participant_id == Participant.id)
              & (last.ended_on == per_person.c.last) & last.deleted_at.is_(None))
        .outerjoin(Consultant, Consultant.id == last.consultant_id)
        .where(Participant.deleted_at.is_(None))
        .order_by(Participant.id, last.created_at.desc(), last.id)
    )
    seen: set[uuid.UUID] = set()
    found: list[DueForErasure] = []
    for pid, course_id, name, cpr, ended, initials in session.execute(query):
        due = rule.due_on(ended, years)
        if pid in seen or due > today:
            continue  # two courses ended the same last day: the later registered one
        seen.add(pid)
        found.append(DueForErasure(pid, course_id, name, masked_cpr(cpr), ended,
                                   initials or "", due))
    key = sort_key()
    found.sort(key=lambda row: (row.due_on, key(row.name), str(row.participant_id)))
    return found


def _require_lead(session: Session, ctx: AppContext) -> None:
    try:
        require_team_lead(session, ctx.actor_id)
    except TeamLeadOnly:
        raise RetentionLeadOnly() from None


__all__ = ["DEFAULT_YEARS", "MAX_YEARS", "MIN_YEARS", "DueForErasure", "RetentionLeadOnly",
           "count_due", "due_for_erasure", "period_fixed_by_policy", "retention_years",
           "set_retention_years"]
