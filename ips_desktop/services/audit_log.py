"""Reading the audit trail (*adgangslog*): who read, changed, printed or exported what, and when.

For the team lead and the data-protection officer (DESIGN.md, "Audit"; GDPR
art. 30 and 32). Only a team lead may read it (the overview's TeamLeadOnly).
The trail may hold millions of events, so it is read newest first a page at a
time, by keyset on (at, id): each page starts where the last one ended, found
in the index, never by OFFSET (which walks every row before it). A filter on
one person or one consultant is one range of the (participant_id, at) or
(actor_id, at) index that audit_event has since migration 0009.

Opening the trail is itself audited: one READ event "audit_trail" per load,
with the filter's ids and counts (never a name), not one per page scrolled.
The rows name the person an event concerns only for the screen (`names=True`,
one query per page for the page's people); an export holds ids only.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Select, and_, or_, select
from sqlalchemy.orm import Session

from ips_desktop.domain.cpr import ascii_digits
from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.text_search import fold, query_words
from ips_desktop.services import audit
from ips_desktop.services.collation import sort_key
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.overview import TeamLeadOnly, require_team_lead
from ips_desktop.storage.models import AuditEvent, Consultant, Participant
from ips_desktop.storage.sql_functions import stored_text

__all__ = [
    "ENTITY",
    "PAGE_SIZE",
    "AuditFilter",
    "AuditPage",
    "AuditRow",
    "Key",
    "PersonChoice",
    "TeamLeadOnly",
    "actors_by_initials",
    "consultants_for_filter",
    "details_text",
    "iter_events",
    "local_day_bounds",
    "next_page",
    "open_trail",
    "person_choices",
    "record_export",
    "require_lead",
]

ENTITY = "audit_trail"
PAGE_SIZE = 200  # rows a page brings: a few screens' worth, read in a few milliseconds
EXPORT_BATCH = 2_000  # rows an export reads at a time: memory stays flat for any size

Key = tuple[datetime, uuid.UUID]
"""Where a page ended: the last row's (at as stored, in UTC) and id."""


@dataclass(frozen=True)
class AuditFilter:
    """What to show; every part left empty shows everything.

    `date_from`/`date_to` are local days, both included. `actors` are consultant
    ids (the initials typed may name several over the years); None in it stands
    for the app itself (events without an actor: a failed unlock, a migration).
    """

    date_from: date | None = None
    date_to: date | None = None
    participant_id: uuid.UUID | None = None
    actors: frozenset[uuid.UUID | None] | None = None  # None: anyone
    kinds: frozenset[AuditAction] = field(default_factory=frozenset)  # empty: every kind

    def details(self) -> dict[str, Any]:
        """The filter as an audit event's details: ids, dates and counts only."""
        shown: dict[str, Any] = {}
        if self.date_from is not None:
            shown["from"] = self.date_from.isoformat()
        if self.date_to is not None:
            shown["to"] = self.date_to.isoformat()
        if self.participant_id is not None:
            shown["participant"] = self.participant_id
        if self.actors is not None:
            shown["actors"] = len(self.actors)
            if len(self.actors) == 1:
                (only,) = self.actors
                shown["actor"] = only if only is not None else "system"
        if self.kinds:
            shown["kinds"] = len(self.kinds)
            if len(self.kinds) == 1:
                (kind,) = self.kinds
                shown["kind"] = kind.value
        return shown


@dataclass(frozen=True)
class AuditRow:
    """One event as shown: `at` in local time; `actor_initials` None for the app itself.

    `person` is the name of the participant the event concerns, when names were
    asked for and the person is still in the database; `erased` says that the
    event names a participant who is no longer there (erased, art. 17).
    """

    id: uuid.UUID
    at: datetime
    actor_id: uuid.UUID | None
    actor_initials: str | None
    action: str  # an AuditAction's value (a value this version does not know stays as stored)
    entity: str | None
    entity_id: uuid.UUID | None
    participant_id: uuid.UUID | None
    details: Mapping[str, Any]
    person: str | None = None
    erased: bool = False
    key: Key | None = None  # where a page that ends with this row ends

    @property
    def kind(self) -> AuditAction | None:
        try:
            return AuditAction(self.action)
        except ValueError:
            return None


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    after: Key | None  # where the next page starts; None: this was the last


@dataclass(frozen=True)
class PersonChoice:
    """A participant for the filter's chooser (the name and CPR number to tell two apart)."""

    participant_id: uuid.UUID
    name: str
    cpr: str


def details_text(details: Mapping[str, Any]) -> str:
    """An event's details as short code text ("form=referral, rows=12"), keys in order."""
    return ", ".join(f"{name}={_code(details[name])}" for name in sorted(details))


