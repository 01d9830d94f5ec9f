"""Run by tests/ui/test_form_under_x11.py in a subprocess under Xvfb, where a real window
system exists: `close` presses the window manager's close button (WM_DELETE_WINDOW) on a
half-filled FormWizard; `fit` opens the referral wizard on a scaled screen and checks that
no page needs a horizontal scroll bar. Each prints one line per step for the test to read."""
import ctypes
import sys

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from ips_desktop.ui.widgets import form_editor
from ips_desktop.ui.widgets.form_editor import FormEditor, FormWizard
from ips_desktop.ui.widgets.unsaved import Unsaved
from tests.reports.support import referral_spec


class XClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("l", ctypes.c_long * 5), ("pad", ctypes.c_long * 12)]


def press_close_button(window_id: int) -> None:
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    event = XClientMessage(type=33, window=window_id, format=32,
                           message_type=x11.XInternAtom(display, b"WM_PROTOCOLS", 0))
    event.l[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(display, window_id, 0, 0, ctypes.byref(event))
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XFlush(display)


class Wizard(FormWizard):
    def submit(self) -> bool:
        return True


def close_button() -> None:
    answers = [Unsaved.KEEP_EDITING, Unsaved.DISCARD]
    asked = []
    form_editor.ask_about_unsaved = lambda parent: (asked.append(1), answers.pop(0))[1]
    wizard = Wizard(FormEditor(referral_spec(), "da"), "Test")
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    QTest.keyClicks(wizard.editor.widgets["name"].edit, "Halvt")
    for _ in range(2):
        press_close_button(int(wizard.winId()))
        QTest.qWait(300)
        print(f"asked={len(asked)} visible={wizard.isVisible()} "
              f"name={wizard.editor.widgets['name'].value()}", flush=True)


def fit() -> None:
    """The wizard as it opens on this screen (its size capped by the screen), every page."""
    from ips_desktop.ui.i18n import apply_language

    screen = QApplication.primaryScreen()
    print(f"screen={screen.size().width()}x{screen.size().height()} "
          f"ratio={screen.devicePixelRatio()}", flush=True)
    for language in ("da", "en", "nb"):
        apply_language(language)
        wizard = Wizard(FormEditor(referral_spec(), language), "Test")
        wizard.show()
        QTest.qWaitForWindowExposed(wizard)
        for row in range(wizard.steps.count()):
            wizard.steps.setCurrentRow(row)
            QTest.qWait(50)
            area = wizard.pages.currentWidget()
            assert isinstance(area, QScrollArea)
            title = wizard.editor.pages[row].title
            whole = title.fontMetrics().horizontalAdvance(title.text()) <= title.width()
            print(f"{language} page={row} size={wizard.width()}x{wizard.height()} "
                  f"hbar={area.horizontalScrollBar().maximum()} title_whole={whole}",
                  flush=True)
        wizard.hide()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    {"close": close_button, "fit": fit}[sys.argv[1]]()
