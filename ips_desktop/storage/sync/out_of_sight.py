"""Rows that left (or came into) the sight of this laptop's login without changing.

Under the caseload "own" a consultant's login reads only the rows of the
courses they hold (storage/team_rules.py). The pull reads what the login
sees, so a row that went out of its sight (the team lead gave the course to a
colleague, the municipality changed "team" to "own") is never read again, and
without this it would stay on the laptop for ever.

So after the pull of a login that does not read everything, in the pull's
own snapshot, the owning rows (participants, courses) and the few tables
read by rules of their own (a calendar event, an employer contact, a
conflict) are compared: first by a fingerprint per table (one aggregate
query), and by ids only where it differs. Every row under an owning row
(notes, forms, phase changes …) goes with it by erasure's own walk
(storage/erasure.FOUND_BY), so the big tables are never compared. Under
"own" a login reads only its own caseload, so the rows counted are few (a
consultant's share; measured: about 50–100 ms on a machine loaded 5×, for
250 courses, 1,000 calendar events and 1,500 employer contacts of 5,000,
20,000 and 30,000), and a team lead, a "team" caseload or a database without
the team layer ask one query and compare nothing.

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

A row the login reads whose course it does not (a consultant's own calendar
event or employer contact on a course handed to a colleague) keeps its
fields here, its link to the course cleared (`unlink_orphans`): the laptop
cannot hold a link to a course it does not hold.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Difference:
    """Where the rows this laptop holds and the rows its login reads part, after a pull."""

    came: list[tuple[str, uuid.UUID]] = field(default_factory=list)  # to take, with all under
    gone: Ids = field(default_factory=dict)  # to remove here

    def __bool__(self) -> bool:
        return bool(self.came or self.gone)


def compare(server: Connection, local: Connection) -> Difference:
    """After the pull, in its snapshot: what the login reads now and this laptop lacks
    (a course handed to this consultant changed and came, its participant and notes did
    not), and what this laptop holds that the login no longer reads.

    Once a pull has brought what changed, the rows here that the team numbered
    are the rows the login reads, unless something left or came into its sight.
    So each table is first compared by a fingerprint (how many ids, and the sum
    of their last 60 bits), one aggregate query for all; only a table whose
    fingerprint differs has its ids read.
    """
    differing = [name for name, theirs in _fingerprints(server).items()
                 if theirs != _fingerprint(_held(local, name, numbered=True))]
    came: dict[str, list[uuid.UUID]] = {}
    gone: Ids = {}
    for name in differing:
        table = Base.metadata.tables[name]
        seen = {_uuid(i) for i in server.scalars(select(table.c.id))}
        if missing := seen - _held(local, name, numbered=False):
            came[name] = sorted(missing)
        if left := _held(local, name, numbered=True) - seen:
            gone[name] = left
    found, _ = sync_erase.rows_under(server, came) if came else ({}, {})  # under RLS
    return Difference([(name, row_id) for name, ids in found.items() for row_id in ids], gone)


def remove(local: Connection, gone: Ids) -> Removal:
    """Remove here what the login no longer reads (the caller's transaction, after the pull)."""
    if not gone:
        return Removal()
    gone_ids, kept = _keep_unsent(local, gone)
    removed = sync_erase.erase_locally(local, gone_ids, scrubbed=_UNLINKED) if gone_ids else 0
    return Removal(removed, kept)


def unlink_orphans(local: Connection) -> int:
    """Rows the login reads whose course (or note, event) it does not: the link cleared here.

    Under "own" a consultant reads their own calendar events and employer
    contacts, also those on a course handed to a colleague, which this laptop
    no longer holds; kept linked, the row would break the foreign key. Cleared
    here only (the team keeps the link); the rows' other fields stay.
    """
    cleared = 0
    person_rows = set(erasure.ERASED_TABLES)
    for name in OWN_READS:
        table = Base.metadata.tables[name]
        for fk in table.foreign_keys:
            referred = fk.column.table
            if not fk.parent.nullable or referred.name not in person_rows:
                continue
            column = fk.parent
            there = select(referred.c.id).where(referred.c.id == column)
            cleared += local.execute(table.update().where(
                column.is_not(None), ~there.exists()).values({column.key: None})).rowcount
    return cleared


_LOW_BITS = 60


def _fingerprints(server: Connection) -> dict[str, tuple[int, int]]:
    """Per compared table, (count, sum of each id's last 60 bits) of what the login reads."""
    parts = " UNION ALL ".join(
        f"SELECT '{name}', count(*), COALESCE(sum(('x' || right(replace(t.id::text, '-', ''),"
        f" {_LOW_BITS // 4}))::bit({_LOW_BITS})::bigint), 0)::text FROM {name} t"
        for name in COMPARED)
    return {name: (int(count), int(total)) for name, count, total in server.execute(text(parts))}


def _fingerprint(ids: set[uuid.UUID]) -> tuple[int, int]:
    return len(ids), sum(i.int & ((1 << _LOW_BITS) - 1) for i in ids)


def _held(local: Connection, name: str, *, numbered: bool) -> set[uuid.UUID]:
    """The ids here (`numbered`: only those the team database numbered, i.e. has taken)."""
    table = Base.metadata.tables[name]
    query = select(table.c.id)
    if numbered:
        query = query.where(table.c.server_seq.is_not(None))
    return set(local.scalars(query))


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
        for name, owners in _with_owners(local, blocked).items():  # each round keeps a seed
            if name in seeds:
                withheld += len(seeds[name] & owners)
                seeds[name] -= owners


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
