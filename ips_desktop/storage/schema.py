"""Schema revisions: where a database stands and bringing it to the app's head.

Opening a database only compares its revision with `REVISIONS`, in plain SQL;
Alembic (about 0.2 s to import) is loaded only when a migration must run.
A test keeps `REVISIONS` equal to the migration scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ips_desktop.paths import PACKAGE_DIR
from ips_desktop.storage.errors import NewerSchema

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = PACKAGE_DIR / "storage" / "migrations"
# Oldest first; the last is the head.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
             "0009_privacy", "0010_erasure", "0011_portable", "0012_sync",
             "0013_sync_server", "0014_outbox_seed", "0015_course_summary",
             "0016_outbox_no_pushed_at")


def for_this_dialect(obj: object, name: str | None, type_: str, reflected: bool,
                     compare_to: object, *, dialect: str) -> bool:
    """Alembic's `include_object`: leave out what the models make on another dialect only.

    An index declared `.ddl_if(dialect="postgresql")` (the team database's
    `server_seq` indexes) is never built on SQLite, and Alembic's comparison
    does not read `ddl_if`: without this it would ask for the index here.
    """
    del name, type_, reflected, compare_to
    condition = getattr(obj, "_ddl_if", None)
    return condition is None or condition.dialect is None or condition.dialect == dialect


def head_revision() -> str:
    return REVISIONS[-1]


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> tuple[str | None, bool]:
    """(current revision, whether to upgrade); NewerSchema if this app does not know it."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is None:
        return None, True
    if current not in REVISIONS:
        raise NewerSchema(f"schema revision {current} is newer than this app")
    return current, current != head_revision()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as conn:
        upgrade_on(conn, target)


def upgrade_on(conn: Connection, target: str = "head") -> None:
    """Migrate inside the caller's transaction (`team init` adds its roles in the same one)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)
