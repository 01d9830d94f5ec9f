"""The draft wizard (issue 14): open a full profile, turn a page, one autosave.

Measured through the real dialog on the large demo database, on one course
whose career profile has every question answered and 20 work-experience rows
(written once into the cached database, the same on every run). Floors, each
measured in the same run: for opening, reading that form's row and decoding
its answers in plain sqlite3 on the unencrypted copy; for a page change, the
same number of bare pages flipped in a QStackedWidget (a page is built when
first shown, so a first visit is measured apart); for an autosave, the same
answers written to a row and committed in plain sqlite3.
"""

from __future__ import annotations

import atexit
import json
import sqlite3
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.forms import FieldType, FormField, FormSpec
from ips_desktop.services import caseload, form_drafts, forms, workspace
from ips_desktop.services.form_drafts import PROFILE_FORM, Position

ROWS = 20  # work-experience rows, as the issue asks
_KEEP: list[object] = []
LONG = ("Har arbejdet med planter og dyr i mange år; trives bedst udendørs, i et lille "
        "team med faste opgaver og en rolig leder. Kører selv i bil. ")


def answer_for(question: FormField, rows: int) -> Any:
    """A plausible answer of each type (the Danish letters included)."""
    kind = question.type
    if kind is FieldType.GROUP:
        return [{"row_id": str(uuid.UUID(int=i + 1)),
                 **{c.name: answer_for(c, 0) for c in question.fields}} for i in range(rows)]
    if kind is FieldType.TEXT:
        return "Gartneri Ærø ApS"
    if kind is FieldType.LONG_TEXT:
        return LONG * 2
    if kind is FieldType.DATE:
        return "2019-08-01"
    if kind in (FieldType.INTEGER, FieldType.RATING):
        low = question.min_value if question.min_value is not None else 1
        high = question.max_value if question.max_value is not None else low + 4
        return min(max(3, low), high)
    if kind is FieldType.YES_NO:
        return True
    offered = [c.name for c in question.choices if not c.disabled]
    return [offered[0]] if kind is FieldType.MULTI_CHOICE else offered[0]


