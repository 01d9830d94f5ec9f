"""The print preview every printout opens in: look, then print or save as PDF.

The PDF lives only in memory: QPdfDocument reads it from a QBuffer over a
QByteArray that this dialog keeps alive, printing renders each page to an
image and paints it onto the printer, and nothing is ever written to a
temporary folder. Only "Save as PDF…" writes a file, where the user says, and
then says where it went ("Gemt: <path>" beside the buttons).

`preview_in_background` (BackgroundPreview) is every Ctrl+P's course: the PDF
laid out off the GUI thread with a progress window, then this preview.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDir,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ips_desktop.domain.messages import error_message
from ips_desktop.services import printing

# Pages are rendered at the printer's resolution up to this: A4 at 300 dpi is a
# 35 MB image; at 1200 dpi it would be 560 MB for no visible gain.
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    """Shows `pdf_bytes`; "Print…", "Save as PDF…" (suggesting `suggested_name`) and "Close".

    `title` is the window title and the printer job's name: the kind of
    document, never a person's name; the same holds for `suggested_name`.
    `unprintable` names the questions (labels, never values) whose answers
    have characters no font of the printout has: said above the preview,
    before anything is printed or saved.
    """

    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None, *, allow_save: bool = True,
                 on_saved: Callable[[], None] | None = None,
                 unprintable: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.pdf_bytes = bytes(pdf_bytes)
        self.allow_save = allow_save  # False for a secret (the recovery sheet): paper only
        self.on_saved = on_saved  # e.g. the audit event for an export
        self.title = title
        self.suggested_name = suggested_name
        self.unprintable = list(unprintable)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; }")
        self.warning.setVisible(bool(self.unprintable))
        self.setWindowTitle(title)
        # QBuffer reads the QByteArray in place: both must live as long as the document.
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page_number)
        self.document.pageCountChanged.connect(self._show_page_number)

        self.previous = self._tool_button("go-previous", "‹", self.show_previous_page)
        self.next = self._tool_button("go-next", "›", self.show_next_page)
        self.page_number = QLabel()
        self.zoom_out = self._tool_button("zoom-out", "−", lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in = self._tool_button("zoom-in", "+", lambda: self._zoom(ZOOM_STEP))
        self.fit_width = QPushButton()
        self.fit_width.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = QPushButton()
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        tools = QHBoxLayout()
        tools.addWidget(self.previous)
        tools.addWidget(self.page_number)
        tools.addWidget(self.next)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.fit_width)
        tools.addWidget(self.fit_page)

        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.saved_note = QLabel()  # where the last "Save as PDF…" wrote the file
        self.saved_note.setWordWrap(True)
        self.saved_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addStretch(0)
        self.save_button.setVisible(allow_save)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.print_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # A page's height where the screen has it, less room for the title bar: at 1366x768
        # the buttons at the bottom (Print, Save, Close) must stay on screen.
        room = self.screen().availableGeometry()
        self.resize(min(860, room.width() - 40), min(960, room.height() - 60))
        self.retranslate()

    def retranslate(self) -> None:
        self.previous.setToolTip(self.tr("Previous page"))
        self.next.setToolTip(self.tr("Next page"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.fit_width.setText(self.tr("Fit &width"))
        self.fit_page.setText(self.tr("Whole &page"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("&Close"))
        self.warning.setText(self.tr(
            "Some characters cannot be printed and will be missing from the printout "
            "(a script the printout has no font for), in: %1").replace(
                "%1", ", ".join(self.unprintable)))
        self._show_page_number()

    # -- looking -----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def show_previous_page(self) -> None:
        self.show_page(self.current_page() - 1)

    def show_next_page(self) -> None:
        self.show_page(self.current_page() + 1)

    def _show_page_number(self) -> None:
        count, current = self.page_count(), self.current_page()
        self.page_number.setText(self.tr("Page %1 of %2").replace("%1", str(current + 1))
                                 .replace("%2", str(count)))
        self.previous.setEnabled(current > 0)
        self.next.setEnabled(current < count - 1)

    def _zoom(self, factor: float) -> None:
        zoom = self.view.zoomFactor() * factor
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(zoom, 6.0)))

    def _tool_button(self, icon: str, fallback: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        themed = QIcon.fromTheme(icon)
        if themed.isNull():
            button.setText(fallback)
        else:
            button.setIcon(themed)
        button.clicked.connect(slot)
        return button

    # -- printing ----------------------------------------------------------------------------

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = self.make_print_dialog(printer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.allow_save and printer.outputFileName():
            # Only reachable if a platform's dialog ignores the option: a secret stays on paper.
            QMessageBox.warning(self, self.tr("Not printed"),
                                self.tr("This document can only be printed on paper."))
            return
        self.print_to(printer)

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        """The system print dialog for `printer`; for a secret, without "Print to file".

        A secret (the recovery sheet, `allow_save=False`) must not become a PDF
        file by way of the print dialog either: the printer is set to the
        system's own output with no file name, and the dialog's Print-to-File
        option is switched off. (Without any print system, as on a bare Linux,
        Qt keeps its PDF format, but with no file name it writes nothing.)
        """
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.title)
        if not self.allow_save:
            printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
            printer.setOutputFileName("")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, self.allow_save)
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (all, or the chosen range) onto `printer`; returns how many."""
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(first - 1, min(last, count))) if first > 0 else list(range(count))
        if not pages:
            return 0
        printer.setFullPage(True)  # the PDF has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Not printed"),
                                self.tr("The printer could not be started."))
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for number, page in enumerate(pages):
                if number and not printer.newPage():
                    break
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72)))
                paper = printer.pageLayout().fullRectPixels(printer.resolution())
                fitted = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(paper.x() + (paper.width() - fitted.width()) // 2,
                               paper.y() + (paper.height() - fitted.height()) // 2,
                               fitted.width(), fitted.height())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)

    # -- saving ------------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where, write the very bytes shown; returns the file written (None if not)."""
        if not self.allow_save:
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / self.suggested_name),
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        self.saved_note.hide()  # a note about an earlier save must not stand for this one
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            printing.write_file(target, self.pdf_bytes)  # 0600, whole or not at all
        except printing.ExportTargetRefused as refused:
            QMessageBox.warning(self, self.tr("Not saved"), error_message(refused))
            return None
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("The PDF could not be saved in %1:").replace(
                                    "%1", str(target.parent)) + f"\n\n{error.strerror or error}")
            return None
        if self.on_saved is not None:
            self.on_saved()
        self.saved_note.setText(self.tr("Saved: %1").replace(
            "%1", QDir.toNativeSeparators(str(target))))
        self.saved_note.setToolTip(self.saved_note.text())
        self.saved_note.show()
        return target


