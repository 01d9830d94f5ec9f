"""Qt's own dialogs speak the app's language: the file dialog of "Save as PDF…" first.

Qt's `qtbase_da` lags behind Qt 6's source texts ("&Look in:", "Files of &type:"),
and Qt has no bokmål at all; ui/i18n.py fills both with our `qt_da` / `qt_nb`.
The recording translator here lists every text the dialog asks Qt for, so a
Qt upgrade that adds or renames one fails this test instead of showing English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QToolButton

from ips_desktop.reports.recovery_sheet import recovery_sheet_pdf
from ips_desktop.ui import i18n
from ips_desktop.ui.widgets.print_preview import PrintPreviewDialog

# The system's MIME database names file types ("PDF document"); which ones appear
# depends on the files in the folder and on the machine, not on us.
NOT_OURS = {"QMimeType"}


class Recorder(QTranslator):
    """Installed last, so asked first: notes every (context, text, disambiguation)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.add((context, source, disambiguation or None))
        return None  # not translated here: Qt asks the next translator

    def isEmpty(self) -> bool:
        return False


def a_folder_to_save_in(tmp_path: Path) -> Path:
    folder = tmp_path / "Dokumenter"
    (folder / "Mappe").mkdir(parents=True)
    (folder / "tidligere.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    return folder


def open_save_dialog(qtbot, folder: Path) -> QFileDialog:
    """Qt's own (non-native) save dialog, in detail view, as "Save as PDF…" shows it."""
    dialog = QFileDialog(None, "Gem som PDF", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.waitUntil(lambda: dialog.findChild(QToolButton, "listModeButton") is not None)
    qtbot.wait(200)  # the folder is read in a thread: its rows and their types arrive later
    return dialog


@pytest.mark.parametrize("language", ["da", "nb"])
def test_every_text_of_the_file_dialog_is_translated(qtbot, tmp_path, language):
    loaded = i18n.apply_language(language)
    assert f"qt_{language}" in loaded
    recorder = Recorder()
    app = QCoreApplication.instance()
    app.installTranslator(recorder)
    try:
        dialog = open_save_dialog(qtbot, a_folder_to_save_in(tmp_path))
        dialog.close()
    finally:
        app.removeTranslator(recorder)
    asked = {entry for entry in recorder.asked if entry[0] not in NOT_OURS}
    assert len(asked) > 30  # the recorder did hear the dialog
    untranslated = sorted((entry for entry in asked
                           if not any(t.translate(*entry) for t in i18n._installed)), key=str)
    assert untranslated == [], "\n".join(map(str, untranslated))


@pytest.mark.parametrize(("language", "labels", "buttons"), [
    ("da", ["&Kig i:", "&Filnavn:", "Filer af &type:"], {"&Gem", "Annuller"}),
    ("nb", ["&Se i:", "Fil&navn:", "Fil&type:"], {"&Lagre", "Avbryt"}),
    ("en", ["&Look in:", "File &name:", "Files of &type:"], {"&Save", "Cancel"}),
])
def test_the_file_dialog_reads_in_one_language(qtbot, tmp_path, language, labels, buttons):
    i18n.apply_language(language)
    dialog = open_save_dialog(qtbot, a_folder_to_save_in(tmp_path))
    assert [dialog.findChild(QLabel, name).text()
            for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")] == labels
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert {button.text() for button in box.buttons()} == buttons


def test_save_as_in_danish_then_says_where_the_file_went(qtbot, tmp_path):
    """The real "Gem som PDF…": Qt's dialog in Danish, a name typed, Enter, "Gemt: <path>"."""
    from PySide6.QtCore import Qt

    pdf = recovery_sheet_pdf("A" * 4 + "-" + "B" * 4, language="da", demo=True)
    preview = PrintPreviewDialog(pdf, "Henvisning til IPS", "henvisning.pdf")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    folder = a_folder_to_save_in(tmp_path)
    target = folder / "min-henvisning.pdf"
    read: dict[str, object] = {}

    def answer_the_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, answer_the_dialog)
            return
        read["title"] = dialog.windowTitle()
        read["labels"] = [dialog.findChild(QLabel, name).text()
                          for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")]
        read["back"] = dialog.findChild(QToolButton, "backButton").toolTip()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(target.with_suffix("")))  # no suffix typed: .pdf is added
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_the_dialog)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)  # returns when answered
    assert read["title"] == "Gem som PDF"
    assert read["labels"] == ["&Kig i:", "&Filnavn:", "Filer af &type:"]
    assert read["back"] == "Tilbage"
    assert target.read_bytes() == pdf
    assert preview.saved_note.isVisible()
    assert preview.saved_note.text() == f"Gemt: {target}"


def record_print_dialog(qtbot, *, with_properties: bool) -> set[tuple[str, str, str | None]]:
    """Every Qt text the print dialog of the preview's "Print…" asks for (and its Properties)."""
    from PySide6.QtWidgets import QDialog, QPushButton

    pdf = recovery_sheet_pdf("AAAA-BBBB", language="da", demo=True)
    preview = PrintPreviewDialog(pdf, "Henvisning til IPS", "henvisning.pdf")
    qtbot.addWidget(preview)
    recorder = Recorder()
    QCoreApplication.instance().installTranslator(recorder)
    try:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # lives as long as the dialog
        dialog = preview.make_print_dialog(printer)  # a child of the preview: closed with it
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        properties = dialog.findChild(QPushButton, "properties")
        if with_properties and properties is not None and properties.isEnabled():
            def close_properties() -> None:
                for window in QApplication.topLevelWidgets():
                    if isinstance(window, QDialog) and window is not dialog and \
                            window.isVisible() and window is not preview:
                        window.reject()

            QTimer.singleShot(200, close_properties)
            properties.click()  # modal: returns when closed
        dialog.close()
    finally:
        QCoreApplication.instance().removeTranslator(recorder)
    return {entry for entry in recorder.asked if entry[0] not in NOT_OURS | {"QShortcut"}}


@pytest.mark.parametrize("language", ["da", "nb"])
def test_the_print_dialog_is_translated(qtbot, language):
    """The print dialog and its Properties (paper sizes, page layout, job options)."""
    i18n.apply_language(language)
    asked = record_print_dialog(qtbot, with_properties=True)
    assert len(asked) > 30
    untranslated = sorted((entry for entry in asked
                           if not any(t.translate(*entry) for t in i18n._installed)), key=str)
    assert untranslated == [], "\n".join(map(str, untranslated))
