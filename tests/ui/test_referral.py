"""Registering a referral through the form, as a consultant would, and what it stores."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.domain.enums import Phase
from ips_desktop.paths import forms_dir
from ips_desktop.services import caseload
from ips_desktop.storage.models import Consent, Course, FormResponse, Participant
from ips_desktop.ui.participants.area import ParticipantsArea
from ips_desktop.ui.participants.referral_dialog import ReferralDialog

TODAY = date.today()


def fill(qtbot, dialog: ReferralDialog, answers: dict[str, str]) -> None:
    """Type each answer into its field, the way a person would."""
    for name, text in answers.items():
        widget = dialog.editor.widgets[name]
        edit = getattr(widget, "edit", None)
        if edit is not None:
            edit.clear()
            qtbot.keyClicks(edit, text)
        else:
            widget.set_value(text)


def d(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def test_register_referral_with_ctrl_n_and_find_the_person(qtbot, ws, preferences):
    area = ParticipantsArea(ws, preferences)
    qtbot.addWidget(area)
    area.show()
    referred = TODAY - timedelta(days=3)

    area.new_item()  # what Ctrl+N reaches in this area
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReferralDialog) and w.isVisible())
    assert dialog.windowTitle() == "Henvisning til IPS"
    fill(qtbot, dialog, {
        "name": "Søren Ærø Østergård", "cpr": "0101901234", "phone": "20 30 40 50",
        "referral_date": d(referred), "psychiatry_unit": "Psykiatrisk Klinik Køge",
        "clinician": "Åse Behandler", "first_meeting_date": d(TODAY - timedelta(days=1)),
        "job_preferences": "Vil gerne arbejde med dyr; ikke for mange mennesker.",
        "consent_given_on": d(referred),
        "consent_scope": "Udveksling af oplysninger mellem psykiatri og jobcenter",
    })
    dialog.save_button.click()

    with ws.ctx.engine.connect() as conn:
        person = conn.execute(select(Participant)).one()
        course = conn.execute(select(Course)).one()
        consent = conn.execute(select(Consent)).one()
        response = conn.execute(select(FormResponse)).one()
    assert (person.name, person.cpr, person.phone) == (
        "Søren Ærø Østergård", "010190-1234", "20 30 40 50")
    assert course.referral_date == referred and course.consultant_id == ws.ctx.actor_id
    assert course.phase == Phase.ENGAGED.value  # the first meeting has been held
    assert consent.given_on == referred
    assert response.form_id == "referral" and response.form_version == "1"
    assert response.answers["job_preferences"].startswith("Vil gerne arbejde med dyr")
    assert "name" not in response.answers  # kept in its column, not twice

    assert area.page is not None and area.page.name.text() == "Søren Ærø Østergård"
    area.show_list()
    qtbot.keyClicks(area.search, "ærø")
    assert [area.model.row_at(i).name for i in range(area.model.rowCount())] == [
        "Søren Ærø Østergård"]
    qtbot.keyClick(area.search, Qt.Key.Key_Backspace)


def test_impossible_dates_and_bad_cpr_are_shown_at_their_fields_and_nothing_is_saved(
        qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {
        "name": "Ida Ny", "cpr": "3102901234", "referral_date": d(TODAY),
        "first_meeting_date": d(TODAY - timedelta(days=5)),
        "date_received": d(TODAY + timedelta(days=800)),
    })
    # pasted text can carry a control character that cannot be typed
    dialog.editor.widgets["other_information"].set_value("Kan\x07 godt")
    dialog.save_button.click()
    assert dialog.isVisible()
    errors = dialog.editor.errors
    assert "CPR" in errors.text("cpr")
    assert errors.text("first_meeting_date") == "Datoen ligger før henvisningsdatoen."
    assert errors.text("date_received")
    assert "styretegn" in errors.text("other_information")
    assert dialog.editor.widgets["name"].value() == "Ida Ny"  # everything else kept as typed
    assert caseload.caseload(ws.ctx, today=TODAY) == []


def test_a_question_added_to_the_form_file_appears_on_screen(qtbot, ws, preferences, data_dir):
    text = (forms_dir() / "referral.toml").read_text(encoding="utf-8")
    text = text.replace('version = "1"', 'version = "1-koege"') + '''
[[sections]]
name = "local"
title.da = "Lokalt"

[[sections.fields]]
name = "bus_card"
type = "yes_no"
label.da = "Har deltageren buskort?"
'''
    (data_dir / "forms").mkdir()
    (data_dir / "forms" / "referral.toml").write_text(text, encoding="utf-8")
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    assert "bus_card" in dialog.editor.widgets
    assert dialog.steps.item(dialog.steps.count() - 1).text() == "Lokalt"
    assert dialog.spec.version == "1-koege"


def test_a_changed_form_without_a_new_version_is_refused_and_the_shipped_one_used(
        qtbot, ws, preferences, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    text = (forms_dir() / "referral.toml").read_text(encoding="utf-8")
    (data_dir / "forms").mkdir()
    override = data_dir / "forms" / "referral.toml"
    override.write_text(text.replace('version = "1"', 'version = "7"'), encoding="utf-8")
    ReferralDialog(ws, preferences)  # version 7 is now on record
    override.write_text(text.replace('version = "1"', 'version = "7"')
                        .replace('label.da = "Telefon"', 'label.da = "Mobil"'), encoding="utf-8")
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    assert dialog.spec.version == "1"
    assert warnings and "version" in warnings[-1]


def test_an_error_in_a_group_row_is_shown_under_the_group(qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {"name": "Bo Bak", "referral_date": d(TODAY)})
    dialog.editor.widgets["medications"].set_value(
        [{"medication": "Litium", "side_effects": "rysten"},
         {"medication": "x" * 5000, "side_effects": ""}])
    dialog.save_button.click()
    assert dialog.isVisible()
    shown = dialog.editor.errors.text("medications")
    assert "række 2" in shown and "medication" in shown
    assert caseload.caseload(ws.ctx, today=TODAY) == []


def test_a_lone_surrogate_is_shown_at_its_field_not_a_crash(qtbot, ws, preferences, monkeypatch):
    """PySide drops a lone surrogate between Python and Qt (first line of defence); should a
    platform's input deliver one all the same, the dialog shows the service's field error."""
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.editor.widgets["name"]
    name.set_value("Ali\ud800")
    assert name.value() == "Ali"
    fill(qtbot, dialog, {"name": "Ali", "referral_date": d(TODAY)})
    monkeypatch.setattr(name, "value", lambda: "Ali\ud800")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "ødelagt tegn" in dialog.editor.errors.text("name")
    assert caseload.caseload(ws.ctx, today=TODAY) == []