def full_answers(spec: FormSpec) -> dict[str, Any]:
    """Every question answered; the first repeatable group (work experience) with 20 rows."""
    groups = [q.name for q in spec.all_fields() if q.type is FieldType.GROUP]
    return {q.name: answer_for(q, ROWS if groups and q.name == groups[0] else 2)
            for q in spec.all_fields() if not q.store}


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QWidget

    from ips_desktop.ui.participants.form_wizard_dialog import FormDraftWizard
    from ips_desktop.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    spec = forms.spec_in_use(ws.ctx, ws.data_dir, None, PROFILE_FORM).spec
    course = caseload.caseload(ws.ctx, today=ds.today)[0].course_id
    answers = full_answers(spec)
    form_drafts.save_draft(ws.ctx, course, spec, answers, Position(0, None), today=ds.today)
    # the unencrypted copy gets the same row, for the floors
    plain_row = _plain_row(plain, course)
    wizards: list[FormDraftWizard] = []

    @atexit.register
    def _close() -> None:
        for wizard in wizards:
            wizard.deleteLater()
        app.processEvents()
        ws.close()

    def open_wizard() -> None:
        wizard = FormDraftWizard(ws, prefs, course, PROFILE_FORM)
        wizard.show()
        app.processEvents()
        wizard.hide()  # nothing typed: hiding saves nothing
        wizard.deleteLater()
        app.processEvents()

    def open_floor() -> Any:
        row = plain.execute(f"SELECT answers FROM form_response WHERE id = '{plain_row}'"
                            ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    kept = FormDraftWizard(ws, prefs, course, PROFILE_FORM)
    wizards.append(kept)
    kept.show()
    app.processEvents()
    pages = kept.steps.count()

    for _ in range(pages):  # every page built once: later visits are what is timed
        kept.go(+1)
        app.processEvents()

    def page_change() -> None:
        kept.go(+1 if kept.steps.currentRow() < pages - 1 else -(pages - 1))
        app.processEvents()

    def first_visit() -> float:
        """Next to a page not shown before (its widgets built then): timed here, since a
        fresh wizard must be opened, untimed, for each."""
        wizard = FormDraftWizard(ws, prefs, course, PROFILE_FORM)
        wizard.show()
        app.processEvents()
        unbuilt = [i for i, page in enumerate(wizard.editor.pages) if not page.built]
        target = unbuilt[0] if 2 not in unbuilt else 2  # the work experience, 20 rows
        start = time.perf_counter()
        wizard.go(target - wizard.steps.currentRow())
        app.processEvents()
        took = (time.perf_counter() - start) * 1000
        wizard.hide()
        wizard.deleteLater()
        app.processEvents()
        return took

    def first_visit_floor() -> float:
        start = time.perf_counter()
        page_floor()
        return (time.perf_counter() - start) * 1000

    bare = QStackedWidget()
    _KEEP.append(bare)
    for _ in range(pages):
        page = QWidget()
        QLineEdit(page)
        bare.addWidget(page)
    bare.show()

    def page_floor() -> None:
        bare.setCurrentIndex((bare.currentIndex() + 1) % pages)
        app.processEvents()

    edit_name = next(q.name for q in spec.all_fields() if q.type is FieldType.LONG_TEXT)
    edit = kept.editor.widgets[edit_name]
    counter = iter(range(1_000_000))

    def autosave() -> None:
        edit.set_value(f"{LONG} {next(counter)}")  # one answer changed, as typing does
        kept.save_draft()

    text = json.dumps(answers, ensure_ascii=False)

    def autosave_floor() -> None:
        plain.execute("UPDATE form_response SET answers = ? WHERE id = ?", (text, plain_row))
        plain.commit()

    return [
        Measurement(f"profile wizard: open ({ROWS} work-experience rows, all answered)",
                    open_wizard, open_floor, repeats=7,
                    note="FormDraftWizard built, shown, painted and closed; floor: the "
                         "form row read and decoded in plain sqlite3"),
        Measurement("profile wizard: page change (page seen before)", page_change,
                    page_floor, repeats=15,
                    note="Next (with its position save) and repaint; floor: bare pages "
                         "flipped in a QStackedWidget"),
        Measurement("profile wizard: page change (first visit, 20-row page built)",
                    first_visit, first_visit_floor, repeats=7, self_timed=True,
                    note="a page's widgets are built when it is first shown; floor: a bare "
                         "page flipped"),
        Measurement("profile wizard: one autosave", autosave, autosave_floor, repeats=15,
                    note="one long answer changed, save_draft (answers, history row, "
                         "position); floor: the answers written and committed in plain "
                         "sqlite3"),
    ]


def _plain_row(plain: sqlite3.Connection, course: uuid.UUID) -> str:
    """The profile's row in the plain copy (written there too when the copy predates it)."""
    found = plain.execute("SELECT id FROM form_response WHERE course_id = ? AND form_id = ?",
                          (course.hex, PROFILE_FORM)).fetchone()
    if found is not None:
        return str(found[0])
    row_id = uuid.uuid4().hex
    columns = {r[1] for r in plain.execute("PRAGMA table_info(form_response)")}
    values: dict[str, Any] = {"id": row_id, "course_id": course.hex, "form_id": PROFILE_FORM,
                              "form_version": "1", "answers": "{}", "status": "draft"}
    for column in ("created_at", "updated_at"):
        if column in columns:
            values[column] = date.today().isoformat()
    names = [n for n in values if n in columns]
    plain.execute(f"INSERT INTO form_response ({', '.join(names)}) VALUES "
                  f"({', '.join('?' for _ in names)})", [values[n] for n in names])
    plain.commit()
    return row_id
