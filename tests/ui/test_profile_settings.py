"""The consultant's own profile in Settings: typed, checked at the field, saved, audited;
and Settings asks before typed changes are thrown away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select

from ips_desktop.services import consultants
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.shell.settings_dialog import SettingsDialog
from tests.helpers import CONSULTANT_NAME
from tests.ui.conftest import activate
from tests.ui.window_support import answer_question, open_window, press, visible_of


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def settings_from_the_window(qtbot, window) -> SettingsDialog:
    press(qtbot, window, Qt.Key.Key_Comma)  # Ctrl+,
    [dialog] = visible_of(SettingsDialog)
    activate(qtbot, dialog)
    return dialog


def consultant_events(ws):
    with ws.ctx.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
            .where(AuditEvent.entity == "consultant").order_by(AuditEvent.at))]


def test_the_profile_is_changed_in_settings_checked_at_the_field_and_audited(qtbot, ws,
                                                                             preferences):
    window = open_window(qtbot, ws, preferences)
    dialog = settings_from_the_window(qtbot, window)
    profile = dialog.profile
    assert profile is not None and profile.isVisible()
    assert profile.name.text() == CONSULTANT_NAME and profile.initials.text() == "SOE"
    assert profile.municipality.text() == "Køge" and profile.fte.value() == 1.0

    retype(qtbot, profile.name, "")
    qtbot.keyClick(profile.name, Qt.Key.Key_Backspace)
    retype(qtbot, profile.initials, "x")
    retype(qtbot, profile.fte, "0,5")
    qtbot.keyClick(profile.fte, Qt.Key.Key_Return)  # Enter is OK
    assert dialog.isVisible()
    assert profile.errors.text("name") == "Skal udfyldes."
    assert profile.errors.text("initials") == "Initialer er 2–6 bogstaver eller tal."
    assert QApplication.focusWidget() is profile.name  # at the first bad field
    me = consultants.owner(ws.ctx)
    assert me is not None and me.name == CONSULTANT_NAME  # nothing written

    qtbot.keyClicks(profile.name, "Søren Aabye Østergård")
    retype(qtbot, profile.initials, "saoe")
    qtbot.keyClick(profile.initials, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    me = consultants.owner(ws.ctx)
    assert me is not None
    assert (me.name, me.initials, me.municipality, me.fte) == (
        "Søren Aabye Østergård", "SAOE", "Køge", 0.5)
    # The window shows the new profile at once: status bar and greeting.
    assert window.consultant_label.text() == "Søren Aabye Østergård (SAOE)"
    assert window.area_widgets[0].heading.text().startswith("Goddag, Søren Aabye Østergård —")
    events = consultant_events(ws)
    assert events[-1] == ("update", me.id, {"name": True, "initials": True, "fte": True,
                                            "fte_from": 1.0, "fte_to": 0.5})
    assert "Østergård" not in repr(events) and "SAOE" not in repr(events)


def test_escape_with_a_change_asks_and_keep_editing_keeps_it(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    dialog = settings_from_the_window(qtbot, window)
    retype(qtbot, dialog.profile.municipality, "Roskilde")
    seen: list[str] = []
    answer_question(qtbot, "Fortsæt redigering", seen)
    qtbot.keyClick(dialog.profile.municipality, Qt.Key.Key_Escape)
    assert seen == ["Kassér ændringer?"]
    assert dialog.isVisible() and dialog.profile.municipality.text() == "Roskilde"

    answer_question(qtbot, "Kassér")
    qtbot.keyClick(dialog.profile.municipality, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert consultants.owner(ws.ctx).municipality == "Køge"
    assert consultant_events(ws)[1:] == []  # only the creation


def test_cancel_then_save_writes_the_change(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    dialog = settings_from_the_window(qtbot, window)
    retype(qtbot, dialog.profile.fte, "0,8")
    dialog.auto_lock.setValue(15)
    [cancel] = [b for b in dialog.findChildren(QPushButton)
                if b.text().replace("&", "") == "Annuller"]
    answer_question(qtbot, "Gem")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert consultants.owner(ws.ctx).fte == 0.8 and preferences.auto_lock_minutes == 15


def test_nothing_changed_closes_without_asking(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    dialog = settings_from_the_window(qtbot, window)
    qtbot.keyClick(dialog.profile.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_settings_without_a_profile_has_no_profile_box(qtbot, preferences):
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.profile is None
