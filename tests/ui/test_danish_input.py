"""Dates, search and name order as Danes type and read them, driven through the widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.domain.enums import NoteKind
from ips_desktop.services import referrals
from ips_desktop.storage.models import Consent, Course, Note
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.caseload_model import Column
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from tests.reports.support import referral_answers, referral_spec

TODAY = date.today()
NAMES = ["Maria Kristoffersen", "Maria Hansen", "Søren Østergård", "Łukasz Nowak", "Aage Berg",
         "Åse Holm", "Ærlig Jensen", "Zacharias Lund", "Anders Bak", "Émile Roux", "Lars Ulf"]
DANISH_ORDER = ["Anders Bak", "Émile Roux", "Lars Ulf", "Łukasz Nowak", "Maria Hansen",
                "Maria Kristoffersen", "Søren Østergård", "Zacharias Lund", "Ærlig Jensen",
                "Aage Berg", "Åse Holm"]
ENGLISH_ORDER = ["Aage Berg", "Ærlig Jensen", "Anders Bak", "Åse Holm", "Émile Roux",
                 "Lars Ulf", "Łukasz Nowak", "Maria Hansen", "Maria Kristoffersen",
                 "Søren Østergård", "Zacharias Lund"]


def type_into(qtbot, dialog: ReferralDialog, name: str, text: str) -> None:
    edit = dialog.editor.widgets[name].edit
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("form", ["%d/%m-%y", "%d.%m.%y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y",
                                  "%Y-%m-%d", "%d.%m"])
def test_a_date_typed_any_danish_way_is_read(qtbot, ws, preferences, form):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "referral_date", TODAY.strftime(form))
    assert dialog.editor.widgets["referral_date"].value() == TODAY.isoformat()


def test_the_danish_forms_are_stored_as_the_dates_they_name(qtbot, ws, preferences):
    referred = TODAY - timedelta(days=6)
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in {"name": "Karen Dato", "referral_date": referred.strftime("%d/%m-%y"),
                       "date_received": (referred + timedelta(days=1)).strftime("%d.%m.%y"),
                       "first_meeting_date": TODAY.strftime("%d.%m"),
                       "consent_given_on": referred.strftime("%d-%m-%Y")}.items():
        type_into(qtbot, dialog, name, text)
    dialog.save_button.click()
    assert not dialog.isVisible()
    with ws.ctx.engine.connect() as conn:
        course = conn.execute(select(Course)).one()
        consent = conn.execute(select(Consent)).one()
    assert course.referral_date == referred
    assert course.first_meeting_date == TODAY
    assert course.date_received == referred + timedelta(days=1)
    assert consent.given_on == referred


def test_a_date_that_cannot_be_read_says_which_form_is_wanted(qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "name", "Karen Dato")
    type_into(qtbot, dialog, "referral_date", "31.02.26")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.editor.errors.text("referral_date") == (
        "Ikke en gyldig dato. Skriv den som dd.mm.åååå.")
    assert dialog.editor.widgets["referral_date"].edit.text() == "31.02.26"  # kept as typed


@pytest.fixture
def people(ws):
    spec = referral_spec()
    for name in NAMES:
        answers = referral_answers(name, ws.ctx.actor_id) | {
            "cpr": None, "referral_date": TODAY.isoformat(), "date_received": None,
            "consent_given_on": TODAY.isoformat()}
        referrals.register_referral(ws.ctx, spec, answers, today=TODAY)
    return ws


@pytest.fixture
def area(qtbot, people, preferences):
    widget = ParticipantsArea(people, preferences)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(NAMES))
    return widget


def shown(area) -> list[str]:
    model = area.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(("query", "found"), [
    ("maria kristoff", ["Maria Kristoffersen"]),
    ("kristoff maria", ["Maria Kristoffersen"]),
    ("ostergaard", ["Søren Østergård"]),
    ("lukasz", ["Łukasz Nowak"]),
    ("aase", ["Åse Holm"]),
    ("emile", ["Émile Roux"]),
])
def test_search_matches_every_word_and_folds_danish_letters(qtbot, area, query, found):
    qtbot.keyClicks(area.search, query)
    assert shown(area) == found


def test_enter_or_down_in_the_search_moves_into_the_results(qtbot, area):
    area.focus_search()
    qtbot.keyClicks(area.search, "maria")
    assert len(shown(area)) == 2
    qtbot.keyClick(area.search, Qt.Key.Key_Down)
    assert area.table.hasFocus() or QApplication.focusWidget() is area.table
    assert [i.row() for i in area.table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert area.page is not None and area.page.name.text() == shown(area)[0]
    area.show_list()
    area.focus_search()
    qtbot.keyClick(area.search, Qt.Key.Key_Return)
    assert area.table.currentIndex().row() == 0
    assert [i.row() for i in area.table.selectionModel().selectedRows()] == [0]


def click_header(qtbot, area, column: Column) -> None:
    header = area.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_a_click_on_the_name_header_sorts_the_danish_way(qtbot, area):
    click_header(qtbot, area, Column.NAME)
    if shown(area) != DANISH_ORDER:  # the first click may have sorted descending
        click_header(qtbot, area, Column.NAME)
    assert shown(area) == DANISH_ORDER
    click_header(qtbot, area, Column.NAME)
    assert shown(area) == DANISH_ORDER[::-1]


def test_the_name_order_follows_the_language(qtbot, area):
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    apply_language("en")
    qtbot.waitUntil(lambda: shown(area) == ENGLISH_ORDER)
    apply_language("nb")
    qtbot.waitUntil(lambda: shown(area) == DANISH_ORDER)  # bokmål orders æ, ø, å as Danish


def test_a_contact_note_dated_the_danish_way(qtbot, area, people):
    area.open_course(area.model.row_at(0).course_id)
    form = area.page.note_form
    form.day.edit.clear()
    qtbot.keyClicks(form.day.edit, "31.02")
    qtbot.keyClicks(form.text, "Ringede.")
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert form.errors.text("note_date") == "Ikke en gyldig dato. Skriv den som dd.mm.åååå."
    form.day.edit.clear()
    qtbot.keyClicks(form.day.edit, TODAY.strftime("%d/%m-%y"))
    form.kind.setCurrentIndex(form.kind.findData(str(NoteKind.PHONE)))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    with people.ctx.engine.connect() as conn:
        note = conn.execute(select(Note)).one()
    assert note.note_date == TODAY and note.text == "Ringede."


@pytest.fixture
def late(ws):
    """Two referrals whose first meeting is 1 and 2 days overdue (due 7 days after)."""
    spec = referral_spec()
    for name, days in (("En Dag", 8), ("To Dage", 9)):
        referred = (TODAY - timedelta(days=days)).isoformat()
        answers = referral_answers(name, ws.ctx.actor_id) | {
            "cpr": None, "referral_date": referred, "date_received": None,
            "consent_given_on": referred}
        referrals.register_referral(ws.ctx, spec, answers, today=TODAY)
    return ws


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 day overdue", "2 days overdue"),
    ("da", "1 dag over fristen", "2 dage over fristen"),
    ("nb", "1 dag over fristen", "2 dager over fristen"),
])
def test_overdue_days_read_as_proper_plurals(qtbot, late, preferences, language, one, two):
    apply_language(language)
    area = ParticipantsArea(late, preferences)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: area.model.rowCount() == 2)
    cells = {area.model.index(row, Column.NAME).data():
             area.model.index(row, Column.NEXT_DUE).data() for row in range(2)}
    assert cells["En Dag"].endswith(one) and cells["To Dage"].endswith(two)
    assert "(" not in "".join(cells.values())
    area.open_course(next(area.model.row_at(r).course_id for r in range(2)
                          if area.model.row_at(r).name == "To Dage"))
    assert f" — {two} — " in area.page.overdue.text()  # then what clears it
    assert "(" not in area.page.facts.text()


def test_no_counted_text_reads_day_s_in_any_language():
    import re

    from ips_desktop.paths import resources_dir

    for ts in (resources_dir() / "translations").glob("ips_desktop_*.ts"):
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", ts.read_text(encoding="utf-8"))
        assert forms and not [f for f in forms if re.search(r"\((s|e|er|r)\)", f)], ts.name
