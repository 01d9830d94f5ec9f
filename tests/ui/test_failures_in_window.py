"""In the window, a full disk, a read-only folder or a damaged file is said where it happens.

A failed save keeps everything the consultant typed in the form and says why
beside it; once there is room again the same Save works. Errors that escape
anyway reach one handler that never shows an exception's message.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from ips_desktop.crash_log import configure_logging
from ips_desktop.services import workspace
from ips_desktop.storage import errors
from ips_desktop.storage.models import Note, Participant
from ips_desktop.ui.participants.page import ParticipantPage
from ips_desktop.ui.participants.referral_dialog import ReferralDialog
from ips_desktop.ui.widgets import error_dialog
from tests.helpers import PASSWORD
from tests.machine import assert_unchanged, database_full, remount_read_only, snapshot, tmpfs
from tests.ui.test_referral import d, fill

TODAY = date.today()
# Long enough to need new pages in the file, as a long real answer or note does.
LONG_ANSWER = "Vil gerne arbejde udendørs med dyr og planter; ikke for mange mennesker. " * 50
LONG_NOTE = ("Øvede samtalen til jobbet på gården på Ærø; går godt, trænger til pauser. " * 60)[
    :3900]  # about 4,300 bytes: more than a page holds


def participants(ws) -> int:
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Participant)).scalar_one()


def type_a_referral(qtbot, dialog: ReferralDialog) -> None:
    fill(qtbot, dialog, {
        "name": "Søren Ærø Østergård", "cpr": "0101901234", "phone": "20 30 40 50",
        "referral_date": d(TODAY - timedelta(days=2)),
        "psychiatry_unit": "Psykiatrisk Klinik Køge",
    })
    dialog.editor.widgets["job_preferences"].edit.setPlainText(LONG_ANSWER)  # pasted


def test_a_referral_saved_on_a_full_disk_keeps_the_input_and_says_why(qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    type_a_referral(qtbot, dialog)
    typed = dialog.editor.answers()

    with database_full(ws.ctx.engine):
        dialog.save_button.click()
        message = dialog.editor.errors.form_label()
        assert dialog.isVisible() and dialog.result() == 0  # not accepted
        assert message.isVisible()
        assert "Disken er fuld" in message.text()
        assert "Det, du har skrevet, er her stadig" in message.text()
        assert dialog.editor.answers() == typed
        assert dialog.editor.widgets["name"].edit.text() == "Søren Ærø Østergård"
        assert participants(ws) == 0

    dialog.save_button.click()  # room again: the same Save works
    assert dialog.result() == ReferralDialog.DialogCode.Accepted
    assert participants(ws) == 1
    assert not dialog.editor.errors.form_label().isVisible()


def test_a_note_saved_on_a_full_disk_stays_in_the_note_editor(qtbot, ws, preferences):
    dialog = ReferralDialog(ws, preferences)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, {"name": "Ida Ny", "referral_date": d(TODAY)})
    dialog.save_button.click()
    assert dialog.course_id is not None
    page = ParticipantPage(ws, preferences, dialog.course_id)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)  # Contacts
    form = page.note_form
    qtbot.keyClicks(form.text, "Ringede til Ida om praktikken. ")
    form.text.appendPlainText(LONG_NOTE)
    typed = form.text.toPlainText()

    with database_full(ws.ctx.engine):
        form.save.click()
        assert form.text.toPlainText() == typed
        assert form.errors.form_label().isVisible()
        assert "Disken er fuld" in form.errors.form_text()
        assert page.notes_list.topLevelItemCount() == 0

    form.save.click()
    assert form.text.toPlainText() == ""
    assert not form.errors.form_label().isVisible()
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Note)).scalar_one() == 1


def close_dialogs(seen: list[str]) -> None:
    """Answer whatever the start shows: a message box's text, or the name of another dialog."""
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(dialog.text() if isinstance(dialog, QMessageBox)
                        else type(dialog).__name__)
            dialog.done(0)


