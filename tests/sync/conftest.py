"""Fixtures of the sync tests: a team database per test on the test PostgreSQL server."""

from __future__ import annotations

import pytest

from tests.sync.team import Team, TeamServer


@pytest.fixture(scope="session")
def team_server():
    server = TeamServer()
    yield server
    server.close()


@pytest.fixture
def team(team_server, tmp_path):
    name = team_server.new()
    engine = team_server.engine(name)
    yield Team(team_server, name, engine, tmp_path)
    engine.dispose()
    team_server.drop(name)
