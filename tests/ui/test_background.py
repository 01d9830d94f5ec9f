"""Background work: answers reach a widget that still exists, and only then."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from ips_desktop.ui.widgets.background import run_in_background, wait_for_background_work


def test_the_answer_reaches_the_widget_that_asked(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    answers = []
    run_in_background(lambda: 41 + 1, answers.append, widget)
    qtbot.waitUntil(lambda: answers == [42])


def test_a_widget_deleted_while_its_job_runs_gets_nothing_and_nothing_crashes(qtbot):
    release = threading.Event()
    answers = []
    for _ in range(20):
        widget = QWidget()
        run_in_background(lambda: release.wait(5) and "late", answers.append, widget)
        widget.deleteLater()
    qtbot.wait(50)  # the widgets are gone before their jobs answer
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert answers == []


def test_closing_waits_for_running_jobs(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    finished = threading.Event()
    run_in_background(lambda: finished.wait(0.3) or finished.set(), lambda _: None, widget)
    assert wait_for_background_work(5_000)
    assert finished.is_set()
