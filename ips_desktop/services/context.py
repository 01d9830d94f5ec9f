"""What every use case runs in: the open database, who is acting, one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ips_desktop.storage.change_log import ACTOR
from ips_desktop.storage.engine import for_writing


@dataclass
class AppContext:
    """Handed to every service call by the front end that owns the open database."""

    engine: Engine
    actor_id: uuid.UUID | None = None
    is_demo: bool = False


@contextmanager
def unit_of_work(ctx: AppContext) -> Iterator[Session]:
    """One use case, one transaction: all of it is written, or none of it."""
    with Session(ctx.engine, expire_on_commit=False, info=_info(ctx)) as session, \
            session.begin():
        yield session


@contextmanager
def write_unit(ctx: AppContext) -> Iterator[Session]:
    """A unit of work that reads and then writes, holding the write lock from its start.

    For writes made while a read runs in the background (the read's audit
    event commits in between): a plain unit of work would fail with "database
    is locked" at its first write; this one waits its turn (the busy timeout).
    """
    with Session(for_writing(ctx.engine), expire_on_commit=False, info=_info(ctx)) as session, \
            session.begin():
        yield session


def _info(ctx: AppContext) -> dict[str, object]:
    """Who is acting: the change log (storage/change_log.py) records it with every change."""
    return {ACTOR: ctx.actor_id}
