"""Erasing a person from their page: what the dialog says, the password, and no page left."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from ips_desktop.domain.enums import NoteKind, NotePlace
from ips_desktop.services import courses
from ips_desktop.services.courses import NoteInput
from ips_desktop.storage.models import AuditEvent, Course, Participant
from ips_desktop.ui.participants.erase_dialog import EraseDialog
from tests.helpers import PASSWORD
from tests.ui.test_participant_page import TODAY, area, enrol, open_page  # noqa: F401


def _people(ws) -> int:
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Participant)).scalar()


def _open_dialog(qtbot, page) -> EraseDialog:
    page.header.privacy.named["erase"].trigger()
    dialog = page.findChild(EraseDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _text(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel)
                     if label.isVisible())


def _with_a_note(ws):
    course = enrol(ws, "Åse Ærenfeldt")
    courses.add_note(ws.ctx, course, NoteInput(TODAY - timedelta(days=1), NoteKind.MEETING,
                                               NotePlace.COMMUNITY, "Møde om praktik"),
                     today=TODAY)
    return course


def test_the_dialog_says_what_goes_and_that_backups_still_hold_it(qtbot, area, ws):  # noqa: F811
    page = open_page(area, _with_a_note(ws))
    dialog = _open_dialog(qtbot, page)
    said = _text(dialog)
    assert "Åse Ærenfeldt" in said and "kan ikke fortrydes" in said
    assert "• Kontaktnotater: 1" in said and "• Forløb: 1" in said
    assert "backup --out" in said and "roteres ikke" in said
    assert not dialog.erase_button.isEnabled()
    dialog.grab().save("/tmp/erasure-dialog.png")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels: nothing erased
    assert not dialog.isVisible() and _people(ws) == 1 and area.page is page


def test_a_wrong_password_is_said_at_the_field_and_erases_nothing(qtbot, area, ws):  # noqa: F811
    page = open_page(area, _with_a_note(ws))
    dialog = _open_dialog(qtbot, page)
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.password, "forkert-kodeord")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.password_error.isVisible(), timeout=10_000)
    assert "adgangskode" in dialog.password_error.text().lower()
    assert dialog.isVisible() and _people(ws) == 1 and area.page is page
    dialog.reject()


def test_erasing_closes_the_page_and_the_list_forgets_the_person(qtbot, area, ws):  # noqa: F811
    course = _with_a_note(ws)
    enrol(ws, "Bodil Andersen")
    page = open_page(area, course)
    assert area.model.rowCount() == 2
    dialog = _open_dialog(qtbot, page)
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.running and "Sletter personen" in dialog.status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # waits: an erasure is not stopped halfway
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: area.page is None, timeout=20_000)
    assert area.pages.currentIndex() == 0 and area.model.rowCount() == 1
    shown = [area.model.row_at(i).name for i in range(area.model.rowCount())]
    assert shown == ["Bodil Andersen"]
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Course).where(
            Course.id == course)).scalar() == 0
        assert conn.execute(select(AuditEvent.action).where(
            AuditEvent.action == "erase")).scalar() == "erase"
    QApplication.processEvents()


def test_a_page_whose_person_was_erased_elsewhere_goes_when_shown(qtbot, area, ws):  # noqa: F811
    """The retention list erased them while their page stayed open in this area."""
    from ips_desktop.services import erasure

    course = _with_a_note(ws)
    page = open_page(area, course)
    area.hide()
    erasure.erase_participant(ws, page.detail.row.participant_id, PASSWORD)
    area.show()
    qtbot.waitExposed(area)
    assert area.page is None and area.pages.currentIndex() == 0
    assert area.model.rowCount() == 0
