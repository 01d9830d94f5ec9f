"""Each shortcut pressed as a user presses it, and what it does (not only its key sequence)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ips_desktop.services import consents
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.shell.help import HelpDialog
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.reports.support import all_text
from tests.ui.conftest import activate
from tests.ui.window_support import (
    PARTICIPANT,
    enrol,
    open_window,
    participants,
    press,
    visible_of,
)


def close_all(kind: type) -> None:
    for dialog in visible_of(kind):
        dialog.reject()


def test_ctrl_n_opens_the_referral_form(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    participants(window)
    assert visible_of(ReferralDialog) == []
    press(qtbot, window, Qt.Key.Key_N)
    dialogs = visible_of(ReferralDialog)
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Henvisning til IPS"
    close_all(ReferralDialog)


def test_ctrl_f_goes_to_the_search_field_even_from_a_page(qtbot, ws, preferences):
    course = enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    area.open_course(course)
    assert area.page is not None
    press(qtbot, window, Qt.Key.Key_F)
    assert area.page is None  # back on the list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.search)
    qtbot.keyClicks(QApplication.focusWidget(), "Gunn")  # typing goes straight into it
    assert area.search.text() == "Gunn"
    assert [area.model.row_at(i).name for i in range(area.model.rowCount())] == [PARTICIPANT]


def test_ctrl_p_prints_the_list_or_the_open_participants_referral(qtbot, ws, preferences):
    course = enrol(ws)  # with consent: without it the referral asks first (test_sharing_…)
    consents.record_new_consent(ws.ctx, course, date.today(), "Psykiatrien og jobcentret",
                                today=date.today())
    window = open_window(qtbot, ws, preferences)
    area = participants(window)

    press(qtbot, window, Qt.Key.Key_P)  # from the list: the list as shown
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1, timeout=20_000)
    printed = all_text(visible_of(PrintPreviewDialog)[0].pdf_bytes)
    assert "Mine deltagere" in printed and PARTICIPANT in printed
    assert "Henvisning til IPS" not in printed
    close_all(PrintPreviewDialog)
    qtbot.waitUntil(lambda: visible_of(PrintPreviewDialog) == [])

    activate(qtbot, window)
    area.open_course(course)
    area.page.setFocus()
    press(qtbot, window, Qt.Key.Key_P)  # from a page: that participant's referral
    previews = visible_of(PrintPreviewDialog)
    assert len(previews) == 1 and PARTICIPANT in all_text(previews[0].pdf_bytes)
    assert "Henvisning til IPS" in all_text(previews[0].pdf_bytes)
    close_all(PrintPreviewDialog)
    with ws.ctx.engine.connect() as conn:
        prints = conn.execute(select(AuditEvent.entity, AuditEvent.entity_id)
                              .where(AuditEvent.action == "print")
                              .order_by(AuditEvent.at)).all()
    assert [tuple(p) for p in prints] == [("caseload", None), ("course", course)]


def test_ctrl_l_locks_and_a_locked_window_ignores_ctrl_n(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    participants(window)
    press(qtbot, window, Qt.Key.Key_L)
    assert window.locked and window.pages.currentWidget() is window.lock_screen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lock_screen.prompt.password)
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_P)
    assert visible_of(ReferralDialog) == [] and visible_of(PrintPreviewDialog) == []


def test_f1_opens_help_from_any_area(qtbot, ws, preferences):
    window = open_window(qtbot, ws, preferences)
    participants(window)
    press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    helps = visible_of(HelpDialog)
    assert len(helps) == 1 and helps[0].windowTitle() == "Hjælp"
    close_all(HelpDialog)
