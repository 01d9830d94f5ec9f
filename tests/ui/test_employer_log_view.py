"""The employer-contact log in the window: a week at a time, filtered, sorted, paged.

Contacts are logged through the real write side (services.employer_contacts) and
found the way a consultant finds them: by the week arrows, the employer field's
type-ahead, the search, a header click; the rows read are what the database holds.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ips_desktop.domain.enums import AuditAction, ContactMode, ContactPurpose
from ips_desktop.domain.rules import iso_week, shift_week
from ips_desktop.services import employer_contacts, employer_log, employers
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employer_log import LogFilter, LogSort
from ips_desktop.services.employers import EmployerInput
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.employers import log_view as log_view_module
from ips_desktop.ui.employers.area import EmployersArea
from ips_desktop.ui.employers.log_model import Column
from ips_desktop.ui.employers.log_view import LogView
from tests.helpers import make_demo_database, open_copy

TODAY = date.today()
THIS_WEEK = iso_week(TODAY)


def log(ws, employer_id, day, *, mode=ContactMode.FACE_TO_FACE, at=time(10, 0), **more):
    return employer_contacts.log_contact(ws.ctx, ContactInput(
        contact_date=day, contact_time=at, consultant_id=ws.ctx.actor_id,
        employer_id=employer_id, mode=mode, purpose=ContactPurpose.NETWORKING, **more),
        today=TODAY)


def shown(view: LogView) -> list[uuid.UUID]:
    return [view.model.row_at(r).id for r in range(view.model.rowCount())]


def open_log(qtbot, ws, preferences) -> EmployersArea:
    area = EmployersArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitUntil(lambda: area.log.counted() is not None)
    return area


def choose_employer(qtbot, view: LogView, typed: str) -> None:
    """Type into the employer field and take the first hit with Down and Enter."""
    view.employer.setFocus()
    qtbot.keyClicks(view.employer, typed)
    popup = view.employer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_a_contact_for_a_new_employer_is_found_by_week_and_by_employer(qtbot, ws, preferences):
    """The issue's "Done when": the contact logged is found in the log view by its week
    (the arrows) and by its employer (the employer field)."""
    new = employers.register_employer(ws.ctx, EmployerInput(name="Østergård Tømrer ApS"))
    other = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    two_weeks_ago = TODAY - timedelta(days=14)
    contact = log(ws, new, two_weeks_ago, outcome="Elevplads", next_step="Ring igen")
    log(ws, other, two_weeks_ago)
    log(ws, other, TODAY)
    area = open_log(qtbot, ws, preferences)
    view = area.log
    assert view.week_label.text() == f"Uge {THIS_WEEK[1]}, {THIS_WEEK[0]}"
    assert contact not in shown(view)  # this week's log: another week's contact is not here
    qtbot.mouseClick(view.previous_week, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_week, Qt.MouseButton.LeftButton)
    wanted = iso_week(two_weeks_ago)
    assert view.week_label.text() == f"Uge {wanted[1]}, {wanted[0]}"
    assert contact in shown(view) and len(shown(view)) == 2
    qtbot.waitUntil(lambda: view.count.text() == "2 kontakter")
    choose_employer(qtbot, view, "ostergard")  # folded: finds Østergård
    assert view.employer.chosen == new
    assert shown(view) == [contact]
    row = view.model.row_at(0)
    assert (row.employer_name, row.outcome, row.next_step) == (
        "Østergård Tømrer ApS", "Elevplads", "Ring igen")
    assert view.model.index(0, Column.EMPLOYER).data() == "Østergård Tømrer ApS"
    qtbot.waitUntil(lambda: view.count.text() == "1 kontakt")
    # Every week, still only that employer's: the one contact.
    view.all_weeks.click()
    assert shown(view) == [contact]
    # Back to this week, the employer field cleared: this week's other contact only.
    qtbot.mouseClick(view.this_week, Qt.MouseButton.LeftButton)
    view.employer.clear()
    assert len(shown(view)) == 1 and contact not in shown(view)


def test_search_and_filters_narrow_the_week(qtbot, ws, preferences):
    bager = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    netto = employers.register_employer(ws.ctx, EmployerInput(name="Netto Køge"))
    monday = TODAY - timedelta(days=TODAY.weekday())
    face = log(ws, bager, monday)
    phone = log(ws, netto, monday, mode=ContactMode.PHONE, outcome="Ingen ledige nu")
    area = open_log(qtbot, ws, preferences)
    view = area.log
    assert set(shown(view)) == {face, phone}
    qtbot.keyClicks(view.search, "LEDIGE")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter: at once, not after the pause
    assert shown(view) == [phone]
    view.search.clear()
    qtbot.waitUntil(lambda: len(shown(view)) == 2)
    view.mode.setCurrentIndex(view.mode.findText("Ansigt til ansigt"))
    assert shown(view) == [face]
    assert view.log_filter().mode is ContactMode.FACE_TO_FACE


def test_a_header_click_sorts_in_the_query_and_scrolling_reads_more(qtbot, demo, preferences):
    area = open_log(qtbot, demo, preferences)
    view = area.log
    view.model.page_size = 25
    view.all_weeks.click()
    assert view.model.rowCount() == 25 and view.model.has_more()
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.EMPLOYER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().center().__class__(x, 5))
    sort, _descending = view.model.sorting()
    assert sort is LogSort.EMPLOYER
    names = [view.model.row_at(r).employer_name for r in range(view.model.rowCount())]
    from ips_desktop.services.collation import sort_key

    key = sort_key("da")
    keys = [key(n) for n in names]
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    view.table.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: view.model.rowCount() > 25)
    total = employer_log.contact_count(demo.ctx, LogFilter())
    qtbot.waitUntil(lambda: view.counted() == total)
    assert view.count.text() == f"{total} kontakter"
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert view.model.rowCount() == total
    assert len(set(shown(view))) == total


def test_enter_edits_the_contact_and_the_list_stays_where_it_was(qtbot, ws, preferences,
                                                                 monkeypatch):
    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    monday = TODAY - timedelta(days=TODAY.weekday())
    ids = [log(ws, employer, monday, at=time(8, minute)) for minute in range(0, 50, 10)]
    area = open_log(qtbot, ws, preferences)
    view = area.log
    target = ids[2]
    edited: list[uuid.UUID] = []

    def edit(ws_, parent, contact_id):  # the contact dialog, answered by the service
        edited.append(contact_id)
        data = employer_contacts.contact_input(ws_.ctx, contact_id)
        employer_contacts.update_contact(
            ws_.ctx, contact_id, ContactInput(**{**vars(data), "next_step": "Ring fredag"}),
            today=TODAY)
        return True

    from ips_desktop.ui.dialogs import contact_dialog

    monkeypatch.setattr(contact_dialog, "edit_contact_interactively", edit)
    view.select_contact(target)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert edited == [target]
    assert view.chosen_contact() == target  # the same row chosen after the reload
    assert view.model.row_at(view.model.row_of(target)).next_step == "Ring fredag"


def test_opening_the_log_is_one_audited_read_with_ids_only(qtbot, ws, preferences):
    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    log(ws, employer, TODAY)
    area = open_log(qtbot, ws, preferences)
    view = area.log
    qtbot.keyClicks(view.search, "Brød")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.count.text() == "1 kontakt")
    with unit_of_work(ws.ctx) as s:
        reads = s.scalars(select(AuditEvent).where(AuditEvent.entity == "employer_log",
                                                   AuditEvent.action == AuditAction.READ.value)
                          ).all()
    assert len(reads) == 1  # the opening; a search typed is no new opening
    assert reads[0].details == {"rows": 1, "year": THIS_WEEK[0], "week": THIS_WEEK[1]}


def test_the_week_summary_says_in_words_who_reached_the_reference(qtbot, ws, preferences):
    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    monday = TODAY - timedelta(days=TODAY.weekday())
    for n in range(6):
        log(ws, employer, min(monday + timedelta(days=n % 5), TODAY), at=time(8, n))
    log(ws, employer, monday, mode=ContactMode.PHONE)
    area = open_log(qtbot, ws, preferences)
    view = area.log
    qtbot.waitUntil(lambda: view.summary.row_texts() != [])
    assert view.summary.row_texts() == [("SOE", "6 af 6 – nået", "7")]
    qtbot.mouseClick(view.previous_week, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary.row_texts() == [("SOE", "0 af 6 – under", "0")])


def test_the_due_follow_ups_link_shows_mine_over_every_week(qtbot, ws, preferences):
    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    long_ago = TODAY - timedelta(days=40)
    due = log(ws, employer, long_ago, follow_up_date=long_ago + timedelta(days=7))
    log(ws, employer, long_ago)  # no follow-up
    area = open_log(qtbot, ws, preferences)
    area.show_filtered({"follow_ups": "due"})
    view = area.log
    assert view.all_weeks.isChecked() and view.only_due.isChecked()
    assert view.log_filter().consultant_id == ws.ctx.actor_id
    assert shown(view) == [due]
    assert view.model.index(0, Column.FOLLOW_UP).data().endswith("forfalden")


def test_the_weeks_go_over_the_new_year():
    assert shift_week((2026, 53), 1) == (2027, 1)
    assert shift_week((2027, 1), -1) == (2026, 53)
    assert log_view_module.SEARCH_PAUSE_MS <= 300


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("log-view-demo"), TODAY)


@pytest.fixture
def demo(demo_template, tmp_path):
    opened = open_copy(demo_template, tmp_path / "demo")
    yield opened
    opened.close()


def test_export_writes_the_filter_as_xlsx_and_ctrl_p_previews_the_week(qtbot, ws, preferences,
                                                                       monkeypatch, tmp_path):
    from io import BytesIO

    from openpyxl import load_workbook
    from pypdf import PdfReader
    from PySide6.QtWidgets import QApplication, QFileDialog

    from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    log(ws, employer, TODAY, outcome="Elevplads")
    log(ws, employer, TODAY - timedelta(days=21))  # another week: not exported
    area = open_log(qtbot, ws, preferences)
    view = area.log
    asked: list[str] = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "uge"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith(f"virksomhedslog-uge-{THIS_WEEK[1]}-{THIS_WEEK[0]}.xlsx")
    sheet = load_workbook(tmp_path / "uge.xlsx").worksheets[0]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Bageriet Brød" in values and "Elevplads" in values
    assert sheet.max_row == 2  # the header and this week's one contact

    area.print_current()  # Ctrl+P
    qtbot.waitUntil(lambda: view.output.preview is not None)
    dialog = view.output.preview
    assert isinstance(dialog, PrintPreviewDialog)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(dialog.pdf_bytes)).pages)
    assert f"Uge {THIS_WEEK[1]}, {THIS_WEEK[0]}" in text and "Bageriet Brød" in text
    assert dialog.suggested_name == f"virksomhedslog-uge-{THIS_WEEK[1]}-{THIS_WEEK[0]}.pdf"
    dialog.close()
    QApplication.processEvents()
    with unit_of_work(ws.ctx) as s:
        actions = sorted(e.action for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "employer_log")))
    assert actions == ["export", "print", "read"]


def test_the_home_screens_due_follow_ups_open_the_log_with_as_many_rows(qtbot, ws,
                                                                         preferences):
    from tests.ui.test_sidebar_areas import HOME_ROW, click_link, counted
    from tests.ui.window_support import open_window

    employer = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    for days in (30, 20, 10):
        day = TODAY - timedelta(days=days)
        log(ws, employer, day, follow_up_date=day + timedelta(days=5))
    log(ws, employer, TODAY, follow_up_date=TODAY + timedelta(days=5))  # not due yet
    window = open_window(qtbot, ws, preferences)
    counted(qtbot, window)
    home = window.area_widgets[HOME_ROW]
    label = home.count_labels["follow_up_due"]
    qtbot.waitUntil(lambda: "<a " in label.text())
    assert label.text() == '<a href="#follow_up_due">3</a>'
    assert home.caption["follow_up_due"].text() == "Forfaldne opfølgninger:"
    click_link(qtbot, label)
    area = window.area_widgets[[a.key for a in window.areas].index("employers")]
    assert window.sidebar.currentRow() == [a.key for a in window.areas].index("employers")
    assert area.log.model.rowCount() == 3 and area.log.only_due.isChecked()


def test_the_area_holds_the_register_and_an_employers_page_over_the_tabs(qtbot, ws,
                                                                        preferences):
    from ips_desktop.ui.employers.area import EMPLOYERS_TAB, LOG_TAB

    bager = employers.register_employer(ws.ctx, EmployerInput(name="Bageriet Brød"))
    log(ws, bager, TODAY)
    area = open_log(qtbot, ws, preferences)
    area.tabs.setCurrentIndex(EMPLOYERS_TAB)
    register = area.employers
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    register.table.setFocus()
    register.table.setCurrentIndex(register.model.index(0, 0))
    qtbot.keyClick(register.table, Qt.Key.Key_Return)  # Enter opens the employer's page
    assert area.pages.currentWidget() is area.page and area.page.employer_id == bager
    area.page.back.emit()
    assert area.pages.currentWidget() is area.tabs
    area.show_filtered({"employer": bager})  # the agreed link from another area
    assert area.pages.currentWidget() is area.page
    area.focus_search()  # Ctrl+F: back to the log's search
    assert area.pages.currentWidget() is area.tabs and area.tabs.currentIndex() == LOG_TAB
    assert area.log.search.hasFocus()
