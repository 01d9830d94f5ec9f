"""Laptops syncing through their members' own logins: the simulation under the team's rules.

tests/sync/test_twenty_laptops.py's random run (tests/sync/simulation.py)
on a team database made by `team init`: laptop 0 is the team lead's, the
others consultants', each joined with its own login, so row-level security
and the push's rights checks (storage/sync/rights.py) decide what each
change may do. Every participant comes with a referral (a course held by
the laptop's consultant): its consultant and the team lead may change it;
under the "team" caseload the other consultants read it too, and what they
change of it, or a note they write on its course, is refused. Checked at
the end: every laptop holds what its login may read of the team database
(and the notes refused to it, which nobody else has); the team's
participants are the model's; every hard conflict the model expects was
written; every refused change is recorded as refused, with what was sent,
and none was applied.
"""

from __future__ import annotations

import os
import random
import uuid
from typing import Any

import pytest

from ips_desktop.services import sync, team, team_admin
from ips_desktop.storage.server import make_server_engine
from tests.sync import actions
from tests.sync.simulation import (
    FIELDS,
    Model,
    Simulation,
    assert_team_is_the_models,
    written_conflicts,
)
from tests.sync.team import Laptop, picture, table_rows
from tests.team.members import member_laptop

LEAD = 0
# (laptops, steps) per caseload: "own" keeps consultants apart (no refusals to provoke),
# so a few laptops show what it hides; "team" is where colleagues' changes meet.
RUNS = {"team": (20, 120), "own": (6, 80)}
SEEDS = [int(s) for s in os.environ.get("IPS_SYNC_SIM_SEEDS", "1").split(",") if s]


class MemberSimulation(Simulation):
    """The random run with members' rights: who holds whose course, what is refused."""

    def __init__(self, laptops: list[Laptop], rnd: random.Random, caseload: str) -> None:
        model = Model(known=[{} for _ in laptops], unsent=[[] for _ in laptops],
                      writable=self.may_write, visible=self.may_read)
        super().__init__(laptops, model, rnd)
        self.caseload = caseload
        self.owner: dict[uuid.UUID, int] = {}  # participant -> the laptop holding the course
        self.course: dict[uuid.UUID, uuid.UUID] = {}
        self.notes: dict[uuid.UUID, int] = {}  # note -> the laptop that wrote it
        self.refused_notes: dict[uuid.UUID, int] = {}
        self.made = 0

    def may_write(self, i: int, row_id: uuid.UUID) -> bool:
        return i == LEAD or self.owner[row_id] == i

    def may_read(self, i: int, row_id: uuid.UUID) -> bool:
        return i == LEAD or self.caseload == "team" or self.owner[row_id] == i

    def new_participant(self, i: int) -> tuple[uuid.UUID, dict[str, Any]]:
        """A referral for the laptop's own consultant: the person and their course."""
        self.made += 1
        course = actions.enrol(self.laptops[i], f"Deltager {self.made}")
        person = actions.person_of(self.laptops[i], course)
        self.owner[person], self.course[person] = i, course
        row = actions.participant(self.laptops[i], person)
        return person, {f: getattr(row, f) for f in FIELDS}

    def sync_laptop(self, i: int) -> sync.SyncReport:
        return sync.sync_now(self.laptops[i].ctx)  # through the member's login

    def editable(self, i: int) -> list[uuid.UUID]:
        """Mostly their own people (where conflicts with the team lead come from), now and
        then a colleague's they can read (refused)."""
        live = super().editable(i)
        mine = [k for k in live if self.may_write(i, k)]
        return mine if mine and self.rnd.random() < 0.8 else live

    def write_note(self, i: int) -> None:
        live = self.editable(i)
        if not live:
            return
        person = self.rnd.choice(live)
        note = actions.note(self.laptops[i], self.course[person], f"Samtale {len(self.notes)}")
        (self.notes if self.may_write(i, person) else self.refused_notes)[note] = i

    def step(self, i: int) -> None:
        if self.rnd.random() < 0.08:
            self.write_note(i)
        else:
            super().step(i)

    def pick(self) -> int:
        """The team lead is busy: a quarter of the steps are theirs."""
        if self.rnd.random() < 0.25:
            return LEAD
        return self.rnd.randrange(1, len(self.laptops))


def _laptops(team_server, root, caseload: str, count: int) -> list[Laptop]:
    team_admin.init_team(team_server.admin_url)
    team_server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'",
                    (caseload,))
    laptops = [member_laptop(team_server, root, "lead", "TL", lead=True)]
    laptops += [member_laptop(team_server, root, f"lap{n:02d}", f"K{n:02d}")
                for n in range(1, count)]
    return laptops


def _what_the_login_reads(laptop: Laptop) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    engine = team.team_engine(laptop.ctx)
    try:
        return picture(engine)
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("caseload", ["team", "own"])
@pytest.mark.parametrize("seed", SEEDS)
def test_member_laptops_converge_on_what_their_logins_may_read(team_server, tmp_path,
                                                                caseload, seed):
    count, steps = RUNS[caseload]
    laptops = _laptops(team_server, tmp_path, caseload, count)
    sim = MemberSimulation(laptops, random.Random(seed), caseload)
    try:
        for i in range(1, min(count, 8)):  # consultants' people for the team lead to change
            sim.create(i)
            sim.sync(i)
        sim.sync(LEAD)
        sim.run(steps, sim.pick)
        _check(team_server, sim, caseload)
    finally:
        for laptop in laptops:
            laptop.ws.close()


def _check(team_server, sim: MemberSimulation, caseload: str) -> None:
    laptops, model = sim.laptops, sim.model
    for i, laptop in enumerate(laptops):
        held = picture(laptop.ctx.engine)
        kept = {n for n, by in sim.refused_notes.items() if by == i}
        assert kept <= held["note"].keys(), laptop.name  # refused, not lost
        held["note"] = {k: v for k, v in held["note"].items() if k not in kept}
        assert held == _what_the_login_reads(laptop), laptop.name

    admin = make_server_engine(team_server.admin_url)
    try:
        assert_team_is_the_models(table_rows(admin, "participant"), model)
        assert sum(model.conflicts.values()) > 0  # the seed makes some: the check checks
        conflicts = list(table_rows(admin, "sync_conflict").values())
        assert written_conflicts(conflicts) == model.conflicts
        notes = set(table_rows(admin, "note"))
    finally:
        admin.dispose()

    assert sim.notes.keys() <= notes and not sim.refused_notes.keys() & notes
    me = [laptop.me for laptop in laptops]
    refused = [c for c in conflicts if c["kind"] == "refused"]
    expected = {("participant", row_id, me[i]) for i, row_id in model.refused}
    expected |= {("note", note, me[i]) for note, i in sim.refused_notes.items()}
    assert {(c["table_name"], c["row_id"], c["incoming_actor_id"]) for c in refused} == expected
    for (i, row_id), sent in model.refused.items():  # what was sent is in the record
        values = {f: v for f, v in sent.items() if f in FIELDS}
        assert any(c["row_id"] == row_id and c["incoming_actor_id"] == me[i]
                   and values.items() <= (c["incoming_value"] or {}).items()
                   for c in refused), (i, row_id)
    if caseload == "team":  # consultants read colleagues' people, and try to change some
        assert model.refused and sim.refused_notes
