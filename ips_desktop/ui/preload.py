"""The rest of the app loads on a background thread while the unlock screen waits for typing.

The unlock screen is built from Qt and the standard library only, so it
shows at about the cost of a bare window; SQLAlchemy, the models, the
services and the main window's modules are imported here meanwhile. Typing
does not stutter: a keystroke in the password field runs Qt's own code, and
what little Python it needs gets the interpreter lock within the switch
interval, which is shortened while the imports run. Imports need no event
loop and create no widgets, so a plain thread is enough; anyone who needs the
modules calls `wait()` first (an import that failed here is simply repeated
there, where its error is handled like any other).

`QtTypeWarmUp` does the one part that belongs on the GUI thread: PySide
creates the Python type of a Qt class, with its enums, on first use (about a
third of a millisecond each), which would otherwise fall on the first paint
of the main window, after Enter. It creates them a few per turn of the event
loop once the loading is done, so a keystroke never waits more than a few
milliseconds, and goes on while the password is checked (the key derivation
runs on another thread and leaves the GUI thread idle).
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QTimer

from ips_desktop.crash_log import log
from ips_desktop.services import startup

# What the window needs after the unlock; services.startup adds what the unlock needs.
UI_MODULES = ("ips_desktop.ui.main_window", "ips_desktop.ui.areas.home",
              "ips_desktop.ui.participants.area")
SWITCH_INTERVAL_S = 0.001  # while loading: the GUI thread waits at most this for the GIL
QT_MODULES = (QtCore, QtGui, QtWidgets)
TYPES_PER_TURN = 6  # about 2 ms of the GUI thread per turn of the event loop
POLL_MS = 20


class Preloader:
    """`start()` begins the loading; `wait()` returns when all is imported (or failed).

    `wait()` before `start()` starts it, so nobody waits for a load that never began.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.seconds: float | None = None  # how long the loading took, once done
        self._thread = threading.Thread(target=self._run, name="ips-preload", daemon=True)
        self._starting = threading.Lock()

    def start(self) -> None:
        with self._starting:
            if self._thread.ident is None:
                self._thread.start()

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def wait(self) -> None:
        self.start()
        self._thread.join()

    def _run(self) -> None:
        start = time.perf_counter()
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        try:
            startup.load(self.root)
            for name in UI_MODULES:
                importlib.import_module(name)
        except Exception as exc:  # repeated where the module is used; only noted here
            log.warning("preloading stopped at %s", type(exc).__name__)
        finally:
            sys.setswitchinterval(interval)
            self.seconds = time.perf_counter() - start


class QtTypeWarmUp(QObject):
    """Creates the Python types of Qt's classes ahead of use, once `ready()` says so."""

    def __init__(self, ready: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._ready = ready
        self._names: list[tuple[object, str]] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._turn)
        self._timer.start(POLL_MS)

    @property
    def done(self) -> bool:
        return self._names == []

    def _turn(self) -> None:
        if self._names is None:
            if not self._ready():
                return
            self._names = [(module, name) for module in QT_MODULES for name in dir(module)
                           if name.startswith("Q")]
            self._timer.setInterval(0)  # from now on, whenever the event loop is idle
        for _ in range(TYPES_PER_TURN):
            if not self._names:
                self._timer.stop()
                return
            module, name = self._names.pop()
            getattr(module, name)
