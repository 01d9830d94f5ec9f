"""Sync with the team database: push this laptop's changes, pull the team's (issue 21).

`sync_now` is what "Sync now", the timer and `ips-desktop sync` call; offline
is normal, so an unreachable team database is an error the caller shows
quietly (TeamUnreachable), never a loss: the changes wait in the outbox.
The rules (what applies, what merges, what waits as a conflict) are the
storage's (storage/sync/push.py); here are the use case, the errors front
ends tell apart, and the seam through which the team database's engine comes:
`services.team.team_engine` (the joined URL with the password
from the keyring); `use_team_engine` replaces it (tests, another login).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit
from ips_desktop.services import team as team_service
from ips_desktop.services.conflicts import carries_out_erasures
from ips_desktop.services.context import AppContext, write_unit
from ips_desktop.storage.database import read_setting
from ips_desktop.storage.errors import StorageError
from ips_desktop.storage.models import utcnow
from ips_desktop.storage.sync import run as sync_run

TEAM_URL = "team_url"  # the joined team database (services/team.py writes it)
OUT_OF_SIGHT = "out_of_sight"  # the audit entity of rows removed as no longer readable

EngineFactory = Callable[[AppContext], Engine]


class SyncError(StorageError):
    """Why a sync did not happen; nothing was lost (the changes wait to be sent)."""


class TeamUnreachable(SyncError):
    """The team database does not answer, or the connection broke: try again later."""

    exit_code = 42
    message_code = "sync_unreachable"


class TeamAuthFailed(SyncError):
    """The team database refused this laptop's login (password changed, member removed)."""

    exit_code = 43
    message_code = "sync_auth_failed"


class NotJoined(SyncError, team_service.NotJoined):
    """services.team's NotJoined, as one of the sync's errors (same code, same message)."""

    message_code = "NotJoined"


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # this laptop's changes the team database took
    pulled: int  # rows that came from the team (or went: erased there)
    conflicts_waiting: int  # hard conflicts and people to merge that wait for a person
    at: datetime
    refused: int = 0  # changes to rows this member may not write: recorded on the team
    out_of_sight: int = 0  # rows removed here: this login may no longer read them
    out_of_sight_kept: int = 0  # …kept until their unsent changes are sent


@dataclass(frozen=True)
class SyncStatus:
    joined: bool
    last_sync_at: datetime | None
    unsent: int
    conflicts_waiting: int


_factory: EngineFactory | None = None


def use_team_engine(factory: EngineFactory | None) -> None:
    """Where the team database's engine comes from (None: services.team.team_engine)."""
    global _factory
    _factory = factory


def joined(ctx: AppContext) -> bool:
    return bool(read_setting(ctx.engine, TEAM_URL))


def sync_now(ctx: AppContext, *, team: Engine | None = None,
             now: datetime | None = None) -> SyncReport:
    """One sync: push, then pull. TeamUnreachable / TeamAuthFailed / NotJoined say why not."""
    at = now or utcnow()
    with _team(ctx, team) as engine:
        try:
            pushed = sync_run.push_unsent(ctx.engine, engine, ctx.actor_id, at)
            pulled = sync_run.pull_new(ctx.engine, engine, at, pushed.refused_updates)
        except (StorageError, DBAPIError) as exc:
            problem = _problem(exc)
            if problem is None:
                raise
            raise problem from exc
    _follow_owner(ctx)
    if pulled.out_of_sight or pulled.out_of_sight_kept:
        _audit_out_of_sight(ctx, pulled.out_of_sight, pulled.out_of_sight_kept, at)
    return SyncReport(pushed=pushed.taken + pushed.dropped,
                      pulled=pulled.changed + pulled.erased + pulled.out_of_sight,
                      conflicts_waiting=_waiting(ctx), at=at,
                      refused=pushed.refused, out_of_sight=pulled.out_of_sight,
                      out_of_sight_kept=pulled.out_of_sight_kept)


def _audit_out_of_sight(ctx: AppContext, removed: int, kept: int, at: datetime) -> None:
    """The trail says that rows left this laptop, and how many: counts, never whose.

    (Its own transaction after the pull's, which writes nothing into the log; this
    event goes up with the next push, as every audit event does.)
    """
    with write_unit(ctx) as session:
        audit.record(session, ctx.actor_id, AuditAction.ERASE, entity=OUT_OF_SIGHT,
                     details={"rows": removed, "kept": kept}, at=at)


def _follow_owner(ctx: AppContext) -> None:
    """This laptop's consultant may have met the team's record of them (same live initials):
    the pull made the team's row the owner, and the session's actor follows."""
    from ips_desktop.services.workspace import OWNER_CONSULTANT

    owner = read_setting(ctx.engine, OWNER_CONSULTANT)
    if owner and str(ctx.actor_id) != owner:
        ctx.actor_id = uuid.UUID(owner)


def _waiting(ctx: AppContext) -> int:
    """Conflicts waiting here; refused erasures on the team lead's laptop only (theirs to do)."""
    return sync_run.waiting_conflicts(ctx.engine, erasures=carries_out_erasures(ctx))


def sync_status(ctx: AppContext) -> SyncStatus:
    """For the status bar: no network, only what this laptop knows."""
    return SyncStatus(joined=joined(ctx), last_sync_at=sync_run.last_sync(ctx.engine),
                      unsent=sync_run.unsent_count(ctx.engine),
                      conflicts_waiting=_waiting(ctx))


@contextmanager
def _team(ctx: AppContext, given: Engine | None) -> Iterator[Engine]:
    if given is not None:
        yield given
        return
    if not joined(ctx):
        raise NotJoined("not joined")
    try:
        engine = (_factory or _default_factory)(ctx)
    except (StorageError, DBAPIError) as exc:
        problem = _problem(exc)
        if problem is None:
            raise
        raise problem from exc
    try:
        yield engine
    finally:
        engine.dispose()


def _default_factory(ctx: AppContext) -> Engine:
    return team_service.team_engine(ctx)


_UNREACHABLE = ("ServerUnreachable", "TeamUnreachable", "TeamNoTls", "TeamChanged")
_AUTH = ("ServerAuthFailed", "TeamAuthFailed", "TeamCertificateRefused", "TeamMemberMismatch")


def _problem(exc: BaseException) -> SyncError | None:
    """What a failure of the team database's connection means for the sync, if it is one."""
    if isinstance(exc, SyncError):
        return exc
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & set(_AUTH):
        return TeamAuthFailed("the team database refused the login")
    if names & set(_UNREACHABLE):
        return TeamUnreachable("the team database cannot be reached")
    if isinstance(exc, team_service.NotJoined):
        return NotJoined("not joined")
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated
                                        or _is_connection_error(exc)):
        return TeamUnreachable("the connection to the team database broke")
    return None


def _is_connection_error(exc: DBAPIError) -> bool:
    state = getattr(exc.orig, "sqlstate", None)
    if state:
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")
    return type(exc.orig).__name__ == "OperationalError"
