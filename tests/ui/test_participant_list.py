"""The participant list as a team lead meets it: columns that fit, whose list, the printout.

Each check reads what the list shows (headers, cells, tooltips, widths on
screen) or what the printed PDF says, read back with pypdf.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from ips_desktop.services import referrals
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.caseload_model import Column
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.reports.support import new_consultant, referral_spec
from tests.ui.window_support import open_window, participants, press, visible_of

TODAY = date.today()
LONG_NAME = "Maria-Magdalena Kristoffersen-Østergaard Vestergaard Bøgh-Andersen"


def enrol(ws, name: str, consultant, *, days_ago: int = 0, cpr: str = ""):
    answers = {"name": name, "referral_date": (TODAY - timedelta(days=days_ago)).isoformat(),
               "consultant": str(consultant)}
    if cpr:
        answers["cpr"] = cpr
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


@pytest.fixture
def team(ws):
    """Me (SOE) and three colleagues, whose names sort differently by code point and in Danish."""
    return {
        "me": ws.ctx.actor_id,
        "aase": new_consultant(ws, "Aase Ågård", "AAG", "Køge"),
        "lukasz": new_consultant(ws, "Łukasz Nowak", "LN", "Solrød"),
        "bent": new_consultant(ws, "Bent Zahle", "BZ", "Stevns"),
    }


@pytest.fixture
def people(ws, team):
    me = team["me"]
    return {
        "long": enrol(ws, LONG_NAME, me, days_ago=20, cpr="010190-1234"),  # first meeting late
        "ole": enrol(ws, "Ole Ørum", me, days_ago=2, cpr="311285-2345"),
        "aaby": enrol(ws, "Aaby Hansen", me, days_ago=3),
        "zelda": enrol(ws, "Zelda Ahmadi", team["lukasz"], days_ago=9),
        "emil": enrol(ws, "Emil Åberg", team["lukasz"], days_ago=1),
        "bo": enrol(ws, "Bo Bentsen", team["bent"], days_ago=12),
    }


@pytest.fixture
def area(qtbot, ws, preferences, people):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1150, 600)  # a 1366 px screen less the sidebar
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def cells(area, column: Column, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = area.table.model()
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def switch_to(language: str) -> None:
    """The language chosen in the settings: the widgets hear of it as the app runs on."""
    apply_language(language)
    QApplication.processEvents()


def whose_choices(area) -> list[str]:
    return [area.whose.itemText(i) for i in range(area.whose.count()) if area.whose.itemText(i)]


def choose_whose(area, text: str) -> None:
    index = area.whose.findText(text)
    assert index >= 0, text
    area.whose.setCurrentIndex(index)


# -- 1. columns that fit, tooltips with the whole text ----------------------------------------

@pytest.mark.parametrize("language", ["da", "en", "nb"])
def test_no_header_or_cell_is_cut_and_the_name_takes_the_rest(qtbot, area, language):
    switch_to(language)
    try:
        header = area.table.horizontalHeader()
        metrics = area.table.fontMetrics()
        area.whose.setCurrentIndex(area.whose.findData("all"))
        for column in Column:
            if column == Column.NAME:
                continue
            title = area.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), title
            for text in cells(area, column) + area.model.width_samples(column):
                assert metrics.horizontalAdvance(text) < header.sectionSize(column), (title, text)
        others = sum(header.sectionSize(c) for c in Column if c != Column.NAME)
        name = header.sectionSize(Column.NAME)
        assert name == area.table.viewport().width() - others  # the name stretches
        assert name > 250
        assert not area.table.horizontalScrollBar().isVisible()
    finally:
        switch_to("da")


def test_a_long_name_and_every_due_item_are_in_the_tooltips(area):
    area.whose.setCurrentIndex(area.whose.findData("all"))
    names = cells(area, Column.NAME)
    row = names.index(LONG_NAME)
    tip = Qt.ItemDataRole.ToolTipRole
    assert cells(area, Column.NAME, tip)[row] == LONG_NAME
    assert cells(area, Column.CONSULTANT, tip)[names.index("Zelda Ahmadi")] == "Łukasz Nowak"
    due_tip = cells(area, Column.NEXT_DUE, tip)[row]
    # An overdue item as the participant page warns of it: the rule, how late, what clears it.
    assert ("Første møde skal holdes inden for 7 dage efter henvisning — 13 dage over fristen"
            " — registrér et møde med deltageren under Kontakter, eller udfyld 'Dato for første"
            " møde' på fanen Henvisning") in due_tip.splitlines()
    assert len(due_tip.splitlines()) >= 2  # the next item and what follows it
    assert cells(area, Column.PHASE, tip)[row] == "Henvist"


def test_the_user_may_still_drag_a_short_column_wider(qtbot, area):
    header = area.table.horizontalHeader()
    before = header.sectionSize(Column.PHASE)
    header.resizeSection(Column.PHASE, before + 60)
    area.reload()
    assert header.sectionSize(Column.PHASE) == before + 60


# -- 2. a team lead's filter per consultant ----------------------------------------------------

def test_whose_list_mine_all_then_each_colleague_in_danish_order(area):
    assert whose_choices(area) == [
        "Mine deltagere", "Alle deltagere",
        "Bent Zahle (BZ)", "Łukasz Nowak (LN)", "Aase Ågård (AAG)"]  # Aa as Å, after Z
    assert area.whose.currentText() == "Mine deltagere"
    assert sorted(cells(area, Column.NAME)) == sorted([LONG_NAME, "Ole Ørum", "Aaby Hansen"])
    choose_whose(area, "Łukasz Nowak (LN)")
    assert sorted(cells(area, Column.NAME)) == ["Emil Åberg", "Zelda Ahmadi"]
    assert set(cells(area, Column.CONSULTANT)) == {"LN"}
    assert area.count.text() == "2 af 2"
    choose_whose(area, "Aase Ågård (AAG)")
    assert cells(area, Column.NAME) == []
    choose_whose(area, "Alle deltagere")
    assert len(cells(area, Column.NAME)) == 6


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["My participants", "All participants",
            "Aase Ågård (AAG)", "Bent Zahle (BZ)", "Łukasz Nowak (LN)"]),
    ("nb", ["Mine deltakere", "Alle deltakere",
            "Bent Zahle (BZ)", "Łukasz Nowak (LN)", "Aase Ågård (AAG)"]),
])
def test_whose_list_in_english_and_bokmal_keeps_the_choice(area, language, expected):
    choose_whose(area, "Bent Zahle (BZ)")
    switch_to(language)
    try:
        assert whose_choices(area) == expected
        assert area.whose.currentText() == "Bent Zahle (BZ)"
        assert cells(area, Column.NAME) == ["Bo Bentsen"]
    finally:
        switch_to("da")


# -- 4. Ctrl+P prints the list as shown ---------------------------------------------------------

def printed_lines(pdf: bytes) -> list[str]:
    """The PDF's text line by line, top to bottom, page after page."""
    return [unicodedata.normalize("NFC", line).strip()
            for page in PdfReader(io.BytesIO(pdf)).pages
            for line in (page.extract_text() or "").splitlines()]


