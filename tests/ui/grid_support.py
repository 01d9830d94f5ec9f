"""Driving the week grid as a user does: press, move in steps, release (the area tests too)."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.enums import EventKind
from ips_desktop.services.calendar import Occurrence, OccurrenceRef

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def drag(widget: QWidget, start: QPoint, end: QPoint, *, release: bool = True,
         steps: int = 4) -> None:
    """A left-button drag from `start` to `end` through a few moves, as a hand makes it."""
    QTest.mousePress(widget, LEFT, NO_MODIFIER, start)
    for n in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * n / steps)
    if release:
        QTest.mouseRelease(widget, LEFT, NO_MODIFIER, end)


def occurrence(start: datetime, end: datetime, kind: EventKind = EventKind.OTHER,
               title: str = "Møde", *, location: str = "", held: bool = False,
               series: uuid.UUID | None = None, consultant: uuid.UUID | None = None,
               initials: str = "", event_id: uuid.UUID | None = None) -> Occurrence:
    """An Occurrence as the service returns it (the grid takes nothing else)."""
    ref = OccurrenceRef(event_id or uuid.uuid4(), start if series is not None else None)
    return Occurrence(ref=ref, series_id=series, kind=kind, title=title, starts_at=start,
                      ends_at=end, location=location, notes="", consultant_id=consultant,
                      consultant_initials=initials, course_id=None, participant="",
                      employer_id=None, employer_name="", held=held, sequence=0)
