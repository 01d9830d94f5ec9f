"""What every use case runs in: the open database, who is acting, one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from ips_desktop.storage.change_log import ACTOR
from ips_desktop.storage.engine import for_writing
from ips_desktop.storage.errors import ChangedMeanwhile
from ips_desktop.storage.models import Record


@dataclass
class AppContext:
    """Handed to every service call by the front end that owns the open database."""

    engine: Engine
    actor_id: uuid.UUID | None = None
    is_demo: bool = False


@contextmanager
def unit_of_work(ctx: AppContext) -> Iterator[Session]:
    """One use case, one transaction: all of it is written, or none of it.

    An update made from a stale copy of a row (`expect_version`, or another
    transaction that changed it first) raises ChangedMeanwhile, all rolled back.
    """
    with _stale_is_changed_meanwhile(), \
            Session(ctx.engine, expire_on_commit=False, info=_info(ctx)) as session, \
            session.begin():
        yield session


@contextmanager
def write_unit(ctx: AppContext) -> Iterator[Session]:
    """A unit of work that reads and then writes, holding the write lock from its start.

    For writes made while a read runs in the background (the read's audit
    event commits in between): a plain unit of work would fail with "database
    is locked" at its first write; this one waits its turn (the busy timeout).
    """
    with _stale_is_changed_meanwhile(), \
            Session(for_writing(ctx.engine), expire_on_commit=False, info=_info(ctx)) as session, \
            session.begin():
        yield session


def expect_version(row: Record, seen: int | None) -> None:
    """Write `row` only if it is still at the version the user's screen was read from.

    The flush's UPDATE then says `WHERE version = seen` (SQLAlchemy's version
    counter), so a change made meanwhile (another window, a pull from the team)
    is not overwritten by values typed over the old ones: ChangedMeanwhile.
    None: the caller read no version (nothing to compare).
    """
    if seen is not None and seen != row.version:
        set_committed_value(row, "version", seen)


@contextmanager
def _stale_is_changed_meanwhile() -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:
        raise ChangedMeanwhile("the row was changed since it was read") from exc


def _info(ctx: AppContext) -> dict[str, object]:
    """Who is acting: the change log (storage/change_log.py) records it with every change."""
    return {ACTOR: ctx.actor_id}
