"""Conflicts the sync could not settle, for a person to decide (the Conflicts view, issue 21).

A hard conflict holds both values, who made each and when; nothing is lost
while it waits. Deciding writes the chosen value through the ORM, so it is
logged and pushed like any edit, and marks the conflict resolved (which
travels too: the other laptops see it decided). Two records of one person
(the same CPR number from two laptops) are merged here: the courses move to
the record kept, the other is tombstoned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain import hlc
from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.services import audit
from ips_desktop.services.context import AppContext, unit_of_work, write_unit
from ips_desktop.storage import change_values
from ips_desktop.storage.models import Base, Consultant, Course, Participant, SyncConflict, utcnow

Choice = Literal["server", "incoming", "combined"]
CHOICES = ("server", "incoming", "combined")
SAME_PERSON, DELETED, FIELD, MERGED = "same_person", "deleted", "field", "merged"
# A change to rows the pushing member may not write (storage/sync/rights.py): the team kept
# its row; the change's values are in `incoming`. History (decided by the rules), never waiting.
REFUSED = "refused"
# A member's erasure of a person that the team's rules refused (storage/sync/rights.py):
# the person's data stay on the team database. It waits on the team lead's laptop, whose
# login may erase; on the asking consultant's laptop it is history (not theirs to do).
ERASE_REFUSED = "erase_refused"
# What a merge fills in on the record kept when it has nothing there and the other has.
_FILLED = ("cpr", "phone", "email", "address", "municipality")


class ConflictGone(LookupError):
    """No such conflict here, or another person decided it already."""


@dataclass(frozen=True)
class Side:
    """One side's value (JSON form, storage/change_values.py), who made it and when."""

    value: Any
    actor_id: uuid.UUID | None
    actor_name: str | None
    origin: str | None
    at: datetime | None  # from the change's clock stamp; None when the team has none


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    kind: str  # field / deleted / same_person / erase_refused (merged, refused never wait)
    table_name: str
    row_id: uuid.UUID
    field: str | None
    team: Side  # what the team database kept
    incoming: Side  # what waits
    detected_at: datetime
    resolution: str | None = None
    resolved_at: datetime | None = None


def waiting(ctx: AppContext) -> list[ConflictView]:
    """Every conflict a person must decide, oldest first (refused erasures: the team lead's)."""
    with unit_of_work(ctx) as session:
        query = select(SyncConflict).where(
            SyncConflict.resolved_at.is_(None), SyncConflict.deleted_at.is_(None),
            SyncConflict.kind != MERGED)
        if not _is_team_lead(session, ctx):
            query = query.where(SyncConflict.kind != ERASE_REFUSED)
        rows = session.scalars(query.order_by(SyncConflict.detected_at, SyncConflict.id))
        return _views(session, list(rows))


def carries_out_erasures(ctx: AppContext) -> bool:
    """This laptop's owner is the team lead: refused erasures wait here for them."""
    with unit_of_work(ctx) as session:
        return _is_team_lead(session, ctx)


def _is_team_lead(session: Session, ctx: AppContext) -> bool:
    if ctx.actor_id is None:
        return False
    role = session.scalar(select(Consultant.role).where(Consultant.id == ctx.actor_id))
    return role == Role.TEAM_LEAD


def is_refused_erasure(view: ConflictView) -> bool:
    """True for a refused erasure of a person (the team lead's to carry out or set aside)."""
    return view.kind == ERASE_REFUSED and view.table_name == "participant"


def history(ctx: AppContext, row_id: uuid.UUID | None = None) -> list[ConflictView]:
    """Decided conflicts and merged changes (all, or about one row), newest first."""
    with unit_of_work(ctx) as session:
        query = select(SyncConflict).where(SyncConflict.resolved_at.is_not(None))
        if row_id is not None:
            query = query.where(SyncConflict.row_id == row_id)
        rows = session.scalars(query.order_by(SyncConflict.resolved_at.desc()))
        return _views(session, list(rows))


def resolve(ctx: AppContext, conflict_id: uuid.UUID, choice: Choice,
            combined_value: Any = None) -> None:
    """Decide a conflict: keep the team's value, take the incoming one, or write a combination.

    `combined_value` is in the values' own form (as ConflictView shows them);
    for a 'deleted' conflict it is a `{field: value}` of the row kept alive.
    A same-person conflict decided 'server' keeps both records (not the same
    person); merging them is `merge_people`.
    """
    if choice not in CHOICES:
        raise ValueError(f"unknown choice {choice!r}")
    with write_unit(ctx) as session:
        conflict = _open(session, conflict_id)
        if conflict.kind == SAME_PERSON and choice != "server":
            raise ValueError("a same-person conflict is merged with merge_people")
        chosen = {"server": conflict.server_value, "incoming": conflict.incoming_value,
                  "combined": combined_value}[choice]
        if choice != "server":
            target = _target(session, conflict)
            if conflict.kind == FIELD:
                _set_field(target, conflict.field or "", chosen)
            elif conflict.kind == DELETED:
                _settle_deletion(target, chosen)
        _close(session, ctx, conflict, choice, chosen)


