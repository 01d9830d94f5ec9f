"""An unexpected error: a dialog with copyable details and a log line, no personal data."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ips_desktop.crash_log import configure_logging
from ips_desktop.services import consultants
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.ui.widgets import error_dialog


def test_crash_is_logged_and_shown_without_personal_data(qtbot, ws, data_dir, monkeypatch):
    log_file = configure_logging(data_dir / "logs")
    name, cpr = "Bodil Kjær-Hansen", "010190-1234"
    consultants.create_consultant(ws.ctx, ConsultantInput(name, "BKH", "Næstved"))

    seen = {}

    def press_copy_then_close(box: QMessageBox) -> int:
        """In place of the modal loop: a timer of another test cannot close this box."""
        box.show()
        seen["title"], seen["details"] = box.windowTitle(), box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Kopiér detaljer")
        copy.click()
        seen["still_open"] = box.isVisible()
        box.reject()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_copy_then_close)
    try:
        raise ValueError(f"could not save {name} with CPR {cpr}")
    except ValueError as exc:
        error_dialog.excepthook(type(exc), exc, exc.__traceback__)

    assert seen["title"] == "Uventet fejl"
    assert seen["still_open"] is True
    assert "builtins.ValueError" in seen["details"]
    assert "test_errors.py" in seen["details"]
    assert QApplication.clipboard().text() == seen["details"]
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged
    for secret in (name, "Kjær", cpr):
        assert secret not in logged
        assert secret not in seen["details"]


def test_sqlalchemy_errors_do_not_carry_the_values(ws):
    """The engine hides bound parameters, so a failed write's message names no person."""
    from sqlalchemy import text

    try:
        with ws.ctx.engine.begin() as conn:
            conn.execute(text("INSERT INTO consultant (id, name) VALUES (:id, :name)"),
                         {"id": "x", "name": "Bodil Kjær-Hansen"})
    except Exception as exc:
        assert "Bodil" not in str(exc)
    else:
        raise AssertionError("the insert should have failed")


def test_a_session_with_participants_leaves_no_name_in_the_log(qtbot, data_dir, preferences):
    """Open a demo caseload, lock and unlock, crash: the log holds no participant's name."""
    from sqlalchemy import select

    from ips_desktop.services import demo, workspace
    from ips_desktop.storage.models import Participant
    from ips_desktop.ui.shell.main_window import MainWindow
    from tests.helpers import PASSWORD

    log_file = configure_logging(data_dir / "logs")
    ws, _ = workspace.set_up(data_dir / "demo", PASSWORD, demo=True)
    demo.generate_demo(ws.ctx.engine, size="small")
    with ws.ctx.engine.connect() as conn:
        names = [n for (n,) in conn.execute(select(Participant.name))]
    window = MainWindow(ws, preferences)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    window.lock_screen.prompt.password.setText(PASSWORD)
    window.lock_screen.prompt.submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    QTimer.singleShot(50, lambda: [w.close() for w in QApplication.topLevelWidgets()
                                   if isinstance(w, QMessageBox)])
    try:
        raise KeyError(names[0])
    except KeyError as exc:
        error_dialog.excepthook(type(exc), exc, exc.__traceback__)
    window.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.KeyError" in logged
    assert [n for n in names if n in logged] == []
    assert [p for n in names for p in n.split() if len(p) > 3 and p in logged] == []


def test_an_error_in_a_background_thread_is_shown_by_the_gui_thread(qtbot, monkeypatch):
    """A QMessageBox made on a worker thread aborts the process; the hook hands it over."""
    import threading

    shown_on: list[bool] = []
    monkeypatch.setattr(error_dialog, "show_error", lambda details: shown_on.append(
        threading.current_thread() is threading.main_thread()))

    def worker() -> None:
        try:
            raise ValueError("in a job")
        except ValueError as exc:
            error_dialog.excepthook(type(exc), exc, exc.__traceback__)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: shown_on != [], timeout=2000)
    assert shown_on == [True]
