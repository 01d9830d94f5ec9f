"""The Team overview leaving the screen: Ctrl+P previews the steering printout of the
months shown (the team's, or the consultant's chosen), Export writes PDF or .xlsx where
asked (0600, never into the data folder), "Indberetning…" previews the period report;
each is an audit event."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.overview import output, tabs
from ips_desktop.ui.overview.area import OverviewArea
from ips_desktop.ui.overview.tabs import FIGURES
from ips_desktop.ui.shell.main_window import MainWindow
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests import overview_data as od
from tests.reports.support import all_text
from tests.ui.conftest import activate
from tests.ui.window_support import sidebar_row


@pytest.fixture
def data(ws, monkeypatch):
    monkeypatch.setattr(tabs, "today", lambda: od.TODAY)
    return od.build_overview(ws.ctx)


def audited(ws) -> list[tuple[str, str]]:
    with unit_of_work(ws.ctx) as session:
        return [(e.action, e.entity) for e in session.scalars(
            select(AuditEvent).order_by(AuditEvent.at))]


def open_window_at_overview(qtbot, ws, preferences) -> tuple[MainWindow, OverviewArea]:
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.sidebar.setCurrentRow(sidebar_row(window, "Teamoverblik"))
    area = window.area_stack.currentWidget()
    assert isinstance(area, OverviewArea)
    figures = area.tab(FIGURES)
    with qtbot.waitSignal(figures.shown, timeout=10_000):
        area.set_period(od.FIRST, od.LAST)
    return window, area


def preview(qtbot) -> PrintPreviewDialog:
    def shown() -> list[PrintPreviewDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=20_000)
    dialog = shown()[0]
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    return dialog


def test_ctrl_p_previews_the_steering_printout_of_the_months_shown(qtbot, ws, preferences,
                                                                   data):
    window, area = open_window_at_overview(qtbot, ws, preferences)
    figures = area.tab(FIGURES)
    figures.comment.setPlainText("Styregruppemøde 1.12.")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = preview(qtbot)
    text = all_text(dialog.pdf_bytes)
    assert "Deltagere i forløb" in text and "Styregruppemøde 1.12." in text
    assert "selvevaluering" in text.lower()  # the fidelity self-check goes along
    assert dialog.suggested_name == "teamoverblik-2026-07-2026-11.pdf"
    assert ("print", "overview") in audited(ws)
    for name in od.NAMES.values():  # the team's figures, no participant's name
        assert name not in dialog.suggested_name
    dialog.close()


def test_export_writes_pdf_or_xlsx_where_asked_and_never_into_the_data_folder(
        qtbot, ws, preferences, data, tmp_path, monkeypatch, data_dir):
    _, area = open_window_at_overview(qtbot, ws, preferences)
    target = tmp_path / "ud" / "styregruppe"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel-projektmapper (*.xlsx)"))
    qtbot.mouseClick(area.toolbar.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name("styregruppe.xlsx")
    assert written.exists() and written.stat().st_mode & 0o777 == 0o600
    book = openpyxl.load_workbook(written)
    cells = {c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    assert 9 in cells and "Anna Andersen" in cells
    assert ("export", "overview") in audited(ws)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[1]))
    figures = area.tab(FIGURES)
    assert figures._output().save(figures.overview, "", data_dir / "x.pdf", "pdf") is None
    assert warned and not (data_dir / "x.pdf").exists()


def test_one_consultants_printout(qtbot, ws, preferences, data):
    _, area = open_window_at_overview(qtbot, ws, preferences)
    area.set_consultant(data.consultants["BB"])
    area.print_current()
    dialog = preview(qtbot)
    assert "Bo Berg" in all_text(dialog.pdf_bytes)
    dialog.close()


def test_the_period_report_is_previewed_for_the_months_shown(qtbot, ws, preferences, data):
    from datetime import date

    from ips_desktop.reports.period_report_pdf import period_report_pdf
    from ips_desktop.services.period_report import period_report

    try:
        period_report_pdf(period_report(ws.ctx, date(2026, 7, 1), date(2026, 7, 31),
                                        today=od.TODAY), language="da",
                          made_at=datetime(2026, 11, 18, 12, 0))
    except NotImplementedError:  # the period part's PDF has not landed in this branch
        pytest.skip("reports.period_report_pdf is not there yet")
    _, area = open_window_at_overview(qtbot, ws, preferences)
    assert area.toolbar.report_button.text() == "Indberetning…"
    qtbot.mouseClick(area.toolbar.report_button, Qt.MouseButton.LeftButton)
    dialog = preview(qtbot)
    assert dialog.suggested_name == "period-report-2026-07-01-2026-11-30.pdf"
    assert od.NAMES["AA"] not in dialog.suggested_name
    dialog.close()


def test_the_printout_is_built_off_the_gui_thread(qtbot, ws, preferences, data, monkeypatch):
    """Ctrl+P returns before the PDF is laid out (the shared BackgroundPreview)."""
    import threading

    seen: list[bool] = []
    real = output.build

    def build(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(output, "build", build)
    _, area = open_window_at_overview(qtbot, ws, preferences)
    area.print_current()
    dialog = preview(qtbot)
    assert seen == [False]
    dialog.close()
