"""An "opening found" contact becomes an opening, then a placement, then a phase move (issue 15).

Driven as a consultant does it: typing into the dialogs, the participant
type-ahead, the buttons; then the stored data read back.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.domain.enums import (
    ContactMode,
    ContactOutcome,
    ContactPurpose,
    OpeningStatus,
    Phase,
    PlacementEndReason,
    PlacementKind,
)
from ips_desktop.domain.messages import message
from ips_desktop.services import courses, employer_contacts, employers, job_openings, placements
from ips_desktop.services.employer_contacts import ContactInput
from ips_desktop.services.employers import EmployerInput
from ips_desktop.services.job_openings import OpeningInput
from ips_desktop.services.placements import PlacementInput
from ips_desktop.storage.models import JobOpening, Placement
from ips_desktop.ui.dialogs import form_keys
from ips_desktop.ui.dialogs.opening_dialog import OpeningDialog, opening_from_contact_interactively
from ips_desktop.ui.dialogs.placement_dialog import PlacementDialog, PlacementEndDialog
from ips_desktop.ui.employers.openings_view import Column, OpeningsView
from ips_desktop.ui.widgets.unsaved import Unsaved
from tests.services.placement_support import enrol, profile

TODAY = date.today()


def shop(ws, name="Brugsen Køge"):
    return employers.register_employer(ws.ctx, EmployerInput(name=name))


def opening_found(ws, course, employer):
    return employer_contacts.log_contact(ws.ctx, ContactInput(
        contact_date=TODAY - timedelta(days=1), contact_time=time(10, 30),
        consultant_id=ws.ctx.actor_id, employer_id=employer, mode=ContactMode.FACE_TO_FACE,
        purpose=ContactPurpose.FOR_PARTICIPANT, course_id=course,
        outcome_kind=ContactOutcome.OPENING_FOUND, outcome="Søger lagermedarbejder"),
        today=TODAY)


def texts_of(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_an_opening_found_contact_becomes_a_placement_and_the_course_moves_on(qtbot, ws):
    course, employer = enrol(ws), shop(ws)
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, TODAY - timedelta(days=5),
                         today=TODAY)
    contact = opening_found(ws, course, employer)

    dialog = opening_from_contact_interactively(ws, None, contact)
    qtbot.addWidget(dialog)
    assert dialog.employer.text() == "Brugsen Køge"
    assert texts_of(dialog.candidates) == ["Åse Ærenfeldt"]
    assert dialog.title.hasFocus() or QApplication.focusWidget() in (dialog.title, None)
    qtbot.keyClicks(dialog.title, "Lagermedarbejder")
    qtbot.keyClicks(dialog.hours, "25,5")
    qtbot.keyClicks(dialog.location, "Køge Nord")
    qtbot.keyClicks(dialog.deadline.edit, "24/12")
    started: list[PlacementDialog] = []
    dialog.placement_started.connect(started.append)
    qtbot.mouseClick(dialog.placement_button, Qt.MouseButton.LeftButton)

    [start] = started
    qtbot.addWidget(start)
    assert start.participant.chosen == course and start.participant.text() == "Åse Ærenfeldt"
    assert start.title.text() == "Lagermedarbejder" and start.hours.text() == "25,5"
    assert start.employer.chosen == employer
    start.start.edit.setText(TODAY.strftime("%d.%m.%Y"))
    start.buttons.button(start.buttons.StandardButton.Save).click()
    assert start.pages.currentWidget() is start.offer_page  # saved; the move is asked
    [move] = start.offer_page.phase_buttons.values()
    assert "I job eller uddannelse" in move.text()
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)

    assert courses.course_phase(ws.ctx, course) is Phase.IN_JOB_OR_EDUCATION
    with ws.ctx.engine.connect() as conn:
        stored = conn.execute(select(JobOpening)).one()
        placement = conn.execute(select(Placement)).one()
    assert (stored.title, stored.hours_per_week, stored.location, stored.contact_id,
            stored.status, stored.found_on) == (
        "Lagermedarbejder", 25.5, "Køge Nord", contact, OpeningStatus.FILLED.value,
        TODAY - timedelta(days=1))
    assert stored.deadline is not None and (stored.deadline.day, stored.deadline.month) == (24, 12)
    assert (placement.course_id, placement.employer_id, placement.opening_id,
            placement.kind, placement.start_date, placement.ordinary_terms) == (
        course, employer, stored.id, PlacementKind.JOB.value, TODAY, True)


def test_not_now_leaves_the_phase_and_escape_there_too(qtbot, ws):
    course, employer = enrol(ws), shop(ws)
    dialog = PlacementDialog(ws, None, course_id=course, participant_name="Åse")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.employer.set_choice(employer, "Brugsen Køge")
    qtbot.keyClicks(dialog.title, "Kok")
    dialog.save()
    assert dialog.pages.currentWidget() is dialog.offer_page
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert courses.course_phase(ws.ctx, course) is Phase.REFERRED
    assert len(placements.placements_for_course(ws.ctx, course)) == 1


def test_bad_input_shows_at_the_field_and_saves_nothing(qtbot, ws):
    course = enrol(ws)
    dialog = PlacementDialog(ws, None, course_id=course, participant_name="Åse")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.hours, "61")
    assert dialog.save() is False
    assert dialog.errors.text("hours_per_week") and dialog.errors.text("title")
    assert dialog.errors.text("employer_id")  # neither employer nor school
    dialog.hours.setText("tyve")
    qtbot.keyClicks(dialog.employer, "Ukendt Firma")  # typed, never chosen from the list
    dialog.save()
    assert dialog.errors.text("hours_per_week")
    assert dialog.errors.text("employer_id") == message("choose_from_list")
    assert placements.placements_for_course(ws.ctx, course) == []


def test_an_end_offers_job_search_or_follow_along(qtbot, ws):
    course, employer = enrol(ws), shop(ws)
    placed = placements.record_start(ws.ctx, PlacementInput(
        course, PlacementKind.JOB, "Kok", TODAY - timedelta(days=3), employer), today=TODAY)
    courses.change_phase(ws.ctx, course, Phase.IN_JOB_OR_EDUCATION, TODAY - timedelta(days=3),
                         today=TODAY)
    dialog = PlacementEndDialog(ws, placed.placement_id)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(PlacementEndReason.TEMPORARY_JOB_ENDED))
    dialog.save()
    assert list(dialog.offer_page.phase_buttons) == [Phase.JOB_SEARCH, Phase.FOLLOW_ALONG]
    qtbot.mouseClick(dialog.offer_page.phase_buttons[Phase.FOLLOW_ALONG],
                     Qt.MouseButton.LeftButton)
    assert courses.course_phase(ws.ctx, course) is Phase.FOLLOW_ALONG
    [view] = placements.placements_for_course(ws.ctx, course)
    assert view.end_date == TODAY and view.end_reason is PlacementEndReason.TEMPORARY_JOB_ENDED


def test_candidates_are_added_by_type_ahead_and_removed_with_delete(qtbot, ws):
    employer = shop(ws)
    first, _other = enrol(ws, "Østergård Hansen"), enrol(ws, "Bo Berg")
    dialog = OpeningDialog(ws, None, preset=OpeningInput(employer, ""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_candidate.setFocus()
    qtbot.keyClicks(dialog.add_candidate, "ostergaard")
    popup = dialog.add_candidate.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.candidate_ids() == (first,))
    assert texts_of(dialog.candidates) == ["Østergård Hansen"]
    assert dialog.isVisible()  # Enter chose a name; it did not save the dialog
    dialog.candidates.setCurrentRow(0)
    dialog.candidates.setFocus()
    qtbot.keyClick(dialog.candidates, Qt.Key.Key_Delete)
    assert dialog.candidate_ids() == ()


def test_escape_with_input_asks_before_it_goes(qtbot, ws, monkeypatch):
    asked = []
    monkeypatch.setattr(form_keys, "ask_about_unsaved",
                        lambda parent: asked.append(1) or Unsaved.KEEP_EDITING)
    dialog = OpeningDialog(ws, None, preset=OpeningInput(shop(ws), ""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Kok")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [1] and dialog.isVisible()
    monkeypatch.setattr(form_keys, "ask_about_unsaved", lambda parent: Unsaved.DISCARD)
    dialog.reject()
    assert not dialog.isVisible()
    monkeypatch.setattr(form_keys, "ask_about_unsaved",
                        lambda parent: asked.append(2) or Unsaved.DISCARD)
    start = PlacementDialog(ws, None)
    qtbot.addWidget(start)
    start.show()
    qtbot.keyClick(start, Qt.Key.Key_Escape)  # nothing typed: no question
    assert asked == [1] and not start.isVisible()


@pytest.fixture
def view(qtbot, ws):
    widget = OpeningsView(ws)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    return widget


def test_the_openings_list_shows_candidates_suggestions_and_a_passed_deadline(qtbot, ws, view):
    employer = shop(ws)
    course, fits = enrol(ws, "Carl Kandidat"), enrol(ws, "Lise Lager")
    profile(ws, fits, work_goal="Arbejde på et lager")
    job_openings.create_opening(ws.ctx, OpeningInput(
        employer, "Lagermedarbejder", 30, "Køge", TODAY - timedelta(days=1),
        candidates=(course,)), found_on=TODAY - timedelta(days=8))
    job_openings.create_opening(ws.ctx, OpeningInput(employer, "Kok",
                                                     status=OpeningStatus.CLOSED),
                                found_on=TODAY)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model.rowCount() == 1
    cell = {c: model.index(0, c).data() for c in Column}
    assert cell[Column.EMPLOYER] == "Brugsen Køge" and cell[Column.HOURS] == "30"
    assert "overskredet" in cell[Column.DEADLINE]
    assert model.index(0, Column.DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell[Column.CANDIDATES] == "Carl Kandidat"
    assert cell[Column.SUGGESTIONS] == "Lise Lager"
    assert "lager" in model.index(0, Column.SUGGESTIONS).data(Qt.ItemDataRole.ToolTipRole)
    assert cell[Column.FOUND].endswith("SOE")
    view.status.setCurrentIndex(view.status.findData("all"))
    assert model.rowCount() == 2
    assert not view.table.isColumnHidden(Column.STATUS)


def test_enter_on_an_opening_opens_it_and_a_placement_can_start_from_the_list(qtbot, ws, view):
    employer, course = shop(ws), enrol(ws)
    job_openings.create_opening(ws.ctx, OpeningInput(employer, "Kok", candidates=(course,)),
                                found_on=TODAY)
    view.show()
    qtbot.waitExposed(view)
    view.focus_list()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    [dialog] = [w for w in view.findChildren(OpeningDialog) if w.isVisible()]
    assert dialog.title.text() == "Kok"
    dialog.reject()
    qtbot.mouseClick(view.placement_button, Qt.MouseButton.LeftButton)
    [start] = [w for w in view.findChildren(PlacementDialog) if w.isVisible()]
    assert (start.participant.chosen, start.title.text(), start.opening_id) == (
        course, "Kok", view.model.rows[0].id)
    start.employer.set_choice(employer, "Brugsen Køge")
    start.save()
    start.accept()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)  # filled: off the open list


def test_from_the_contact_dialog_to_a_placement_and_the_phase_move(qtbot, ws):
    """Issue 15's "done when": an 'opening found' contact logged in the contact dialog opens
    the opening dialog; a placement from the opening; the move confirmed; the data stored."""
    from ips_desktop.ui.dialogs.contact_dialog import ContactDialog, ContactPreset

    course, employer = enrol(ws), shop(ws)
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, TODAY, today=TODAY)
    contact = ContactDialog(ws, None, preset=ContactPreset(course_id=course))
    qtbot.addWidget(contact)
    contact.show()
    contact._choose_employer(employer)  # its keyboard type-ahead is the contact dialog's test
    contact.outcome_kind.setCurrentIndex(contact.outcome_kind.findData(
        ContactOutcome.OPENING_FOUND))
    assert contact.save()
    def from_contact() -> list[OpeningDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningDialog)
                and w.isVisible() and w.contact_id == contact.saved_id]

    qtbot.waitUntil(lambda: len(from_contact()) == 1)
    [opening] = from_contact()
    assert opening.candidate_ids() == (course,)
    qtbot.keyClicks(opening.title, "Opvasker")
    started: list[PlacementDialog] = []
    opening.placement_started.connect(started.append)
    qtbot.mouseClick(opening.placement_button, Qt.MouseButton.LeftButton)
    [start] = started
    assert start.participant.chosen == course and start.employer.chosen == employer
    start.save()
    qtbot.mouseClick(start.offer_page.phase_buttons[Phase.IN_JOB_OR_EDUCATION],
                     Qt.MouseButton.LeftButton)
    assert courses.course_phase(ws.ctx, course) is Phase.IN_JOB_OR_EDUCATION
    with ws.ctx.engine.connect() as conn:
        stored = conn.execute(select(JobOpening)).one()
        placement = conn.execute(select(Placement)).one()
    assert (stored.title, stored.contact_id, stored.status) == (
        "Opvasker", contact.saved_id, OpeningStatus.FILLED.value)
    assert (placement.course_id, placement.employer_id, placement.opening_id,
            placement.title) == (course, employer, stored.id, "Opvasker")


def test_the_move_is_dated_the_start_or_today_when_the_phase_changed_since(qtbot, ws):
    from ips_desktop.storage.models import PhaseChange

    course, employer = enrol(ws), shop(ws)
    courses.change_phase(ws.ctx, course, Phase.JOB_SEARCH, TODAY - timedelta(days=2),
                         today=TODAY)
    dialog = PlacementDialog(ws, None, course_id=course, participant_name="Åse",
                             employer_id=employer, employer_name="Brugsen Køge", title="Kok")
    qtbot.addWidget(dialog)
    dialog.start.edit.setText((TODAY - timedelta(days=9)).strftime("%d.%m.%Y"))
    dialog.save()
    moved: list[Phase] = []
    dialog.phase_moved.connect(moved.append)
    assert dialog.move_phase(Phase.IN_JOB_OR_EDUCATION)
    assert moved == [Phase.IN_JOB_OR_EDUCATION]
    with ws.ctx.engine.connect() as conn:
        last = conn.execute(select(PhaseChange.phase, PhaseChange.changed_on)
                            .order_by(PhaseChange.created_at.desc()).limit(1)).one()
    assert tuple(last) == (Phase.IN_JOB_OR_EDUCATION.value, TODAY)  # not before the last move
