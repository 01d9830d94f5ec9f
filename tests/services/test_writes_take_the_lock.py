"""A use case that reads and then writes takes the write lock when it begins (write_unit).

SQLite lets a deferred transaction read, but when another connection commits
before its first write (the audit event of a list loading in the background,
say), the write fails at once with "database is locked": the busy timeout
does not help a transaction whose snapshot is already old. The user sees a
refused save in a dialog. Taking the lock at BEGIN makes the save wait its
turn instead.
"""

from __future__ import annotations

import ast
import re
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event, insert, select
from sqlalchemy.orm import ORMExecuteState, Session

from ips_desktop.services import backups, referrals
from ips_desktop.storage.models import Participant, Setting
from tests.reports.support import TODAY, referral_answers, referral_spec, register

SERVICES = Path(__file__).parents[2] / "ips_desktop" / "services"
# A write in a function body: rows added or deleted, UPDATE/DELETE/INSERT statements, or an
# audited change (a READ, PRINT or EXPORT event is written by services.audit on its own terms).
WRITES = re.compile(r"session\.(add|add_all|delete|execute\((update|delete|insert))"
                    r"|AuditAction\.(CREATE|UPDATE|DELETE)")


def writing_use_cases_on_a_deferred_unit() -> list[str]:
    """Functions that open a deferred unit of work and write in it, themselves or through a
    function they hand the session to (`_write(session, …)`, `staffing.x(session, …)`)."""
    bodies: dict[str, list[tuple[str, str]]] = {}  # name -> [(where, body)]
    for path in sorted(SERVICES.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef):
                bodies.setdefault(node.name, []).append((
                    f"{path.relative_to(SERVICES)}:{node.lineno} {node.name}",
                    ast.get_source_segment(source, node) or ""))
    # audit.record: a change's event (CREATE, UPDATE, DELETE) is caught at its call; a READ,
    # PRINT or EXPORT is written after the commit, under the write lock (services/audit.py).
    writers = {name for name, found in bodies.items()
               if name != "record" and any(WRITES.search(body) for _, body in found)}
    while True:  # what hands its session to a writer writes too
        handing = {name for name, found in bodies.items() if name not in writers and any(
            re.search(rf"\b(?:{'|'.join(map(re.escape, writers))})\(session\b", body)
            for _, body in found)}
        if not handing:
            break
        writers |= handing
    return [where for name in sorted(writers) for where, body in bodies[name]
            if "unit_of_work(" in body]


def test_every_use_case_that_writes_takes_the_write_lock_first():
    assert writing_use_cases_on_a_deferred_unit() == []


def saved_while_another_connection_commits(ws, save: Callable[[], object]) -> None:
    """Between the save's first read and its write, another connection commits a row."""
    other_done = threading.Event()
    started: list[threading.Thread] = []

    def other_writer() -> None:
        with ws.ctx.engine.begin() as conn:  # a pooled connection of its own, as a thread has
            conn.execute(insert(Setting).values(key="background_read", value="1"))
        other_done.set()

    def between_read_and_write(session: Session, *_args: object) -> None:
        if started:
            return  # the save's first flush only
        writer = threading.Thread(target=other_writer)
        started.append(writer)
        writer.start()
        writer.join(timeout=1.0)  # the write lock held: it waits until the save commits

    def before_an_insert(state: ORMExecuteState) -> None:
        if state.is_insert:  # a Core upsert (storage.unique) writes without a flush
            between_read_and_write(state.session)

    event.listen(Session, "before_flush", between_read_and_write)
    event.listen(Session, "do_orm_execute", before_an_insert)
    try:
        save()
    finally:
        event.remove(Session, "before_flush", between_read_and_write)
        event.remove(Session, "do_orm_execute", before_an_insert)
    assert started and other_done.wait(timeout=10)
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Setting.value).where(
            Setting.key == "background_read")).scalar_one() == "1"


def test_a_referral_saved_while_another_connection_commits_waits_instead_of_failing(ws):
    course = register(ws, name="Åse Ærø")
    answers = referral_answers("Åse Ærø Berg", ws.ctx.actor_id)
    saved_while_another_connection_commits(ws, lambda: referrals.update_referral(
        ws.ctx, course, referral_spec(), answers, today=TODAY))
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(Participant.name)).scalars().all() == ["Åse Ærø Berg"]


def test_a_setting_saved_while_another_connection_commits_waits_instead_of_failing(
        ws, tmp_path):
    """The settings dialog's backup folder (storage.write_settings: one upsert per key)."""
    folder = tmp_path / "backups elsewhere"
    folder.mkdir()
    saved_while_another_connection_commits(ws, lambda: backups.set_folder(ws, folder))
    assert backups.chosen_folder(ws) == folder
