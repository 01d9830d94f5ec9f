"""The employer dialog, driven from the keyboard: registering, the duplicate offer's two
choices, a bad CVR number at its field, Escape with input, editing, contact people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from ips_desktop.services import employers
from ips_desktop.services.employers import ContactPersonInput, EmployerInput
from ips_desktop.storage.models import Employer
from ips_desktop.ui.dialogs.employer_dialog import (
    ContactPersonDialog,
    EmployerDialog,
    register_employer_interactively,
)
from tests.ui.conftest import activate

VALID_CVR = "10150817"


def employer_count(ws) -> int:
    with ws.ctx.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Employer).where(
            Employer.deleted_at.is_(None)))


def when_modal(action: Callable[[QDialog], None], kind: type = QDialog) -> None:
    """Once a modal dialog of `kind` is on screen, act on it as a user would."""
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(10, act)
            return
        action(box)
    QTimer.singleShot(0, act)


def click(box: QDialog, text: str) -> None:
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
    button.click()


def quiet(dialog: QDialog) -> None:
    """The test is over: closing the dialog must not wait for an answer about its input."""
    dialog._asking = True  # type: ignore[attr-defined]


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog, before_close_func=quiet)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def typed(qtbot, dialog: QDialog, text: str) -> None:
    qtbot.keyClicks(dialog.focusWidget(), text)


def key(qtbot, dialog: QDialog, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(dialog.focusWidget(), k, modifier)


def test_a_new_employer_is_registered_from_the_keyboard(qtbot, ws):
    dialog = shown(qtbot, EmployerDialog(ws))
    assert dialog.windowTitle() == "Ny virksomhed"
    typed(qtbot, dialog, "Køge Tømrer ApS")
    key(qtbot, dialog, Qt.Key.Key_Tab)
    typed(qtbot, dialog, "DK 1015 0817")
    for _ in range(3):  # industry, address: to the municipality
        key(qtbot, dialog, Qt.Key.Key_Tab)
    typed(qtbot, dialog, "Køge")
    for _ in range(4):  # phone, web site, notes: to the contact person
        key(qtbot, dialog, Qt.Key.Key_Tab)
    typed(qtbot, dialog, "Lone Holm")
    key(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    data = employers.employer_input(ws.ctx, dialog.employer_id)
    assert (data.name, data.cvr, data.municipality) == ("Køge Tømrer ApS", VALID_CVR, "Køge")
    assert [p.name for p in employers.contact_persons(ws.ctx, dialog.employer_id)] == [
        "Lone Holm"]


def test_a_bad_cvr_number_is_said_at_its_field_and_nothing_is_saved(qtbot, ws):
    dialog = EmployerDialog(ws, name="Netto")
    shown(qtbot, dialog)
    dialog.edits["cvr"].setFocus()
    qtbot.keyClicks(dialog.edits["cvr"], "12345678")
    qtbot.keyClick(dialog.edits["cvr"], Qt.Key.Key_Tab)  # said as the field is left
    assert "CVR-nummer" in dialog.cvr_error.text() and not dialog.cvr_error.isHidden()
    dialog.edits["name"].clear()
    dialog.person["email"].setText("ikke en adresse")
    dialog.save()
    assert dialog.isVisible() and employer_count(ws) == 0
    assert dialog.errors.text("name") == "Skal udfyldes."
    assert "e-mailadresse" in dialog.errors.text("person_email")
    assert "CVR-nummer" in dialog.errors.text("cvr")


def test_a_web_address_that_is_none_is_said_at_its_field(qtbot, ws):
    """"Ring til Jens", a pasted "javascript:" link: refused at the field, nothing saved;
    "netto.dk" as people write it is fine."""
    dialog = EmployerDialog(ws, name="Netto")
    shown(qtbot, dialog)
    for typed in ("Ring til Jens", "javascript:alert(1)", "netto"):
        dialog.edits["website"].setText(typed)
        dialog.save()
        assert dialog.isVisible() and employer_count(ws) == 0, typed
        assert dialog.errors.text("website") == "Ikke en gyldig webadresse (fx www.firma.dk).", \
            typed
    dialog.edits["website"].setText("www.netto.dk/job")
    dialog.save()
    assert employer_count(ws) == 1


def test_the_existing_employer_is_offered_and_can_be_used(qtbot, ws):
    netto = employers.register_employer(ws.ctx, EmployerInput("Netto A/S", cvr=VALID_CVR))
    dialog = EmployerDialog(ws, name="netto")
    shown(qtbot, dialog)
    dialog.person["name"].setText("Ib Holm")
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.duplicates.isHidden()
    assert "navn" in dialog.duplicate_text.text()
    assert dialog.matches.count() == 1 and "Netto A/S" in dialog.matches.item(0).text()
    assert dialog.use_existing_button.text().replace("&", "") == "Brug den eksisterende"
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)  # Enter takes the one offered
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.employer_id == netto and dialog.used_existing
    assert employer_count(ws) == 1
    assert [p.name for p in employers.contact_persons(ws.ctx, netto)] == ["Ib Holm"]


def test_register_anyway_makes_a_second_one(qtbot, ws):
    netto = employers.register_employer(ws.ctx, EmployerInput("Netto", cvr=VALID_CVR))
    dialog = EmployerDialog(ws, name="Salling")
    shown(qtbot, dialog)
    dialog.edits["cvr"].setText(VALID_CVR)
    dialog.save()
    assert "CVR-nummer" in dialog.duplicate_text.text()
    assert dialog.register_anyway_button.text().replace("&", "") == "Opret alligevel"
    dialog.register_anyway_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.employer_id not in (None, netto) and employer_count(ws) == 2


def test_changing_the_name_takes_the_offer_away(qtbot, ws):
    employers.register_employer(ws.ctx, EmployerInput("Netto"))
    dialog = EmployerDialog(ws, name="Netto")
    shown(qtbot, dialog)
    dialog.save()
    assert not dialog.duplicates.isHidden()
    dialog.edits["name"].setFocus()
    qtbot.keyClicks(dialog.edits["name"], " Køge")
    assert dialog.duplicates.isHidden()
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and employer_count(ws) == 2


def test_escape_with_input_asks_first(qtbot, ws):
    dialog = EmployerDialog(ws)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.edits["name"], "Fakta")
    asked: list[str] = []

    def keep_editing(box: QDialog) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click(box, "Fortsæt redigering")

    when_modal(keep_editing, QMessageBox)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)
    assert asked == ["Kassér ændringer?"] and dialog.isVisible()
    when_modal(lambda box: click(box, "Kassér"), QMessageBox)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and employer_count(ws) == 0


def test_escape_without_input_just_closes(qtbot, ws):
    dialog = EmployerDialog(ws, name="Typed in the contact dialog")
    shown(qtbot, dialog)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)  # no question: nothing typed here
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_register_interactively_is_prefilled_and_returns_the_new_id(qtbot, ws):
    seen: list[str] = []

    def save_with_enter(dialog: QDialog) -> None:
        assert isinstance(dialog, EmployerDialog)
        seen.append(dialog.edits["name"].text())
        qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)

    when_modal(save_with_enter, EmployerDialog)
    new = register_employer_interactively(ws, None, name="Bilhuset Østergård")
    assert seen == ["Bilhuset Østergård"]
    assert new is not None and employers.employer_input(ws.ctx, new).name == "Bilhuset Østergård"
    when_modal(lambda dialog: dialog.reject(), EmployerDialog)
    assert register_employer_interactively(ws, None, name="x") is None


def test_editing_changes_the_details(qtbot, ws):
    new = employers.register_employer(ws.ctx, EmployerInput("Bageriet", phone="1"))
    dialog = EmployerDialog(ws, employer_id=new)
    shown(qtbot, dialog)
    assert dialog.windowTitle() == "Redigér virksomhed" and dialog.person_heading.isHidden()
    assert dialog.edits["phone"].text() == "1"
    dialog.edits["industry"].setText("Fødevarer")
    qtbot.keyClick(dialog.edits["industry"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert employers.employer_input(ws.ctx, new).industry == "Fødevarer"


def test_a_contact_person_is_added_and_changed(qtbot, ws):
    new = employers.register_employer(ws.ctx, EmployerInput("Fakta"))
    dialog = shown(qtbot, ContactPersonDialog(ws, new))
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    assert dialog.errors.text("name") == "Skal udfyldes." and dialog.isVisible()
    qtbot.keyClicks(dialog.edits["name"], "Åse Berg")
    key(qtbot, dialog, Qt.Key.Key_Tab)
    typed(qtbot, dialog, "Butikschef")
    key(qtbot, dialog, Qt.Key.Key_Return)
    [person] = employers.contact_persons(ws.ctx, new)
    assert (person.name, person.role) == ("Åse Berg", "Butikschef")
    edit = ContactPersonDialog(ws, new, person=person)
    qtbot.addWidget(edit, before_close_func=quiet)
    edit.edits["email"].setText("aase@fakta.dk")
    edit.save()
    assert employers.contact_persons(ws.ctx, new)[0].email == "aase@fakta.dk"
    employers.add_contact_person(ws.ctx, new, ContactPersonInput("Bo"))


def test_the_lock_hiding_the_dialog_keeps_it_waiting_with_its_input(qtbot, ws):
    """The auto-lock hides every window; the dialog comes back at the unlock, still typed in,
    and its save still answers the caller (an exec() dialog would end as cancelled)."""
    steps: list[str] = []

    def lock_then_unlock(dialog: QDialog) -> None:
        assert isinstance(dialog, EmployerDialog)
        qtbot.waitUntil(lambda: not dialog.edits["name"].hasSelectedText())
        qtbot.keyClicks(dialog.edits["name"], " Lager")  # the name typed before is kept
        dialog.hide()  # what MainWindow.lock does to every other window
        steps.append("hidden")

        def unlocked() -> None:
            dialog.show()
            steps.append(dialog.edits["name"].text())
            dialog.save()
        QTimer.singleShot(50, unlocked)

    when_modal(lock_then_unlock, EmployerDialog)
    guard = QTimer()  # never hang: a broken dialog is cancelled after 15 s
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.done(0) for w in QApplication.topLevelWidgets()
                                   if isinstance(w, EmployerDialog)])
    guard.start(15_000)
    new = register_employer_interactively(ws, None, name="Fakta")
    guard.stop()
    assert steps == ["hidden", "Fakta Lager"]
    assert new is not None and employers.employer_input(ws.ctx, new).name == "Fakta Lager"


def test_editing_to_another_employers_name_says_so_and_still_saves(qtbot, ws):
    employers.register_employer(ws.ctx, EmployerInput("Netto Køge", cvr=VALID_CVR))
    mine = employers.register_employer(ws.ctx, EmployerInput("Netto"))
    dialog = shown(qtbot, EmployerDialog(ws, employer_id=mine))
    dialog.edits["cvr"].setFocus()
    qtbot.keyClicks(dialog.edits["cvr"], VALID_CVR)
    qtbot.keyClick(dialog.edits["cvr"], Qt.Key.Key_Tab)
    assert not dialog.similar_note.isHidden() and "Netto Køge" in dialog.similar_note.text()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert employers.employer_input(ws.ctx, mine).cvr == VALID_CVR


def test_an_employer_changed_while_the_dialog_was_open_is_not_overwritten(qtbot, ws):
    """A sync (or another window) changed the employer meanwhile: the save says so at the
    form, keeps what was typed, and writes nothing over the other change (issue 21)."""
    new = employers.register_employer(ws.ctx, EmployerInput("Bageriet", phone="1"))
    dialog = shown(qtbot, EmployerDialog(ws, employer_id=new))
    meanwhile = employers.employer_input(ws.ctx, new)
    employers.update_employer(ws.ctx, new, EmployerInput(**{**meanwhile.__dict__,
                                                            "phone": "2"}))
    dialog.edits["industry"].setText("Fødevarer")
    qtbot.keyClick(dialog.edits["industry"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "ændret i mellemtiden" in dialog.errors.form_text()
    assert dialog.edits["industry"].text() == "Fødevarer"
    stored = employers.employer_input(ws.ctx, new)
    assert (stored.phone, stored.industry) == ("2", "")
