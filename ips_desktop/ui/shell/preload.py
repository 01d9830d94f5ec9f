"""The rest of the app loads on a background thread while the unlock screen waits for typing.

The unlock screen is built from Qt and the standard library only, so it
shows at about the cost of a bare window; the log file is opened, and
SQLAlchemy, the models, the services and the main window's modules are
imported here meanwhile. Typing
does not stutter: a keystroke in the password field runs Qt's own code, and
what little Python it needs gets the interpreter lock within the switch
interval, which is shortened while the imports run. Imports need no event
loop and create no widgets, so a plain thread is enough; anyone who needs the
modules calls `wait()` first (an import that failed here is simply repeated
there, where its error is handled like any other).

After the imports, the thread has PySide create the Python types of Qt's
classes, with their enums: PySide does that on first use (a third of a
millisecond each, 35 ms for the `Qt` namespace), which would otherwise fall
on the main window's first paint, after Enter. Here it is Python code that
hands the interpreter lock back within the switch interval, where on the GUI
thread one large class would hold up a keystroke for its whole creation.
The GUI thread meanwhile runs only the unlock screen, whose types exist.

The `holidays` package reads its names' translations on its first call (about
90 ms): the holidays around today are asked for here too, so the calendar's
first week does not wait for them.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from ips_desktop.crash_log import log, open_log_file
from ips_desktop.hardening import finish_hardening
from ips_desktop.services import startup
from ips_desktop.ui import gui_gc

# What the window needs after the unlock; services.startup adds what the unlock needs.
UI_MODULES = ("ips_desktop.ui.shell.main_window", "ips_desktop.ui.home.area",
              "ips_desktop.ui.participants.area", "ips_desktop.ui.employers.area",
              "ips_desktop.ui.calendar.area", "ips_desktop.ui.supervision.area",
              "ips_desktop.ui.overview.area", "ips_desktop.ui.privacy.area")
SWITCH_INTERVAL_S = 0.001  # while loading: the GUI thread waits at most this for the GIL
QT_MODULES = (QtCore, QtGui, QtWidgets)


def _warm_holidays() -> None:
    from datetime import date, timedelta

    from ips_desktop.domain import messages
    from ips_desktop.domain.public_holidays import public_holidays

    today = date.today()
    public_holidays(today - timedelta(days=62), today + timedelta(days=62),
                    messages.current_language())


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

    def wait(self, *, start: bool = True) -> None:
        """Until the loading is done; `start=False`: only if it has begun (to exit safely)."""
        if start:
            self.start()
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        start = time.perf_counter()
        gui_gc.hold()  # no collection amid the imports (ui/gui_gc.py)
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        finish_hardening()  # no core dumps, before anything a dump could give away is read
        try:
            open_log_file()  # left for now by ui.app: its module costs the screen's first paint
            startup.load(self.root)
            for name in UI_MODULES:
                importlib.import_module(name)
            _warm_holidays()
            for module in QT_MODULES:
                for name in dir(module):
                    if name.startswith("Q"):
                        getattr(module, name)  # PySide creates the type here, not later
        except Exception as exc:  # repeated where the module is used; only noted here
            log.warning("preloading stopped at %s", type(exc).__name__)
        finally:
            sys.setswitchinterval(interval)
            gui_gc.release()
            self.seconds = time.perf_counter() - start

