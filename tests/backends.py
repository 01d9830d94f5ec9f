"""Which database engine the tests run on: SQLCipher (default) or PostgreSQL.

`IPS_TEST_BACKEND=postgresql` (with `IPS_TEST_POSTGRES_URL`, a superuser's URL,
which `make test` sets from tests/pg_cluster.py) gives every workspace a fresh
PostgreSQL database of its own: created from a template database that each
pytest worker builds once with the app's Alembic migrations (ICU collation
da-DK, from template0, as `ips-desktop team init` makes a team database), so a
test costs a file copy on the server, not a migration. The data folder stays
a temporary folder (forms, exports); there is no key and no database file.

Tests about SQLCipher's file itself (the key, backups, rekey, restore) carry
the marker `sqlite_only` with a reason and are skipped on PostgreSQL.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.helpers import PASSWORD

BACKEND = os.environ.get("IPS_TEST_BACKEND", "sqlite")
URL_VARIABLE = "IPS_TEST_POSTGRES_URL"


def on_postgresql() -> bool:
    return BACKEND == "postgresql"


def check_backend() -> None:
    """Stop the run at once when the backend asked for cannot be used (never skip quietly)."""
    if BACKEND not in ("sqlite", "postgresql"):
        pytest.exit(f"IPS_TEST_BACKEND={BACKEND!r}: use sqlite or postgresql", returncode=4)
    if on_postgresql() and not os.environ.get(URL_VARIABLE):
        pytest.exit(f"IPS_TEST_BACKEND=postgresql needs {URL_VARIABLE} (make test-postgres "
                    "starts a server and sets it)", returncode=4)


def free_loopback_port() -> int:
    from tests.pg_cluster import free_port

    return free_port()


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


class ServerDatabases:
    """This worker's databases on the test server: one migrated template, one copy per use."""

    def __init__(self) -> None:
        from ips_desktop.storage.server import make_server_engine

        self.admin_url = os.environ[URL_VARIABLE]
        self.admin = make_server_engine(self.admin_url).execution_options(
            isolation_level="AUTOCOMMIT")
        self.template = f"ips_template_{_worker()}"
        self._names = (f"ips_{_worker()}_{os.getpid()}_{n}" for n in itertools.count())
        self.made: list[str] = []
        self.templates: dict[Path, str] = {}  # a demo folder -> the database holding it
        self._template_ready = False

    def _drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from ips_desktop.storage import schema
        from ips_desktop.storage.server import create_team_database

        self._drop(self.template)
        create_team_database(self.admin_url, self.template)
        engine = self.engine(self.template)
        try:
            schema.upgrade(engine)
        finally:
            engine.dispose()  # CREATE DATABASE … TEMPLATE needs it without connections
        self._template_ready = True

    def engine(self, name: str) -> Engine:
        from ips_desktop.storage.server import database_url, make_server_engine

        return make_server_engine(database_url(self.admin_url, name))

    def new_database(self, template: str | None = None) -> str:
        """A new database, a copy of `template` (default: the empty migrated schema)."""
        self._ensure_template()
        name = next(self._names)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template or self.template}"'))
        self.made.append(name)
        return name

    def drop_made(self, keep: set[str]) -> None:
        """Drop this test's databases (a module's demo template stays until the end)."""
        for name in [n for n in self.made if n not in keep]:
            self._drop(name)
            self.made.remove(name)

    def close(self) -> None:
        for name in [*self.made, self.template]:
            self._drop(name)
        self.admin.dispose()


_server: ServerDatabases | None = None


def server() -> ServerDatabases:
    global _server
    if _server is None:
        _server = ServerDatabases()
    return _server


def close_server() -> None:
    global _server
    if _server is not None:
        _server.close()
        _server = None


def new_database(root: Path, *, demo: bool = False):
    """A new storage Database on the backend under test (SQLCipher: passphrase `PASSWORD`)."""
    from ips_desktop.storage import database

    if not on_postgresql():
        return database.create_database(root, PASSWORD, demo=demo).database
    found = server()
    return database.server_database(found.engine(found.new_database()), root, demo=demo)


def new_workspace(root: Path, *, demo: bool = False):
    """A new, unlocked workspace on the backend under test (passphrase `PASSWORD` on SQLite)."""
    from ips_desktop.services import workspace

    if not on_postgresql():
        return workspace.set_up(root, PASSWORD, demo=demo)[0]
    found = server()
    return workspace.set_up_on(found.engine(found.new_database()), root, demo=demo)


def reopen(db, root: Path):
    """A workspace on `db` after it was closed: unlocked again (SQLite), or opened again."""
    from ips_desktop.services import workspace

    if not on_postgresql():
        return workspace.unlock(root, PASSWORD)
    return workspace.open_on(db.engine, root)


def make_demo_template(root: Path, today):
    """A small demo database to copy per test: a folder on SQLite, a database on PostgreSQL."""
    from tests.helpers import make_demo_database

    if not on_postgresql():
        return make_demo_database(root, today)
    from ips_desktop.services import demo, workspace

    found = server()
    name = found.new_database()
    ws = workspace.set_up_on(found.engine(name), root, demo=True)
    try:
        demo.generate_demo(ws.ctx.engine, size="small", today=today)
    finally:
        ws.close()
    found.templates[root] = name
    return root


def open_demo_copy(template: Path, root: Path):
    """A fresh copy of a demo template, unlocked: each test may change its own."""
    if not on_postgresql():
        from tests.helpers import open_copy

        return open_copy(template, root)
    from ips_desktop.services import workspace

    found = server()
    name = found.new_database(found.templates[template])
    root.mkdir(parents=True, exist_ok=True)
    return workspace.open_on(found.engine(name), root)


