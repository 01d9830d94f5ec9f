"""What a drag on the week grid means in time: the rules, apart from the mouse.

Three drags, each snapped to the quarter hour. Moving keeps the length and puts
the start on the nearest quarter; the bottom edge and a new event take the slot
under the pointer as their last slot (the way Outlook selects slots), so a drag
from the 10:00 slot to the 10:45 slot asks for 10:00–11:00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QPoint

from ips_desktop.ui.calendar.grid_layout import SNAP_MINUTES

if TYPE_CHECKING:
    from ips_desktop.services.calendar import Occurrence

STEP = timedelta(minutes=SNAP_MINUTES)
LONGEST = timedelta(hours=24)  # the service refuses longer events; the drag stops there


@dataclass
class Drag:
    mode: Literal["move", "resize", "create"]
    press: QPoint
    column: int                     # where it is shown: day index * lanes + lane
    press_time: datetime            # the moment under the press
    occurrence: Occurrence | None = None
    started: bool = False           # past the start-drag distance
    start: datetime | None = None   # what the drag shows now
    end: datetime | None = None

    def follow(self, here: datetime) -> None:
        """Update start and end for the pointer now at the moment `here`."""
        occurrence = self.occurrence
        if self.mode == "move" and occurrence is not None:
            self.start = round_to(occurrence.starts_at + (here - self.press_time), STEP)
            self.end = self.start + (occurrence.ends_at - occurrence.starts_at)
        elif self.mode == "resize" and occurrence is not None:
            self.start = occurrence.starts_at
            end = floor_to(here, STEP) + STEP
            self.end = min(max(end, occurrence.starts_at + STEP), occurrence.starts_at + LONGEST)
        else:
            first, last = sorted((self.press_time, here))
            self.start = floor_to(first, STEP)
            self.end = max(floor_to(last, STEP) + STEP, self.start + STEP)

    def changed(self) -> bool:
        """A create always asks; a move or resize only when the times differ."""
        if self.start is None or self.end is None:
            return False
        if self.occurrence is None:
            return True
        return (self.start, self.end) != (self.occurrence.starts_at, self.occurrence.ends_at)


def floor_to(when: datetime, step: timedelta) -> datetime:
    midnight = datetime.combine(when.date(), time(0))
    return midnight + (when - midnight) // step * step


def round_to(when: datetime, step: timedelta) -> datetime:
    return floor_to(when + step / 2, step)
