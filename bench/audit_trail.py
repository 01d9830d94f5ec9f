"""The audit view over 1,000,000 events (issue 19): one person's first page.

`add_events` puts a million audit events into the bench database when it is
built (after the demo data, before the plain copy): spread over three years
before the bench day, about 200 per participant, chained onto the demo's own
events with the chain's own helper (storage/audit_chain.iter_chain) and
inserted with one executemany in one transaction, the rows made as they are
inserted. The measurements open the Audit trail tab's first page filtered to
one participant, on the GUI thread end to end (the read runs in the tab's
background job: the time is from asking to the rows painted), and the
service query alone; the floor is the same SQL in plain sqlite3 on the
unencrypted copy.
"""

from __future__ import annotations

import atexit
import json
import random
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.queries import to_sql

EVENTS = 1_000_000
_YEARS = 3
# (action, entity, share of events): what a team's three years look like, reads first.
_MIX = (("read", "participant", 40), ("read", "course", 15), ("update", "course", 10),
        ("create", "note", 12), ("update", "note", 5), ("print", "course", 4),
        ("export", "course", 2), ("update", "participant", 4), ("create", "form_response", 4),
        ("read", "caseload", 3), ("unlock", None, 1))
_INSERT = ("INSERT INTO audit_event (id, created_at, updated_at, deleted_at, at, actor_id, "
           "action, entity, entity_id, details, participant_id, seq, prev_hash, hash) "
           "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _stored(at: datetime) -> str:
    """A UTC instant as SQLAlchemy stores DateTime in SQLite."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def add_events(engine: Engine, today: date, seed: int, count: int = EVENTS) -> float:
    """Append `count` chained events; returns the seconds it took."""
    from ips_desktop.storage.audit_chain import HEAD_KEY, format_head, iter_chain
    from ips_desktop.storage.models import Consultant, Participant, Setting

    start = time.perf_counter()
    rng = random.Random(seed)
    with engine.begin() as conn:
        people = [row[0] for row in conn.execute(select(Participant.id).order_by(Participant.id))]
        staff = [row[0] for row in conn.execute(select(Consultant.id).order_by(Consultant.id))]
        head_value = conn.execute(select(Setting.value).where(Setting.key == HEAD_KEY)).scalar()
        seq0, _, digest0 = str(head_value).partition(" ")
        kinds = [(action, entity) for action, entity, share in _MIX for _ in range(share)]
        first = datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=365 * _YEARS)
        step = timedelta(days=365 * _YEARS) / count
        made: list[tuple[Any, ...]] = []  # one event's columns, handed from `events` on

        def events() -> Iterator[tuple[Any, ...]]:
            for n in range(count):
                action, entity = kinds[rng.randrange(len(kinds))]
                at = first + step * n
                person = people[rng.randrange(len(people))] if entity != "caseload" \
                    and entity is not None else None
                entity_id = person if entity == "participant" else (
                    uuid.UUID(int=rng.getrandbits(128), version=4) if entity in (
                        "course", "note", "form_response") else None)
                actor = staff[rng.randrange(len(staff))] if rng.random() > 0.02 else None
                details = {"rows": rng.randrange(1, 400)} if entity == "caseload" else (
                    {"form": "referral"} if action == "print" else {})
                made.append((at, actor, action, entity, entity_id, person, details))
                yield at, actor, action, entity, entity_id, person, details

        def rows() -> Iterator[tuple[Any, ...]]:
            for seq, prev, digest in iter_chain(events(), (int(seq0), digest0)):
                at, actor, action, entity, entity_id, person, details = made.pop()
                stamp = _stored(at)
                yield (uuid.UUID(int=rng.getrandbits(128), version=4).hex, stamp, stamp, stamp,
                       actor.hex if actor else None, action, entity,
                       entity_id.hex if entity_id else None,
                       json.dumps(details, separators=(",", ":")),
                       person.hex if person else None, seq, prev, digest)
                last[0] = (seq, digest)

        last: list[tuple[int, str]] = [(int(seq0), digest0)]
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.cursor().executemany(_INSERT, rows())
        conn.execute(Setting.__table__.update().where(Setting.key == HEAD_KEY)
                     .values(value=format_head(*last[0])))
    return time.perf_counter() - start


# -- the measurements ------------------------------------------------------------------------

_KEEP: list[object] = []


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from ips_desktop.domain.enums import Role
    from ips_desktop.services import audit_log, consultants, workspace
    from ips_desktop.services.audit_log import AuditFilter
    from ips_desktop.storage.models import AuditEvent, Participant
    from ips_desktop.ui.preferences import Preferences
    from ips_desktop.ui.privacy.area import PrivacyArea
    from ips_desktop.ui.privacy.audit_tab import AuditTab

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)  # the application must outlive every widget made here
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    lead = next(c for c in consultants.list_consultants(ws.ctx) if c.role is Role.TEAM_LEAD)
    ws.ctx.actor_id = lead.id  # in memory only: the audit trail is a team lead's
    with ws.ctx.engine.connect() as conn:
        person, name = conn.execute(select(Participant.id, Participant.name)
                                    .order_by(Participant.name).limit(1)).one()
        events = conn.execute(select(AuditEvent.id).where(
            AuditEvent.participant_id == person)).all()
        total = conn.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    flt = AuditFilter(participant_id=person)
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    area = PrivacyArea(ws, prefs)
    area.resize(1146, 700)  # the area's room in a 1366×768 window
    area.show()  # builds the area; the tab reads the last 30 days once in the background
    tab = area.tab("audit")
    assert isinstance(tab, AuditTab)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    tab.filters.choose_person(person, name)

    @atexit.register
    def _close() -> None:  # widgets go before the application, the database last
        area.deleteLater()
        app.processEvents()
        ws.close()

    def on_screen() -> None:
        loop = QEventLoop()
        tab.shown.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        tab.reload()
        loop.exec()
        tab.shown.disconnect(loop.quit)
        tab.table.viewport().repaint()
        assert tab.model.rows, "nothing shown"

    def query() -> audit_log.AuditPage:
        return audit_log.open_trail(ws.ctx, flt)

    sql = to_sql(audit_log._query(flt, None).limit(audit_log.PAGE_SIZE + 1))

    def floor() -> list[Any]:
        return plain.execute(sql).fetchall()

    shown = len(query().rows)
    note = (f"{len(events):,} of the person's events among {total:,}; {shown} rows "
            "on the first page; floor: the page's query in plain sqlite3")
    return [
        Measurement(f"audit view, one person of {total:,} events: on screen", on_screen,
                    floor, repeats=9,
                    note="the tab's reload (the read and its READ event off the GUI thread), "
                         "rows put in the table and painted; " + note),
        Measurement(f"audit view, one person of {total:,} events: service query", query,
                    floor, repeats=9,
                    note="audit_log.open_trail: the page, its people and initials, and its READ "
                         "event written; " + note),
    ]
