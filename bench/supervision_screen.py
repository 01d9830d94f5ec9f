"""The supervision list on screen (issue 17): the whole team's week in the Supervision area.

Measured through the real code on the large demo database: the service's list
read, the area's model filled, the tree expanded, laid out and painted. The
floor is the service call alone, so the difference is what the screen adds
(the aim: the whole under 150 ms). The team lead's view: every consultant's courses
(`consultant_id=None`), whoever owns the demo database.
"""

from __future__ import annotations

import atexit
import tempfile
from pathlib import Path

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.domain.rules import iso_week
from ips_desktop.services import supervision, workspace

_KEEP: list[object] = []


def measurements(ds: Dataset) -> list[Measurement]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ips_desktop.ui.preferences import Preferences
    from ips_desktop.ui.supervision.area import SupervisionArea

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)  # the application must outlive every widget made here
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    area = SupervisionArea(ws, prefs)
    area.resize(1146, 700)  # the area's room in a 1366×768 window
    area.show()  # builds the area and reads this week once in the background
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()

    @atexit.register
    def _close() -> None:  # widgets go before the application, the database last
        area.deleteLater()
        app.processEvents()
        ws.close()

    week, today = iso_week(ds.today), ds.today

    def read() -> supervision.SupervisionList:
        return supervision.supervision_list(ws.ctx, week, today=today)

    def on_screen() -> None:
        area.show_listing(read())
        area.tree.doItemsLayout()
        area.tree.viewport().repaint()

    rows = len(read().rows)
    return [
        Measurement("supervision list on screen (team)", on_screen, read, repeats=7,
                    note=f"{rows} open courses: supervision_list + SupervisionModel filled, "
                         "tree expanded, laid out and painted; floor: supervision_list alone"),
    ]
