"""Python's cyclic garbage collector runs on the GUI thread only.

A widget kept alive only by a reference cycle (a dialog holding a bound
method of itself, as the unlock screen's password prompt does) is freed by
the cyclic collector, and Python runs that collector on whichever thread
happens to allocate when a threshold is crossed: the loading thread behind
the unlock screen, a background job. Qt then destroys the widget on that
thread while the GUI thread may be painting it: a crash at a random place
(one CI run died so, with the loading thread inside SQLAlchemy). So
automatic collection is switched off and this timer collects on the GUI
thread instead, generation by generation when the same thresholds as
Python's own are crossed (as pyqtgraph's GarbageCollector does). Freeing
by reference count, which is immediate, is unchanged.

While the unlock screen's loading runs, nothing is collected at all
(`hold`): a full collection amid the imports held up a keystroke on the
unlock screen by 10 ms or more. When it is done, what was loaded is frozen
(`gc.freeze`, once, as Python's documentation suggests after start-up), so
later collections do not walk the modules again.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500  # cheap when nothing is due: three counters are compared


_holding = [0]  # how many holds are on; a list so that holders need no global statement
_frozen = [False]  # the start-up is frozen once: a later loading (a test's) leaves it be


def hold() -> None:
    """No collection from now until `release()`: the loading thread's imports run."""
    _holding[0] += 1


def release() -> None:
    """The loading is done: freeze what it loaded, and collect again by the thresholds."""
    _holding[0] = max(0, _holding[0] - 1)
    if not _holding[0] and not _frozen[0]:
        _frozen[0] = True
        gc.freeze()


def collect_if_due(thresholds: tuple[int, int, int]) -> int | None:
    """Collect the oldest generation whose count passed its threshold; which one, or None.

    Also for callers without an event loop (the tests' teardown, on the main thread).
    """
    counts = gc.get_count()
    if _holding[0] or counts[0] <= thresholds[0]:
        return None
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Made on the GUI thread; from then on only it collects cycles, every INTERVAL_MS."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        threshold = gc.get_threshold()
        self.thresholds = (threshold[0], threshold[1], threshold[2])
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        collect_if_due(self.thresholds)


_installed: list[GuiThreadCollector] = []


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once, as the application is made (before any thread starts)."""
    if not _installed:
        _installed.append(GuiThreadCollector(app))
    return _installed[0]
