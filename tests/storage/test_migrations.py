"""A database from an older release opens, is backed up, and is migrated to the head."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from ips_desktop.services import consultants, workspace
from ips_desktop.storage import schema
from ips_desktop.storage.backup import verify_copy
from ips_desktop.storage.keys import SERVICE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.sqlite_only(
    reason="a released SQLCipher file (tests/fixtures) migrated after its backup copy")
def test_revision_0001_database_is_migrated_after_a_backup(tmp_path, memory_keyring):
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "schema-0001", root)
    (root / "ips.db.fixture").rename(root / "ips.db")
    key = bytes.fromhex("a1" * 32)
    memory_keyring.set_password(SERVICE, "0b7f2f1e-8a51-4c39-9d2f-000000000001", key.hex())

    backups: list[Path] = []
    ws = workspace.unlock(root, "fixture-password-0001", on_backup=backups.append)
    try:
        with ws.ctx.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
            columns = {c["name"] for c in inspect(conn).get_columns("course")}
            tables = set(inspect(conn).get_table_names())
            response = {c["name"] for c in inspect(conn).get_columns("form_response")}
        assert {"plan_completed_on", "end_reason_text"} <= columns
        assert {"form_answer_change", "plan_review"} <= tables and "position" in response
        assert [c.name for c in consultants.list_consultants(ws.ctx)] == ["Fiktiv Konsulent"]
        with ws.ctx.engine.connect() as conn:
            actions = [a for (a,) in conn.exec_driver_sql("SELECT action FROM audit_event")]
            # 0012_sync: the rows already there are version 1, made in this database.
            travelling = {table: conn.exec_driver_sql(
                f"SELECT DISTINCT version, origin FROM {table}").all()
                for table in ("consultant", "audit_event", "form_definition")}
            database_id = conn.exec_driver_sql(
                "SELECT value FROM setting WHERE key = 'database_id'").scalar()
            # 0014_outbox_seed: every row from before the change log waits to go to a team.
            unlogged = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM consultant WHERE id NOT IN "
                "(SELECT row_id FROM change_log WHERE op = 'insert')").scalar()
            seeded = conn.exec_driver_sql(
                "SELECT COUNT(DISTINCT table_name) FROM change_log WHERE op = 'insert'").scalar()
        assert actions.count("migrate") == 1
        assert unlogged == 0 and seeded >= 3
        assert database_id == "0b7f2f1e-8a51-4c39-9d2f-000000000001"
        assert travelling["consultant"] == [(1, database_id)]
        # The migration's own event is written after it, by the listener: also version 1.
        assert travelling["audit_event"] == [(1, database_id)]
    finally:
        ws.close()
    assert len(backups) == 1 and backups[0].name.startswith("ips-before-migration-0001-")
    assert verify_copy(backups[0], key) == "ok"


def test_known_revisions_match_the_migration_scripts():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    walked = [rev.revision for rev in script.walk_revisions()]  # head first
    assert tuple(reversed(walked)) == schema.REVISIONS
    assert script.get_current_head() == schema.head_revision()


def test_the_migrated_schema_is_the_models_schema(real_migrations, ws):
    """A new database is made by the migrations: they must build what the models say."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from ips_desktop.storage.models import Base
    from ips_desktop.storage.sync import schema as server_schema

    server_only = {*server_schema.SERVER_METADATA.tables, server_schema.AUDIT_SEQ_INDEX,
                   server_schema.AUDIT_ORIGIN_SEQ_INDEX}

    def include(obj, name, type_, reflected, compare_to):
        """Models and migrations, apart from the sync's server objects (migration 0013)."""
        table = getattr(getattr(obj, "table", None), "name", None)
        if name in server_only or table in server_only:
            return False
        return schema.for_this_dialect(obj, name, type_, reflected, compare_to,
                                       dialect=conn.dialect.name)

    with ws.ctx.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include}), Base.metadata)
    assert differences == []
