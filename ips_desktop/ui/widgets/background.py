"""Work that may take longer than a frame runs off the GUI thread; its result comes by signal.

The window never freezes on a large caseload (DESIGN.md, "Speed"). The
database engine gives each thread its own connection, so a service call is
safe here as long as the widget that asked still exists when the answer comes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ips_desktop.crash_log import log, log_exception
from ips_desktop.services import problems


class _Bridge(QObject):
    """Carries a result from the worker to the GUI thread, where the asker is checked.

    The bridge has no parent and stays referenced until its answer is delivered,
    so a worker never emits on an object that the GUI thread is deleting; whether
    the widget that asked still exists is decided on the GUI thread, where
    nothing can delete it meanwhile.

    The receivers are declared slots: PySide 6.8 and later can crash when a
    signal emitted on a worker thread is queued to a plain Python callable
    (PYSIDE-3124), whereas a declared slot is queued by Qt itself.
    """

    done = Signal(object)
    failed = Signal(object)  # the StorageError to tell the user, or None (a logged bug)

    def __init__(self, owner: QObject, on_done: Callable[[Any], None]) -> None:
        super().__init__()
        self.owner, self.on_done = owner, on_done
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        _pending.discard(self)
        if shiboken6.isValid(self.owner):
            self.on_done(result)

    @Slot(object)
    def _fail(self, problem: object) -> None:
        _pending.discard(self)
        if shiboken6.isValid(self.owner):
            _say_problem(problem)


_pending: set[_Bridge] = set()  # bridges whose answer is on its way


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
            self.bridge.failed.emit(problem)
            return
        self.bridge.done.emit(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      owner: QObject) -> None:
    """Run `work()` on the thread pool and hand its result to `on_done` on the GUI thread."""
    bridge = _Bridge(owner, on_done)
    _pending.add(bridge)
    QThreadPool.globalInstance().start(_Job(work, bridge))


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Let running jobs finish before the database they read is closed.

    Closing a connection that a worker is still reading through crashes the
    process inside SQLite; the window calls this before it closes the workspace.
    """
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _say_problem(problem: object) -> None:
    """A full disk or damaged file met off the GUI thread is said like one met on it."""
    if problem is not None:
        from ips_desktop.ui.widgets.error_dialog import show_problem

        show_problem(problem)  # type: ignore[arg-type]
