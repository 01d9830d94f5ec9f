"""Where overlapping events sit side by side in a day's column: pure layout, no Qt.

The week grid draws each day as one column; events that overlap in time share
it. The rule is the one Google Calendar and Outlook users know: events that
overlap, directly or through a chain of others, form a cluster; each event takes
the first sub-column free at its start (earlier starts first, the longer one
first at the same start), the cluster is as wide as the sub-columns it needed,
and an event widens to the right over sub-columns that stay free for its whole
time, so a lone late event beside two short early ones is not drawn narrow.

Kept apart from the widget so it is tested in microseconds and computed once per
`set_occurrences`, never during a paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar


class _Comparable(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __le__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_Comparable)


@dataclass(frozen=True)
class Placement:
    """One event's share of its column: sub-columns [column, column + span) of `columns`."""

    column: int
    span: int
    columns: int

    @property
    def left(self) -> float:
        """Left edge as a fraction of the column's width."""
        return self.column / self.columns

    @property
    def width(self) -> float:
        """Width as a fraction of the column's width."""
        return self.span / self.columns


def side_by_side(intervals: Sequence[tuple[T, T]]) -> list[Placement]:
    """The placement of each (start, end) interval, in the order given.

    Intervals are half-open: one ending at 10:00 does not overlap one starting at
    10:00. Give each a length (the grid gives a short event the length it is drawn
    with): an empty one overlaps nothing and may share a sub-column.
    """
    order = sorted(range(len(intervals)),
                   key=lambda i: (intervals[i][0], _Reverse(intervals[i][1])))
    placements: list[Placement | None] = [None] * len(intervals)
    cluster: list[tuple[int, int]] = []  # (index, sub-column) of the open cluster
    column_ends: list[T] = []            # per sub-column: the end of its last event
    cluster_end: T | None = None

    def close_cluster() -> None:
        columns = len(column_ends)
        for index, column in cluster:
            span = 1
            start, end = intervals[index]
            while column + span < columns and not any(
                    other_column == column + span and _overlap(intervals[other], (start, end))
                    for other, other_column in cluster):
                span += 1
            placements[index] = Placement(column, span, columns)
        cluster.clear()
        column_ends.clear()

    for index in order:
        start, end = intervals[index]
        if cluster_end is not None and cluster_end <= start:
            close_cluster()
            cluster_end = None
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        cluster.append((index, column))
        if cluster_end is None or cluster_end < end:
            cluster_end = end
    close_cluster()
    return [placement for placement in placements if placement is not None]


def _overlap(a: tuple[T, T], b: tuple[T, T]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Reverse:
    """Sort key wrapper: the later end first, so the longer of two same-start events leads."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reverse) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reverse) and bool(self.value == other.value)

    def __hash__(self) -> int:
        return hash(self.value)
