"""Random offline edits and random sync times on many laptops, and a model of what must follow.

The model is written apart from the engine: plain dicts that follow the
issue's rules (base version equal: apply; moved on: per field apply / same /
hard conflict; a delete against a row that moved on, an edit against a
deleted row: 'deleted'), fed the same generated operations. With members'
logins (tests/team/test_member_laptops.py) the team's rules come on top: a
change to a participant the pushing member may not write is refused as a
whole (the team's row stays, no conflict waits, one 'refused' record), and a
laptop's copy is what its login may read. Used by tests/sync/test_twenty_laptops.py
(the superuser) and the members' simulation.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pytest

from ips_desktop.storage.models import Participant
from tests.sync import actions
from tests.sync.team import Laptop, in_session

FIELDS = ("name", "phone", "email", "address", "municipality")
VALUES = {
    "name": ("Pia Hansen", "Pia M. Hansen", "Ole Berg", "Åse Ærenfeldt", "Jens Øster"),
    "phone": ("20 30 40 50", "99 88 77 66", "11 22 33 44", None),
    "email": ("pia@example.dk", "ole@example.dk", "post@example.dk", None),
    "address": ("Torvet 1, Køge", "Ågade 3, Næstved", None),
    "municipality": ("Køge", "Næstved", "Roskilde"),
}


@dataclass
class Row:
    fields: dict[str, Any]
    version: int = 1
    deleted: bool = False

    def copy(self) -> Row:
        return Row(dict(self.fields), self.version, self.deleted)


@dataclass
class Entry:
    row_id: uuid.UUID
    op: str  # insert / update / delete
    base: int
    changes: dict[str, tuple[Any, Any]]


RowRule = Callable[[int, uuid.UUID], bool]  # (laptop, participant) -> may it?


def _always(laptop: int, row_id: uuid.UUID) -> bool:
    return True


@dataclass
class Model:
    """The team's participants and each laptop's copy and unsent entries, by the rules alone.

    `writable` says whether a laptop's login may change a participant, `visible`
    whether it may read one (both: always, as the superuser). `refused` holds,
    per (laptop, participant), the values of the last change refused.
    """

    server: dict[uuid.UUID, Row] = field(default_factory=dict)
    known: list[dict[uuid.UUID, Row]] = field(default_factory=list)
    unsent: list[list[Entry]] = field(default_factory=list)
    conflicts: Counter = field(default_factory=Counter)
    refused: dict[tuple[int, uuid.UUID], dict[str, Any]] = field(default_factory=dict)
    writable: RowRule = _always
    visible: RowRule = _always

    def push(self, laptop: int) -> None:
        hard: dict[tuple[uuid.UUID, str | None], dict[str, Any]] = {}
        before: dict[uuid.UUID, Row] = {}  # the team's rows this login may not change
        touched: set[uuid.UUID] = set()
        sent: dict[uuid.UUID, dict[str, Any]] = {}
        for e in self.unsent[laptop]:
            row = self.server.get(e.row_id)
            if e.op == "insert":
                self.server[e.row_id] = Row({f: new for f, (_, new) in e.changes.items()})
                continue
            assert row is not None
            if not self.writable(laptop, e.row_id):
                before.setdefault(e.row_id, row.copy())
            sent.setdefault(e.row_id, {}).update({f: new for f, (_, new) in e.changes.items()})
            if e.base == row.version:
                for f, (_, new) in e.changes.items():
                    row.fields[f] = new
                row.deleted = row.deleted or e.op == "delete"
                row.version += 1
                touched.add(e.row_id)
            elif e.op == "delete" or row.deleted:
                if e.op == "delete" and row.deleted:
                    continue
                hard.setdefault((e.row_id, None), {"kind": "deleted"})
            else:
                applied = False
                for f, (old, new) in e.changes.items():
                    now = row.fields.get(f)
                    if now == new:
                        hard.pop((e.row_id, f), None)
                    elif now == old:
                        row.fields[f] = new
                        applied = True
                    elif (e.row_id, f) in hard:
                        if new == hard[(e.row_id, f)]["first_old"]:
                            del hard[(e.row_id, f)]
                        else:
                            hard[(e.row_id, f)]["incoming"] = new
                    else:
                        hard[(e.row_id, f)] = {"kind": "field", "first_old": old,
                                               "incoming": new}
                if applied:
                    row.version += 1
                    touched.add(e.row_id)
        for row_id, row in before.items():  # refused: the team's row as it was, nothing waits
            self.server[row_id] = row
            if row_id in touched or any(k[0] == row_id for k in hard):
                self.refused[(laptop, row_id)] = sent[row_id]
            hard = {k: c for k, c in hard.items() if k[0] != row_id}
        for (row_id, name), c in hard.items():
            self.conflicts[(row_id, name, c["kind"], c.get("incoming"))] += 1
        self.unsent[laptop] = []

    def pull(self, laptop: int) -> None:
        assert not self.unsent[laptop]
        self.known[laptop] = {k: r.copy() for k, r in self.server.items()
                              if self.visible(laptop, k)}


class Simulation:
    """The random run: participants made, edited and retired offline, synced at random.

    `new_participant` and `sync_laptop` are how a laptop does it (overridden
    for members' logins); `editable` which of its participants a laptop picks
    to change. Operations are chosen from `rnd` only, so a seed replays a run.
    """

    def __init__(self, laptops: list[Laptop], model: Model, rnd: random.Random) -> None:
        self.laptops = laptops
        self.model = model
        self.rnd = rnd
        # The order people were made in: the choices follow it, not their random ids, so a
        # seed replays the same run (sorting by id made each run another).
        self.made_as: dict[uuid.UUID, int] = {}

    def new_participant(self, i: int) -> tuple[uuid.UUID, dict[str, Any]]:
        """A person made on laptop `i`: their id and the values of FIELDS they got."""
        values = {f: self.rnd.choice(VALUES[f]) for f in FIELDS}
        row = Participant(**values)
        with in_session(self.laptops[i]) as s:
            s.add(row)
        return row.id, values

    def sync_laptop(self, i: int) -> Any:
        return self.laptops[i].sync()

    def editable(self, i: int) -> list[uuid.UUID]:
        live = [k for k, r in self.model.known[i].items() if not r.deleted]
        return sorted(live, key=self.made_as.__getitem__)

    def create(self, i: int) -> None:
        row_id, values = self.new_participant(i)
        self.made_as[row_id] = len(self.made_as)
        self.model.known[i][row_id] = Row(dict(values))
        self.model.unsent[i].append(Entry(row_id, "insert", 0, {
            f: (None, v) for f, v in values.items()}))

    def edit(self, i: int) -> None:
        live = self.editable(i)
        if not live:
            return self.create(i)
        row_id = self.rnd.choice(live)
        row = self.model.known[i][row_id]
        changes = {}
        for name in self.rnd.sample(FIELDS, self.rnd.choice((1, 1, 2))):
            new = self.rnd.choice([v for v in VALUES[name] if v != row.fields[name]])
            changes[name] = (row.fields[name], new)
        actions.edit(self.laptops[i], Participant, row_id,
                     **{k: v[1] for k, v in changes.items()})
        self.model.unsent[i].append(Entry(row_id, "update", row.version, changes))
        row.fields.update({k: v[1] for k, v in changes.items()})
        row.version += 1

    def delete(self, i: int) -> None:
        live = self.editable(i)
        if not live:
            return
        row_id = self.rnd.choice(live)
        row = self.model.known[i][row_id]
        actions.delete(self.laptops[i], Participant, row_id)
        self.model.unsent[i].append(Entry(row_id, "delete", row.version, {}))
        row.deleted = True
        row.version += 1

    def sync(self, i: int) -> Any:
        report = self.sync_laptop(i)
        self.model.push(i)
        self.model.pull(i)
        return report

    def step(self, i: int) -> None:
        """One random thing on laptop `i`: mostly edits, some new people, retirements, syncs."""
        what = self.rnd.random()
        if what < 0.1:
            self.create(i)
        elif what < 0.7:
            self.edit(i)
        elif what < 0.75:
            self.delete(i)
        else:
            self.sync(i)

    def run(self, steps: int, pick: Callable[[], int] | None = None) -> None:
        """`steps` random steps on laptops `pick` chooses, then everyone syncs until quiet."""
        pick = pick or (lambda: self.rnd.randrange(len(self.laptops)))
        for _ in range(steps):
            self.step(pick())
        self.settle()

    def settle(self) -> None:
        order = list(range(len(self.laptops)))
        for _ in range(5):  # everyone syncs, in a random order each round, until quiet
            self.rnd.shuffle(order)
            pushed = sum(self.sync(i).pushed for i in order)
            if pushed == 0:
                return
        pytest.fail("the laptops never went quiet")


def written_conflicts(conflicts: Iterable[dict[str, Any]]) -> Counter:
    """The hard conflicts on the team database, as the model counts them."""
    return Counter(
        (c["row_id"], c["field"], c["kind"], c["incoming_value"] if c["kind"] == "field"
         else None)
        for c in conflicts if c["kind"] in ("field", "deleted"))


def assert_team_is_the_models(people: dict[uuid.UUID, dict[str, Any]], model: Model) -> None:
    """The team's participants (as the superuser reads them) are the model's."""
    assert set(people) == set(model.server)
    for row_id, row in model.server.items():
        stored = people[row_id]
        assert {f: stored[f] for f in FIELDS} == row.fields
        assert (stored["deleted_at"] is not None) == row.deleted
        assert stored["version"] == row.version
