"""Cycles of Qt objects are freed on the GUI thread, never on a loading or background thread.

In a child process, as `python -m ips_desktop` makes its application: a
widget kept alive only by a cycle, then a thread that allocates as the
unlock screen's loading thread does. Python alone would free the widget on
that thread (Qt destroying a widget off the GUI thread: the crash of a CI
run); with the app's collector it is freed by the GUI thread's timer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import sys, threading, weakref
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from ips_desktop.ui.app import make_application

    app = make_application()
    freed_on = []

    def garbage():
        widget = QWidget()
        widget.me = widget  # only the cyclic collector can free it
        weakref.finalize(widget, lambda: freed_on.append(threading.current_thread().name))

    for _ in range(20):
        garbage()
    kept = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(100_000)),
                              name="loading")
    worker.start()
    worker.join()
    on_worker = list(freed_on)
    QTimer.singleShot(1500, app.quit)
    app.exec()
    print(f"on_worker={on_worker[:1]} then={sorted(set(freed_on))} n={len(freed_on)}")
    sys.exit(0 if not on_worker and set(freed_on) == {"MainThread"} and len(freed_on) == 20
             else 3)
""")


def test_cycles_are_freed_on_the_gui_thread_only():
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, (result.stdout, result.stderr[-2000:])


def test_nothing_is_collected_while_the_loading_holds_it():
    """The unlock screen's loading holds collection (a full one amid its imports held up
    a keystroke); once released, the thresholds apply again."""
    import gc

    from ips_desktop.ui import gui_gc

    eager = (1, 1, 1)  # thresholds that are always passed
    gc.collect()
    young = [[] for _ in range(50)]  # objects made since the last collection
    gui_gc.hold()
    try:
        assert gui_gc.collect_if_due(eager) is None
    finally:
        gui_gc.release()
    young += [[] for _ in range(50)]  # (the first release froze the rest and reset the counts)
    assert gui_gc.collect_if_due(eager) is not None
