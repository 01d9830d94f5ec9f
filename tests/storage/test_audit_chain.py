"""The audit trail's hash chain and its append-only table, on a real SQLCipher database."""

from __future__ import annotations

import ast
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, caseload, courses
from ips_desktop.storage import audit_chain, schema
from ips_desktop.storage.engine import for_writing
from ips_desktop.storage.models import AuditEvent, Course, Note, Setting
from tests import backends

TODAY = date(2026, 11, 20)
SERVICES = Path(__file__).resolve().parents[2] / "ips_desktop" / "services"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return backends.make_demo_template(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def demo(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "copy")
    yield opened
    opened.close()


def chain(ws) -> list[tuple[int, str, str]]:
    with ws.ctx.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(AuditEvent.seq, AuditEvent.prev_hash, AuditEvent.hash)
            .order_by(AuditEvent.seq))]


def walk(ws) -> audit_chain.ChainState:
    with ws.ctx.engine.connect() as conn:
        return audit_chain.walk(conn)


def test_every_event_links_to_the_one_before_and_the_head_names_the_last(ws):
    for _ in range(3):
        caseload.caseload(ws.ctx, today=TODAY)  # a read: written after its commit
    rows = chain(ws)
    assert [seq for seq, _, _ in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1] == audit_chain.GENESIS
    assert all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))
    with ws.ctx.engine.connect() as conn:
        head = conn.execute(select(Setting.value).where(
            Setting.key == audit_chain.HEAD_KEY)).scalar()
    assert head == f"{rows[-1][0]} {rows[-1][2]}"
    assert walk(ws) == audit_chain.ChainState(len(rows), None)


def test_two_writers_at_once_never_fork_the_chain(ws):
    """Threads append in their own transactions, deferred and immediate: one chain."""
    errors: list[BaseException] = []

    def write(immediate: bool) -> None:
        engine = for_writing(ws.ctx.engine) if immediate else ws.ctx.engine
        try:
            for _ in range(40):
                with Session(engine) as session, session.begin():
                    audit.record(session, None, AuditAction.BACKUP, details={"n": 1})
                caseload.caseload(ws.ctx, today=TODAY)  # and an after-commit read event
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i % 2 == 0,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    rows = chain(ws)
    assert len(rows) >= 4 * 80
    assert [seq for seq, _, _ in rows] == list(range(1, len(rows) + 1))
    assert walk(ws).broken is None


@pytest.mark.sqlite_only(
    reason="SQLite's append-only triggers of migration 0009 (a team database has none yet), and "
           "0009's backfill on a laptop file")
def test_the_table_refuses_update_and_delete_through_the_apps_engine(ws):
    with pytest.raises(IntegrityError, match="cannot be changed"), \
            ws.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET details = '{}'"))
    with pytest.raises(IntegrityError, match="cannot be removed"), \
            ws.ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
    with Session(ws.ctx.engine) as session, session.begin():  # nor through the ORM
        event = session.scalars(select(AuditEvent).limit(1)).one()
        event.action = "read"
        with pytest.raises(IntegrityError):
            session.flush()
    assert walk(ws).broken is None and len(chain(ws)) >= 2


def _writes_audit_rows(tree: ast.AST) -> list[str]:
    """update()/delete() of AuditEvent, session.delete of an event, SQL on audit_event."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            args = [ast.unparse(a) for a in node.args]
            if name in {"update", "delete"} and any("AuditEvent" in a for a in args):
                found.append(ast.unparse(node))
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            sql = " ".join(node.value.lower().split())
            if any(w in sql for w in ("update audit_event", "delete from audit_event",
                                      "drop trigger", "drop table audit_event")):
                found.append(node.value)
    return found


def test_no_service_changes_or_removes_audit_events():
    offenders = {}
    for path in sorted(SERVICES.rglob("*.py")):
        found = _writes_audit_rows(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[str(path.relative_to(SERVICES))] = found
    assert offenders == {}
    # and the scan sees such a write when there is one
    assert _writes_audit_rows(ast.parse(
        "session.execute(update(AuditEvent).values(details={}))\n"
        "conn.exec_driver_sql('DELETE FROM audit_event WHERE seq = 3')"))


def test_the_participant_is_derived_from_the_course_or_the_record(demo):
    row = caseload.caseload(demo.ctx, today=TODAY)[0]
    with demo.ctx.engine.connect() as conn:
        person = conn.execute(select(Course.participant_id).where(
            Course.id == row.course_id)).scalar()
    courses.course_detail(demo.ctx, row.course_id, today=TODAY)  # read "course"
    with demo.ctx.engine.connect() as conn:
        note_id = conn.execute(select(Note.id).where(Note.course_id == row.course_id)
                               .limit(1)).scalar()
    with Session(demo.ctx.engine) as session, session.begin():  # a fresh session: a query
        audit.record(session, None, AuditAction.UPDATE, "note", note_id)
        audit.record(session, None, AuditAction.BACKUP, None, None, details={"rows": 3})
        audit.record(session, None, AuditAction.ERASE, "participant", person,
                     participant_id=person)
    with demo.ctx.engine.connect() as conn:
        last = conn.execute(select(AuditEvent.action, AuditEvent.entity,
                                   AuditEvent.participant_id)
                            .order_by(AuditEvent.seq.desc()).limit(4)).all()
    assert [tuple(r) for r in reversed(last)] == [
        ("read", "course", person), ("update", "note", person), ("backup", None, None),
        ("erase", "participant", person)]
    assert walk(demo).broken is None


@pytest.mark.sqlite_only(
    reason="SQLite's append-only triggers of migration 0009 (a team database has none yet), and "
           "0009's backfill on a laptop file")
def test_the_migration_backfills_participants_and_the_chain(demo):
    """Down to 0008 (as an older release left it), events added, then up to the head."""
    from alembic import command

    with demo.ctx.engine.connect() as conn:
        course_id, person = conn.execute(select(Course.id, Course.participant_id)
                                         .limit(1)).one()
    cfg = schema.alembic_config()
    with demo.ctx.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    with demo.ctx.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_event (id, at, actor_id, action, entity, "
                          "entity_id, details, created_at, updated_at) VALUES "
                          "(:id, '2020-01-01 10:00:00.000000', NULL, 'read', 'course', :c, "
                          "'{}', '2020-01-01 10:00:00.000000', '2020-01-01 10:00:00.000000')"),
                     {"id": "0" * 31 + "1", "c": course_id.hex})
    schema.upgrade(demo.ctx.engine)
    with demo.ctx.engine.connect() as conn:
        first = conn.execute(select(AuditEvent.seq, AuditEvent.participant_id)
                             .where(AuditEvent.entity_id == course_id,
                                    AuditEvent.action == "read")
                             .order_by(AuditEvent.seq).limit(1)).one()
    assert tuple(first) == (1, person)  # the oldest event comes first
    assert walk(demo).broken is None
    with pytest.raises(IntegrityError), demo.ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event"))
