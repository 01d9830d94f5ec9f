"""The implementation plan (seed 000): each agreement's answer, party, responsible and deadline.

The items and their texts come from `forms/implementation_plan.toml`; what
the team lead has written lives in `implementation_plan_item`, one live row
per item, keyed by the item's name. An item nobody has written yet shows its
default party and nothing else. The plan is the team lead's (a consultant is
refused with the overview's TeamLeadOnly), like the rest of the Team overview.
Writes are audited with the item's name and which fields hold something,
never the texts themselves.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.errors import FieldError, ValidationError
from ips_desktop.domain.forms import Text
from ips_desktop.domain.implementation_plan import Party, PlanItemSpec, PlanSpec, parse_plan
from ips_desktop.domain.messages import message
from ips_desktop.domain.validation import text_problem
from ips_desktop.paths import forms_dir
from ips_desktop.services import audit
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.services.overview import require_team_lead
from ips_desktop.storage.models import ImplementationPlanItem
from ips_desktop.storage.unique import get_or_insert

ENTITY = "implementation_plan_item"
PLAN_FILE = "implementation_plan.toml"
MAX_ANSWER = 4000  # the same as a note: a few paragraphs, refused at the field, never cut
MAX_RESPONSIBLE = 200  # the column's size
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)  # a typo of the year, not a plan


@dataclass(frozen=True)
class PlanItem:
    """One agreement: the file's texts beside what the team lead has written."""

    item: str  # the toml's name: permanent, what links and the database name
    title: Text
    question: Text
    help: Text | None
    default_party: Party
    default_party_label: Text | None  # the seed's own word, e.g. "Kommune og Psykiatri"
    answer: str
    party: Party  # the default party until someone chooses another
    responsible: str  # a named person (seed: "Angiv konkret ansvarlig")
    deadline: date | None
    done_on: date | None
    overdue: bool  # a deadline before today and not done
    saved: bool  # something has been written for this item


@dataclass(frozen=True)
class PlanSection:
    name: str
    title: Text
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class ImplementationPlan:
    """The whole plan as of `today`, in the file's order."""

    title: Text
    intro: Text | None
    version: str
    today: date
    sections: tuple[PlanSection, ...]

    def items(self) -> Iterator[PlanItem]:
        for section in self.sections:
            yield from section.items

    def item(self, name: str) -> PlanItem | None:
        return next((i for i in self.items() if i.item == name), None)

    def overdue(self) -> list[PlanItem]:
        return [i for i in self.items() if i.overdue]


@dataclass(frozen=True)
class PassedDeadline:
    """An item whose deadline has passed without its being done (the home screen's list)."""

    item: str
    title: Text
    deadline: date
    responsible: str


@functools.cache
def plan_spec() -> PlanSpec:
    """The shipped plan's items (read once; a broken shipped file fails loudly in the tests)."""
    path = forms_dir() / PLAN_FILE
    return parse_plan(path.read_text(encoding="utf-8"), str(path))


def plan(ctx: AppContext, *, today: date) -> ImplementationPlan:
    """Every item of the plan with what has been written for it."""
    spec = plan_spec()
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        rows = _rows(session)
    sections = tuple(
        PlanSection(section.name, section.title, tuple(
            _item(spec_item, rows.get(spec_item.name), today) for spec_item in section.items))
        for section in spec.sections)
    return ImplementationPlan(spec.title, spec.intro, spec.version, today, sections)


def passed_deadlines(ctx: AppContext, *, today: date) -> list[PassedDeadline]:
    """The items past their deadline and not done, the oldest deadline first."""
    return sorted((PassedDeadline(i.item, i.title, i.deadline, i.responsible)
                   for i in plan(ctx, today=today).overdue() if i.deadline is not None),
                  key=lambda d: d.deadline)


def save_item(ctx: AppContext, item: str, answer: str, party: Party | str, responsible: str,
              deadline: date | None, done_on: date | None, *, today: date) -> bool:
    """Write one item as typed; every field's problem at once (nothing written then).

    Returns whether anything changed (saving the same again writes nothing, and
    records nothing in the audit trail).
    """
    spec_item = plan_spec().item(item)
    if spec_item is None:
        raise ValidationError([FieldError("item", message("plan_unknown_item"))])
    answer, responsible = answer.strip(), responsible.strip()
    errors = _problems(answer, party, responsible, deadline, done_on, today)
    if errors:
        raise ValidationError(errors)
    chosen = Party(party)
    with write_unit(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        row = _rows(session).get(item)
        created = row is None
        if row is None:
            if (not answer and not responsible and deadline is None and done_on is None
                    and chosen is spec_item.party):
                return False  # nothing typed: no row for an untouched item
            # one live row per item (its partial unique index), also with two writers
            row, created = get_or_insert(session, ImplementationPlanItem, {"item": item},
                                         "ux_implementation_plan_item_item",
                                         {"answer": "", "party": spec_item.party.value,
                                          "responsible": ""})
        new = (answer, chosen.value, responsible, deadline, done_on)
        if not created and (row.answer, row.party, row.responsible, row.deadline,
                            row.done_on) == new:
            return False
        row.answer, row.party, row.responsible, row.deadline, row.done_on = new
        row.updated_by = ctx.actor_id
        session.flush()
        audit.record(session, ctx.actor_id, AuditAction.CREATE if created else AuditAction.UPDATE,
                     ENTITY, row.id, details={
                         "item": item, "party": chosen.value, "answer": bool(answer),
                         "responsible": bool(responsible), "deadline": deadline is not None,
                         "done": done_on is not None})
    return True


def _problems(answer: str, party: Party | str, responsible: str, deadline: date | None,
              done_on: date | None, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if (problem := text_problem(answer, max_len=MAX_ANSWER, multiline=True)) is not None:
        errors.append(FieldError("answer", problem))
    if party not in {p.value for p in Party}:
        errors.append(FieldError("party", message("unknown_choice")))
    if (problem := text_problem(responsible, max_len=MAX_RESPONSIBLE)) is not None:
        errors.append(FieldError("responsible", problem))
    elif deadline is not None and not responsible:
        errors.append(FieldError("responsible", message("plan_responsible_needed")))
    for field, day in (("deadline", deadline), ("done_on", done_on)):
        if day is not None and not EARLIEST <= day <= LATEST:
            errors.append(FieldError(field, message("plan_date_range")))
    if done_on is not None and done_on > today:
        errors.append(FieldError("done_on", message("plan_done_in_future")))
    return errors


def _item(spec_item: PlanItemSpec, row: ImplementationPlanItem | None, today: date) -> PlanItem:
    party = spec_item.party
    if row is not None and row.party in {p.value for p in Party}:
        party = Party(row.party)
    deadline = row.deadline if row is not None else None
    done_on = row.done_on if row is not None else None
    return PlanItem(
        item=spec_item.name, title=spec_item.title, question=spec_item.question,
        help=spec_item.help, default_party=spec_item.party,
        default_party_label=spec_item.party_label,
        answer=row.answer if row is not None else "", party=party,
        responsible=row.responsible if row is not None else "", deadline=deadline,
        done_on=done_on, overdue=deadline is not None and done_on is None and deadline < today,
        saved=row is not None)


def _rows(session: Session) -> dict[str, ImplementationPlanItem]:
    return {row.item: row for row in session.scalars(select(ImplementationPlanItem).where(
        ImplementationPlanItem.deleted_at.is_(None)))}
