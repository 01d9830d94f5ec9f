"""The Data protection area's Audit trail tab, driven as a team lead drives it."""

from __future__ import annotations

import csv
import stat
import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit
from ips_desktop.storage.models import AuditEvent, Course
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.privacy import audit_tab
from ips_desktop.ui.privacy.area import PrivacyArea
from ips_desktop.ui.privacy.audit_model import KIND, RECORD, WHEN, WHO
from ips_desktop.ui.privacy.audit_texts import KIND_WORDS
from tests.audit_trail_data import ANNA, at, build_trail, danish_time
from tests.ui.conftest import activate
from tests.ui.window_support import open_window

TODAY = date(2026, 12, 2)


@pytest.fixture
def trail(ws, monkeypatch):
    danish_time(monkeypatch)
    monkeypatch.setattr(audit_tab, "today", lambda: TODAY)
    return build_trail(ws)


def open_tab(qtbot, ws, preferences) -> audit_tab.AuditTab:
    area = PrivacyArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1366, 700)
    with qtbot.waitSignal(area.tab("audit").shown, timeout=10_000):
        area.show()
        qtbot.waitExposed(area)
    activate(qtbot, area)
    tab = area.tab("audit")
    assert isinstance(tab, audit_tab.AuditTab)
    tab.kept_area = area  # the area (and so the tab) lives as long as the test holds the tab
    return tab


def column(tab, number: int) -> list[str]:
    model = tab.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def trail_reads(ws) -> int:
    with Session(ws.ctx.engine) as session:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "read", AuditEvent.entity == "audit_trail"))


def show(qtbot, tab, action) -> None:
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        action()


def type_days(qtbot, tab, first: str, last: str) -> None:
    for field, text in ((tab.filters.first, first), (tab.filters.last, last)):
        field.edit.clear()
        qtbot.keyClicks(field.edit, text)
    show(qtbot, tab, lambda: qtbot.keyClick(tab.filters.last.edit, Qt.Key.Key_Return))


def test_only_a_team_lead_has_the_data_protection_area(qtbot, ws, preferences, trail):
    window = open_window(qtbot, ws, preferences)
    titles = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    assert titles[-1] == "Databeskyttelse"
    ws.ctx.actor_id = trail.ab
    window = open_window(qtbot, ws, preferences)
    titles = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    assert "Databeskyttelse" not in titles


def test_a_day_typed_the_danish_way_shows_its_events_in_danish(qtbot, ws, preferences, trail):
    tab = open_tab(qtbot, ws, preferences)
    assert [tab.model.headerData(n, Qt.Orientation.Horizontal) for n in range(5)] == [
        "Tidspunkt", "Bruger", "Handling", "Post", "Detaljer"]
    assert tab.kept_area.tab_widget.tabText(0) == "Adgangslog"
    type_days(qtbot, tab, "1.12.2026", "1/12-26")
    assert column(tab, WHEN) == ["01.12.2026 23:59:59", "01.12.2026 13:00:00",
                                 "01.12.2026 11:00:00", "01.12.2026 00:30:00"]
    assert column(tab, WHO) == ["SOE", "system", "AB", "AB"]
    assert column(tab, KIND) == ["Eksporteret", "Mislykket oplåsning", "Udskrevet", "Ændret"]
    assert column(tab, RECORD)[0] == "deltagerliste"
    assert column(tab, RECORD)[3] == f"{ANNA} · deltager {trail.anna.hex[:8]}"
    assert tab.model.index(0, 4).data() == "rows=2"
    assert tab.status.text() == "4 hændelser."
    assert trail_reads(ws) == 2  # the first showing, and this one


def test_a_day_that_is_none_is_said_and_nothing_is_read(qtbot, ws, preferences, trail):
    tab = open_tab(qtbot, ws, preferences)
    reads = trail_reads(ws)
    tab.filters.first.edit.clear()
    qtbot.keyClicks(tab.filters.first.edit, "31.02.2026")
    qtbot.keyClick(tab.filters.first.edit, Qt.Key.Key_Return)
    assert tab.filters.problem.isVisible()
    assert "31.02.2026" in tab.filters.problem.text()
    assert trail_reads(ws) == reads


