"""The participant list (issue: Participants): open it, and one filter keystroke.

Measured through the real code: `services.caseload.caseload` and the Qt model
the window shows, on the large demo database. Floors: the same SQL in plain
sqlite3 on the unencrypted copy, and the same filter as a bare Python list
comprehension with no Qt model around it.
"""

from __future__ import annotations

import atexit
import tempfile
from pathlib import Path

from bench import queries
from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import caseload, workspace

_KEEP: list[object] = []


def measurements(ds: Dataset, plain_execute) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication

    from ips_desktop.ui.participants.area import ParticipantsArea
    from ips_desktop.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)  # the application must outlive every widget made here
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    area = ParticipantsArea(ws, prefs)

    @atexit.register
    def _close() -> None:  # widgets go before the application, the database last
        area.deleteLater()
        app.processEvents()
        ws.close()
    area.whose.setCurrentIndex(area.whose.findData("all"))
    today = ds.today
    open_sql = queries.to_sql(caseload._query(include_ended=False))
    all_sql = queries.to_sql(caseload._query(include_ended=True))
    every = caseload.caseload(ws.ctx, today=today, include_ended=True)
    names = [r.name.casefold() for r in every]

    def show(include_ended: bool) -> None:
        area.show_ended.blockSignals(True)
        area.show_ended.setChecked(include_ended)
        area.show_ended.blockSignals(False)
        area.reload()
        app.processEvents()

    def keystroke() -> None:
        if area.model.total() != len(every):
            show(True)  # the warm-up run loads every course, ended ones too
        area.model.set_filter(search="")
        area.model.set_filter(search="an")  # the second letter typed into the search field

    def keystroke_floor() -> list[str]:
        return [n for n in names if "an" in n]

    return [
        Measurement("participant list: open courses (service rows)",
                    lambda: caseload.caseload(ws.ctx, today=today),
                    lambda: plain_execute(open_sql), repeats=7,
                    note="one SQL query + the IPS rules per row, plain dataclasses out"),
        Measurement(f"participant list: all {len(every):,} courses (service rows)",
                    lambda: caseload.caseload(ws.ctx, today=today, include_ended=True),
                    lambda: plain_execute(all_sql), repeats=5),
        Measurement("participant list: open in the window (open courses)",
                    lambda: show(False), lambda: plain_execute(open_sql), repeats=7,
                    note="ParticipantsArea.reload(): query, rules, model reset, repaint"),
        Measurement(f"participant list: one filter keystroke ({len(every):,} rows)",
                    keystroke, keystroke_floor, repeats=15,
                    note="CaseloadModel.set_filter on the Python list; floor: the same "
                         "substring test in a bare list comprehension"),
    ]
