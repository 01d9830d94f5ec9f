"""The contact dialog driven from the keyboard, as a consultant logs a contact between two
meetings: Ctrl+Shift+K from any area, type-ahead, Enter from field to field, Ctrl+Enter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy import select

from ips_desktop.domain.enums import ContactMode, ContactOutcome, ContactPurpose
from ips_desktop.domain.messages import message
from ips_desktop.services import employer_contacts, employers
from ips_desktop.services.context import unit_of_work
from ips_desktop.services.employers import ContactPersonInput, EmployerInput
from ips_desktop.storage.models import EmployerContact
from ips_desktop.ui.dialogs.contact_dialog import (
    ContactDialog,
    ContactPreset,
    edit_contact_interactively,
    log_contact_interactively,
    now_to_five_minutes,
    open_contact_dialog,
    typed_day,
)
from ips_desktop.ui.dialogs.employer_dialog import EmployerDialog
from ips_desktop.ui.dialogs.opening_dialog import OpeningDialog
from ips_desktop.ui.dialogs.placement_dialog import PlacementDialog
from tests.ui.conftest import activate
from tests.ui.window_support import enrol, open_window, participants, visible_of

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def bakery(ws) -> employers.uuid.UUID:
    return employers.register_employer(
        ws.ctx, EmployerInput("Bageriet Østergård", address="Torvet 1, Køge", industry="Bageri"),
        [ContactPersonInput("Kim Bager", role="Indehaver")])


def stored(ws) -> list[EmployerContact]:
    with unit_of_work(ws.ctx) as session:
        return list(session.scalars(select(EmployerContact)
                                    .where(EmployerContact.deleted_at.is_(None))))


def here(qtbot) -> QWidget:
    """Where the keys go: the focus (after a question closes it may take a moment)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def key(qtbot, keys: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key pressed where the focus is, as the user presses it."""
    qtbot.keyClick(here(qtbot), keys, modifier)


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(here(qtbot), text)


def focused(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def open_by_shortcut(qtbot, ws, preferences) -> tuple[object, ContactDialog]:
    window = open_window(qtbot, ws, preferences)
    participants(window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    [dialog] = visible_of(ContactDialog)
    focused(qtbot, dialog.employer)  # where the typing goes first
    return window, dialog


def later(qtbot, ready: Callable[[], object], then: Callable[[object], None]) -> None:
    """Do `then` once `ready()` gives something: for a question asked with exec().

    A `then` that fails, or a `ready()` that never comes (a minute), closes every
    open dialog, so the test fails with the error instead of waiting for ever
    in the dialog's event loop (pytest-qt reports the exception).
    """
    tries = [3000]

    def poll() -> None:
        found = ready()
        tries[0] -= 1
        if found:
            try:
                then(found)
            except BaseException:
                _close_dialogs()
                raise
        elif tries[0] <= 0:
            _close_dialogs()
            raise AssertionError("what the test waited for never showed")
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def message_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()), None)


def click_button(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_typed_days_and_the_clock_rounded():
    today = date(2026, 12, 1)
    assert typed_day("3/12", today) == date(2026, 12, 3)
    assert typed_day("  I  dag ", today) == today
    assert typed_day("i går", today) == date(2026, 11, 30)
    assert typed_day("i morgen", today) == date(2026, 12, 2)
    assert typed_day("", today) is None
    assert typed_day("31/2", today) == "31/2"
    assert now_to_five_minutes(datetime(2026, 12, 1, 10, 57)) == time(10, 55)
    assert now_to_five_minutes(datetime(2026, 12, 1, 10, 58)) == time(11, 0)
    assert now_to_five_minutes(datetime(2026, 12, 1, 23, 59)) == time(23, 55)


def test_a_contact_day_without_a_year_is_one_that_has_been():
    """Logged on 2 January, "30/12" is the contact three days ago, not next December
    (which the log refuses: "a contact cannot be dated after today"); a follow-up's day
    and a typed year are as typed."""
    today = date(2027, 1, 2)
    assert typed_day("30/12", today, past=True) == date(2026, 12, 30)
    assert typed_day("30.12.", today, past=True) == date(2026, 12, 30)
    assert typed_day("2/1", today, past=True) == today
    assert typed_day("30/12", today) == date(2027, 12, 30)  # a follow-up lies ahead
    assert typed_day("30.12.2027", today, past=True) == date(2027, 12, 30)  # said so
    assert typed_day("29/2", date(2028, 2, 28), past=True) == date(2028, 2, 29)


def test_logged_after_new_year_a_december_day_is_stored_as_last_years(qtbot, ws):
    employer = bakery(ws)
    dialog = ContactDialog(ws, preset=ContactPreset(employer_id=employer))
    qtbot.addWidget(dialog)
    dialog.today = date(2027, 1, 2)
    dialog.day.edit.setText("30/12")
    assert dialog.save(), dialog.errors.text("contact_date")
    [row] = stored(ws)
    assert row.contact_date == date(2026, 12, 30)


def test_ctrl_shift_k_opens_it_from_participants_with_today_now_me_and_the_employer_field(
        qtbot, ws, preferences):
    before = now_to_five_minutes(datetime.now())
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    assert dialog.windowTitle() == "Log virksomhedskontakt"
    focused(qtbot, dialog.employer)
    assert dialog.day.edit.text() == date.today().strftime("%d.%m.%Y")
    shown = dialog.clock.time()
    assert time(shown.hour(), shown.minute()) in (before, now_to_five_minutes(datetime.now()))
    assert dialog.consultant.currentData() == ws.ctx.actor_id
    assert dialog.mode.currentData() == ContactMode.FACE_TO_FACE
    assert dialog.purpose.currentData() == ContactPurpose.NETWORKING
    # Every caption belongs to its field (a screen reader reads them together).
    assert all(label.buddy() is not None for label in dialog.labels.values())
    assert dialog.labels["contact_date"].buddy() is dialog.day.edit
    dialog.reject()  # nothing typed: closes without asking
    assert visible_of(ContactDialog) == []
    del window


def test_a_contact_with_a_known_employer_from_the_keyboard_alone(qtbot, ws, preferences):
    emp = bakery(ws)
    course = enrol(ws)
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    focused(qtbot, dialog.employer)
    type_here(qtbot, "ostergaard bag")
    popup = dialog.employer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Bageriet Østergård — Torvet 1, Køge", "+ Opret “ostergaard bag” som ny virksomhed"]
    qtbot.waitUntil(lambda: not popup.selectionModel().hasSelection())  # nothing chosen yet
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.employer_id == emp)
    assert dialog.employer.text() == "Bageriet Østergård"
    assert dialog.employer_note.text() == "Torvet 1, Køge · Bageri"
    focused(qtbot, dialog.person)
    assert dialog.person.currentText() == "Kim Bager (Indehaver)"  # the only one: chosen
    key(qtbot, Qt.Key.Key_Return)  # on to the date
    focused(qtbot, dialog.day.edit)
    dialog.day.edit.selectAll()
    type_here(qtbot, "i går")
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.clock)
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.consultant)
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.mode)
    type_here(qtbot, "T")  # Telefon
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.purpose)
    type_here(qtbot, "J")  # Job til en bestemt deltager
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.participant)
    type_here(qtbot, "gunn aeren")
    key(qtbot, Qt.Key.Key_Return)  # the one hit is chosen
    qtbot.waitUntil(lambda: dialog.course_id == course)
    focused(qtbot, dialog.outcome_kind)
    type_here(qtbot, "M")  # Møde aftalt
    key(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "Vil gerne møde Gunnhild")
    key(qtbot, Qt.Key.Key_Return)
    type_here(qtbot, "Ring fredag")
    key(qtbot, Qt.Key.Key_Return)
    focused(qtbot, dialog.follow_up.edit)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)  # "+1 uge": a week after the contact
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert visible_of(ContactDialog) == []
    [row] = stored(ws)
    yesterday = date.today() - timedelta(days=1)
    assert (row.employer_id, row.contact_person_id is not None, row.contact_date, row.mode,
            row.purpose, row.course_id, row.outcome_kind, row.outcome, row.next_step,
            row.follow_up_date, row.consultant_id) == (
        emp, True, yesterday, "phone", "for_participant", course, "meeting_agreed",
        "Vil gerne møde Gunnhild", "Ring fredag", yesterday + timedelta(days=7), ws.ctx.actor_id)
    assert window.statusBar().currentMessage() == "Virksomhedskontakten er gemt."


def test_every_problem_shows_at_its_field_at_once_and_nothing_is_saved(qtbot, ws, preferences):
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    type_here(qtbot, "Ukendt")
    dialog.day.edit.setText("i morgen")
    dialog.follow_up.edit.setText("32/13")
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ContactPurpose.FOLLOW_ALONG))
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert visible_of(ContactDialog) == [dialog]
    assert dialog.errors.text("employer_id") == message("contact_unknown_employer")
    assert dialog.errors.text("contact_date") == message("contact_in_future")
    assert dialog.errors.text("follow_up_date") == message("not_a_date")
    assert dialog.errors.text("course_id") == message("contact_needs_participant")
    focused(qtbot, dialog.employer)  # the first field to mend
    assert stored(ws) == []
    dialog.day.edit.setText("31/2")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.errors.text("contact_date") == message("not_a_date")
    assert dialog.errors.text("employer_id") == message("contact_unknown_employer")
    del window


def test_escape_with_input_asks_and_keep_editing_keeps_it(qtbot, ws, preferences):
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    type_here(qtbot, "Bager")
    later(qtbot, message_box, lambda box: click_button(box, "Fortsæt redigering"))
    key(qtbot, Qt.Key.Key_Escape)
    assert visible_of(ContactDialog) == [dialog] and dialog.employer.text() == "Bager"
    later(qtbot, message_box, lambda box: click_button(box, "Kassér"))
    key(qtbot, Qt.Key.Key_Escape)
    assert visible_of(ContactDialog) == []
    assert stored(ws) == []
    del window


def test_a_new_contact_person_typed_joins_the_employer(qtbot, ws):
    emp = bakery(ws)
    dialog = ContactDialog(ws, None, preset=ContactPreset(employer_id=emp))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    focused(qtbot, dialog.person)  # the employer was given: the person is next
    dialog.person.setCurrentText("Lise Lærling")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    [row] = stored(ws)
    people = {p.name: p.id for p in employers.contact_persons(ws.ctx, emp)}
    assert row.contact_person_id == people["Lise Lærling"] and len(people) == 2


def test_a_participant_preset_fills_the_participant_and_the_purpose(qtbot, ws):
    course = enrol(ws)
    dialog = ContactDialog(ws, None, preset=ContactPreset(course_id=course))
    qtbot.addWidget(dialog)
    assert dialog.participant.text() == "Gunnhild Ærenfeldt" and dialog.course_id == course
    assert dialog.purpose.currentData() == ContactPurpose.FOR_PARTICIPANT
    assert not dialog.has_unsaved_changes()  # the preset is not input to ask about


def test_the_lock_hides_the_dialog_keeps_its_input_and_the_shortcut_waits(
        qtbot, ws, preferences):
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    type_here(qtbot, "Bager")
    window.lock()
    assert not dialog.isVisible() and not window.contact_action.isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert visible_of(ContactDialog) == []
    window.log_contact()  # even called directly: nothing while locked
    assert visible_of(ContactDialog) == []
    window.unlock()
    assert visible_of(ContactDialog) == [dialog] and dialog.employer.text() == "Bager"
    assert window.contact_action.isEnabled()
    later(qtbot, message_box, lambda box: click_button(box, "Kassér"))
    dialog.reject()


def test_log_contact_interactively_returns_the_id_and_survives_a_lock(qtbot, ws, preferences):
    emp = bakery(ws)
    window = open_window(qtbot, ws, preferences)

    def fill(dialog: ContactDialog) -> None:
        window.lock()  # hides the dialog: an exec() would have ended here
        window.unlock()
        dialog.save()

    later(qtbot, lambda: next(iter(visible_of(ContactDialog)), None), fill)
    made = log_contact_interactively(ws, window, ContactPreset(employer_id=emp))
    [row] = stored(ws)
    assert made == row.id


def test_editing_changes_the_row_and_marks_the_follow_up_done(qtbot, ws, preferences):
    emp = bakery(ws)
    contact = employer_contacts.log_contact(ws.ctx, employer_contacts.ContactInput(
        date.today(), time(9, 0), ws.ctx.actor_id, emp, ContactMode.PHONE,
        ContactPurpose.NETWORKING, outcome_kind=ContactOutcome.NO_OPENING,
        follow_up_date=date.today()), today=date.today())
    window = open_window(qtbot, ws, preferences)

    def fill(dialog: ContactDialog) -> None:
        assert dialog.windowTitle() == "Redigér virksomhedskontakt"
        assert dialog.clock.time().toString("HH:mm") == "09:00"
        assert dialog.outcome_kind.currentData() == ContactOutcome.NO_OPENING
        dialog.next_step.setText("Ring igen i januar")
        dialog.follow_up_done.setChecked(True)
        dialog.save()

    later(qtbot, lambda: next(iter(visible_of(ContactDialog)), None), fill)
    assert edit_contact_interactively(ws, window, contact) is True
    [row] = stored(ws)
    assert (row.next_step, row.follow_up_done_on, row.mode) == (
        "Ring igen i januar", date.today(), "phone")


def test_deleting_from_the_edit_dialog_asks_first(qtbot, ws, preferences):
    emp = bakery(ws)
    contact = employer_contacts.log_contact(ws.ctx, employer_contacts.ContactInput(
        date.today(), time(9, 0), ws.ctx.actor_id, emp, ContactMode.PHONE,
        ContactPurpose.NETWORKING), today=date.today())
    window = open_window(qtbot, ws, preferences)

    def delete(dialog: ContactDialog) -> None:
        later(qtbot, message_box, lambda box: click_button(box, "Behold den"))
        dialog.delete_button.click()
        assert stored(ws) != []
        later(qtbot, message_box, lambda box: click_button(box, "Slet"))
        dialog.delete_button.click()
        # deleted and closed; a refusal said in the dialog fails here instead of waiting for ever
        assert not dialog.isVisible(), "not deleted: the dialog stayed open"

    later(qtbot, lambda: next(iter(visible_of(ContactDialog)), None), delete)
    assert edit_contact_interactively(ws, window, contact) is True
    assert stored(ws) == []



def test_opening_found_opens_the_opening_dialog_filled_in_from_the_contact(
        qtbot, ws, preferences):
    emp = bakery(ws)
    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    dialog = open_contact_dialog(ws, window, ContactPreset(employer_id=emp, course_id=course))
    dialog.outcome_kind.setCurrentIndex(
        dialog.outcome_kind.findData(ContactOutcome.OPENING_FOUND))
    dialog.save()
    qtbot.waitUntil(lambda: len(visible_of(OpeningDialog)) == 1)
    [opening] = visible_of(OpeningDialog)
    [row] = stored(ws)
    assert opening.contact_id == row.id and opening.found_on == row.contact_date
    assert opening.employer.text() == "Bageriet Østergård"
    assert [opening.candidates.item(i).text() for i in range(opening.candidates.count())] == [
        "Gunnhild Ærenfeldt"]
    opening.done(0)


def test_hired_offers_the_job_start_with_participant_and_employer(qtbot, ws, preferences):
    emp = bakery(ws)
    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    dialog = open_contact_dialog(ws, window, ContactPreset(employer_id=emp, course_id=course))
    dialog.outcome_kind.setCurrentIndex(dialog.outcome_kind.findData(ContactOutcome.HIRED))
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        click_button(box, "Registrér jobstart")

    later(qtbot, message_box, answer)
    dialog.save()
    qtbot.waitUntil(lambda: len(visible_of(PlacementDialog)) == 1)
    assert asked == ["Registrér jobstarten nu?"]
    [start] = visible_of(PlacementDialog)
    assert start.participant.text() == "Gunnhild Ærenfeldt"
    assert start.employer.text() == "Bageriet Østergård"
    start.done(0)


def test_no_follow_on_for_other_outcomes_or_an_edit_that_keeps_it(qtbot, ws, preferences):
    emp = bakery(ws)
    window = open_window(qtbot, ws, preferences)
    dialog = open_contact_dialog(ws, window, ContactPreset(employer_id=emp))
    dialog.outcome_kind.setCurrentIndex(
        dialog.outcome_kind.findData(ContactOutcome.OPENING_FOUND))
    dialog.save()
    qtbot.waitUntil(lambda: len(visible_of(OpeningDialog)) == 1)
    visible_of(OpeningDialog)[0].done(0)
    [row] = stored(ws)
    edit = open_contact_dialog(ws, window, contact_id=row.id)
    edit.next_step.setText("Ring i morgen")
    edit.save()
    qtbot.wait(50)
    assert visible_of(OpeningDialog) == []
    other = open_contact_dialog(ws, window, ContactPreset(employer_id=emp))
    other.outcome_kind.setCurrentIndex(other.outcome_kind.findData(ContactOutcome.NO_OPENING))
    other.save()
    qtbot.wait(50)
    assert visible_of(OpeningDialog) == [] and message_box() is None


def test_done_when_a_contact_for_a_new_employer_with_the_keyboard_alone(qtbot, ws, preferences):
    """Issue 15's test: type-ahead, Enter on "new", the employer dialog, back, Ctrl+Enter."""
    bakery(ws)  # one employer registered already: not the one meant
    window, dialog = open_by_shortcut(qtbot, ws, preferences)
    type_here(qtbot, "Nyt Værksted")
    popup = dialog.employer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "+ Opret “Nyt Værksted” som ny virksomhed"]
    seen: list[str] = []

    def fill_in(new: EmployerDialog) -> None:
        seen.append(new.windowTitle())
        name = new.edits["name"]
        focused(qtbot, name)
        assert name.text() == "Nyt Værksted"  # what was typed in the contact dialog
        for field, text in (("cvr", ""), ("industry", "Autoværksted"),
                            ("address", "Havnen 3, Køge")):
            key(qtbot, Qt.Key.Key_Tab)
            focused(qtbot, new.edits[field])
            type_here(qtbot, text)
        while QApplication.focusWidget() is not new.person["name"]:
            key(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, "Mads Mester")
        key(qtbot, Qt.Key.Key_Return, CTRL)

    later(qtbot, lambda: next(iter(visible_of(EmployerDialog)), None), fill_in)
    key(qtbot, Qt.Key.Key_Return)  # nothing highlighted, nothing matches: a new one
    qtbot.waitUntil(lambda: dialog.employer_id is not None)
    assert seen == ["Ny virksomhed"] and visible_of(EmployerDialog) == []
    focused(qtbot, dialog.person)  # back in the contact dialog, on the next field
    assert dialog.employer.text() == "Nyt Værksted"
    assert dialog.person.currentText() == "Mads Mester"
    clock = dialog.clock.time()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert visible_of(ContactDialog) == []

    [row] = stored(ws)
    [choice] = employers.find_employers(ws.ctx, "nyt vaerksted")
    assert choice.address == "Havnen 3, Køge" and choice.industry == "Autoværksted"
    [person] = employers.contact_persons(ws.ctx, choice.id)
    assert (row.employer_id, row.contact_person_id, row.contact_date, row.contact_time,
            row.consultant_id, row.mode, row.purpose, row.course_id, row.outcome_kind) == (
        choice.id, person.id, date.today(), time(clock.hour(), clock.minute()),
        ws.ctx.actor_id, "face_to_face", "networking", None, None)
    assert person.name == "Mads Mester"
    del window
