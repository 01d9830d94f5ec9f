"""The Participants area driven as a consultant would: find, open, note, move, end."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ips_desktop.domain.enums import EndReason, Phase
from ips_desktop.services import caseload
from ips_desktop.services.collation import sort_key
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.caseload_model import Column
from ips_desktop.ui.participants.phase_dialogs import EndCourseDialog, PhaseDialog
from tests.helpers import make_demo_database, open_copy


@pytest.fixture(scope="module")
def demo_copy_source(tmp_path_factory):
    return make_demo_database(tmp_path_factory.mktemp("demo-ui"), date.today())


@pytest.fixture
def demo_ws(demo_copy_source, tmp_path):
    opened = open_copy(demo_copy_source, tmp_path / "demo")
    yield opened
    opened.close()


@pytest.fixture
def area(qtbot, demo_ws, preferences):
    widget = ParticipantsArea(demo_ws, preferences)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    widget.whose.setCurrentIndex(widget.whose.findData("all"))
    return widget


def visible_dialog(qtbot, kind=QDialog):
    found = []
    qtbot.waitUntil(lambda: found.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
        or bool(found))
    return found[0]


def names(area) -> list[str]:
    return [area.model.row_at(i).name for i in range(area.model.rowCount())]


def test_list_shows_every_open_course_and_filters_as_you_type(qtbot, area, demo_ws):
    expected = caseload.caseload(demo_ws.ctx, today=date.today())
    assert area.model.rowCount() == len(expected)
    target = expected[0].name
    part = target.split()[0][:4]
    qtbot.keyClicks(area.search, part)
    shown = names(area)
    assert target in shown and all(part.casefold() in n.casefold() for n in shown)
    assert area.count.text() == f"{len(shown)} af {len(expected)}"
    area.search.clear()
    assert area.model.rowCount() == len(expected)


def test_filter_by_phase_and_overdue_and_sort_by_name(qtbot, area):
    area.phase.setCurrentIndex(area.phase.findData(Phase.JOB_SEARCH))
    rows = [area.model.row_at(i) for i in range(area.model.rowCount())]
    assert rows and {r.phase for r in rows} == {Phase.JOB_SEARCH}
    area.phase.setCurrentIndex(0)
    area.only_overdue.setChecked(True)
    rows = [area.model.row_at(i) for i in range(area.model.rowCount())]
    assert rows and all(r.overdue for r in rows)
    area.only_overdue.setChecked(False)
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    shown = names(area)
    assert shown == sorted(shown, key=sort_key("da"))  # Danish order: æ, ø, å last
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(area) == sorted(shown, key=sort_key("da"), reverse=True)


def test_open_a_page_add_a_note_change_phase_and_end(qtbot, area, demo_ws):
    row = next(area.model.row_at(i) for i in range(area.model.rowCount())
               if area.model.row_at(i).phase is Phase.JOB_SEARCH)
    index = area.model.index([area.model.row_at(i) for i in range(area.model.rowCount())]
                             .index(row), 0)
    area.table.setCurrentIndex(index)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    page = area.page
    assert page is not None and page.name.text() == row.name
    assert "Jobsøgning" in page.facts.text()

    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.note_form.text, "Ringede; aftalt møde med Netto på fredag.")
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert page.notes_list.topLevelItem(0).text(3) == "Ringede; aftalt møde med Netto på fredag."
    assert page.note_form.text.toPlainText() == ""

    qtbot.mouseClick(page.phase_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, PhaseDialog)
    dialog.phase.setCurrentIndex(dialog.phase.findData(Phase.IN_JOB_OR_EDUCATION))
    dialog.accept()
    assert "I job eller uddannelse" in page.facts.text()

    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, EndCourseDialog)
    dialog.accept()  # no reason chosen: refused at the field
    assert dialog.isVisible()
    assert dialog.errors.text("end_reason") == "Skal udfyldes."
    dialog.reason.setCurrentIndex(dialog.reason.findData(EndReason.MOVED_AWAY))
    dialog.accept()
    assert "Fraflyttet" in page.facts.text()

    from sqlalchemy import select

    from ips_desktop.storage.models import Course, Note, PhaseChange

    with demo_ws.ctx.engine.connect() as conn:
        course = conn.execute(select(Course).where(Course.id == row.course_id)).one()
        note = conn.execute(select(Note.text, Note.note_date).where(
            Note.course_id == row.course_id).order_by(Note.created_at.desc())).first()
        phases = conn.execute(select(PhaseChange.phase).where(
            PhaseChange.course_id == row.course_id).order_by(PhaseChange.created_at)).scalars()
        phases = list(phases)
    assert (course.phase, course.end_reason, course.ended_on) == (
        "ended", "moved_away", date.today())
    assert note == ("Ringede; aftalt møde med Netto på fredag.", date.today())
    assert phases[-2:] == ["in_job_or_education", "ended"]
    assert not page.end_button.isVisible() and page.new_course_button.isVisible()

    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert area.page is None
    assert row.course_id not in {area.model.row_at(i).course_id
                                 for i in range(area.model.rowCount())}


def test_an_ended_course_can_be_followed_by_a_new_one(qtbot, area, demo_ws):
    from ips_desktop.ui.participants.referral_dialog import ReferralDialog

    area.show_ended.setChecked(True)
    area.phase.setCurrentIndex(area.phase.findData(Phase.ENDED))
    ended = area.model.row_at(0)
    area.open_course(ended.course_id)
    page = area.page
    assert page.new_course_button.isVisible() and not page.end_button.isVisible()

    qtbot.mouseClick(page.new_course_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, ReferralDialog)
    assert dialog.editor.widgets["name"].value() == ended.name  # the person, pre-filled
    dialog.editor.widgets["referral_date"].set_value(date.today())
    dialog.save_button.click()
    new_page = area.page
    assert new_page is not page and new_page.name.text() == ended.name
    assert new_page.detail.row.participant_id == ended.participant_id
    assert new_page.detail.row.phase is Phase.REFERRED
    assert "Andre forløb" in new_page.history.text()


def test_blank_referral_form_from_the_list(qtbot, area):
    import io

    import pypdf

    from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

    qtbot.mouseClick(area.blank_form, Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, PrintPreviewDialog) and w.isVisible())
    text = pypdf.PdfReader(io.BytesIO(preview.pdf_bytes)).pages[0].extract_text()
    assert "Henvisning til IPS" in text and "Navn" in text
    assert "DEMO" in text  # a demo database's printouts say so, blank ones too
    preview.close()


def test_the_selection_follows_the_person_when_sorting_and_filtering(qtbot, area):
    area.table.selectRow(3)
    chosen = area.model.row_at(3)
    area.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert area.model.row_at(area.table.currentIndex().row()).course_id == chosen.course_id
    qtbot.keyClicks(area.search, "zzzz-ingen")
    assert area.model.rowCount() == 0 and not area.table.currentIndex().isValid()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)  # nothing to open, and no crash
    assert area.page is None
