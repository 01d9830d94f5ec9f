"""Issue 19's access copy: the busiest person of the large demo, read, laid out and written.

Measured through the real code (`reports.person_copy.write_access_copy`: every
row about the person, the PDF, the JSON, both files 0600 and the audit event)
for the participant with the most contact notes. Floor, in the same run: that
person's note and employer-contact texts read in plain sqlite3 from the
unencrypted copy and set as one plain ReportLab paragraph each (no headings,
page furniture, labels or JSON), written to one file.
"""

from __future__ import annotations

import atexit
import io
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import workspace

_BUSIEST = """
SELECT c.participant_id, count(*) FROM note n JOIN course c ON c.id = n.course_id
GROUP BY c.participant_id ORDER BY count(*) DESC LIMIT 1
"""
_TEXTS = """
SELECT n.text FROM note n JOIN course c ON c.id = n.course_id WHERE c.participant_id = ?
UNION ALL
SELECT coalesce(e.outcome, '') || ' ' || coalesce(e.next_step, '') FROM employer_contact e
JOIN course c ON c.id = e.course_id WHERE c.participant_id = ?
"""


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ips_desktop.reports.pdf_base import FONT, markup, register_fonts
    from ips_desktop.reports.person_copy import write_access_copy

    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    out = Path(tempfile.mkdtemp(prefix="ips-bench-person-"))
    atexit.register(ws.close)
    atexit.register(shutil.rmtree, out, True)
    raw_id, notes = plain.execute(_BUSIEST).fetchone()
    person = uuid.UUID(bytes=raw_id) if isinstance(raw_id, bytes) else uuid.UUID(str(raw_id))
    key = raw_id
    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=13)

    def copy() -> None:
        write_access_copy(ws.ctx, person, out, language="da")

    def floor() -> None:
        texts = [row[0] for row in plain.execute(_TEXTS, (key, key))]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(
            [Paragraph(markup(text), style) for text in texts])
        (out / "floor.pdf").write_bytes(buffer.getvalue())

    made = write_access_copy(ws.ctx, person, out, language="da")
    return [Measurement(
        f"access copy: the busiest person ({notes} notes) to PDF + JSON", copy, floor,
        repeats=5,
        note=f"{made.counts}: every row, PDF + JSON, two 0600 files + audit; floor: the notes' "
             "and contacts' texts in plain sqlite3, a bare paragraph each in ReportLab")]