def test_a_person_chosen_by_typing_their_name_and_the_erased_one(qtbot, ws, preferences,
                                                                  trail):
    tab = open_tab(qtbot, ws, preferences)
    tab.filters.first.edit.clear()
    qtbot.keyClicks(tab.filters.person, "ærø")
    popup = tab.filters.person.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tab.filters.person.text() == ANNA
    assert column(tab, KIND) == ["Ændret", "Læst"]
    assert all(text.startswith(ANNA) for text in column(tab, RECORD))
    # Everyone again, then the kind "Slettet helt": the erased person, without a name.
    qtbot.keyClick(tab.filters.person, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    show(qtbot, tab, lambda: qtbot.keyClick(tab.filters.person, Qt.Key.Key_Backspace))
    assert len(column(tab, KIND)) > 2
    erase = tab.filters.kind.findData(AuditAction.ERASE.value)
    tab.filters.kind.setCurrentIndex(erase)
    show(qtbot, tab, lambda: tab.filters.kind.activated.emit(erase))
    assert column(tab, RECORD) == [f"slettet person · deltager {trail.gone.hex[:8]}"]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert "slettet helt" in tab.status.text()


def test_the_app_itself_as_the_user(qtbot, ws, preferences, trail):
    tab = open_tab(qtbot, ws, preferences)
    system = tab.filters.consultant.count() - 1
    assert tab.filters.consultant.itemText(system) == "system"
    tab.filters.consultant.setCurrentIndex(system)
    show(qtbot, tab, lambda: tab.filters.consultant.activated.emit(system))
    assert set(column(tab, WHO)) == {"system"}
    assert "Mislykket oplåsning" in column(tab, KIND)


def test_enter_on_an_event_opens_the_persons_page(qtbot, ws, preferences, trail):
    course = uuid.uuid4()
    with Session(ws.ctx.engine) as session, session.begin():
        session.add(Course(id=course, participant_id=trail.anna, referral_date=date(2026, 1, 5),
                           phase="referred"))
    tab = open_tab(qtbot, ws, preferences)
    type_days(qtbot, tab, "1.12.2026", "1.12.2026")
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(3, 0))  # Anna's update
    with qtbot.waitSignal(tab.open_area, timeout=2000) as opened:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened.args == ["participants", {"course": course}]


def test_scrolling_reads_the_next_page_without_another_read_event(qtbot, ws, preferences,
                                                                  trail):
    with Session(ws.ctx.engine) as session, session.begin():
        for n in range(450):
            audit.record(session, trail.me, AuditAction.UPDATE, "note", uuid.uuid4(),
                         {"n": n}, at=at("2026-11-20T08:00:00") + timedelta(seconds=n),
                         participant_id=trail.bo)
    tab = open_tab(qtbot, ws, preferences)
    assert tab.model.rowCount() == 200
    assert "De nyeste 200 hændelser" in tab.status.text()
    reads = trail_reads(ws)
    with qtbot.waitSignal(tab.model.fetched, timeout=10_000):
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 400, timeout=10_000)
    assert trail_reads(ws) == reads


def test_ctrl_e_exports_the_filter_as_csv_of_the_users_own(qtbot, ws, preferences, trail,
                                                           tmp_path, monkeypatch):
    target = tmp_path / "log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV-filer (*.csv)"))
    tab = open_tab(qtbot, ws, preferences)
    type_days(qtbot, tab, "1.12.2026", "1.12.2026")
    with qtbot.waitSignal(tab.exported, timeout=10_000) as written:
        qtbot.keyClick(tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    path = written.args[0]
    assert path == tmp_path / "log.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["export", "unlock_failed", "print", "update"]
    assert ANNA not in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Gemt:" in tab.status.text() and "(4 hændelser)" in tab.status.text()


def test_every_kind_has_a_word_in_each_language(qtbot, ws, preferences, trail):
    assert set(KIND_WORDS) == set(AuditAction)
    tab = open_tab(qtbot, ws, preferences)
    type_days(qtbot, tab, "1.12.2026", "1.12.2026")
    words = {}
    for language in ("da", "nb", "en"):
        apply_language(language)
        words[language] = [word() for word in KIND_WORDS.values()]
        assert len(set(words[language])) == len(AuditAction)
    assert words["en"][:2] == ["Read", "Created"]
    assert words["nb"][:2] == ["Lest", "Opprettet"]
    assert [tab.model.headerData(n, Qt.Orientation.Horizontal) for n in range(5)] == [
        "When", "User", "Action", "Record", "Details"]
    qtbot.waitUntil(lambda: column(tab, KIND)[0] == "Exported")  # the rows shown, worded again
    assert column(tab, WHO)[1] == "system"


def test_another_area_can_show_one_persons_trail(qtbot, ws, preferences, trail):
    tab = open_tab(qtbot, ws, preferences)
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        tab.kept_area.show_filtered({"tab": "audit", "participant": str(trail.anna),
                                     "name": ANNA})
    assert tab.filters.person.text() == ANNA
    assert column(tab, KIND) == ["Ændret", "Læst"]
