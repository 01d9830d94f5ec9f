"""Twenty laptops, random offline edits and random sync times, then everyone syncs until quiet.

Checked against the model of tests/sync/simulation.py, fed the same
generated operations. At the end every laptop must hold what the team holds,
the team's participants must be the model's, and the hard conflicts written
must be exactly those the model expects. `IPS_SYNC_SIM_SEEDS=1,2,3` runs
more seeds (default: one).
"""

from __future__ import annotations

import os
import random

import pytest

from tests.sync.simulation import Model, Simulation, assert_team_is_the_models, written_conflicts
from tests.sync.team import picture, table_rows

LAPTOPS = 20
STEPS = 240
SEEDS = [int(s) for s in os.environ.get("IPS_SYNC_SIM_SEEDS", "1").split(",") if s]


def run_simulation(team, seed: int) -> tuple[Model, list]:
    laptops = list(team.laptops(*(f"lap{n:02d}" for n in range(LAPTOPS))))
    model = Model(known=[{} for _ in laptops], unsent=[[] for _ in laptops])
    sim = Simulation(laptops, model, random.Random(seed))
    for _ in range(3):  # a few shared people to quarrel over
        sim.create(0)
    sim.sync(0)
    for i in range(1, LAPTOPS):
        sim.sync(i)
    sim.run(STEPS)
    return model, laptops


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_twenty_laptops_converge_on_the_team_picture(team, seed):
    model, laptops = run_simulation(team, seed)

    team_picture = picture(team.engine)
    for laptop in laptops:
        assert picture(laptop.ctx.engine) == team_picture, laptop.name

    assert_team_is_the_models(table_rows(team.engine, "participant"), model)
    assert sum(model.conflicts.values()) > 0  # the seed makes some: the check checks something
    assert written_conflicts(team.conflicts()) == model.conflicts
