"""A participant's page opened, with its read event written (issue 19: under 75 ms).

Measured through the real widget on the large demo database, on the open
course with the most contact notes (the longest timeline): ParticipantPage
built, shown, its events processed, then closed; the one audit READ of the
opening is committed inside the timing (the test suite checks it is one).
Floor, in the same run: the page's own rows (the course, its notes, its phase
changes) read in plain sqlite3 on the unencrypted copy, and one row written
and committed there, as the read event is.
"""

from __future__ import annotations

import atexit
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import workspace

_KEEP: list[object] = []


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from ips_desktop.domain.enums import AuditAction
    from ips_desktop.storage.models import AuditEvent
    from ips_desktop.ui.participants.page import ParticipantPage
    from ips_desktop.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    hex_id, notes = plain.execute(
        "SELECT note.course_id, count(*) FROM note JOIN course ON course.id = note.course_id "
        "WHERE course.phase != 'ended' AND note.deleted_at IS NULL "
        "GROUP BY note.course_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    course = uuid.UUID(hex_id)
    plain.execute("CREATE TEMP TABLE bench_read (at TEXT)")

    @atexit.register
    def _close() -> None:
        app.processEvents()
        ws.close()

    def reads() -> int:
        with ws.ctx.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == AuditAction.READ.value, AuditEvent.entity == "course",
                AuditEvent.entity_id == course)).scalar_one()

    before = reads()
    opened = [0]

    def open_page() -> None:
        page = ParticipantPage(ws, prefs, course)
        page.resize(1366, 700)
        page.show()
        app.processEvents()
        page.hide()
        page.deleteLater()
        app.processEvents()
        opened[0] += 1

    def floor() -> None:
        plain.execute(f"SELECT * FROM course WHERE id = '{hex_id}'").fetchall()
        plain.execute(f"SELECT * FROM note WHERE course_id = '{hex_id}' AND deleted_at IS NULL "
                      "ORDER BY note_date DESC").fetchall()
        plain.execute(f"SELECT * FROM phase_change WHERE course_id = '{hex_id}'").fetchall()
        plain.execute("INSERT INTO bench_read VALUES (datetime('now'))")
        plain.commit()

    def note() -> str:
        written = reads() - before
        return (f"{notes} notes on the timeline; {written} read events for {opened[0]} "
                f"openings (one each)")

    return [Measurement("participant page: open, with its read event", open_page, floor,
                        repeats=9, note=note)]
