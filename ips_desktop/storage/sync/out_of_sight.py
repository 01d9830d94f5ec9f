"""Rows that left (or came into) the sight of this laptop's login without changing.

Under the caseload "own" a consultant's login reads only the rows of the
courses they hold (storage/team_rules.py). The pull reads what the login
sees, so a row that went out of its sight (the team lead gave the course to a
colleague, the municipality changed "team" to "own") is never read again, and
without this it would stay on the laptop for ever.

So the pull of a login that does not read everything also compares ids, in
the pull's own snapshot: the owning rows (participants, courses) and the
few tables read by rules of their own (a calendar event, an employer
contact, a conflict). Every row under an owning row (notes, forms, phase
changes …) goes with it by erasure's own walk (storage/erasure.FOUND_BY), so
the many big tables are never compared. Under "own" a login reads only its
own caseload, so the ids read are few (a consultant's courses), and a team
lead, a "team" caseload or a database without the team layer ask nothing at
all: one query, no ids.

The removal is the pull's erasure (storage/sync/erase.py): unlogged (the
caller's session applies the sync, so nothing goes back to the team as a
delete), the change log's entries about the rows go too, and the file is
marked for the overwrite that leaves no copy of deleted rows. Only rows the
team database has numbered are compared (a row it never took, such as a
course it refused, is this laptop's alone), and a row with unsent changes is
kept, with the owning rows above it, until those are pushed: the sync pushes
first, so that is only what was changed between the push and the pull.

The other way round is the same blind spot: a course handed to this
consultant changes and comes at the pull, but its participant and notes did
not change and would never come (and the course without its participant
breaks the pull). So the rows read now but not held here, with what hangs
under them, are taken as the team has them; and when the login reads all
again after reading less ("own" became "team"), the pull reads everything
once (storage/sync/run.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from ips_desktop.storage import erasure
from ips_desktop.storage.models import Base
from ips_desktop.storage.sync import erase as sync_erase
from ips_desktop.storage.sync import outbox as sync_outbox

# Compared by id; everything erasure finds under them follows.
OWNING = ("participant", "course")
# Read by rules of their own (storage/team_rules.py `own_reads`), not only by their course.
OWN_READS = ("calendar_event", "employer_contact", "sync_conflict")
COMPARED = OWNING + OWN_READS
# A row that stays visible keeps only its link to a removed course (the foreign key);
# what it says is the member's to read still, unlike an erasure's scrub.
_UNLINKED = {name: (column,) for name, (column, _, _) in erasure.SCRUBBED.items()}

Ids = dict[str, set[uuid.UUID]]


@dataclass(frozen=True)
class Removal:
    removed: int = 0  # rows removed from this laptop
    kept: int = 0  # rows out of sight kept for now: they (or rows under them) wait to be sent


@dataclass(frozen=True)
class Sight:
    """What the login reads of the compared tables, in the pull's snapshot.

    `ids` is None when it reads everything (nothing to compare).
    """

    ids: dict[str, dict[uuid.UUID, int]] | None

    @property
    def reads_all(self) -> bool:
        return self.ids is None


def reads_less_than_all(server: Connection) -> bool:
    """True for a consultant's login under the caseload "own" (only they see less)."""
    layered = server.execute(text("SELECT to_regprocedure('ips_caseload_is_team()')")).scalar()
    if not layered:
        return False
    member, lead, team = server.execute(text(
        "SELECT ips_is_member(), ips_is_team_lead(), ips_caseload_is_team()")).one()
    return bool(member) and not lead and not team


def sight(server: Connection) -> Sight:
    """The ids (and `server_seq`) the login reads of each compared table, if it reads less."""
    if not reads_less_than_all(server):
        return Sight(None)
    ids: dict[str, dict[uuid.UUID, int]] = {}
    for name in COMPARED:
        table = Base.metadata.tables[name]
        ids[name] = {_uuid(i): int(seq) for i, seq in server.execute(
            select(table.c.id, table.c.server_seq))}
    return Sight(ids)