def _code(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def local_day_bounds(first: date | None, last: date | None
                     ) -> tuple[datetime | None, datetime | None]:
    """The UTC instants from the start of local day `first` to the start of the day after
    `last` (excluded): a Danish day is 23, 24 or 25 hours, as the clocks move."""
    start = _local_midnight(first) if first is not None else None
    end = _local_midnight(last + timedelta(days=1)) if last is not None else None
    return start, end


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _stored(at: datetime) -> datetime:
    """An instant as SQLite compares it: UTC without a zone (as the rows were written)."""
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at


# -- the query ------------------------------------------------------------------------------

def _query(flt: AuditFilter, after: Key | None) -> Select[Any]:
    start, end = local_day_bounds(flt.date_from, flt.date_to)
    # The actor's and participant's ids as stored (hex): a page names few of them, many
    # times over, so each becomes a UUID once (`_read_page`), not once per row.
    columns: list[Any] = [AuditEvent.id, AuditEvent.at,
                          stored_text(AuditEvent.actor_id).label("actor_id"),
                          AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                          stored_text(AuditEvent.participant_id).label("participant_id"),
                          AuditEvent.details]
    query = select(*columns)
    if flt.participant_id is not None:
        query = query.where(AuditEvent.participant_id == flt.participant_id)
    if flt.actors is not None:
        ids = [actor for actor in flt.actors if actor is not None]
        either = [AuditEvent.actor_id.in_(ids)] if ids else []
        if None in flt.actors:
            either.append(AuditEvent.actor_id.is_(None))
        query = query.where(or_(*either) if either else AuditEvent.id.is_(None))
    if flt.kinds:
        query = query.where(AuditEvent.action.in_(sorted(k.value for k in flt.kinds)))
    if start is not None:
        query = query.where(AuditEvent.at >= _stored(start))
    if end is not None:
        query = query.where(AuditEvent.at < _stored(end))
    if after is not None:
        at, last_id = _stored(after[0]), after[1]
        # `at <= :at` bounds the index range; the OR only breaks ties within one instant.
        query = query.where(AuditEvent.at <= at,
                            or_(AuditEvent.at < at, and_(AuditEvent.at == at,
                                                         AuditEvent.id < last_id)))
    return query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


def _read_page(session: Session, flt: AuditFilter, after: Key | None, size: int,
               names: bool) -> AuditPage:
    # Core, not the ORM's loading: plain rows of plain columns, without its per-row work.
    conn = session.connection()
    raw = conn.execute(_query(flt, after).limit(size + 1)).all()
    more = len(raw) > size
    raw = raw[:size]
    ids: dict[str | None, uuid.UUID | None] = {None: None}
    for r in raw:
        for stored in (r.actor_id, r.participant_id):
            if stored not in ids:
                ids[stored] = uuid.UUID(stored)
    actors = {ids[r.actor_id] for r in raw} - {None}
    persons = {ids[r.participant_id] for r in raw} - {None}
    initials = _initials(conn, actors)  # type: ignore[arg-type]
    people = _people(conn, persons, names)  # type: ignore[arg-type]
    rows = tuple(_row(r, ids[r.actor_id], ids[r.participant_id], initials, people, names)
                 for r in raw)
    return AuditPage(rows, rows[-1].key if more and rows else None)


def _initials(conn: Connection, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The initials of the page's consultants, those who have left included."""
    if not ids:
        return {}
    return {row.id: row.initials for row in conn.execute(
        select(Consultant.id, Consultant.initials).where(Consultant.id.in_(ids)))}


def _people(conn: Connection, ids: set[uuid.UUID], names: bool) -> dict[uuid.UUID, str]:
    """The page's participants still in the database, with their names when asked for."""
    if not ids:
        return {}
    if names:
        return {row.id: row.name for row in conn.execute(
            select(Participant.id, Participant.name).where(Participant.id.in_(ids)))}
    return {pid: "" for pid in conn.scalars(
        select(Participant.id).where(Participant.id.in_(ids)))}


def _row(raw: Any, actor: uuid.UUID | None, person: uuid.UUID | None,
         initials: Mapping[uuid.UUID, str], people: Mapping[uuid.UUID, str],
         names: bool) -> AuditRow:
    at = _aware(raw.at)
    who = None
    if actor is not None:
        who = initials.get(actor) or actor.hex[:8]  # a consultant's row gone: the id's start
    return AuditRow(
        id=raw.id, at=at.astimezone(), actor_id=actor, actor_initials=who,
        action=raw.action, entity=raw.entity, entity_id=raw.entity_id, participant_id=person,
        details=raw.details or {},
        person=people.get(person) if names and person is not None else None,
        erased=person is not None and person not in people,
        key=(at, raw.id))


def _aware(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


# -- what the front ends call ---------------------------------------------------------------

def require_lead(ctx: AppContext) -> None:
    """TeamLeadOnly unless the acting consultant is a team lead: before a front end looks
    at anything else it was asked (initials, a target file), so a consultant learns
    nothing from the answer."""
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)


def open_trail(ctx: AppContext, flt: AuditFilter, *, names: bool = True,
               size: int = PAGE_SIZE) -> AuditPage:
    """The first page for `flt`, recorded as one READ of the audit trail (the filter's
    ids and counts). Raises TeamLeadOnly for anyone but a team lead."""
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        page = _read_page(session, flt, None, size, names)
        audit.record(session, ctx.actor_id, AuditAction.READ, ENTITY,
                     details=flt.details() | {"rows": len(page.rows),
                                              "more": page.after is not None})
    return page


def next_page(ctx: AppContext, flt: AuditFilter, after: Key, *, names: bool = True,
              size: int = PAGE_SIZE) -> AuditPage:
    """The page after `after`: the same load scrolled further, so not recorded again."""
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        return _read_page(session, flt, after, size, names)


def iter_events(ctx: AppContext, flt: AuditFilter, *, batch: int | None = None,
                ) -> Iterator[AuditRow]:
    """Every event of `flt`, newest first, ids only, read `batch` rows at a time.

    An event written while the export runs is newer than the rows already
    passed, so it never shows up half-way. Raises TeamLeadOnly before the first
    row. The caller records the export once it is written (`record_export`).
    """
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
    after: Key | None = None
    while True:
        with unit_of_work(ctx) as session:
            page = _read_page(session, flt, after, batch or EXPORT_BATCH, names=False)
        yield from page.rows
        if page.after is None:
            return
        after = page.after


def record_export(ctx: AppContext, flt: AuditFilter, rows: int, file_format: str) -> None:
    """The trail written to a file or handed to another program: one EXPORT event (the
    filter's ids, the count and the format; never the file's name)."""
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.EXPORT, ENTITY,
                     details=flt.details() | {"rows": rows, "format": file_format})


# -- choosing whom ----------------------------------------------------------------------------

def actors_by_initials(ctx: AppContext, initials: str) -> frozenset[uuid.UUID | None]:
    """Every consultant who has had these initials (case and spaces ignored), those who
    have left too: their events stay in the trail. Empty when nobody had them.
    Raises TeamLeadOnly for anyone but a team lead (who had which initials is the
    trail's to tell)."""
    wanted = initials.strip().upper()
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        return frozenset(session.scalars(select(Consultant.id).where(
            Consultant.initials == wanted)))


def person_choices(ctx: AppContext, text: str, *, limit: int = 15) -> list[PersonChoice]:
    """Participants whose name holds every word typed (folded: "ostergaard" finds
    "Østergård"), or whose CPR number starts with the digits typed, in Danish order.

    Ended courses and people marked deleted count too: their events are still in
    the trail. One query reads the names; the match runs in Python, as the
    contact dialog's participant chooser does. Raises TeamLeadOnly for anyone but
    a team lead: it names people marked deleted, whom no other list shows.
    """
    typed = ascii_digits(text).replace("-", "").replace(" ", "")
    digits = typed if typed.isdigit() else ""
    words = [] if digits else query_words(text)
    with unit_of_work(ctx) as session:
        require_team_lead(session, ctx.actor_id)
        rows = session.execute(select(Participant.id, Participant.name, Participant.cpr)).all()
    if words:
        folded = [fold(r.name) for r in rows]
        hits = [r for r, f in zip(rows, folded, strict=True) if all(w in f for w in words)]
    elif digits:
        hits = [r for r in rows if (r.cpr or "").replace("-", "").startswith(digits)]
    else:
        hits = list(rows)
    key = sort_key()
    hits.sort(key=lambda r: key(r.name))
    return [PersonChoice(r.id, r.name, r.cpr or "") for r in hits[:max(limit, 0)]]


def consultants_for_filter(ctx: AppContext) -> Sequence[tuple[uuid.UUID, str, str]]:
    """Every consultant who can appear in the trail, those who have left too: (id,
    initials, name), in Danish order of the name."""
    with unit_of_work(ctx) as session:
        rows = session.execute(select(Consultant.id, Consultant.initials, Consultant.name)).all()
    key = sort_key()
    return sorted(((r.id, r.initials, r.name) for r in rows), key=lambda r: key(r[2]))
