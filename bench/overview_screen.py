"""The Team overview on screen (issue 18): 24 months of the whole team in its figures tab.

Measured through the real code on the large demo database: the service's
overview read, then the figures tab filled (three charts drawn by
reports.overview_charts as SVG and rendered by QtSvg, their tables, the other
figures), laid out and painted. The floor is the service call alone, so the
difference is what the screen adds. The overview is the team lead's: the
demo's first team lead reads it, whoever owns the database.
"""

from __future__ import annotations

import atexit
import tempfile
from pathlib import Path

from bench.dataset import Dataset
from bench.harness import Measurement
from ips_desktop.services import consultants, overview, workspace
from ips_desktop.services.overview_model import TeamOverview

_KEEP: list[object] = []
MONTHS = 24


def measurements(ds: Dataset) -> list[Measurement]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ips_desktop.domain.enums import Role
    from ips_desktop.domain.messages import current_language
    from ips_desktop.ui.overview import tabs
    from ips_desktop.ui.overview.area import OverviewArea
    from ips_desktop.ui.overview.figures_read import Answer, read_answer
    from ips_desktop.ui.overview.figures_tab import FiguresTab
    from ips_desktop.ui.overview.toolbar import last_months
    from ips_desktop.ui.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)  # the application must outlive every widget made here
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    lead = next(c for c in consultants.list_consultants(ws.ctx) if c.role is Role.TEAM_LEAD)
    ws.ctx.actor_id = lead.id  # in memory only: the overview is a team lead's
    tabs.today = lambda: ds.today
    prefs = Preferences(Path(tempfile.mkdtemp(prefix="ips-bench-prefs-")))
    area = OverviewArea(ws, prefs)
    area.resize(1146, 700)  # the area's room in a 1366×768 window
    area.show()  # builds the area and reads the last 12 months once in the background
    first, last = last_months(ds.today, MONTHS)
    area.set_period(first, last)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    figures = area.tab(tabs.FIGURES)
    assert isinstance(figures, FiguresTab)

    @atexit.register
    def _close() -> None:  # widgets go before the application, the database last
        area.deleteLater()
        app.processEvents()
        ws.close()

    def read() -> TeamOverview:
        return overview.team_overview(ws.ctx, first, last, today=ds.today)

    def answer() -> Answer:  # what the tab's background read does
        return read_answer(ws.ctx, first, last, None, current_language(), ds.today)

    def show(read_: Answer) -> None:  # what the GUI thread does with it
        figures.show_answer(read_)
        figures.scroller.widget().adjustSize()
        figures.scroller.viewport().repaint()

    in_hand = answer()
    return [
        Measurement(f"team overview on screen ({MONTHS} months)", lambda: show(answer()),
                    read, repeats=7,
                    note="the figures tab's read (team_overview, the comment, three charts "
                         "drawn as SVG) + the tab filled, laid out and painted; floor: "
                         "team_overview alone"),
        Measurement(f"team overview on the GUI thread ({MONTHS} months)",
                    lambda: show(in_hand), repeats=7,
                    note="the part that holds the window: the read's answer put on screen "
                         "(SVG loaded into QtSvg, the tables filled, layout and paint)"),
    ]
