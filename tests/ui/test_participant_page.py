"""A participant's page used as a consultant uses it, read back from what is on screen.

Unsaved contact notes are asked about before the page goes; a long note can be
read whole; a meeting note sets the first meeting (with an undo); every warning
says what clears it; ending a course says why; consent is shown, never required.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from sqlalchemy import select

from ips_desktop.domain.enums import EndReason, NoteKind, NotePlace, Phase
from ips_desktop.domain.rule_texts import rule_remedy
from ips_desktop.domain.rules import RuleId
from ips_desktop.services import courses, referrals
from ips_desktop.storage.models import AuditEvent, Course, Note
from ips_desktop.ui.i18n import apply_language
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.notes import NoteDialog
from ips_desktop.ui.participants.phase_dialogs import EndCourseDialog, PhaseDialog
from tests.reports.support import referral_spec
from tests.ui.window_support import answer_question, visible_of

TODAY = date.today()
LONG_NOTE = ("Møde på caféen ved stationen. Vil gerne arbejde med dyr, helst udendørs og "
             "ikke i storbyen; nævnte en dyrehandel i Ølby og et gartneri.\n"
             "Aftalt: jeg ringer til gartneriet i morgen, og vi ses igen torsdag kl. 10.")


def enrol(ws, name: str = "Åse Ærenfeldt", *, days_ago: int = 10, consent: bool = True,
          first_meeting: date | None = None):
    referred = TODAY - timedelta(days=days_ago)
    answers = {"name": name, "referral_date": referred.isoformat(),
               "consultant": str(ws.ctx.actor_id)}
    if consent:
        answers["consent_given_on"] = referred.isoformat()
    if first_meeting is not None:
        answers["first_meeting_date"] = first_meeting.isoformat()
    return referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY)


@pytest.fixture
def area(qtbot, ws, preferences):
    widget = ParticipantsArea(ws, preferences)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_page(area, course):
    area.reload()
    area.open_course(course)
    assert area.page is not None
    return area.page





def type_note(qtbot, page, text: str, *, kind: NoteKind = NoteKind.PHONE,
              place: NotePlace = NotePlace.JOBCENTER) -> None:
    form = page.note_form
    page.tabs.setCurrentIndex(2)
    form.kind.setCurrentIndex(form.kind.findData(str(kind)))
    form.place.setCurrentIndex(form.place.findData(str(place)))
    qtbot.keyClicks(form.text, text)


def timeline_rows(page) -> list[tuple[str, str, str]]:
    tree = page.timeline
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3))
            for i in range(tree.topLevelItemCount())]


def notes_in_db(ws, course) -> list[str]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(Note.text).where(Note.course_id == course)).scalars())


def stored_course(ws, course):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(Course).where(Course.id == course)).one()


# -- 1. an unsaved contact note ---------------------------------------------------------------

def test_back_with_an_unsaved_note_asks_and_keep_editing_keeps_it(qtbot, area, ws):
    course = enrol(ws)
    page = open_page(area, course)
    type_note(qtbot, page, "Ringede; aftalt møde fredag.")
    assert area.has_unsaved_changes() and page.has_unsaved_changes()
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert seen == ["Kassér ændringer?"]
    assert area.page is page and area.pages.currentWidget() is page
    assert page.note_form.text.toPlainText() == "Ringede; aftalt møde fredag."

    answer_question(qtbot, "Kassér", seen)
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert area.page is None and area.pages.currentIndex() == 0
    assert notes_in_db(ws, course) == []
    assert not area.has_unsaved_changes()


def test_save_in_the_question_saves_the_note_and_goes_back(qtbot, area, ws):
    course = enrol(ws)
    page = open_page(area, course)
    type_note(qtbot, page, "Ringede; aftalt møde fredag.")
    seen: list[str] = []
    answer_question(qtbot, "Gem", seen)
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert seen == ["Kassér ændringer?"] and area.page is None
    assert notes_in_db(ws, course) == ["Ringede; aftalt møde fredag."]


def test_a_failed_save_keeps_the_page_and_the_text(qtbot, area, ws):
    course = enrol(ws, days_ago=3)
    page = open_page(area, course)
    type_note(qtbot, page, "Sms om tid til møde.")
    page.note_form.day.edit.clear()
    qtbot.keyClicks(page.note_form.day.edit, (TODAY - timedelta(days=30)).strftime("%d.%m.%Y"))
    page.tabs.setCurrentIndex(0)
    seen: list[str] = []
    answer_question(qtbot, "Gem", seen)
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert seen and area.page is page  # before the referral: refused, so the page stays
    assert page.tabs.currentIndex() == 2  # on the note, with the reason beside it
    assert page.note_form.text.toPlainText() == "Sms om tid til møde."
    assert page.note_form.errors.text("note_date")
    assert notes_in_db(ws, course) == []
    assert area.has_unsaved_changes() and not area.save_unsaved()


def test_opening_another_participant_asks_first(qtbot, area, ws):
    first, other = enrol(ws), enrol(ws, "Bo Frisk")
    page = open_page(area, first)
    type_note(qtbot, page, "Ringede.")
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    area.open_course(other)
    assert seen == ["Kassér ændringer?"] and area.page is page
    assert area.page.name.text() == "Åse Ærenfeldt"
    answer_question(qtbot, "Fortsæt redigering", seen)
    area.focus_search()  # Ctrl+F from the page: asks too, and keeping editing stays
    assert len(seen) == 2 and area.page is page
    assert area.save_unsaved() and notes_in_db(ws, first) == ["Ringede."]
    area.open_course(other)  # nothing unsaved now: no question
    assert len(seen) == 2 and area.page.name.text() == "Bo Frisk"


def test_an_unsaved_referral_edit_is_asked_about_too(qtbot, area, ws):
    course = enrol(ws)
    page = open_page(area, course)
    tab = page.referral_tab
    if not hasattr(tab, "has_unsaved_changes"):
        pytest.skip("the referral tab cannot tell about unsaved input yet")
    page.tabs.setCurrentWidget(tab)
    phone = tab.editor.widgets["phone"]
    phone.edit.clear()
    qtbot.keyClicks(phone.edit, "+45 70 70 70 70")
    assert area.has_unsaved_changes()
    seen: list[str] = []
    answer_question(qtbot, "Gem", seen)
    qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert seen == ["Kassér ændringer?"] and area.page is None
    with ws.ctx.engine.connect() as conn:
        from ips_desktop.storage.models import Participant

        phones = conn.execute(select(Participant.phone)).scalars().all()
    assert phones == ["+45 70 70 70 70"]


# -- 2. reading a whole note ------------------------------------------------------------------

def test_a_long_note_has_a_tooltip_and_opens_whole(qtbot, area, ws):
    course = enrol(ws, first_meeting=TODAY - timedelta(days=8))
    courses.add_note(ws.ctx, course, courses.NoteInput(
        TODAY, NoteKind.MEETING, NotePlace.COMMUNITY, LONG_NOTE), today=TODAY)
    page = open_page(area, course)
    row = next(page.timeline.topLevelItem(i) for i in range(page.timeline.topLevelItemCount())
               if page.timeline.topLevelItem(i).text(1) == "Kontakt")
    assert row.text(2).startswith("Møde · I lokalsamfundet — Møde på caféen")
    assert "\n" not in row.text(2) and row.text(2).endswith("…")
    assert "Aftalt: jeg ringer til gartneriet" in row.toolTip(2)
    header = page.timeline.header()
    assert header.length() <= page.timeline.viewport().width()  # elided, not scrolled

    page.timeline.setCurrentItem(row)
    centre = page.timeline.visualItemRect(row).center()
    viewport = page.timeline.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # a double-click's
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)  # two presses
    qtbot.waitUntil(lambda: bool(visible_of(NoteDialog)))
    [dialog] = visible_of(NoteDialog)
    qtbot.waitExposed(dialog)
    assert dialog.text.toPlainText() == LONG_NOTE and dialog.text.isReadOnly()
    assert dialog.size().boundedTo(QSize(1366, 768)) == dialog.size()
    assert dialog.text.horizontalScrollBar().maximum() == 0  # wrapped: nothing to the side
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_of(NoteDialog))

    page.tabs.setCurrentIndex(2)  # the Contacts tab: Enter on the row opens it too
    notes = page.notes_list
    item = notes.topLevelItem(0)
    assert item.text(3).endswith("…") and "torsdag kl. 10" in item.toolTip(3)
    notes.setFocus()
    notes.setCurrentItem(item)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(visible_of(NoteDialog)))
    [dialog] = visible_of(NoteDialog)
    assert dialog.text.toPlainText() == LONG_NOTE
    dialog.reject()


def test_a_short_note_needs_no_tooltip(qtbot, area, ws):
    course = enrol(ws, first_meeting=TODAY - timedelta(days=8))
    courses.add_note(ws.ctx, course, courses.NoteInput(
        TODAY, NoteKind.PHONE, NotePlace.JOBCENTER, "Ringede."), today=TODAY)
    page = open_page(area, course)
    assert page.notes_list.topLevelItem(0).text(3) == "Ringede."
    assert page.notes_list.topLevelItem(0).toolTip(3) == ""


# -- 3. a meeting note is the first meeting -------------------------------------------------

def test_a_meeting_note_sets_the_first_meeting_with_an_undo(qtbot, area, ws):
    course = enrol(ws, days_ago=10)  # first meeting 3 days overdue
    page = open_page(area, course)
    assert page.overdue.isVisible()
    assert rule_remedy(RuleId.FIRST_MEETING) in page.overdue.text()
    assert "registrér et møde med deltageren" in page.overdue.text()
    assert "'Dato for første møde'" in page.overdue.text()
    assert "Henvist" in page.facts.text()

    held = TODAY - timedelta(days=1)
    type_note(qtbot, page, "Første møde på biblioteket.", kind=NoteKind.MEETING,
              place=NotePlace.COMMUNITY)
    page.note_form.day.edit.clear()
    qtbot.keyClicks(page.note_form.day.edit, held.strftime("%d.%m.%Y"))
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)

    assert page.message.isVisible()
    assert page.message.text.text().startswith(
        f"Første møde er sat til {held.strftime('%d.%m.%Y')}")
    assert "Fasen er nu Opstart." in page.message.text.text()
    assert page.message.action.text() == "&Fortryd"
    assert "Opstart" in page.facts.text()
    assert "Første møde skal holdes" not in page.overdue.text()
    assert ("Første møde" in [r[1] for r in timeline_rows(page)])
    assert page.referral_tab.editor.widgets["first_meeting_date"].value() == held.isoformat()
    assert stored_course(ws, course).first_meeting_date == held
    with ws.ctx.engine.connect() as conn:
        edits = conn.execute(select(AuditEvent.details).where(
            AuditEvent.entity_id == course, AuditEvent.action == "update")).scalars().all()
    assert any(d.get("field") == "first_meeting_date" for d in edits)
    assert "biblioteket" not in repr(edits)

    apply_language("en")  # the message follows the language, as the rest of the page does
    qtbot.waitUntil(lambda: page.message.text.text().startswith("First meeting set to "))
    assert page.message.action.text() == "&Undo"
    apply_language("da")
    qtbot.waitUntil(lambda: page.message.action.text() == "&Fortryd")

    qtbot.mouseClick(page.message.action, Qt.MouseButton.LeftButton)
    assert page.message.text.text() == "Datoen for første møde er fjernet igen."
    assert not page.message.action.isVisible()
    assert "Henvist" in page.facts.text()
    assert "Første møde skal holdes" in page.overdue.text()
    assert page.referral_tab.editor.widgets["first_meeting_date"].value() is None
    stored = stored_course(ws, course)
    assert (stored.first_meeting_date, stored.phase) == (None, "referred")
    assert notes_in_db(ws, course) == ["Første møde på biblioteket."]  # the note stays


def test_a_phone_call_or_a_later_meeting_leaves_the_first_meeting_alone(qtbot, area, ws):
    course = enrol(ws, days_ago=10)
    page = open_page(area, course)
    type_note(qtbot, page, "Ringede.", kind=NoteKind.PHONE)
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert not page.message.isVisible()
    assert stored_course(ws, course).first_meeting_date is None

    met = TODAY - timedelta(days=5)
    other = enrol(ws, "Bo Frisk", days_ago=10, first_meeting=met)
    page = open_page(area, other)
    type_note(qtbot, page, "Møde igen.", kind=NoteKind.MEETING)
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert not page.message.isVisible()
    assert stored_course(ws, other).first_meeting_date == met


def test_a_referral_edit_in_progress_is_kept_when_a_meeting_sets_the_date(qtbot, area, ws):
    course = enrol(ws, days_ago=10)
    page = open_page(area, course)
    tab = page.referral_tab
    phone = tab.editor.widgets["phone"]
    phone.edit.clear()
    qtbot.keyClicks(phone.edit, "+45 70 70 70 70")
    type_note(qtbot, page, "Første møde.", kind=NoteKind.MEETING)
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert page.referral_tab is tab  # not rebuilt: the typed phone number is still there
    assert tab.editor.widgets["phone"].value() == "+45 70 70 70 70"
    assert tab.editor.widgets["first_meeting_date"].value() == TODAY.isoformat()
    if hasattr(tab, "has_unsaved_changes"):  # the tab tells once the forms work is in
        assert page.has_unsaved_changes()  # the typed phone number is still to be saved
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert stored_course(ws, course).first_meeting_date == TODAY  # the save keeps it


# -- 4. phases and ending a course ------------------------------------------------------------

def visible_dialog(qtbot, kind):
    qtbot.waitUntil(lambda: bool(visible_of(kind)))
    return visible_of(kind)[0]


def test_change_phase_offers_the_next_phase(qtbot, area, ws):
    course = enrol(ws, first_meeting=TODAY - timedelta(days=8))  # engaged
    page = open_page(area, course)
    qtbot.mouseClick(page.phase_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, PhaseDialog)
    assert dialog.current.text() == "Opstart"
    assert dialog.phase.currentText() == "Jobsøgning"
    qtbot.keyClick(dialog.phase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Jobsøgning" in page.facts.text()
    qtbot.mouseClick(page.phase_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, PhaseDialog)
    assert dialog.phase.currentData() == Phase.IN_JOB_OR_EDUCATION
    dialog.reject()


def test_ending_needs_a_reason_and_other_says_what(qtbot, area, ws):
    course = enrol(ws)
    page = open_page(area, course)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, EndCourseDialog)
    reasons = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert "I job eller uddannelse – ønsker ikke længere støtte" in reasons
    assert not dialog.other.isVisible()

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == "Skal udfyldes."
    dialog.reason.setCurrentIndex(dialog.reason.findData(EndReason.OTHER))
    assert not dialog.reason_error.isVisible()  # gone as soon as a reason is chosen
    assert dialog.other.isVisible() and dialog.other_label.text() == "A&nden årsag:"

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.other_error.text() == "Skal udfyldes."
    qtbot.keyClicks(dialog.other, "Flytter på forsorgshjem")
    assert not dialog.other_error.isVisible()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    end_row = next(r for r in timeline_rows(page) if r[1] == "Fase" and
                   r[2].startswith("Afsluttet"))
    assert end_row[2] == "Afsluttet — Andet: Flytter på forsorgshjem"
    assert "Andet: Flytter på forsorgshjem" in page.facts.text()
    stored = stored_course(ws, course)
    assert (stored.end_reason, stored.end_reason_text) == ("other", "Flytter på forsorgshjem")


def test_the_new_reason_shows_on_the_end_row(qtbot, area, ws):
    course = enrol(ws)
    page = open_page(area, course)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, EndCourseDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(EndReason.GOAL_REACHED))
    assert not dialog.other.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ("Afsluttet — I job eller uddannelse – ønsker ikke længere støtte"
            in [r[2] for r in timeline_rows(page)])
    assert stored_course(ws, course).end_reason_text is None


def test_notes_can_be_at_the_employer_or_by_video(qtbot, area, ws):
    course = enrol(ws, first_meeting=TODAY - timedelta(days=8))
    page = open_page(area, course)
    places = [page.note_form.place.itemText(i) for i in range(page.note_form.place.count())]
    assert {"Hos virksomheden", "Via video"} <= set(places)
    type_note(qtbot, page, "Videomøde om praktik.", kind=NoteKind.MEETING,
              place=NotePlace.VIDEO)
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert page.notes_list.topLevelItem(0).text(2) == "Via video"


# -- 5. consent -------------------------------------------------------------------------------

def test_consent_is_shown_and_its_absence_warned_about(qtbot, area, ws):
    given = enrol(ws, days_ago=4)
    page = open_page(area, given)
    assert page.consent.text() == (  # no scope typed: said, so it is written down
        f"Samtykke givet den {(TODAY - timedelta(days=4)).strftime('%d.%m.%Y')}"
        " · hvad det omfatter, er ikke skrevet ned")
    assert "b00020" not in page.consent.styleSheet()

    missing = enrol(ws, "Bo Frisk", consent=False)
    page = open_page(area, missing)
    assert page.consent.isVisible()
    assert page.consent.text().startswith("Samtykke mangler — ")
    assert "'Samtykke givet den' på fanen Henvisning" in page.consent.text()
    assert "b00020" in page.consent.styleSheet()
    type_note(qtbot, page, "Ringede.")  # a warning, never a block
    qtbot.mouseClick(page.note_form.save, Qt.MouseButton.LeftButton)
    assert notes_in_db(ws, missing) == ["Ringede."]


@pytest.mark.parametrize(("language", "words"), [
    ("en", "Consent missing — once the participant has given consent"),
    ("nb", "Samtykke mangler — når deltakeren har gitt samtykke"),
])
def test_the_consent_warning_in_each_language(qtbot, area, ws, language, words):
    page = open_page(area, enrol(ws, consent=False))
    apply_language(language)
    qtbot.waitUntil(lambda: page.consent.text().startswith(words))


# -- the window asks too -------------------------------------------------------------------

def test_leaving_the_area_with_a_note_asks_and_discard_forgets_it(qtbot, ws, preferences):
    from tests.ui.window_support import open_window, participants

    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    page = open_page(area, course)
    type_note(qtbot, page, "Ringede.")
    seen: list[str] = []
    answer_question(qtbot, "Kassér", seen)
    window.sidebar.setCurrentRow(0)  # to the home screen
    qtbot.waitUntil(lambda: seen == ["Kassér ændringer?"])
    qtbot.waitUntil(lambda: window.sidebar.currentRow() == 0)
    assert page.note_form.text.toPlainText() == "" and not area.has_unsaved_changes()
    participants(window)
    window.sidebar.setCurrentRow(0)  # nothing typed now: no second question
    assert seen == ["Kassér ændringer?"] and notes_in_db(ws, course) == []
