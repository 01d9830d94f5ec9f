"""Names, addresses and notes typed by users are shown as text, never as markup.

A QLabel's default format guesses rich text from a leading tag, so an
employer registered as "<b>Bold</b> ApS" (or an address with an <img> tag)
would be rendered bold, or load an image, on the employer's page and in the
dialogs that show it. Every label showing such text must be plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ips_desktop.services import employers
from ips_desktop.services.employers import EmployerInput
from ips_desktop.ui.dialogs.contact_dialog import ContactDialog, ContactPreset
from ips_desktop.ui.dialogs.employer_dialog import EmployerDialog
from ips_desktop.ui.employers.employer_page import EmployerPage

MARKUP = "<b>Bold</b> ApS"
ADDRESS = "<i>Vej</i> 1, 4600 Køge"


def _register(ws) -> employers.uuid.UUID:
    return employers.register_employer(ws.ctx, EmployerInput(
        name=MARKUP, address=ADDRESS, industry="<u>Handel</u>", notes="<s>note</s>"))


def rich_labels(widget: QWidget, needle: str) -> list[str]:
    """The texts of labels showing `needle` that Qt would render as markup."""
    return [label.text() for label in widget.findChildren(QLabel)
            if needle in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def test_the_employer_page_shows_markup_in_names_as_text(qtbot, ws):
    employer_id = _register(ws)
    page = EmployerPage(ws)
    qtbot.addWidget(page)
    page.show_employer(employer_id)
    assert page.name.text() == MARKUP
    for needle in (MARKUP, "<i>Vej</i>", "<s>note</s>"):
        assert [t for t in (page.name.text(), page.facts.text(), page.notes.text())
                if needle in t], needle
        assert rich_labels(page, needle) == [], needle


def test_the_contact_dialog_shows_the_chosen_employers_address_as_text(qtbot, ws):
    employer_id = _register(ws)
    dialog = ContactDialog(ws, None, preset=ContactPreset(employer_id=employer_id))
    qtbot.addWidget(dialog)
    assert "<i>Vej</i>" in dialog.employer_note.text()
    assert rich_labels(dialog, "<i>Vej</i>") == []


def test_the_employer_dialog_names_a_similar_employer_as_text(qtbot, ws):
    _register(ws)
    other = employers.register_employer(ws.ctx, EmployerInput(name="Bold"))
    dialog = EmployerDialog(ws, None, employer_id=other)
    qtbot.addWidget(dialog)
    dialog.edits["name"].setText(MARKUP)
    dialog._note_similar()
    assert MARKUP in dialog.similar_note.text()
    assert rich_labels(dialog, MARKUP) == []


def test_the_merge_confirmation_names_both_employers_as_text(qtbot, ws):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ips_desktop.ui.employers.merge_dialog import MergeDialog

    employer_id = _register(ws)
    employers.register_employer(ws.ctx, EmployerInput(name="Boldklubben"))
    page = EmployerPage(ws)
    qtbot.addWidget(page)
    page.show_employer(employer_id)
    page.show()
    page.merge_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MergeDialog) and w.isVisible())
    qtbot.keyClicks(dialog.search, "Boldklubben")
    asked: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append((box.text(), box.textFormat()))
        box.reject()
    QTimer.singleShot(0, answer)
    dialog.merge_button.click()
    assert asked and MARKUP in asked[0][0]
    assert asked[0][1] == Qt.TextFormat.PlainText
    dialog.reject()


def test_the_end_dialog_names_the_job_and_the_employer_as_text(qtbot, ws):
    from datetime import date, timedelta

    from ips_desktop.domain.enums import PlacementKind
    from ips_desktop.services import placements
    from ips_desktop.services.placements import PlacementInput
    from ips_desktop.ui.dialogs.placement_dialog import PlacementEndDialog
    from tests.ui.window_support import enrol

    today = date.today()
    placed = placements.record_start(ws.ctx, PlacementInput(
        enrol(ws), PlacementKind.JOB, "<b>Kok</b>", today - timedelta(days=3), _register(ws)),
        today=today)
    dialog = PlacementEndDialog(ws, placed.placement_id)
    qtbot.addWidget(dialog)
    assert [label for label in dialog.findChildren(QLabel) if "<b>Kok</b>" in label.text()]
    assert rich_labels(dialog, "<b>Kok</b>") == []


def test_hours_from_an_opening_are_shown_with_a_decimal_comma(qtbot, ws):
    """37.5 hours handed on from an opening read "37,5" in Danish, as the opening dialog
    shows them and as they are typed."""
    from ips_desktop.ui.dialogs.placement_dialog import PlacementDialog

    dialog = PlacementDialog(ws, hours_per_week=37.5)
    qtbot.addWidget(dialog)
    assert dialog.hours.text() == "37,5"