def test_ctrl_p_prints_the_list_as_shown_in_its_order(qtbot, ws, preferences, people,
                                                     monkeypatch, tmp_path):
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    choose_whose(area, "Alle deltagere")
    area.only_overdue.setChecked(False)
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(area.search, "sen")  # Bentsen, Andersen, Hansen; not Ørum, Åberg, Ahmadi
    shown = cells(area, Column.NAME)
    assert shown == ["Bo Bentsen", LONG_NAME, "Aaby Hansen"]  # Danish: Aa as Å, last
    area.table.setFocus()
    press(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: area.list_preview is not None and area.list_preview.isVisible(),
                    timeout=20_000)
    preview = area.list_preview
    assert visible_of(PrintPreviewDialog) == [preview]
    assert preview.windowTitle() == "Deltagerliste"
    lines = printed_lines(preview.pdf_bytes)
    text = "\n".join(lines)
    assert f"Alle deltagere — {TODAY.strftime('%d.%m.%Y')}" in lines  # the title
    assert "søgning: »sen«" in text and "sorteret efter Navn, stigende" in text
    assert "3 af 6 deltagere" in text
    everyone = {"Bo Bentsen": "Bo Bentsen", "Maria-Magdalena": LONG_NAME,
                "Aaby Hansen": "Aaby Hansen", "Emil Åberg": "Emil Åberg",
                "Ole Ørum": "Ole Ørum", "Zelda Ahmadi": "Zelda Ahmadi"}
    printed = [everyone[start] for line in lines for start in everyone
               if line.startswith(start)]
    assert printed == shown  # the rows shown, in the order shown, and no other
    assert "Side 1 af 1" in text
    assert "Fortroligt – indeholder personoplysninger" in text
    for header in ("Navn", "Konsulent", "Fase", "Dage i IPS", "Seneste kontakt", "Næste frist"):
        assert header in text
    assert "010190" not in text and "311285" not in text  # no CPR: the list shows none

    # Saved as a file: an export of the list in the audit trail, with neither names nor file.
    target = tmp_path / "liste.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    preview.save_button.click()
    assert target.read_bytes() == preview.pdf_bytes
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.details)
                              .where(AuditEvent.entity == "caseload",
                                     AuditEvent.action.in_(("print", "export")))
                              .order_by(AuditEvent.at)).all()
    assert [tuple(e) for e in events] == [("print", "caseload", {"rows": 3}),
                                         ("export", "caseload", {"rows": 3})]
    preview.reject()