def merge_people(ctx: AppContext, conflict_id: uuid.UUID, keep_id: uuid.UUID) -> None:
    """Two records of one person become one: `keep_id`'s, with the other's courses."""
    with write_unit(ctx) as session:
        conflict = _open(session, conflict_id)
        if conflict.kind != SAME_PERSON:
            raise ValueError("only a same-person conflict merges people")
        pair = {uuid.UUID(str(conflict.server_value)), uuid.UUID(str(conflict.incoming_value))}
        if keep_id not in pair:
            raise ValueError("keep one of the two records")
        (other_id,) = pair - {keep_id}
        keep, other = session.get(Participant, keep_id), session.get(Participant, other_id)
        if keep is None or other is None or keep.deleted_at is not None:
            raise ConflictGone("the records are no longer both here")
        for course in session.scalars(select(Course).where(Course.participant_id == other_id)):
            course.participant_id = keep_id
        for name in _FILLED:
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if other.deleted_at is None:
            other.deleted_at = utcnow()
        choice: Choice = "server" if str(keep_id) == str(conflict.server_value) else "incoming"
        _close(session, ctx, conflict, choice, str(keep_id))
        audit.record(session, ctx.actor_id, AuditAction.MERGE, "participant", keep_id,
                     details={"merged_away": str(other_id)})


def _open(session: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None or conflict.resolved_at is not None:
        raise ConflictGone("no such conflict waiting")
    return conflict


def _close(session: Session, ctx: AppContext, conflict: SyncConflict, choice: Choice,
           chosen: Any) -> None:
    conflict.resolved_at = utcnow()
    conflict.resolved_by = ctx.actor_id
    conflict.resolution = choice
    conflict.resolved_value = chosen
    audit.record(session, ctx.actor_id, AuditAction.UPDATE, "sync_conflict", conflict.id,
                 details={"kind": conflict.kind, "choice": choice})


def _target(session: Session, conflict: SyncConflict) -> Any:
    mapper = next((m for m in Base.registry.mappers
                   if getattr(m.local_table, "name", None) == conflict.table_name), None)
    row = session.get(mapper.class_, conflict.row_id) if mapper is not None else None
    if row is None:
        raise ConflictGone("the row is no longer here")
    return row


def _set_field(row: Any, field: str, value: Any) -> None:
    """A value in its JSON form onto the ORM row (a form answer by its name)."""
    table = row.__table__
    if "." in field:
        column, answer = field.split(".", 1)
        answers = dict(getattr(row, column) or {})
        if value is None:
            answers.pop(answer, None)
        else:
            answers[answer] = value
        setattr(row, column, answers)
        return
    setattr(row, field, change_values.decode(table.c[field].type, value))


def _settle_deletion(row: Any, chosen: Any) -> None:
    """Taking the incoming side of an edit-against-delete brings the row back with the edit;
    of a delete-against-edit, deletes it."""
    values = dict(chosen or {})
    deleted = values.pop("deleted_at", None)
    for field, value in values.items():
        if field in ("updated_at", "created_at"):
            continue
        _set_field(row, field, value)
    if deleted is not None:
        row.deleted_at = row.deleted_at or utcnow()
    elif row.deleted_at is not None:
        row.deleted_at = None


def _views(session: Session, rows: list[SyncConflict]) -> list[ConflictView]:
    actors = {a for r in rows for a in (r.server_actor_id, r.incoming_actor_id) if a}
    names = dict(session.execute(select(Consultant.id, Consultant.name)
                                 .where(Consultant.id.in_(actors))).all()) if actors else {}
    def name(actor: uuid.UUID | None) -> str | None:
        return names.get(actor) if actor is not None else None

    return [ConflictView(
        r.id, r.kind, r.table_name, r.row_id, r.field,
        Side(r.server_value, r.server_actor_id, name(r.server_actor_id), r.server_origin,
             _when(r.server_hlc)),
        Side(r.incoming_value, r.incoming_actor_id, name(r.incoming_actor_id),
             r.incoming_origin, _when(r.incoming_hlc)),
        r.detected_at, r.resolution, r.resolved_at) for r in rows]


def _when(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        return datetime.fromtimestamp(hlc.parse(stamp).wall_ms / 1000, UTC)
    except ValueError:
        return None
