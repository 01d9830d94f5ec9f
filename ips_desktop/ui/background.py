"""Work that may take longer than a frame runs off the GUI thread; its result comes by signal.

The window never freezes on a large caseload (DESIGN.md, "Speed"). The
database engine gives each thread its own connection, so a service call is
safe here as long as the widget that asked still exists when the answer comes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ips_desktop.crash_log import log, log_exception
from ips_desktop.services import problems


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)  # the StorageError to tell the user, or None (a logged bug)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.work, self.bridge = work, bridge

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # the widget that asked shows its old state
            problem = problems.storage_problem(exc)
            if problem is None:
                log_exception(type(exc), exc.__traceback__)
            else:
                log.warning("background job: %s", type(problem).__name__)
            self._emit(self.bridge.failed, problem)
            return
        self._emit(self.bridge.done, result)

    def _emit(self, signal: Any, *args: Any) -> None:
        """The widget that asked may be gone by now (a window closed): then drop it."""
        if not shiboken6.isValid(self.bridge):
            return
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
            signal.emit(*args)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      owner: QObject) -> None:
    """Run `work()` on the thread pool and hand its result to `on_done` on the GUI thread."""
    bridge = _Bridge(owner)  # parented: dropped with the widget that asked
    bridge.done.connect(on_done)
    bridge.done.connect(bridge.deleteLater)
    bridge.failed.connect(_say_problem)
    bridge.failed.connect(bridge.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, bridge))


def _say_problem(problem: object) -> None:
    """A full disk or damaged file met off the GUI thread is said like one met on it."""
    if problem is not None:
        from ips_desktop.ui.error_dialog import show_problem

        show_problem(problem)  # type: ignore[arg-type]