def came_into_sight(server: Connection, local: Connection, seen: Sight,
                    after: int) -> list[tuple[str, uuid.UUID]]:
    """Rows the login reads now but did not when they last changed, with all under them.

    (A course the team lead handed to this consultant arrives at the pull, as it
    changed; its participant and notes did not, and would never come.) The
    pull takes them as the team has them (`refetch`).
    """
    if seen.ids is None:
        return []
    older: dict[str, list[uuid.UUID]] = {}
    for name, rows in seen.ids.items():
        table = Base.metadata.tables[name]
        candidates = [i for i, seq in rows.items() if seq <= after]
        held = {i for chunk in sync_erase.chunks(candidates)
                for i in local.scalars(select(table.c.id).where(table.c.id.in_(chunk)))}
        if missing := [i for i in candidates if i not in held]:
            older[name] = missing
    if not older:
        return []
    found, _ = sync_erase.rows_under(server, older)  # under RLS: only what the login reads
    return [(name, row_id) for name, ids in found.items() for row_id in ids]


def remove(local: Connection, seen: Sight) -> Removal:
    """Remove here what the login no longer reads (the caller's transaction, after the pull)."""
    if seen.ids is None:
        return Removal()
    gone = out_of_sight(local, seen.ids)
    if not gone:
        return Removal()
    gone_ids, kept = _keep_unsent(local, gone)
    removed = sync_erase.erase_locally(local, gone_ids, scrubbed=_UNLINKED) if gone_ids else 0
    return Removal(removed, kept)


def out_of_sight(local: Connection, seen: Mapping[str, Mapping[uuid.UUID, int]]) -> Ids:
    """Per compared table, the ids the team numbered that the login no longer reads."""
    gone: Ids = {}
    for name in COMPARED:
        table = Base.metadata.tables[name]
        here = set(local.scalars(select(table.c.id).where(table.c.server_seq.is_not(None))))
        if missing := here - seen[name].keys():
            gone[name] = missing
    return gone


def _keep_unsent(local: Connection, gone: Ids) -> tuple[dict[str, list[uuid.UUID]], int]:
    """`gone` less the rows with unsent changes under them (and their owners); how many kept."""
    unsent = set(sync_outbox.changed_here(local))
    if not unsent:
        return {name: list(ids) for name, ids in gone.items()}, 0
    seeds = {name: set(ids) for name, ids in gone.items()}
    withheld = 0
    while True:
        found, scrub = sync_erase.rows_under(local, seeds)
        blocked: Ids = {}
        for name, ids in (*found.items(), *scrub.items()):
            for row_id in ids:
                if (name, row_id) in unsent:
                    blocked.setdefault(name, set()).add(row_id)
        if not blocked:
            return {name: list(ids) for name, ids in seeds.items() if ids}, withheld
        for name, ids in _with_owners(local, blocked).items():  # each round keeps a seed
            if name in seeds:
                withheld += len(seeds[name] & ids)
                seeds[name] -= ids


def _with_owners(local: Connection, blocked: Mapping[str, set[uuid.UUID]]) -> Ids:
    """`blocked` and every row above them by erasure's links (a row kept keeps its parents)."""
    links = [*erasure.FOUND_BY[1:],
             *((name, column, referred) for name, (column, referred, _)
               in erasure.SCRUBBED.items())]
    found: Ids = {name: set(ids) for name, ids in blocked.items()}
    grew = True
    while grew:
        grew = False
        for name, column, referred in links:
            ids = list(found.get(name, ()))
            if not ids:
                continue
            table = Base.metadata.tables[name]
            parents = {p for p in local.scalars(select(table.c[column]).where(
                table.c.id.in_(ids), table.c[column].is_not(None)))}
            new = parents - found.get(referred, set())
            if new:
                found.setdefault(referred, set()).update(new)
                grew = True
    return found


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
