"""Rows this laptop pulled earlier that its login may no longer read: removed here only.

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


def reads_less_than_all(server: Connection) -> bool:
    """True for a consultant's login under the caseload "own" (only they see less)."""
    layered = server.execute(text("SELECT to_regprocedure('ips_caseload_is_team()')")).scalar()
    if not layered:
        return False
    member, lead, team = server.execute(text(
        "SELECT ips_is_member(), ips_is_team_lead(), ips_caseload_is_team()")).one()
    return bool(member) and not lead and not team


def remove(server: Connection, local: Connection) -> Removal:
    """Compare, then remove here what the login no longer reads (callers' transactions)."""
    if not reads_less_than_all(server):
        return Removal()
    gone = out_of_sight(server, local)
    if not gone:
        return Removal()
    gone, kept = _keep_unsent(local, gone)
    removed = sync_erase.erase_locally(local, gone, scrubbed=_UNLINKED) if gone else 0
    return Removal(removed, kept)


def out_of_sight(server: Connection, local: Connection) -> Ids:
    """Per compared table, the ids the team numbered that the login no longer reads."""
    gone: Ids = {}
    for name in COMPARED:
        table = Base.metadata.tables[name]
        here = set(local.scalars(select(table.c.id).where(table.c.server_seq.is_not(None))))
        if not here:
            continue
        seen = {_uuid(v) for v in server.scalars(select(table.c.id))}
        if missing := here - seen:
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