# -- building a printout off the GUI thread -------------------------------------------------

# A printout laid out quicker than this opens without a progress window flashing by.
PROGRESS_DELAY_MS = 400


class PreparingDialog(QDialog):
    """"Preparing the printout…" with a busy bar and Cancel, over the window that asked.

    Window-modal, so the list is not changed under a printout being made of it;
    the window itself keeps painting (the work is on another thread). Cancel
    (or Escape) drops the result when it comes: a thread cannot be stopped.
    """

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: ReportLab says nothing of how far it is
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(320)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Preparing the printout…"))
        self.bar.setAccessibleName(self.label.text())
        self.cancel_button.setText(self.tr("Cancel"))


class BackgroundPreview(QObject):
    """One printout at a time for `owner`: laid out off the GUI thread, then previewed.

    Every printout's PDF takes from a moment to seconds (a long list, a busy
    week), so `build` runs on the thread pool while the window keeps working;
    after PROGRESS_DELAY_MS a PreparingDialog says so and offers Cancel. A
    second Ctrl+P meanwhile is ignored. The preview opens over `owner` when
    the bytes are ready, unless `owner` is hidden (the window was locked, or
    another area is shown): then it waits and opens when `owner` is shown
    again, so no name appears over the lock screen. Get an owner's one with
    `BackgroundPreview.of(owner)` or start it with `preview_in_background`.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.preview: PrintPreviewDialog | None = None  # the last preview, while open
        self.progress: PreparingDialog | None = None  # while building, once it is shown
        self._job = 0  # which start() the result coming back belongs to (0: none running)
        self._started = 0
        self._waiting: Callable[[], None] | None = None  # a preview made while hidden
        owner.installEventFilter(self)

    @classmethod
    def of(cls, owner: QWidget) -> BackgroundPreview:
        """The owner's helper, made on its first printout (a child of the owner)."""
        found = owner.findChild(cls, "", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(owner)

    @property
    def building(self) -> bool:
        return self._job != 0

    def start(self, build: Callable[[], bytes], *, title: str, suggested_name: str,
              on_saved: Callable[[], None] | None = None) -> bool:
        """Lay out `build()` off the GUI thread and preview it; False if one is under way.

        `title` and `suggested_name` are the PrintPreviewDialog's (never a
        person's name); `on_saved` its audit of a saved file. An exception in
        `build` is raised on the GUI thread once the progress is gone.
        """
        from ips_desktop.ui.widgets.background import run_in_background

        if self.building:  # a second Ctrl+P while the first is being laid out
            return False
        self._started += 1
        job = self._job = self._started

        def work() -> bytes | Exception:
            try:
                return build()
            except Exception as problem:  # raised on the GUI thread, once the progress is gone
                return problem

        def done(result: bytes | Exception) -> None:
            if job != self._job:  # cancelled: a newer printout may be under way
                return
            self._finish()
            if isinstance(result, Exception):
                raise result
            self._waiting = lambda: self._open(result, title, suggested_name, on_saved)
            if self.owner.isVisible():
                self.show_waiting()

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(job, title))
        run_in_background(work, done, self)
        return True

    def cancel(self) -> None:
        """Drop the printout under way: its result is ignored when it comes."""
        if self.building:
            self._finish()

    def show_waiting(self) -> None:
        """A preview made while `owner` was hidden: opened now that it is shown."""
        if self._waiting is not None and self.owner.isVisible():
            waiting, self._waiting = self._waiting, None
            waiting()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.owner and event.type() == QEvent.Type.Show \
                and self._waiting is not None:
            QTimer.singleShot(0, self, self.show_waiting)  # once the owner is on screen
        return False

    def _show_progress(self, job: int, title: str) -> None:
        # Never over the lock screen: a hidden owner means the window is locked (or
        # another area is shown); the lock hides a progress already shown, and the
        # unlock shows it again.
        if job != self._job or not self.owner.isVisible():
            return
        self.progress = PreparingDialog(title, self.owner)
        self.progress.rejected.connect(self.cancel)
        self.progress.open()

    def _finish(self) -> None:
        self._job = 0
        QApplication.restoreOverrideCursor()
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.rejected.disconnect(self.cancel)
            progress.hide()
            progress.deleteLater()  # gone, so an unlock cannot show it again

    def _open(self, pdf: bytes, title: str, suggested_name: str,
              on_saved: Callable[[], None] | None) -> None:
        dialog = PrintPreviewDialog(pdf, title, suggested_name, self.owner, on_saved=on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()


def preview_in_background(owner: QWidget, build: Callable[[], bytes], *, title: str,
                          suggested_name: str,
                          on_saved: Callable[[], None] | None = None) -> BackgroundPreview:
    """Ctrl+P's usual course: `build` off the GUI thread, then the preview over `owner`.

    Returns the owner's BackgroundPreview (its `building` and `preview` tell
    how far it is); a second call while one is being built does nothing.
    """
    helper = BackgroundPreview.of(owner)
    helper.start(build, title=title, suggested_name=suggested_name, on_saved=on_saved)
    return helper
