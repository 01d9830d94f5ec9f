"""The calendar's "Export .ics…": period, consultant, presence only; names unticked by default."""

from __future__ import annotations

from datetime import date

import icalendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ips_desktop.ui.calendar.export_dialog import IcsExportDialog, export_ics_interactively
from tests.reports.calendar_support import PARTICIPANT, PARTICIPANT_FIRST, build_calendar


def _dialog() -> IcsExportDialog:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, IcsExportDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def _run(qtbot, ws, parent, act, **kwargs):
    """export_ics_interactively with `act(dialog)` done as the user, once it is open."""
    failed: list[BaseException] = []

    def run() -> None:
        dialog = _dialog()
        try:
            act(dialog)
        except BaseException as problem:  # a failed check must end the dialog, not hang it
            failed.append(problem)
            dialog.reject()

    QTimer.singleShot(0, run)
    saved = export_ics_interactively(ws, parent, **kwargs)
    if failed:
        raise failed[0]
    return saved


def _save_to(monkeypatch, path, asked: list[str]) -> None:
    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return (str(path) if path else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))


def _uids(path) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_the_shown_period_exported_without_names_by_the_keyboard(qtbot, ws, monkeypatch,
                                                                 tmp_path) -> None:
    cal = build_calendar(ws)
    parent = QWidget()
    qtbot.addWidget(parent)
    target, asked = tmp_path / "uge.ics", []
    _save_to(monkeypatch, target, asked)
    seen = {}

    def act(dialog: IcsExportDialog) -> None:
        seen["names"] = dialog.include_names.isChecked()
        seen["warning"] = dialog.warning.text()
        seen["consultant"] = dialog.consultant.currentText()
        qtbot.keyClick(dialog.first.edit, Qt.Key.Key_Return)  # the default button: Export…

    saved = _run(qtbot, ws, parent, act, first=date(2026, 11, 23), last=date(2026, 11, 29),
                 consultant_id=cal.me)
    assert saved == target
    assert seen["names"] is False and "krypterede database" in seen["warning"]
    assert seen["consultant"].startswith("SOE – ")
    assert asked[0].endswith("kalender-2026-11-23-til-2026-11-29.ics")
    data = target.read_bytes().replace(b"\r\n ", b"")
    assert PARTICIPANT.encode() not in data and PARTICIPANT_FIRST.encode() not in data
    assert _uids(target) == {f"{cal.series}@ips-desktop", f"{cal.cafe}@ips-desktop",
                             f"{cal.video}@ips-desktop"}


def test_everyone_presence_only_with_names(qtbot, ws, monkeypatch, tmp_path) -> None:
    cal = build_calendar(ws)
    target = tmp_path / "mødedage"  # the extension is added
    _save_to(monkeypatch, target, [])

    def act(dialog: IcsExportDialog) -> None:
        dialog.first.edit.setText("1.10.2026")
        dialog.last.edit.setText("31/12-26")
        dialog.consultant.setCurrentIndex(0)  # everyone
        dialog.presence_only.setChecked(True)
        dialog.include_names.setChecked(True)
        assert "kan nævne deltagere" in dialog.warning.text()
        dialog.export_button.click()

    saved = _run(qtbot, ws, None, act, first=date(2026, 11, 23), last=date(2026, 11, 29),
                 consultant_id=cal.me)
    assert saved == tmp_path / "mødedage.ics"
    assert _uids(saved) == {f"{cal.series}@ips-desktop", f"{cal.anne_series}@ips-desktop"}
    assert PARTICIPANT_FIRST.encode() in saved.read_bytes().replace(b"\r\n ", b"")


def test_a_period_backwards_is_said_at_the_field_and_cancel_writes_nothing(
        qtbot, ws, monkeypatch, tmp_path) -> None:
    build_calendar(ws)
    asked: list[str] = []
    _save_to(monkeypatch, None, asked)
    seen = {}

    def act(dialog: IcsExportDialog) -> None:
        dialog.first.edit.setText("31.12.2026")
        dialog.last.edit.setText("1.12.2026")
        dialog.export_button.click()
        seen["last"] = dialog.errors.text("last")
        dialog.last.edit.setText("i morgen og i går")
        dialog.first.edit.setText("1.12.2026")
        dialog.export_button.click()
        seen["typed"] = dialog.errors.text("last")
        dialog.last.edit.setText("31.12.2026")
        dialog.export_button.click()  # the file dialog is cancelled: back in the dialog
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert _run(qtbot, ws, None, act, first=date(2026, 12, 1), last=date(2026, 12, 31),
                consultant_id=None) is None
    assert seen["last"] == "Sidste dag ligger før første dag."
    assert seen["typed"] == "Skriv en dato, fx 1.12.2026."
    assert seen["open"] is True and len(asked) == 1
    assert not list(tmp_path.glob("*.ics"))
