"""A second look at the Data protection area as a hurried team lead meets it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ips_desktop.ui.privacy import audit_tab
from ips_desktop.ui.privacy.area import PrivacyArea
from tests.audit_trail_data import build_trail, danish_time
from tests.ui.conftest import activate

TODAY = date(2026, 12, 2)


@pytest.fixture
def trail(ws, monkeypatch):
    danish_time(monkeypatch)
    monkeypatch.setattr(audit_tab, "today", lambda: TODAY)
    return build_trail(ws)


def open_area(qtbot, ws, preferences) -> PrivacyArea:
    area = PrivacyArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1366, 700)
    with qtbot.waitSignal(area.tab("audit").shown, timeout=10_000):
        area.show()
        qtbot.waitExposed(area)
    activate(qtbot, area)
    return area


def test_tab_from_the_first_day_reaches_every_filter_and_then_the_events(
        qtbot, ws, preferences, trail):
    area = open_area(qtbot, ws, preferences)
    tab = area.tab("audit")
    bar = tab.filters
    bar.first.edit.setFocus()
    visited = []
    for _ in range(12):
        visited.append(QApplication.focusWidget())
        if visited[-1] is tab.table:
            break
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
    fields = [bar.first.edit, bar.last.edit, bar.kind, bar.person, bar.consultant,
              bar.show_button, bar.export_button, tab.table]
    assert [w for w in visited if w in fields] == fields  # each once, in order, then the table
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tab.table  # Tab leaves it, not cell by cell
