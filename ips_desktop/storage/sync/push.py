"""The push's server side: one laptop's unsent changes applied to the team database.

Runs in one PostgreSQL transaction that the caller opens, serialised with
every other push by `pg_advisory_xact_lock`. The changes come in the
laptop's order (its change_log ids) and are decided by domain/sync_rules.py:

- base version equal to the team's: the change applies as it is;
- the row moved on: field by field (soft merge, recorded as a resolved
  'merged' conflict; the same value; or a hard 'field' conflict, the team
  keeping its value and the incoming one waiting in `sync_conflict`);
- a delete against a row that moved on, an edit against a deleted row: a
  hard conflict of kind 'deleted', the team's row as it is;
- an insert whose natural key the team has already (the same form version
  used on two laptops): no second row; differing fields become conflicts;
- 'erase': the rows are erased here too, with whatever the team holds about
  the person that this laptop never saw (storage/sync/erase.py).

Every accepted write sets the row's `server_seq` from the one sequence and
raises its `version`. Idempotent: `team_device.pushed_up_to` keeps, per
laptop, the highest change_log id taken, and entries at or below it are
skipped, so a retry after a commit the laptop never heard of takes nothing
twice. Several changes to one row in one push become one write.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text

from ips_desktop.domain.sync_rules import FieldOutcome, field_outcome
from ips_desktop.storage.sync import erase as sync_erase
from ips_desktop.storage.sync import people as sync_people
from ips_desktop.storage.sync import phase as sync_phase
from ips_desktop.storage.sync import server_writes, team_device
from ips_desktop.storage.sync.rights import Rights, erase_request, refusal
from ips_desktop.storage.sync.schema import FIELD_STAMP, NEXT_SEQ, PUSH, PUSH_LOCK
from ips_desktop.storage.sync.tables import ROW_META, TIME_META, TableInfo, info, ordered

INSERT, UPDATE, DELETE, ERASE = "insert", "update", "delete", "erase"
# Columns that name a consultant without a foreign key (the trail outlives the row).
_NAMES_A_CONSULTANT = {"audit_event": ("actor_id",)}
_CHUNK = 1000


@dataclass(frozen=True)
class Change:
    """One change_log entry as it travels (storage/change_log.py writes them)."""

    id: int
    hlc: str
    table_name: str
    row_id: uuid.UUID
    op: str
    base_version: int
    new_version: int
    changes: dict[str, list[Any]]
    actor_id: uuid.UUID | None
    origin: str | None


@dataclass
class PushResult:
    taken: int = 0  # entries applied (wholly or in part)
    skipped: int = 0  # taken by an earlier push whose end the laptop never heard
    conflicts: int = 0  # hard conflicts written
    merged: int = 0  # fields merged into a row that had moved on
    dropped: int = 0  # about rows erased (or never taken) on the team database
    refused: int = 0  # rows the pushing member may not write: recorded, not applied
    pushed_up_to: int = 0
    # Rows whose update was refused: the laptop takes the team's row back at the pull
    # (what it sent is in the refusal record, which comes down too).
    refused_updates: list[tuple[str, uuid.UUID]] = field(default_factory=list)


@dataclass
class _Pending:
    """A write not yet sent: all the changes to one row since the last flush, as one."""

    insert: bool
    values: dict[str, Any] = field(default_factory=dict)


def lock(conn: Connection) -> None:
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})


def push(conn: Connection, origin: str, consultant_id: uuid.UUID | None,
         changes: Sequence[Change], now: datetime) -> PushResult:
    """Apply `changes` (the laptop's unsent entries, in order) in the caller's transaction."""
    lock(conn)
    rights = Rights(conn)
    laptops_own = consultant_id
    if rights.consultant is not None and consultant_id != rights.consultant:
        consultant_id = rights.consultant  # a new laptop of a member the team knows already
    device = team_device.load(conn, origin, consultant_id, now)
    done_before = device["pushed_up_to"]
    todo = [c for c in changes if c.id > done_before]
    result = PushResult(skipped=len(changes) - len(todo))
    applier = _Applier(conn, origin, now, result, rights, consultant_id)
    if laptops_own is not None and laptops_own != consultant_id:
        # The laptop's own consultant row is the team's record of the member (their
        # initials): what it wrote, and what refers to it, is the team's row's, as when
        # the row meets its twin; conflicts and refusals then name whom the rules know.
        applier.alias[("consultant", laptops_own)] = consultant_id
    applier.prefetch(todo)
    for change in todo:
        applier.apply(change)
    applier.finish()
    up_to = max([done_before, *(c.id for c in changes)])
    result.pushed_up_to = up_to
    newest = max((c.hlc for c in todo), default=None)
    team_device.save(conn, device, pushed_up_to=up_to, last_push_at=now, updated_at=now,
                 consultant_id=consultant_id or device["consultant_id"])
    if todo:
        conn.execute(insert(PUSH).values(origin=origin, consultant_id=consultant_id,
                                         entries=len(todo), hlc=newest, at=now,
                                         server_seq=NEXT_SEQ))
    return result


def _table(name: str) -> Table:
    return info(name).table


class _Applier:
    """The push's working state: the team's rows as they stand, the writes and conflicts due."""

    def __init__(self, conn: Connection, origin: str, now: datetime, result: PushResult,
                 rights: Rights, consultant_id: uuid.UUID | None) -> None:
        self.conn = conn
        self.rights = rights
        self.consultant_id = consultant_id
        # What each row's changes sent (JSON values), for the record of a refused write.
        self.sent: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.refusals: list[dict[str, Any]] = []
        self.asked: dict[tuple[str, uuid.UUID], Change] = {}  # each row's latest change
        self.last_change: dict[tuple[str, uuid.UUID], Change] = {}
        self.erasing: list[Change] = []  # a run of erase entries: one erasure, asked at once
        self.origin = origin
        self.now = now
        self.result = result
        self.rows: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
        self.stamps: dict[tuple[str, uuid.UUID, str], tuple[str, Any, Any]] = {}
        self.pending: dict[tuple[str, uuid.UUID], _Pending] = {}
        self.new_stamps: dict[tuple[str, uuid.UUID, str], dict[str, Any]] = {}
        self.hard: dict[tuple[str, uuid.UUID, str | None], dict[str, Any]] = {}
        self.merged: list[dict[str, Any]] = []
        self.alias: dict[tuple[str, uuid.UUID], uuid.UUID] = {}
        self.erased: set[tuple[str, uuid.UUID]] = set()
        self.erased_ids: set[uuid.UUID] = set()
        self.courses: set[uuid.UUID] = set()  # whose phase to work out again
        self.people: set[uuid.UUID] = set()  # participants inserted or changed

    # --- reading the team's rows -----------------------------------------------------

    def prefetch(self, changes: Iterable[Change]) -> None:
        """The team's rows that the changes touch, locked, in one query per table."""
        by_table: dict[str, set[uuid.UUID]] = {}
        referred: set[uuid.UUID] = set()
        for change in changes:
            by_table.setdefault(change.table_name, set()).add(change.row_id)
            if change.op == INSERT:
                referred.update(_references(info(change.table_name), change))
        for name, ids in by_table.items():
            self._load(name, ids)
        self.erased = sync_erase.already_erased(self.conn, {i for s in by_table.values()
                                                             for i in s} | referred)
        self.erased_ids = {row_id for _, row_id in self.erased}
        self._load_stamps(by_table)

    def _load(self, name: str, ids: Iterable[uuid.UUID]) -> None:
        """The team's rows, unlocked: pushes are serialised by the advisory lock, and
        FOR UPDATE would need UPDATE rights (and hide what a member only reads)."""
        table = _table(name)
        wanted = [i for i in ids if (name, i) not in self.rows]
        for i in wanted:
            self.rows[(name, i)] = None
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for row in self.conn.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                self.rows[(name, row["id"])] = dict(row)

    def _load_stamps(self, by_table: dict[str, set[uuid.UUID]]) -> None:
        for name, ids in by_table.items():
            listed = list(ids)
            for start in range(0, len(listed), _CHUNK):
                for row in self.conn.execute(select(FIELD_STAMP).where(
                        FIELD_STAMP.c.table_name == name,
                        FIELD_STAMP.c.row_id.in_(listed[start:start + _CHUNK]))):
                    self.stamps[(name, row.row_id, row.field)] = (row.hlc, row.actor_id,
                                                                   row.origin)

    def _row(self, name: str, row_id: uuid.UUID) -> dict[str, Any] | None:
        if (name, row_id) not in self.rows:
            self._load(name, [row_id])
        return self.rows[(name, row_id)]

    # --- one change ------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        t = info(change.table_name)
        if change.op == ERASE:
            self.erasing.append(change)
            return
        self._erase_run()
        if self.alias:
            change = self._follow_aliases(t, change)
        row_id = self.alias.get((t.name, change.row_id), change.row_id)
        if (t.name, row_id) in self.erased:
            self.result.dropped += 1
            return
        row = self._row(t.name, row_id)
        if change.op == INSERT and row is None:
            if _references(t, change) & self.erased_ids:
                self.result.dropped += 1  # about a person erased meanwhile
                return
            twin = self._twin(t, change)
            if twin is None:
                self._insert(t, change)
            else:
                self.alias[(t.name, change.row_id)] = twin["id"]
                self._meet(t, change, twin)
            return
        if row is None:
            if self.rights.restricted:  # not theirs to see, so not theirs to change
                self._refuse(t.name, change.row_id, change, dict(_news(change)))
            else:
                self.result.dropped += 1  # a row the team never took (or erased without trace)
            return
        if change.op == INSERT:  # the same id arrived again: a row meeting itself
            self._meet(t, change, row)
            return
        self.result.taken += 1
        self.asked[(t.name, row_id)] = change
        if self.rights.restricted:  # all of it, for the record should it be refused
            self.sent.setdefault((t.name, row_id), {}).update(_news(change))
        if change.base_version == row["version"]:
            self._write(t, change, row, dict(_news(change)))
            return
        if change.op == DELETE:
            if row["deleted_at"] is None:
                self._deleted_conflict(t, change, row, server=_snapshot(t, row))
            return
        if row["deleted_at"] is not None and "deleted_at" not in change.changes:
            self._deleted_conflict(t, change, row,
                                   server={"deleted_at": t.encoded(row, "deleted_at")})
            return
        self._merge(t, change, row)

    def _follow_aliases(self, t: TableInfo, change: Change) -> Change:
        """References to a row that met its twin (by natural key) go to the twin."""
        changes = change.changes
        references = [(fk.parent.key, fk.column.table.name) for fk in t.table.foreign_keys]
        references += [(c, "consultant") for c in _NAMES_A_CONSULTANT.get(t.name, ())]
        for column, referred in references:
            pair = changes.get(column)
            if not pair:
                continue
            fixed = [str(self.alias.get((referred, uuid.UUID(str(v))), v)) if v else v
                     for v in pair]
            if fixed != pair:
                changes = {**changes, column: fixed}
        actor = change.actor_id
        if actor is not None:
            actor = self.alias.get(("consultant", actor), actor)
        if changes is change.changes and actor == change.actor_id:
            return change
        return replace(change, changes=changes, actor_id=actor)

    def _merge(self, t: TableInfo, change: Change, row: dict[str, Any]) -> None:
        """A change to a row that moved on: field by field."""
        taken: dict[str, Any] = {}
        later: dict[str, Any] = {}
        for name, (old, new) in change.changes.items():
            rule = t.merge_rule(name)
            if rule is not None:
                later[name] = new
                if rule == "latest":
                    taken[name] = new
                continue
            server = t.encoded(row, name)
            outcome = field_outcome(server, old, new)
            if outcome is FieldOutcome.APPLY:
                self._soft(t, change, row, name, server, new)
                taken[name] = new
            elif outcome is FieldOutcome.SAME:
                self.hard.pop((t.name, row["id"], name), None)
            else:
                self._hard(t, change, row, name, server, old, new)
        if not taken:
            return
        for name, new in later.items():
            if t.merge_rule(name) == "largest":
                server = t.encoded(row, name)
                taken[name] = new if server is None or (new is not None and new > server) \
                    else server
        self._write(t, change, row, taken)

    # --- the outcomes ----------------------------------------------------------------

    def _insert(self, t: TableInfo, change: Change) -> None:
        self.result.taken += 1
        row: dict[str, Any] = dict.fromkeys(t.encode)
        row.update(id=change.row_id, version=0, deleted_at=None)
        if t.answers:
            row[t.answers] = {}
        if t.name == "course":
            row["phase"] = "referred"  # never logged: worked out from its phase changes below
        self.rows[(t.name, change.row_id)] = row
        self.pending[(t.name, change.row_id)] = _Pending(insert=True, values=dict(row))
        self._set(t, change, row, dict(_news(change)), stamp=False)
        row["origin"] = change.origin
        self.pending[(t.name, change.row_id)].values["origin"] = change.origin

    def _write(self, t: TableInfo, change: Change, row: dict[str, Any],
               fields: dict[str, Any]) -> None:
        self._set(t, change, row, fields, stamp=True)

    def _set(self, t: TableInfo, change: Change, row: dict[str, Any],
             fields: dict[str, Any], *, stamp: bool) -> None:
        """`fields` (JSON values) into the cached row and its pending write; version + 1."""
        key = (t.name, row["id"])
        pending = self.pending.setdefault(key, _Pending(insert=False))
        self.sent.setdefault(key, {}).update(fields)
        self.last_change[key] = change
        for name, value in fields.items():
            if t.answers and name.startswith(t.answers + "."):
                answers = dict(row.get(t.answers) or {})
                answer = name.split(".", 1)[1]
                if value is None:
                    answers.pop(answer, None)
                else:
                    answers[answer] = value
                row[t.answers] = answers
                pending.values[t.answers] = answers
            elif name in t.decode:
                row[name] = t.decode[name](value)
                pending.values[name] = row[name]
            else:
                continue  # a column this version does not know: nothing to store it in
            if stamp and name not in TIME_META:
                self.new_stamps[(t.name, row["id"], name)] = {
                    "table_name": t.name, "row_id": row["id"], "field": name,
                    "hlc": change.hlc, "actor_id": change.actor_id, "origin": change.origin}
        row["version"] = (row.get("version") or 0) + 1
        row["changed_by"] = change.actor_id
        pending.values.update(version=row["version"], changed_by=change.actor_id)
        if t.name == "course" and pending.insert:
            self.courses.add(row["id"])
        elif t.name == "phase_change":
            self.courses.add(row["course_id"])
        elif t.name == "participant" and (pending.insert or "cpr" in fields
                                          or "deleted_at" in fields):
            self.people.add(row["id"])

    def _soft(self, t: TableInfo, change: Change, row: dict[str, Any], name: str,
              server: Any, new: Any) -> None:
        self.result.merged += 1
        self.merged.append(self._conflict(t, change, row, name, "merged", server, new) | {
            "resolved_at": self.now, "resolved_by": change.actor_id, "resolution": "incoming",
            "resolved_value": new})

    def _hard(self, t: TableInfo, change: Change, row: dict[str, Any], name: str,
              server: Any, old: Any, new: Any) -> None:
        key = (t.name, row["id"], name)
        waiting = self.hard.get(key)
        if waiting is not None:  # changed again in the same push: the last value waits
            if new == waiting["_first_old"]:
                del self.hard[key]  # …and it is back where it started: nothing to decide
                return
            waiting.update(incoming_value=new, incoming_hlc=change.hlc,
                           incoming_actor_id=change.actor_id)
            return
        self.hard[key] = self._conflict(t, change, row, name, "field", server, new) | {
            "_first_old": old}

    def _deleted_conflict(self, t: TableInfo, change: Change, row: dict[str, Any], *,
                          server: dict[str, Any]) -> None:
        key = (t.name, row["id"], None)
        incoming = dict(_news(change))
        waiting = self.hard.get(key)
        if waiting is not None:
            waiting["incoming_value"] = {**waiting["incoming_value"], **incoming}
            waiting.update(incoming_hlc=change.hlc, incoming_actor_id=change.actor_id)
            return
        self.hard[key] = self._conflict(t, change, row, None, "deleted", server, incoming)

    def _conflict(self, t: TableInfo, change: Change, row: dict[str, Any], name: str | None,
                  kind: str, server: Any, incoming: Any) -> dict[str, Any]:
        stamp = self.stamps.get((t.name, row["id"], name or "")) if name else None
        return {
            "table_name": t.name, "row_id": row["id"], "field": name, "kind": kind,
            "base_version": change.base_version, "server_value": server,
            "server_actor_id": stamp[1] if stamp else row.get("changed_by"),
            "server_origin": stamp[2] if stamp else row.get("origin"),
            "server_hlc": stamp[0] if stamp else None,
            "incoming_value": incoming, "incoming_actor_id": change.actor_id,
            "incoming_origin": change.origin, "incoming_hlc": change.hlc,
            "detected_at": self.now,
        }

    def _meet(self, t: TableInfo, change: Change, twin: dict[str, Any]) -> None:
        """An insert whose row (by id or natural key) the team has: what differs waits."""
        self.result.taken += 1
        self.asked[(t.name, twin["id"])] = change
        if self.rights.restricted:
            self.sent.setdefault((t.name, twin["id"]), {}).update(_news(change))
        if twin["deleted_at"] is not None:
            self._deleted_conflict(t, change, twin,
                                   server={"deleted_at": t.encoded(twin, "deleted_at")})
            return
        for name, (_, new) in change.changes.items():
            if name in TIME_META or name == "deleted_at" or t.merge_rule(name):
                continue
            server = t.encoded(twin, name)
            if server != new:
                self._hard(t, change, twin, name, server, None, new)

    def _twin(self, t: TableInfo, change: Change) -> dict[str, Any] | None:
        """The team's live row with the same natural key as an inserted row, if any."""
        if not t.keys:
            return None
        news = dict(_news(change))
        for key in t.keys:
            values = {c: t.decode[c](news.get(c)) for c in key.columns}
            if any(v is None for v in values.values()):
                continue
            self.flush()  # a row tombstoned earlier in this push frees its key first
            query = select(t.table).where(t.table.c.id != change.row_id,
                                          *(t.table.c[c] == v for c, v in values.items()))
            if key.live_only:
                query = query.where(t.table.c.deleted_at.is_(None))
            found = self.conn.execute(query).mappings().first()
            if found is not None:
                row = self.rows.setdefault((t.name, found["id"]), dict(found))
                return row
        return None

    def _erase_run(self) -> None:
        """The erase entries met so far, as one erasure (the laptop's one transaction).

        The rows first, all seeds together, so that a member's right to erase a
        participant is asked while its course is still there; then the columns
        cleared on rows that stay (an employer contact), read afresh.
        """
        changes, self.erasing = self.erasing, []
        if not changes:
            return
        self.result.taken += len(changes)
        self.flush()
        seeds: dict[str, list[uuid.UUID]] = {}
        for change in changes:
            if not change.changes:
                seeds.setdefault(change.table_name, []).append(change.row_id)
        if self.rights.member:
            removed, refused = sync_erase.erase_as_member(self.conn, seeds, self.now)
            by_key = {(c.table_name, c.row_id): c for c in changes}
            for key in refused:  # a person's erasure waits for the team lead
                self._refuse(key[0], key[1], by_key.get(key, changes[-1]), {"erased": True},
                             waits=key[0] == "participant")
            if refused:  # nothing erased: the laptop takes back what the team still has
                self.result.refused_updates.extend(sorted(by_key, key=str))
                return
        else:
            removed = sync_erase.erase_on_server(self.conn, seeds, self.now) if seeds else set()
        for key in removed:
            self.rows[key] = None
            self.erased.add(key)
            self.erased_ids.add(key[1])
        for waiting in [k for k in self.hard if (k[0], k[1]) in removed]:
            del self.hard[waiting]
        for change in changes:
            if change.changes:
                self._scrub(info(change.table_name), change)

    def _scrub(self, t: TableInfo, change: Change) -> None:
        """A row that stays with columns cleared (an employer contact)."""
        self.rows.pop((t.name, change.row_id), None)  # the erasure may have cleared it already
        row = self._row(t.name, change.row_id)
        fields = {k: None for k in change.changes if k not in TIME_META}
        if row is None or all(t.encoded(row, k) is None for k in fields):
            return
        self._write(t, change, row, fields | {"updated_at": change.changes.get(
            "updated_at", [None, None])[1] or t.encode["updated_at"](self.now)})
        self.flush()

    def _refuse(self, table: str, row_id: uuid.UUID, change: Change,
                sent: dict[str, Any], *, waits: bool = False) -> None:
        """A write this member may not make: left out, recorded with what was sent.

        Recorded as a decided conflict of kind 'refused' (the team's row stays as
        it is; the laptop keeps its own): it travels to the member and the team
        lead, so nothing is lost and the team lead can act on it. A refused
        erasure of a person (`waits`) is one the team lead must act on: it waits.
        """
        key = (table, row_id)
        self.result.refused += 1
        self.rows[key] = None
        self.pending.pop(key, None)
        for stamp in [k for k in self.new_stamps if (k[0], k[1]) == key]:
            del self.new_stamps[stamp]
        for waiting in [k for k in self.hard if (k[0], k[1]) == key]:
            del self.hard[waiting]
        self.merged = [m for m in self.merged if (m["table_name"], m["row_id"]) != key]
        if table == "course":
            self.courses.discard(row_id)
        elif table == "participant":
            self.people.discard(row_id)
        record = refusal(
            table, row_id, self.sent.pop(key, {}) or sent,
            actor=self.consultant_id or change.actor_id, base_version=change.base_version,
            origin=change.origin, hlc=change.hlc, now=self.now)
        self.refusals.append(erase_request(record) if waits else record)

    def _refuse_waiting(self) -> None:
        """Hard conflicts about rows this member may not write are refused, as a write is.

        Whether the team's row had moved on says nothing about whose it is to
        change: without this, the same edit would be refused against an
        unchanged row and left waiting against a changed one.
        """
        if not self.rights.restricted or not self.hard:
            return
        by_table: dict[str, set[uuid.UUID]] = {}
        for table, row_id, _ in self.hard:
            by_table.setdefault(table, set()).add(row_id)
        for table, ids in by_table.items():
            for row_id in self.rights.refused_updates(table, ids):
                self._refuse(table, row_id, self.asked[(table, row_id)], {})
                self.result.refused_updates.append((table, row_id))

    # --- writing ---------------------------------------------------------------------

    def flush(self) -> None:
        """The pending writes: inserts parents first, then updates; each row one statement."""
        if not self.pending:
            return
        pending, self.pending = self.pending, {}
        last: dict[tuple[str, uuid.UUID], Change] = self.last_change
        for name in ordered():
            t = info(name)
            inserts = [p.values for (n, _), p in pending.items() if n == name and p.insert]
            refused = self.rights.refused_inserts(name, inserts)
            for row_id in refused:  # asked once their parents are in (ordered())
                self._refuse(name, row_id, last[(name, row_id)], {})
            inserts = [r for r in inserts if r["id"] not in refused]
            if inserts:
                server_writes.execute_grouped(self.conn, t, inserts, insert_rows=True)
        for name in ordered():
            t = info(name)
            updates = [{"id": rid, **p.values} for (n, rid), p in pending.items()
                       if n == name and not p.insert]
            refused = self.rights.refused_updates(name, [u["id"] for u in updates])
            for row_id in refused:
                self._refuse(name, row_id, last[(name, row_id)], {})
                self.result.refused_updates.append((name, row_id))
            updates = [u for u in updates if u["id"] not in refused]
            if updates:
                server_writes.execute_grouped(self.conn, t, updates, insert_rows=False)

    def finish(self) -> None:
        self._erase_run()
        self.flush()
        self._refuse_waiting()
        if self.courses:
            sync_phase.recompute_on_server(self.conn, self.courses)
        conflicts = [{k: v for k, v in c.items() if not k.startswith("_")}
                     for c in self.hard.values()]
        self.result.conflicts = len(conflicts)
        rows = conflicts + self.merged
        if self.rights.restricted and self.consultant_id is not None:
            for row in rows:  # a consultant's conflicts are theirs (the rules allow no other)
                row["incoming_actor_id"] = self.consultant_id
        rows += sync_people.same_person_conflicts(self.conn, self.people, self.now)
        rows += self.refusals
        server_writes.write_conflicts(self.conn, rows, self.origin, self.now)
        if self.new_stamps:
            server_writes.write_stamps(self.conn, list(self.new_stamps.values()))


def _news(change: Change) -> Iterable[tuple[str, Any]]:
    for name, pair in change.changes.items():
        yield name, pair[1]


def _snapshot(t: TableInfo, row: dict[str, Any]) -> dict[str, Any]:
    """The team's row as a person would read it: its fields in JSON form."""
    return {name: t.encoded(row, name) for name in t.content_fields()
            if name not in TIME_META}


def _references(t: TableInfo, change: Change) -> set[uuid.UUID]:
    """The ids an inserted row refers to by foreign key (to see if they were erased)."""
    found = set()
    for fk in t.table.foreign_keys:
        pair = change.changes.get(fk.parent.key)
        if pair and pair[1]:
            found.add(uuid.UUID(str(pair[1])))
    return found


__all__ = ["DELETE", "ERASE", "INSERT", "ROW_META", "UPDATE", "Change", "PushResult",
           "lock", "push"]
