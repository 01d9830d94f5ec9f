"""How a change made offline meets the team database's row: the sync's rules, pure.

A laptop's change carries, per field, the value it saw (old) and the value it
wrote (new). When the team's row has not moved on since the laptop's copy,
the change applies as it is. When it has, each field is decided on its own
(the model ODK Central uses for entities):

- the team still holds the old value: nobody else touched this field, so the
  new value applies (a *soft* conflict: the row is merged, and that is noted);
- the team already holds the new value: both sides made the same change;
- anything else: both sides changed the same field differently, a *hard*
  conflict. The team keeps its value and the incoming one waits for a person
  (never last-write-wins for personal data: primeroIMS/primero#508).

A course's phase is not a value that travels: it is the phase of its latest
phase change, worked out again wherever phase changes arrive.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any

from ips_desktop.domain.enums import Phase


class FieldOutcome(Enum):
    APPLY = "apply"  # the team held the old value: take the new one
    SAME = "same"  # the team holds the new value already
    CONFLICT = "conflict"  # the team holds a third value: a person decides


def field_outcome(server: Any, old: Any, new: Any) -> FieldOutcome:
    """One field of a change to a row that moved on (values in their JSON encoding)."""
    if server == new:
        return FieldOutcome.SAME
    if server == old:
        return FieldOutcome.APPLY
    return FieldOutcome.CONFLICT


def latest_phase(changes: Iterable[tuple[str, date, datetime | None]]) -> str:
    """The phase of the latest live phase change (phase, changed_on, created_at).

    As services/courses.py reads it when a change is taken back: by the day
    it took effect, then by when it was recorded; a course without any is
    referred.
    """
    best: tuple[date, datetime | None, str] | None = None
    for phase, changed_on, created_at in changes:
        key = (changed_on, created_at, phase)
        if best is None or _later(key, best):
            best = key
    return best[2] if best is not None else Phase.REFERRED.value


def _later(a: tuple[date, datetime | None, str], b: tuple[date, datetime | None, str]) -> bool:
    if a[0] != b[0]:
        return a[0] > b[0]
    if a[1] is None or b[1] is None:
        return a[1] is not None
    return a[1] > b[1]
