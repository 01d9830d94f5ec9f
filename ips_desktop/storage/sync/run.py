"""One sync's transactions: push (the team's, then the laptop's), pull (read there, write here).

1. Push: the unsent entries are read; one transaction on the team database
   applies them (storage/sync/push.py) and records how far it got for this
   laptop; then one on the laptop drops them from its outbox. If the connection breaks
   before the team's commit, nothing was taken; if it breaks after it (the
   laptop never heard), the entries stay unsent here, and the next push
   skips them by `team_device.pushed_up_to`: nothing twice, nothing lost.
2. Pull: a snapshot of the team database, written into the laptop in one
   transaction whose session writes nothing into the laptop's log; the last
   `server_seq` read is kept (setting `team_last_pull_seq`) in the same
   transaction, and the laptop's clock moves past the newest it saw. Once
   the laptop's transaction is committed, the snapshot's transaction records
   when this laptop pulled (`team_device.last_pull_at`), its only write.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from ips_desktop.storage import change_log
from ips_desktop.storage.database import write_settings_in
from ips_desktop.storage.engine import for_writing
from ips_desktop.storage.models import Base, Setting
from ips_desktop.storage.server import ServerAuthFailed, ServerUnreachable
from ips_desktop.storage.sync import out_of_sight, team_device
from ips_desktop.storage.sync import outbox as sync_outbox
from ips_desktop.storage.sync import pull as sync_pull
from ips_desktop.storage.sync import push as sync_push
from ips_desktop.storage.sync.pull import PullResult
from ips_desktop.storage.sync.push import PushResult
from ips_desktop.storage.sync.rights import ERASE_REFUSED

LAST_PULL = "team_last_pull_seq"
LAST_SYNC = "team_last_sync_at"  # when the last whole sync (push and pull) ended
READ_LESS = "team_login_reads_less"  # "1": the last pull's login read less than all rows
DATABASE_ID = change_log.DATABASE_ID

# Test seams: called between the team's commit and the laptop's, and before each batch.
after_team_commit: Callable[[], None] | None = None


def database_id(local: Engine) -> str:
    with local.connect() as conn:
        value = conn.execute(select(Setting.value).where(Setting.key == DATABASE_ID)).scalar()
    if not value:
        raise ValueError("this database has no id")
    return str(value)


def push_unsent(local: Engine, team: Engine, consultant_id: uuid.UUID | None,
                now: datetime) -> PushResult:
    origin = database_id(local)
    with local.connect() as conn:
        changes = sync_outbox.unsent(conn)
    with _connected(team) as server, server.begin():
        result = sync_push.push(server, origin, consultant_id, changes, now)
    if after_team_commit is not None:
        after_team_commit()
    if changes:
        with Session(for_writing(local)) as session, session.begin():
            conn = session.connection()
            sync_outbox.drop_pushed(conn, result.pushed_up_to)
            _keep_clock(session, {})
    return result


def pull_new(local: Engine, team: Engine, now: datetime,
             refetch: Iterable[tuple[str, uuid.UUID]] = ()) -> PullResult:
    """`refetch`: rows the push just refused to update, taken back as the team has them."""
    origin = database_id(local)
    with for_writing(local).connect() as probe:
        after = int(probe.execute(select(Setting.value).where(Setting.key == LAST_PULL))
                    .scalar() or 0)
        read_less = probe.execute(select(Setting.value).where(Setting.key == READ_LESS)).scalar()
    with _connected(team) as server, server.begin():
        sync_pull.begin_snapshot(server)
        reads_less = out_of_sight.reads_less_than_all(server)
        if not reads_less and read_less == "1":
            after = 0  # "own" became "team": what others hold comes in sight, changed or not
        with Session(for_writing(local), info={change_log.APPLYING_SYNC: True}) as session, \
                session.begin():
            conn = session.connection()
            result = sync_pull.pull(server, conn, after, refetch)
            if reads_less:
                _follow_sight(server, conn, result)
            done = {LAST_SYNC: now.astimezone(UTC).isoformat(),
                    READ_LESS: "1" if reads_less else "0"}
            if result.newest_seq > after:
                done[LAST_PULL] = str(result.newest_seq)
            if result.newest_hlc:
                change_log.observe(conn, result.newest_hlc)
            _keep_clock(session, done)
        # After the laptop's commit: waiting here for a push's lock holds no lock of the laptop.
        team_device.note_pull(server, origin, now)
    return result


def _follow_sight(server: Connection, conn: Connection, result: PullResult) -> None:
    """Rows that came into the login's sight unchanged come; rows out of it go (here only).

    Compared again after a removal: erasure's walk takes a consultant's own calendar
    event with the course handed away, and it comes back, unlinked from that course.
    """
    for again in (False, True):
        difference = out_of_sight.compare(server, conn)
        if difference.came:  # only those rows: nothing numbered above what the pull read
            more = sync_pull.pull(server, conn, result.newest_seq, difference.came)
            result.rows += more.rows
            result.changed += more.changed
            for name, count in more.per_table.items():
                result.per_table[name] = result.per_table.get(name, 0) + count
            if again:  # removed a moment ago and back: they did not leave this laptop
                result.out_of_sight -= more.rows
                result.changed -= more.changed
        removal = out_of_sight.remove(conn, difference.gone)
        result.out_of_sight += removal.removed
        result.out_of_sight_kept = removal.kept
        out_of_sight.unlink_orphans(conn)
        if not removal.removed:
            break


def _keep_clock(session: Session, values: dict[str, str]) -> None:
    """`values` and the clock (setting CLOCK) into the laptop's settings, in one upsert."""
    clock = change_log.clock_now(session.connection())
    write_settings_in(session, values | ({change_log.CLOCK: clock} if clock else {}))


def last_sync(local: Engine) -> datetime | None:
    with local.connect() as conn:
        value = conn.execute(select(Setting.value).where(Setting.key == LAST_SYNC)).scalar()
    return datetime.fromisoformat(value) if value else None


@contextmanager
def _connected(team: Engine) -> Iterator[Connection]:
    """A connection to the team database; once it is open, any failure of it is a lost one.

    (A connection cut mid-transaction must not read as a refused login: the
    login was accepted when it opened.)
    """
    with team.connect() as conn:
        try:
            yield conn
        except ServerAuthFailed as exc:
            raise ServerUnreachable("the connection to the team database was lost") from exc


def unsent_count(local: Engine) -> int:
    with local.connect() as conn:
        return sync_outbox.count_unsent(conn)


def waiting_conflicts(local: Engine, *, erasures: bool = False) -> int:
    """Hard conflicts (and people to merge) on this laptop that no one has decided yet.

    `erasures`: refused erasures count too (the team lead's laptop: theirs to carry out).
    """
    table = Base.metadata.tables["sync_conflict"]
    query = select(func.count()).select_from(table).where(
        table.c.resolved_at.is_(None), table.c.deleted_at.is_(None), table.c.kind != "merged")
    if not erasures:
        query = query.where(table.c.kind != ERASE_REFUSED)
    with local.connect() as conn:
        return conn.execute(query).scalar_one()


def last_pull_seq(local: Engine) -> int:
    with local.connect() as conn:
        return int(conn.execute(select(Setting.value).where(Setting.key == LAST_PULL))
                   .scalar() or 0)
