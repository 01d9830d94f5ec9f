"""The Supervision area driven as a user drives it: read the cells, tick, type a note, keys.

The data are built by hand, so every figure on screen is known: a participant
referred ten days ago without a first meeting (3 days late), and one met the
day after referral with no contact for 31 days (outreach due).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ips_desktop.domain.enums import Role
from ips_desktop.domain.rules import RuleId, iso_week, shift_week
from ips_desktop.services import consultants, referrals, supervision, supervision_items
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import Course, Note
from ips_desktop.ui.supervision import note_editor
from ips_desktop.ui.supervision.area import SupervisionArea
from ips_desktop.ui.supervision.model import Column
from ips_desktop.ui.widgets.unsaved import Unsaved
from tests.reports.support import referral_spec

TODAY = date.today()
LATE = "Åse Ærenfeldt"  # referred 10 days ago, no first meeting: 3 days late
QUIET = "Bo Østergaard"  # met long ago, last contact 31 days ago: outreach due


def enrol(ws, name: str, days_ago: int, consultant=None):
    referred = (TODAY - timedelta(days=days_ago)).isoformat()
    return referrals.register_referral(ws.ctx, referral_spec(), {
        "name": name, "referral_date": referred, "consent_given_on": referred,
        "consultant": str(consultant or ws.ctx.actor_id)}, today=TODAY)


@pytest.fixture
def courses(ws):
    late = enrol(ws, LATE, 10)
    quiet = enrol(ws, QUIET, 60)
    with unit_of_work(ws.ctx) as session:
        session.get(Course, quiet).first_meeting_date = TODAY - timedelta(days=59)
        session.add(Note(course_id=quiet, note_date=TODAY - timedelta(days=31),
                         kind="phone", place="video", text="x"))
    return {"late": late, "quiet": quiet}


def shown(qtbot, area: SupervisionArea) -> None:
    qtbot.waitUntil(lambda: area.model.listing is not None, timeout=10_000)


def open_area(qtbot, ws, preferences) -> SupervisionArea:
    area = SupervisionArea(ws, preferences)
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    qtbot.waitExposed(area)
    shown(qtbot, area)
    return area


def cell(area: SupervisionArea, name: str, column: Column) -> str:
    row = next(r for r in area.model.listing.rows if r.name == name)
    return area.model.index_of_course(row.course_id, column).data()


def test_nothing_is_built_before_the_area_is_shown(ws, preferences, qtbot):
    area = SupervisionArea(ws, preferences)
    qtbot.addWidget(area)
    assert not hasattr(area, "tree")  # start-up pays for an empty widget only


def test_a_consultant_reads_their_rows_and_heading(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    assert not area.toolbar.whose.isVisibleTo(area)  # a consultant sees their own caseload
    assert area.toolbar.title.text() == f"Uge {iso_week(TODAY)[1]}, {iso_week(TODAY)[0]}"
    heading = area.model.index(0, 0).data()
    assert heading.startswith("Søren Østergård (SOE) · sagsstamme 2 af 25")
    assert "ansigt til ansigt 0 af 6" in heading
    assert "2 nye henvisninger" in heading or "1 ny henvisning" in heading or \
        "0 nye henvisninger" in heading
    names = [r.name for r in area.model.listing.rows]
    assert set(names) == {LATE, QUIET}
    assert cell(area, LATE, Column.FIRST_MEETING) == "3 dage over fristen"
    assert cell(area, LATE, Column.PROFILE) == "ikke påbegyndt"
    assert "Første møde (3)" in cell(area, LATE, Column.FLAGS)
    first = area.model.index_of_course(courses["late"], Column.FIRST_MEETING)
    assert first.data(Qt.ItemDataRole.ForegroundRole) is not None  # red, and the words say it
    tip = area.model.index_of_course(courses["late"], Column.FLAGS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "3 dage over fristen" in tip and "Kilde: IPS-værktøjskassen" in tip
    met = (TODAY - timedelta(days=59))
    assert cell(area, QUIET, Column.FIRST_MEETING) == f"{met.day}.{met.month}.{met.year}"
    assert cell(area, QUIET, Column.LAST_CONTACT) == "for 31 dage siden — opsøgende indsats"
    assert area.toolbar.count.text() == "2 forløb"


def test_space_ticks_a_row_as_discussed_through_the_service(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))
    qtbot.keyClick(area.tree, Qt.Key.Key_Space)
    index = area.model.index_of_course(courses["late"], Column.DISCUSSED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    listing = supervision.supervision_list(ws.ctx, iso_week(TODAY), today=TODAY)
    assert next(r for r in listing.rows if r.name == LATE).discussed_on == TODAY
    qtbot.keyClick(area.tree, Qt.Key.Key_Space)  # and off again
    listing = supervision.supervision_list(ws.ctx, iso_week(TODAY), today=TODAY)
    assert next(r for r in listing.rows if r.name == LATE).discussed_on is None


def test_a_note_is_typed_saved_and_too_long_refused_at_the_field(ws, preferences, qtbot,
                                                                 courses):
    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    area.tree.setCurrentIndex(area.model.index_of_course(courses["quiet"]))
    assert area.notes.title.text() == f"Note fra supervision: {QUIET}"
    qtbot.keyClick(area.tree, Qt.Key.Key_F2)
    assert area.notes.text.hasFocus()
    qtbot.keyClicks(area.notes.text, "Ring i morgen")
    qtbot.keyClick(area.notes.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert cell(area, QUIET, Column.NOTE) == "Ring i morgen"
    notes = supervision_items.notes_for_course(ws.ctx, courses["quiet"])
    assert [n.note for n in notes] == ["Ring i morgen"]
    area.notes.text.setPlainText("x" * (supervision_items.MAX_NOTE + 1))
    assert not area.notes.save()
    assert area.notes.error.isVisibleTo(area) and "4000" in area.notes.error.text()
    assert area.notes.text.toPlainText() == "x" * (supervision_items.MAX_NOTE + 1)


def test_escape_with_a_typed_note_asks_and_keep_editing_stays(ws, preferences, qtbot,
                                                            courses, monkeypatch):
    area = open_area(qtbot, ws, preferences)
    area.tree.setCurrentIndex(area.model.index_of_course(courses["quiet"]))
    area.notes.text.setFocus()
    qtbot.keyClicks(area.notes.text, "Halvt skrevet")
    asked: list[str] = []
    monkeypatch.setattr(note_editor, "ask_about_unsaved",
                        lambda parent: asked.append("asked") or Unsaved.KEEP_EDITING)
    qtbot.keyClick(area.notes.text, Qt.Key.Key_Escape)
    assert asked == ["asked"] and area.notes.text.toPlainText() == "Halvt skrevet"
    assert area.has_unsaved_changes()
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))  # another row
    assert asked == ["asked", "asked"]
    assert area.current_row().course_id == courses["quiet"]  # stayed on the typed note
    monkeypatch.setattr(note_editor, "ask_about_unsaved", lambda parent: Unsaved.DISCARD)
    qtbot.keyClick(area.notes.text, Qt.Key.Key_Escape)
    assert area.notes.text.toPlainText() == "" and not area.has_unsaved_changes()


def test_enter_opens_the_participant(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))
    with qtbot.waitSignal(area.open_area) as opened:
        qtbot.keyClick(area.tree, Qt.Key.Key_Return)
    assert opened.args == ["participants", {"course": courses["late"]}]


def test_week_keys_move_the_week_and_read_it_again(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    this = iso_week(TODAY)
    qtbot.keyClick(area.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert area.week == shift_week(this, 1)
    qtbot.waitUntil(lambda: area.model.listing.week == shift_week(this, 1))
    assert area.toolbar.title.text().startswith(f"Uge {shift_week(this, 1)[1]}")
    qtbot.keyClick(area.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(area.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert area.week == shift_week(this, -1)
    qtbot.keyClick(area.tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert area.week == this
    qtbot.waitUntil(lambda: area.model.listing.week == this)


def test_the_home_screens_rule_filter_is_shown_and_cleared(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.show_filtered({"rule": RuleId.FIRST_MEETING.value})
    assert area.toolbar.filter_group.isVisibleTo(area)
    assert area.toolbar.filter_label.text() == "Kun over fristen: Første møde"
    assert area.model.course_count() == 1 and area.toolbar.count.text() == "1 forløb"
    assert cell(area, LATE, Column.FIRST_MEETING) == "3 dage over fristen"
    qtbot.mouseClick(area.toolbar.clear_filter, Qt.MouseButton.LeftButton)
    assert not area.toolbar.filter_group.isVisibleTo(area)
    assert area.model.course_count() == 2


def test_a_team_lead_chooses_the_whole_team_or_one_consultant(ws, preferences, qtbot,
                                                             courses):
    lead = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Lene Leder", "LL", "Køge", 1.0, Role.TEAM_LEAD))
    other = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Anders And", "AA", "Køge", 0.5, Role.CONSULTANT))
    enrol(ws, "Carl Carlsen", 5, consultant=other.id)
    ws.ctx.actor_id = lead.id
    area = open_area(qtbot, ws, preferences)
    whose = area.toolbar.whose
    assert whose.isVisibleTo(area) and whose.currentText() == "Hele teamet"
    headings = [area.model.index(n, 0).data() for n in range(area.model.heading_count())]
    assert [h.split(" ·")[0] for h in headings] == ["Anders And (AA)",
                                                   "Søren Østergård (SOE)"]
    assert "sagsstamme 1 af 12" in headings[0]
    whose.setCurrentIndex(area.toolbar.index_of(other.id))
    qtbot.waitUntil(lambda: area.model.listing.consultant_id == other.id)
    assert [r.name for r in area.model.listing.rows] == ["Carl Carlsen"]


def audit_actions(ws) -> list[str]:
    from sqlalchemy import select

    from ips_desktop.storage.models import AuditEvent

    with unit_of_work(ws.ctx) as session:
        return sorted(e.action for e in session.scalars(select(AuditEvent).where(
            AuditEvent.entity == supervision.ENTITY)))


def test_ctrl_p_previews_the_weeks_pdf_built_in_the_background(ws, preferences, qtbot,
                                                               courses):
    from tests.reports.support import all_text

    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    area.print_current()  # what the window's Ctrl+P reaches
    job = area.output.job
    assert job.building  # laid out off the GUI thread: the window goes on meanwhile
    qtbot.waitUntil(lambda: job.preview is not None, timeout=20_000)
    preview = job.preview
    week = iso_week(TODAY)
    assert preview.windowTitle().startswith(f"Supervisionsliste, uge {week[1]}")
    assert preview.page_count() >= 2  # the team's totals, then the consultant's section
    text = all_text(preview.pdf_bytes)
    assert LATE in text and QUIET in text
    assert "print" in audit_actions(ws)
    preview.close()


def test_export_writes_pdf_or_xlsx_where_asked_and_never_into_the_data_folder(
        ws, preferences, qtbot, courses, tmp_path, monkeypatch, data_dir):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ips_desktop.ui.supervision import output

    area = open_area(qtbot, ws, preferences)
    target = tmp_path / "ud" / "liste"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel-projektmapper (*.xlsx)"))
    monkeypatch.setattr(output.SupervisionOutput, "tr", lambda self, text: {
        "Excel workbooks (*.xlsx)": "Excel-projektmapper (*.xlsx)"}.get(text, text))
    area.export()
    written = target.with_name("liste.xlsx")
    assert written.exists() and written.stat().st_mode & 0o777 == 0o600
    sheet = openpyxl.load_workbook(written).worksheets[0]
    cells = {str(c.value) for row in sheet.iter_rows() for c in row}
    assert LATE in cells and QUIET in cells
    assert "export" in audit_actions(ws)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[1]))
    assert area._output().save(area.model.listing, data_dir / "x.pdf", "pdf") is None
    assert warned and not (data_dir / "x.pdf").exists()


def test_a_language_change_rewords_the_list_and_the_toolbar(ws, preferences, qtbot, courses):
    from ips_desktop.ui.i18n import apply_language

    area = open_area(qtbot, ws, preferences)
    apply_language("en")
    qtbot.waitUntil(lambda: area.toolbar.today_button.text() == "This week")
    assert area.model.headerData(Column.FLAGS, Qt.Orientation.Horizontal) == "Flags"
    assert cell(area, LATE, Column.FIRST_MEETING) == "3 days overdue"
    assert area.model.index(0, 0).data().startswith("Søren Østergård (SOE) · caseload 2 of 25")
    assert area.toolbar.title.text().startswith("Week ")
    apply_language("nb")
    qtbot.waitUntil(lambda: area.toolbar.today_button.text() == "Denne uken")
    assert cell(area, LATE, Column.FIRST_MEETING) == "3 dager over fristen"


def test_weeks_moved_quickly_end_on_the_last_one_asked_for(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.tree.setFocus()
    this = iso_week(TODAY)
    for _ in range(3):  # faster than the list is read: one read at a time, the last one wins
        qtbot.keyClick(area.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: area.model.listing.week == shift_week(this, 3), timeout=10_000)
    assert not area._reading


def test_every_control_has_a_name_a_screen_reader_says(ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    bar = area.toolbar
    for control in (bar.previous_button, bar.next_button, bar.title, area.tree,
                    area.notes.text):
        assert control.accessibleName(), control
    for button in (bar.today_button, bar.print_button, bar.export_button,
                   area.notes.save_button):
        assert button.text() and button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_filter_that_hides_the_chosen_row_clears_the_note_and_a_typed_note_is_asked_for(
        ws, preferences, qtbot, courses, monkeypatch):
    area = open_area(qtbot, ws, preferences)
    area.tree.setCurrentIndex(area.model.index_of_course(courses["quiet"]))
    area.set_rule(RuleId.FIRST_MEETING)  # QUIET is not late on it
    assert area.notes.row is None and not area.notes.text.isEnabled()
    area.set_rule(None)
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))
    area.notes.text.setPlainText("Halvt skrevet")
    monkeypatch.setattr(note_editor, "ask_about_unsaved", lambda parent: Unsaved.KEEP_EDITING)
    area.show_filtered({"rule": RuleId.PARTICIPANT_CONTACT.value})
    assert area.model.rule is None and area.notes.text.toPlainText() == "Halvt skrevet"
    monkeypatch.setattr(note_editor, "ask_about_unsaved", lambda parent: Unsaved.SAVE)
    area.set_rule(RuleId.FIRST_MEETING)  # saved, then filtered: LATE is still listed
    assert area.model.rule is RuleId.FIRST_MEETING and area.notes.row.course_id == courses["late"]
    assert [n.note for n in supervision_items.notes_for_course(ws.ctx, courses["late"])] == [
        "Halvt skrevet"]


def test_a_tick_while_the_next_week_is_read_is_for_the_week_on_screen(ws, preferences, qtbot,
                                                                        courses):
    area = open_area(qtbot, ws, preferences)
    this, after = iso_week(TODAY), shift_week(iso_week(TODAY), 1)
    row = next(r for r in area.model.listing.rows if r.name == LATE)
    area.go_to_week(after)  # Alt+Right: next week's list is being read
    area.toggle_discussed(row)  # Space on the row still shown, this week's
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))
    area.notes.text.setPlainText("Aftalt i dag")
    assert area.notes.save()
    qtbot.waitUntil(lambda: area.model.listing.week == after, timeout=10_000)
    shown = supervision.supervision_list(ws.ctx, this, today=TODAY)
    late = next(r for r in shown.rows if r.name == LATE)
    assert late.discussed_on == TODAY and late.note == "Aftalt i dag"
    coming = supervision.supervision_list(ws.ctx, after, today=TODAY)
    late = next(r for r in coming.rows if r.name == LATE)
    assert late.discussed_on is None and late.note == ""


def test_a_tick_while_the_same_week_is_read_again_stays_ticked(ws, preferences, qtbot,
                                                                courses):
    area = open_area(qtbot, ws, preferences)
    row = next(r for r in area.model.listing.rows if r.name == LATE)
    area.reload()  # read again (Settings changed the profile, say): it began before the tick
    area.toggle_discussed(row)
    with qtbot.waitSignal(area.listing_shown, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not area._reading, timeout=10_000)
    index = area.model.index_of_course(courses["late"], Column.DISCUSSED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_follow_up_due_says_so_in_words_beside_the_red(ws, preferences, qtbot):
    from tests.supervision_data import TODAY as DAY
    from tests.supervision_data import WEEK, build_team

    data = build_team(ws.ctx)
    area = SupervisionArea(ws, preferences)
    qtbot.addWidget(area)
    area.show()
    area.show_listing(supervision.supervision_list(ws.ctx, WEEK, today=DAY))
    index = area.model.index_of_course(data.courses["karen"], Column.NEXT_FOLLOW_UP)
    assert index.data() == "16.11.2026, forfalden"  # due 16.11, the list read on 18.11
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # and red


def test_the_note_editor_is_one_line_until_a_row_is_chosen_and_grows_with_its_note(
        ws, preferences, qtbot, courses):
    area = open_area(qtbot, ws, preferences)
    area.resize(1146, 690)  # the area's room in a 1366×768 window
    qtbot.wait(10)
    line = area.notes.text.fontMetrics().lineSpacing()
    assert area.notes.row is None and area.notes.height() < 3 * line  # title and Save
    assert area.tree.height() > 500  # the list has the height
    area.tree.setCurrentIndex(area.model.index_of_course(courses["late"]))
    short = area.notes.text.height()
    assert area.notes.text.isVisibleTo(area) and 3 * line <= short < 6 * line
    area.notes.text.setPlainText("\n".join(f"Linje {n}" for n in range(30)))
    tall = area.notes.text.height()
    assert tall > short and tall < 12 * line  # grows, then scrolls
    assert area.tree.height() > 250