def test_the_window_starts_on_a_read_only_data_folder_and_says_so(
        qtbot, tmp_path, no_keyring, monkeypatch):
    from ips_desktop.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    with tmpfs(tmp_path / "disk") as disk:
        root = disk / "data"
        workspace.set_up(root, PASSWORD)[0].close()
        before = snapshot(root)
        remount_read_only(disk)
        seen: list[str] = []
        timer = QTimer()
        timer.timeout.connect(lambda: close_dialogs(seen))
        timer.start(20)
        try:
            assert configure_logging(root / "logs") is None  # stderr instead, no crash
            code = run_gui(root)
        finally:
            timer.stop()
            from tests.machine import remount_read_write
            remount_read_write(disk)
            configure_logging(tmp_path / "logs")
        assert code == errors.ReadOnly.exit_code == 17
        assert len(seen) == 1
        assert "Datamappen kan ikke skrives i" in seen[0] and str(root) in seen[0]
        assert_unchanged(before, root)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_safely(qtbot, monkeypatch, tmp_path):
    log_file = configure_logging(tmp_path / "logs")
    shown: list[str] = []
    monkeypatch.setattr(error_dialog, "show_error", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install()
    button = QPushButton()
    qtbot.addWidget(button)

    def broken() -> None:
        raise ValueError("could not save Bodil Kjær-Hansen, 010190-1234")

    button.clicked.connect(broken)
    button.click()
    assert len(shown) == 1
    assert "builtins.ValueError" in shown[0] and "broken" in shown[0]
    assert log_file is not None
    for secret in ("Bodil", "Kjær", "010190-1234"):
        assert secret not in shown[0]
        assert secret not in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_full_disk_that_escapes_a_slot_is_said_as_a_full_disk(qtbot, monkeypatch):
    problems_shown: list[errors.StorageError] = []
    monkeypatch.setattr(error_dialog, "show_problem", lambda p, *_: problems_shown.append(p))
    monkeypatch.setattr(error_dialog, "show_error", lambda details: pytest.fail(details))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install()
    button = QPushButton()
    qtbot.addWidget(button)

    def full() -> None:
        raise errors.DiskFull("no space")

    button.clicked.connect(full)
    button.click()
    assert [type(p) for p in problems_shown] == [errors.DiskFull]


def test_an_error_before_the_window_exists_becomes_an_exit_code(monkeypatch, capsys):
    shown: list[str] = []
    monkeypatch.setattr(error_dialog, "show_problem", lambda p, *_: shown.append(type(p).__name__))
    monkeypatch.setattr(error_dialog, "show_error", shown.append)

    def damaged() -> int:
        raise errors.Damaged("page 7")

    def broken() -> int:
        raise KeyError("Bodil Kjær-Hansen")

    assert error_dialog.guarded(damaged) == errors.Damaged.exit_code
    assert error_dialog.guarded(broken) == 1
    assert shown[0] == "Damaged" and "builtins.KeyError" in shown[1]
    assert "Bodil" not in shown[1]
    assert "Traceback" not in capsys.readouterr().err


@pytest.fixture
def damaged_demo(tmp_path):
    """A small demo database with one byte flipped in its participant table's root page."""
    from tests.helpers import make_demo_database
    from tests.storage.test_machine_failures import damage_page_of

    root = make_demo_database(tmp_path / "damaged", TODAY)
    damage_page_of(root, "participant")
    return root


@pytest.mark.qt_no_exception_capture
def test_a_damaged_database_in_the_list_is_said_as_damaged(
        qtbot, damaged_demo, preferences, no_keyring, monkeypatch):
    from ips_desktop.ui.participants.area import ParticipantsArea

    shown: list[errors.StorageError] = []
    monkeypatch.setattr(error_dialog, "show_problem", lambda p, *_: shown.append(p))
    monkeypatch.setattr(error_dialog, "show_error", lambda details: pytest.fail(details))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialog.install()
    ws = workspace.unlock(damaged_demo, PASSWORD)
    try:
        area = ParticipantsArea(ws, preferences)
        qtbot.addWidget(area)
        QTimer.singleShot(0, area.show)  # from the event loop, as the window shows it
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        ws.close()
    assert [type(p) for p in shown] == [errors.Damaged]


def test_unlocking_a_damaged_database_says_damaged(qtbot, tmp_path, no_keyring, monkeypatch):
    from ips_desktop.ui.shell.unlock import UnlockDialog
    from tests.helpers import make_demo_database
    from tests.storage.test_machine_failures import damage_page_of

    root = make_demo_database(tmp_path / "damaged", TODAY)
    damage_page_of(root, "setting")  # read at every unlock
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    dialog = UnlockDialog(root)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    dialog.prompt.submit()
    qtbot.waitUntil(lambda: not dialog.prompt.busy, timeout=10_000)  # checked off the GUI thread
    assert dialog.error is not None and dialog.error.exit_code == errors.Damaged.exit_code
    assert len(said) == 1 and said[0].startswith("Databasen er beskadiget")


def test_a_storage_problem_off_the_gui_thread_is_said_too(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from ips_desktop.ui.widgets.background import run_in_background

    shown: list[errors.StorageError] = []
    monkeypatch.setattr(error_dialog, "show_problem", lambda p, *_: shown.append(p))
    owner = QWidget()
    qtbot.addWidget(owner)

    def work() -> None:
        raise errors.DiskFull("no space")

    run_in_background(work, lambda _: pytest.fail("no result expected"), owner)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert [type(p) for p in shown] == [errors.DiskFull]
