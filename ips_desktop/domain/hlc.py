"""Hybrid logical clock: change stamps that order as the changes happened, across laptops.

A laptop's wall clock can be a day behind or ahead, and is corrected while
the app runs; a plain timestamp would then put a later change before an
earlier one. A hybrid logical clock (Kulkarni et al., 2014) keeps the
physical time where it can and a counter where it cannot: a new stamp is
always after the last one this database made and after every remote stamp
it has seen, yet stays close to real time.

The text form `"{wall_ms:013d}-{counter:05d}-{node}"` sorts as the clock
does, so the database can order and compare stamps as plain strings; node
is the first 8 hex characters of the database id, which makes stamps of
two laptops differ even in the same millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WALL_DIGITS = 13  # milliseconds since 1970 fit 13 digits until the year 2286
COUNTER_DIGITS = 5
COUNTER_MAX = 10**COUNTER_DIGITS - 1
NODE_LENGTH = 8
ZERO_NODE = "0" * NODE_LENGTH

_TEXT = re.compile(rf"(\d{{{WALL_DIGITS}}})-(\d{{{COUNTER_DIGITS}}})-([0-9a-f]{{{NODE_LENGTH}}})")


@dataclass(frozen=True, order=True)
class Stamp:
    """One clock reading; compares (and sorts) as its text form does."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"


def node_of(database_id: str | None) -> str:
    """The node part for a database id: its first 8 hex digits (zeros when it has none)."""
    digits = "".join(c for c in (database_id or "").lower() if c in "0123456789abcdef")
    return (digits[:NODE_LENGTH] or ZERO_NODE).ljust(NODE_LENGTH, "0")


def start(node: str) -> str:
    """The stamp before every other of `node`: a database that has made no change yet."""
    return str(Stamp(0, 0, node))


def parse(text: str) -> Stamp:
    found = _TEXT.fullmatch(text)
    if found is None:
        raise ValueError(f"not a clock stamp: {text!r}")
    return Stamp(int(found[1]), int(found[2]), found[3])


def tick(last: str, now_ms: int) -> str:
    """The stamp of a local change: after `last` (this database's last), near `now_ms`."""
    previous = parse(last)
    return str(_after(previous.wall_ms, previous.counter, now_ms, previous.node))


def receive(last: str, remote: str, now_ms: int) -> str:
    """The local stamp on seeing `remote`: after both, so what follows is after it too."""
    mine, theirs = parse(last), parse(remote)
    if theirs.wall_ms > mine.wall_ms:
        wall, counter = theirs.wall_ms, theirs.counter
    elif theirs.wall_ms == mine.wall_ms:
        wall, counter = mine.wall_ms, max(mine.counter, theirs.counter)
    else:
        wall, counter = mine.wall_ms, mine.counter
    return str(_after(wall, counter, now_ms, mine.node))


def _after(wall: int, counter: int, now_ms: int, node: str) -> Stamp:
    """The next reading after (wall, counter): the wall clock if it is ahead, else a count."""
    if now_ms > wall:
        return Stamp(now_ms, 0, node)
    if counter < COUNTER_MAX:
        return Stamp(wall, counter + 1, node)
    # 100,000 changes in one millisecond of a clock that stands still: borrow the next one.
    return Stamp(wall + 1, 0, node)