def test_the_printout_follows_the_sort_and_filter_and_prints_each_due_item(qtbot, area):
    area.whose.setCurrentIndex(area.whose.findData("mine"))
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    area.only_overdue.setChecked(True)
    assert cells(area, Column.NAME) == [LONG_NAME]
    area.only_overdue.setChecked(False)
    shown = cells(area, Column.NAME)
    assert shown == ["Aaby Hansen", "Ole Ørum", LONG_NAME]  # Å to A: "Aa" is Å, the last letter
    area.print_current()
    qtbot.waitUntil(lambda: area.list_preview is not None, timeout=20_000)
    text = "\n".join(printed_lines(area.list_preview.pdf_bytes))
    assert text.index("Aaby Hansen") < text.index("Ole Ørum") < text.index("Maria-Magdalena")
    assert "Mine deltagere" in text and "sorteret efter Navn, faldende" in text
    assert "Første møde — 13 dage over fristen" in text  # the overdue one, with how late
    assert "Første møde — " + (TODAY + timedelta(days=5)).strftime("%d.%m.%Y") in text
    assert "Bøgh-Andersen" in text  # a long name wraps; it is never cut
    area.list_preview.reject()


def test_a_cpr_typed_into_the_search_is_not_printed(qtbot, area):
    qtbot.keyClicks(area.search, "010190-1234")
    assert cells(area, Column.NAME) == [LONG_NAME]
    printout = area.printout()
    assert "010190" not in printout.subtitle and "1234" not in printout.subtitle
    assert "søgning: »…«" in printout.subtitle


def test_the_blank_referral_form_is_still_one_click_away(qtbot, area):
    assert area.blank_form.text() == "&Tomt henvisningsskema…"
    area.blank_form_action.trigger()
    qtbot.waitUntil(lambda: any("Henvisning" in d.windowTitle()
                                for d in visible_of(PrintPreviewDialog)))
    for dialog in visible_of(PrintPreviewDialog):
        dialog.reject()


# -- 3. the demo: "mine" is the demo consultant's share -----------------------------------------

def test_in_the_demo_mine_is_one_consultants_share_of_all(qtbot, tmp_path, preferences):
    from ips_desktop.services import consultants
    from tests.helpers import make_demo_database, open_copy

    demo = open_copy(make_demo_database(tmp_path / "template", TODAY), tmp_path / "demo")
    try:
        me = consultants.owner(demo.ctx)
        assert me is not None and me.name  # the greeting has a name to say
        widget = ParticipantsArea(demo, preferences)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
        assert widget.whose.currentText() == "Mine deltagere"
        mine = widget.model.rowCount()
        assert set(cells(widget, Column.CONSULTANT)) == {me.initials}
        choose_whose(widget, "Alle deltagere")
        everyone = widget.model.rowCount()
        assert 10 <= mine < everyone
        assert len(set(cells(widget, Column.CONSULTANT))) >= 2
        assert widget.count.text() == f"{everyone} af {everyone}"
        widget.close()
    finally:
        demo.close()


def test_a_printout_ready_while_the_window_is_locked_waits_for_the_unlock(
        qtbot, ws, preferences, people, monkeypatch):
    import time

    from ips_desktop.reports import list_pdf as report

    made = report.list_pdf

    def slow(*args, **kwargs):
        time.sleep(0.4)  # a long list, still being laid out when the window locks
        return made(*args, **kwargs)

    monkeypatch.setattr(report, "list_pdf", slow)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.table.setFocus()
    press(qtbot, window, Qt.Key.Key_P)
    press(qtbot, window, Qt.Key.Key_P)  # pressed twice: one printout
    window.lock()
    qtbot.waitUntil(lambda: not area._printing, timeout=20_000)
    QApplication.processEvents()
    assert visible_of(PrintPreviewDialog) == []  # no names over the lock screen
    window.unlock()
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1)
    visible_of(PrintPreviewDialog)[0].reject()
    with ws.ctx.engine.connect() as conn:
        prints = conn.execute(select(AuditEvent.id).where(AuditEvent.action == "print")).all()
    assert len(prints) == 1


def test_in_a_narrow_window_the_due_column_gives_way_and_the_name_keeps_room(qtbot, area):
    from ips_desktop.ui.participants.area import NAME_ROOM

    header = area.table.horizontalHeader()
    wide = header.sectionSize(Column.NEXT_DUE)
    area.resize(760, 600)  # the window's default size less the sidebar
    qtbot.waitUntil(lambda: header.sectionSize(Column.NEXT_DUE) < wide)
    assert header.sectionSize(Column.NAME) >= NAME_ROOM - 1
    assert header.sectionSize(Column.NEXT_DUE) >= header.sectionSizeHint(Column.NEXT_DUE)
    for column in (Column.CONSULTANT, Column.PHASE, Column.DAYS_IN_IPS, Column.LAST_CONTACT):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # no header cut
    area.resize(1150, 600)
    qtbot.waitUntil(lambda: header.sectionSize(Column.NEXT_DUE) == wide)
