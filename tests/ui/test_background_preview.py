"""Every Ctrl+P's course: the PDF laid out off the GUI thread, a progress window, the preview.

The builds here wait on an Event the test sets, so "still being laid out" is a
state the test holds, not a race against the clock.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ips_desktop.reports import list_pdf as list_report
from ips_desktop.ui.widgets import print_preview
from ips_desktop.ui.widgets.background import wait_for_background_work
from ips_desktop.ui.widgets.print_preview import (
    BackgroundPreview,
    PreparingDialog,
    PrintPreviewDialog,
    preview_in_background,
)
from tests.ui.window_support import enrol, open_window, participants, press, visible_of


@pytest.fixture
def pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Uge 47")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set to let a held build finish (always set at the end: no worker left waiting)."""
    event = threading.Event()
    yield event
    event.set()


@pytest.fixture
def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def held(pdf: bytes, release: threading.Event) -> Callable[[], bytes]:
    def build() -> bytes:
        assert release.wait(20), "the test never let the build finish"
        return pdf
    return build


def test_a_slow_printout_shows_progress_then_the_preview(qtbot, owner, pdf, release):
    saved: list[str] = []
    helper = preview_in_background(owner, held(pdf, release), title="Supervisionsliste",
                                   suggested_name="supervision-2026-W47.pdf",
                                   on_saved=lambda: saved.append("saved"))
    assert helper is BackgroundPreview.of(owner)  # one per owner
    assert helper.building and helper.preview is None
    qtbot.waitUntil(lambda: helper.progress is not None and helper.progress.isVisible())
    progress = helper.progress
    assert progress.windowTitle() == "Supervisionsliste"
    assert progress.label.text() == "Udskriften forberedes…"
    assert progress.cancel_button.text() == "Annuller"
    assert progress.isModal()  # the list is not changed under its printout
    # A second Ctrl+P meanwhile: ignored, one printout.
    assert not helper.start(lambda: pdf, title="x", suggested_name="x.pdf")
    assert QApplication.overrideCursor() is not None
    release.set()
    qtbot.waitUntil(lambda: helper.preview is not None and helper.preview.isVisible())
    preview = helper.preview
    assert not helper.building and helper.progress is None
    assert QApplication.overrideCursor() is None
    assert preview.windowTitle() == "Supervisionsliste"
    assert preview.suggested_name == "supervision-2026-W47.pdf"
    assert preview.pdf_bytes == pdf and preview.on_saved is not None
    assert preview.parent() is owner
    assert visible_of(PreparingDialog) == []
    preview.reject()
    qtbot.waitUntil(lambda: helper.preview is None)  # closed means gone


def test_a_quick_printout_opens_without_a_progress_window(qtbot, owner, pdf, monkeypatch):
    shown: list[PreparingDialog] = []
    monkeypatch.setattr(PreparingDialog, "open", lambda self: shown.append(self))
    helper = preview_in_background(owner, lambda: pdf, title="Deltagerliste",
                                   suggested_name="liste.pdf")
    qtbot.waitUntil(lambda: helper.preview is not None)
    qtbot.wait(print_preview.PROGRESS_DELAY_MS + 100)  # the progress' timer has run out
    assert shown == []
    helper.preview.reject()


def test_cancel_drops_the_printout_and_frees_ctrl_p(qtbot, owner, pdf, release):
    helper = preview_in_background(owner, held(pdf, release), title="Uge 47",
                                   suggested_name="uge.pdf")
    qtbot.waitUntil(lambda: helper.progress is not None and helper.progress.isVisible())
    qtbot.mouseClick(helper.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not helper.building and helper.progress is None
    assert QApplication.overrideCursor() is None
    # A new Ctrl+P is taken at once, while the cancelled one is still being laid out.
    assert helper.start(lambda: pdf + b"\n%new", title="Uge 47", suggested_name="uge.pdf")
    qtbot.waitUntil(lambda: helper.preview is not None)
    assert helper.preview.pdf_bytes.endswith(b"%new")
    first = helper.preview
    release.set()  # the cancelled one comes back: dropped
    assert wait_for_background_work()
    qtbot.wait(50)  # its answer, queued to the GUI thread, delivered
    assert visible_of(PrintPreviewDialog) == [first]
    first.reject()


def test_escape_cancels_too(qtbot, owner, pdf, release):
    helper = preview_in_background(owner, held(pdf, release), title="Uge 47",
                                   suggested_name="uge.pdf")
    qtbot.waitUntil(lambda: helper.progress is not None and helper.progress.isVisible())
    qtbot.keyClick(helper.progress, Qt.Key.Key_Escape)
    assert not helper.building
    release.set()
    assert wait_for_background_work()
    qtbot.wait(50)
    assert helper.preview is None and visible_of(PrintPreviewDialog) == []


def test_a_printout_made_while_the_owner_is_hidden_waits_until_it_is_shown(
        qtbot, owner, pdf, release):
    helper = preview_in_background(owner, held(pdf, release), title="Uge 47",
                                   suggested_name="uge.pdf")
    owner.hide()  # locked (or another area shown) before the progress would show
    qtbot.wait(print_preview.PROGRESS_DELAY_MS + 100)
    assert helper.progress is None  # never over the lock screen
    release.set()
    qtbot.waitUntil(lambda: not helper.building)
    qtbot.wait(50)
    assert helper.preview is None and visible_of(PrintPreviewDialog) == []
    owner.show()  # nobody calls anything: the owner being shown is enough
    qtbot.waitUntil(lambda: helper.preview is not None and helper.preview.isVisible())
    helper.preview.reject()


def test_a_failing_build_is_raised_on_the_gui_thread_and_frees_ctrl_p(qtbot, owner, pdf):
    def broken() -> bytes:
        raise RuntimeError("layout failed")

    with qtbot.captureExceptions() as raised:
        helper = preview_in_background(owner, broken, title="Uge 47", suggested_name="u.pdf")
        qtbot.waitUntil(lambda: not helper.building)
    assert [str(error) for _, error, _ in raised] == ["layout failed"]
    assert QApplication.overrideCursor() is None and helper.preview is None
    assert helper.start(lambda: pdf, title="Uge 47", suggested_name="u.pdf")
    qtbot.waitUntil(lambda: helper.preview is not None)
    helper.preview.reject()


def test_the_lock_hides_the_progress_and_the_unlock_brings_the_preview_not_it(
        qtbot, ws, preferences, monkeypatch, release):
    made = list_report.list_pdf
    monkeypatch.setattr(list_report, "list_pdf", lambda *args, **kwargs: (
        release.wait(20), made(*args, **kwargs))[1])
    enrol(ws)
    window = open_window(qtbot, ws, preferences)
    area = participants(window)
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.table.setFocus()
    press(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(visible_of(PreparingDialog)) == 1)
    window.lock()
    assert visible_of(PreparingDialog) == []  # nothing over the lock screen
    release.set()
    qtbot.waitUntil(lambda: not area._printing, timeout=20_000)
    QApplication.processEvents()
    assert visible_of(PrintPreviewDialog) == []
    window.unlock()
    qtbot.waitUntil(lambda: len(visible_of(PrintPreviewDialog)) == 1)
    assert visible_of(PreparingDialog) == []  # the finished progress is not shown again
    visible_of(PrintPreviewDialog)[0].reject()
