"""Laptops and a team database for the sync tests: real SQLCipher files, a real PostgreSQL.

Each laptop is a database made by services.workspace with its own owner
consultant; the team database is a fresh PostgreSQL database per test,
copied from a template that holds the team schema (built once per worker).
`IPS_TEST_POSTGRES_URL` names a superuser on the test server (the Makefile's
cluster, or one of your own); without it these tests are skipped.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, sync, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.services.workspace import Workspace
from ips_desktop.storage import schema
from ips_desktop.storage.database import write_settings
from ips_desktop.storage.models import Base
from ips_desktop.storage.server import create_team_database, database_url, make_server_engine
from ips_desktop.storage.sync.tables import pulled_tables
from tests.helpers import PASSWORD

URL_VARIABLE = "IPS_TEST_POSTGRES_URL"
TEAM_URL = "postgresql://soe@team.example/ipsteam"  # what `team join` would keep; unused here


def admin_url() -> str:
    url = os.environ.get(URL_VARIABLE)
    if not url:
        pytest.skip(f"{URL_VARIABLE} is not set: no PostgreSQL to sync with")
    return url


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


class TeamServer:
    """This worker's team databases: a template with the schema, a copy per test."""

    def __init__(self) -> None:
        self.url = admin_url()
        self.admin = make_server_engine(self.url).execution_options(
            isolation_level="AUTOCOMMIT")
        self.template = f"ips_sync_template_{_worker()}_{os.getpid()}"
        self.names = (f"ips_sync_{_worker()}_{os.getpid()}_{n}" for n in itertools.count())
        self.ready = False

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _template(self) -> None:
        if self.ready:
            return
        self.drop(self.template)
        create_team_database(self.url, self.template)
        engine = make_server_engine(database_url(self.url, self.template))
        try:
            build_team_schema(engine)
        finally:
            engine.dispose()
        self.ready = True

    def new(self) -> str:
        self._template()
        name = next(self.names)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        return name

    def engine(self, name: str, **options: Any) -> Engine:
        return make_server_engine(database_url(self.url, name), **options)

    def close(self) -> None:
        if self.ready:
            self.drop(self.template)
        self.admin.dispose()


def build_team_schema(engine: Engine) -> None:
    """The team database's schema by the app's own migrations (as `team init` makes it)."""
    schema.upgrade(engine)


@dataclass
class Laptop:
    """One consultant's laptop: a workspace whose sync goes to `team`."""

    name: str
    ws: Workspace
    team: Engine

    @property
    def ctx(self) -> AppContext:
        return self.ws.ctx

    @property
    def me(self) -> uuid.UUID:
        assert self.ws.ctx.actor_id is not None
        return self.ws.ctx.actor_id

    def sync(self) -> sync.SyncReport:
        return sync.sync_now(self.ctx, team=self.team)

    def rows(self, table_name: str) -> dict[uuid.UUID, dict[str, Any]]:
        return table_rows(self.ctx.engine, table_name)


def make_laptop(root: Path, name: str, initials: str, team: Engine, *,
                role: Role = Role.CONSULTANT) -> Laptop:
    ws, _ = workspace.set_up(root, PASSWORD)
    me = consultants.create_consultant(ws.ctx, ConsultantInput(
        name, initials, "Køge", 1.0, role))
    workspace.set_owner(ws, me.id)
    write_settings(ws.ctx.engine, {sync.TEAM_URL: TEAM_URL})
    return Laptop(name, ws, team)


# Compared between a laptop and the team: what a person could see differ. `server_seq`
# is the team's bookkeeping (a laptop's own unsent rows have none yet).
_NOT_COMPARED = frozenset({"server_seq"})


def table_rows(engine: Engine, table_name: str) -> dict[uuid.UUID, dict[str, Any]]:
    table = Base.metadata.tables[table_name]
    with engine.connect() as conn:
        return {r["id"]: {k: _comparable(v) for k, v in r.items() if k not in _NOT_COMPARED}
                for r in conn.execute(select(table)).mappings()}


def _comparable(value: Any) -> Any:
    from datetime import UTC, datetime

    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def synced_tables() -> tuple[str, ...]:
    """What every laptop must hold as the team does (team devices aside: bookkeeping)."""
    return tuple(t for t in pulled_tables() if t != "team_device")


def picture(engine: Engine) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    return {t: table_rows(engine, t) for t in synced_tables()}


@dataclass
class Team:
    server: TeamServer
    name: str
    engine: Engine
    root: Path

    def team_lead(self, name: str = "Tove Lund", initials: str = "TL") -> Laptop:
        """The team lead's laptop: their own consultant is a team lead."""
        return make_laptop(self.root / "lead", name, initials, self.engine, role=Role.TEAM_LEAD)

    def laptops(self, *names: str) -> Iterator[Laptop]:
        for n, name in enumerate(names):
            yield make_laptop(self.root / name, name, f"K{n:02d}{name[:2].upper()}", self.engine)

    def conflicts(self, **where: Any) -> list[dict[str, Any]]:
        rows = table_rows(self.engine, "sync_conflict").values()
        return [r for r in rows if all(r[k] == v for k, v in where.items())]


def in_session(laptop: Laptop) -> Any:
    return unit_of_work(laptop.ctx)
