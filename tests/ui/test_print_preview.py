"""The print preview: renders from memory, prints page images, saves the bytes, no temp files."""

from __future__ import annotations

import io
import os
import re
import stat
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from ips_desktop.reports.referral_pdf import referral_pdf
from ips_desktop.storage.models import AuditEvent
from ips_desktop.ui.participants.referral_print import print_blank_referral, print_referral
from ips_desktop.ui.widgets import print_preview
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog
from tests.reports.support import NAMES, all_text, referral_spec, register, sample_print

NAME = "Αλέξανδρος Παπαδόπουλος"


@pytest.fixture
def pdf() -> bytes:
    """A three-page referral made without a database."""
    answers = {"name": NAME, "referral_date": "2026-11-02",
               "job_preferences": "Lang tekst om arbejde. " * 170,
               "other_information": "Endnu en lang tekst. " * 170}
    return referral_pdf(sample_print(referral_spec(), answers), language="da")


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """An empty temp folder that Python (tempfile) and Qt (QDir.tempPath, $TMPDIR) both use."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def listing(folder: Path) -> set[str]:
    return {str(Path(root, name)) for root, dirs, files in os.walk(folder)
            for name in dirs + files}


def open_dialog(qtbot, pdf: bytes, name: str = "henvisning-2026-11-23.pdf") -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, "Henvisning til IPS", name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    return dialog


def test_the_preview_renders_the_pdf_from_memory(qtbot, pdf):
    dialog = open_dialog(qtbot, pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 2
    assert dialog.page_count() == pages > 0
    assert dialog.windowTitle() == "Henvisning til IPS"
    assert dialog.page_number.text() == f"Side 1 af {pages}"
    assert dialog.print_button.text() == "&Udskriv…"
    assert not dialog.previous.isEnabled() and dialog.next.isEnabled()
    image = dialog.document.render(0, dialog.document.pagePointSize(0).toSize())
    assert not image.isNull() and image.width() > 500
    dialog.show_next_page()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_number.text() == f"Side 2 af {pages}"
    zoom = dialog.view.zoomFactor()
    dialog.zoom_in.click()
    assert dialog.view.zoomFactor() > zoom


def test_the_preview_fits_a_laptop_screen_with_its_buttons_on_it(qtbot, pdf):
    dialog = open_dialog(qtbot, pdf)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() - 60 and dialog.width() <= room.width() - 40
    bottom = dialog.close_button.mapTo(dialog, dialog.close_button.rect().bottomLeft()).y()
    assert bottom <= dialog.height()
    assert dialog.close_button.isVisible() and dialog.close_button.visibleRegion().boundingRect() \
        == dialog.close_button.rect()


def test_save_as_pdf_writes_the_very_same_bytes(qtbot, pdf, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, pdf)
    asked = {}

    def fake_save(parent, caption, suggested, filters):
        asked.update(caption=caption, suggested=suggested, filters=filters)
        return str(tmp_path / "gemt"), filters  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog.save_button.click()
    saved = tmp_path / "gemt.pdf"
    assert saved.read_bytes() == pdf
    if os.name == "posix":  # the user's alone, whatever the umask
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.glob("*gemt*")] == ["gemt.pdf"]  # no temporary beside it
    assert Path(asked["suggested"]).name == "henvisning-2026-11-23.pdf"
    assert "*.pdf" in asked["filters"]


def test_cancelling_save_writes_nothing(qtbot, pdf, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, pdf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: ("", "")))
    before = listing(tmp_path)
    assert dialog.save_as() is None
    assert listing(tmp_path) == before


def test_a_failed_save_is_reported(qtbot, pdf, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, pdf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args: (str(tmp_path / "missing-folder" / "x.pdf"), "")))
    warned = []
    monkeypatch.setattr(print_preview.QMessageBox, "warning",
                        staticmethod(lambda *args: warned.append(args[2])))
    assert dialog.save_as() is None
    assert len(warned) == 1 and "missing-folder" in warned[0]


def test_printing_paints_every_page_onto_the_printer(qtbot, pdf, tmp_path):
    dialog = open_dialog(qtbot, pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert dialog.print_to(printer) == dialog.page_count()
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == dialog.page_count()
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4


def test_printing_a_page_range(qtbot, pdf, tmp_path):
    dialog = open_dialog(qtbot, pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setResolution(100)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1
    assert len(PdfReader(str(tmp_path / "page2.pdf")).pages) == 1


def test_the_print_button_goes_through_the_print_dialog(qtbot, pdf, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, pdf)
    target = tmp_path / "via-dialog.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(100)
            self.printer = printer

        def setWindowTitle(self, title): ...
        def setMinMax(self, low, high): self.range = (low, high)
        def setOption(self, option, on): ...
        def exec(self): return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "QPrintDialog", FakePrintDialog)
    dialog.print_button.click()
    assert len(PdfReader(str(target)).pages) == dialog.page_count()


def test_no_file_appears_in_the_temp_folder(qtbot, pdf, private_tmp, tmp_path, monkeypatch):
    before = listing(private_tmp)
    dialog = open_dialog(qtbot, pdf)
    dialog.show_next_page()
    dialog.zoom_in.click()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setResolution(100)
    dialog.print_to(printer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "saved.pdf"), "")))
    dialog.save_as()
    dialog.close()
    qtbot.wait(50)
    assert listing(private_tmp) == before == set()


# -- from a participant's page -----------------------------------------------------------------

def test_print_referral_opens_the_preview_and_audits(qtbot, ws, preferences, monkeypatch,
                                                     tmp_path):
    course = register(ws, name=NAMES[2])
    dialog = print_referral(ws, preferences, course, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    assert dialog.isVisible()
    assert re.fullmatch(r"henvisning-\d{4}-\d\d-\d\d\.pdf", dialog.suggested_name)
    assert NAMES[2] in all_text(dialog.pdf_bytes)
    assert "Side 1 af" in all_text(dialog.pdf_bytes)
    with ws.ctx.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.details)
                              .where(AuditEvent.action == "print")).all()
    assert [tuple(e) for e in events] == [("course", course, {"form": "referral"})]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(tmp_path / "h.pdf"), "")))
    dialog.save_button.click()
    assert (tmp_path / "h.pdf").read_bytes() == dialog.pdf_bytes
    dialog.close_button.click()


def test_print_referral_says_which_answer_cannot_be_printed(qtbot, ws, preferences):
    """A name in a script without a font (Tamil here): said above the preview, by label."""
    dialog = print_referral(ws, preferences, register(ws, name="அருண் குமார்"), None)
    qtbot.addWidget(dialog)
    assert dialog.warning.isVisible() and dialog.warning.text().endswith(": Navn")
    arabic = print_referral(ws, preferences, register(ws, name="محمد علي"), None)
    qtbot.addWidget(arabic)
    assert not arabic.warning.isVisible()


def test_print_referral_follows_the_users_language(qtbot, ws, preferences):
    preferences.language = "en"
    dialog = print_referral(ws, preferences, register(ws), None)
    qtbot.addWidget(dialog)
    assert "IPS referral" in all_text(dialog.pdf_bytes)
    assert re.fullmatch(r"referral-\d{4}-\d\d-\d\d\.pdf", dialog.suggested_name)


def test_print_blank_referral(qtbot, ws, preferences):
    preferences.psychiatry_unit = "Psykiatrisk ambulatorium Syd"
    dialog = print_blank_referral(ws, preferences, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    text = all_text(dialog.pdf_bytes)
    assert "Psykiatrisk ambulatorium Syd" in text and "Køge" in text
    assert "dd.mm.åååå" in text
    assert re.fullmatch(r"henvisningsskema-\d{4}-\d\d-\d\d\.pdf", dialog.suggested_name)


def test_the_participant_page_print_button_opens_the_preview(qtbot, ws, preferences):
    from PySide6.QtWidgets import QApplication

    from ips_desktop.ui.participants.page import ParticipantPage

    course = register(ws, name=NAMES[1])
    page = ParticipantPage(ws, preferences, course)
    qtbot.addWidget(page)
    page.show()
    page.print_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].page_count() > 0)
    assert NAMES[1] in all_text(dialogs[0].pdf_bytes)
    dialogs[0].close()


def test_saving_reports_an_export_and_a_secret_cannot_be_saved(qtbot, pdf, tmp_path,
                                                               monkeypatch):
    from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

    exported = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "x.pdf"), "")))
    dialog = PrintPreviewDialog(pdf, "Henvisning", "h.pdf", on_saved=lambda: exported.append(1))
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert exported == [1]

    secret = PrintPreviewDialog(pdf, "Gendannelsesnøgle", "k.pdf", allow_save=False)
    qtbot.addWidget(secret)
    secret.show()
    assert not secret.save_button.isVisible()
    assert secret.save_as() is None
    assert not (tmp_path / "k.pdf").exists()


def test_the_referral_can_be_printed_to_a_file_but_a_secret_cannot(qtbot, pdf, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtPrintSupport import QAbstractPrintDialog

    to_file = QAbstractPrintDialog.PrintDialogOption.PrintToFile
    referral = open_dialog(qtbot, pdf)
    assert referral.make_print_dialog(QPrinter()).testOption(to_file)
    secret = PrintPreviewDialog(pdf, "Gendannelsesnøgle", "k.pdf", allow_save=False)
    qtbot.addWidget(secret)
    assert not secret.make_print_dialog(QPrinter()).testOption(to_file)

    # A platform dialog that turned it into a file all the same: refused, nothing written.
    target = tmp_path / "secret.pdf"

    class FileAnyway:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, title): ...
        def setMinMax(self, low, high): ...
        def setOption(self, option, on): ...
        def exec(self): return QDialog.DialogCode.Accepted

    warned = []
    monkeypatch.setattr(print_preview, "QPrintDialog", FileAnyway)
    monkeypatch.setattr(print_preview.QMessageBox, "warning",
                        staticmethod(lambda *args: warned.append(args[2])))
    secret.print_document()
    assert not target.exists() and len(warned) == 1


def test_a_script_without_a_font_is_named_before_printing(qtbot):
    """Bengali: no font of the printout has it; the label is named, never the value."""
    from ips_desktop.reports.referral_pdf import unprintable_in
    from tests.reports.support import flat, referral_answers, referral_spec

    data = sample_print(referral_spec(), referral_answers("অনিল দাস", None))
    missing = unprintable_in(data, language="da")
    assert missing == ["Navn"]
    dialog = PrintPreviewDialog(referral_pdf(data, language="da"), "Henvisning", "h.pdf",
                                unprintable=missing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "Navn" in dialog.warning.text() and "অনিল" not in dialog.warning.text()
    assert flat("kan ikke udskrives") in dialog.warning.text()
