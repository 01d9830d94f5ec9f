"""Schema revisions: where a database stands and bringing it to the app's head."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from ips_desktop.paths import PACKAGE_DIR
from ips_desktop.storage.errors import NewerSchema

MIGRATIONS_DIR = PACKAGE_DIR / "storage" / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> tuple[str | None, bool]:
    """(current revision, whether to upgrade); NewerSchema if this app does not know it."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is None:
        return None, True
    script = ScriptDirectory.from_config(_config())
    try:
        script.get_revision(current)
    except CommandError as exc:
        raise NewerSchema(f"schema revision {current} is newer than this app") from exc
    return current, current != head_revision()


def upgrade(engine: Engine) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
