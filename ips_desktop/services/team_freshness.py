"""How fresh each consultant's data on this laptop is: "synkroniseret for 2 dage siden".

The supervision list, the overview and the fidelity self-check count from the
rows on this laptop; after a pull these hold the team's rows, but only as far
as each consultant's laptops last pushed. The team database keeps, per laptop,
when it last pushed (`team_device.last_push_at`, a Record that travels down
with every pull), so every laptop knows how old each colleague's data is:
a consultant with several laptops counts by the latest of them, and this
laptop's own consultant by this laptop's last sync too. A team lead printing
a list in which someone's data is older than a week is warned (STALE_AFTER),
and the paper says it. A laptop that has joined no team shows nothing: one
laptop alone holds all its data, nothing is stale.

Freshness is counted by the last push, not the last pull: what the others
see of a consultant's work is what their laptop sent. When a laptop last
pulled (`team_device.last_pull_at`) says something else, whether it has
seen the others' work; `ips-desktop team status` shows both (`pulled_at`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from ips_desktop.domain.messages import message, plural
from ips_desktop.services import sync
from ips_desktop.services.context import AppContext, unit_of_work
from ips_desktop.storage.models import Consultant, TeamDevice, utcnow
from ips_desktop.storage.sync import run as sync_run

STALE_AFTER = timedelta(days=7)


@dataclass(frozen=True)
class Freshness:
    """One consultant's data as this laptop holds it: synced when (None: never), stale?"""

    consultant_id: uuid.UUID
    initials: str
    name: str
    synced_at: datetime | None  # an instant (UTC)
    days_ago: int | None  # calendar days on this laptop's clock; None: never synced
    stale: bool  # older than STALE_AFTER (or never synced)
    pulled_at: datetime | None = None  # when one of their laptops last took the team's data
    pulled_days_ago: int | None = None


def team_freshness(ctx: AppContext, *, now: datetime | None = None) -> tuple[Freshness, ...]:
    """Per consultant with a laptop on the team (and this laptop's own), sorted by initials.

    Nothing when this laptop has joined no team database (one laptop's use is unchanged).
    """
    if not sync.joined(ctx):
        return ()
    at = (now or utcnow()).astimezone(UTC)
    with unit_of_work(ctx) as session:
        devices = session.execute(
            select(TeamDevice.consultant_id, func.max(TeamDevice.last_push_at),
                   func.max(TeamDevice.last_pull_at))
            .where(TeamDevice.deleted_at.is_(None), TeamDevice.consultant_id.is_not(None))
            .group_by(TeamDevice.consultant_id)).all()
        people = session.execute(
            select(Consultant.id, Consultant.initials, Consultant.name)
            .where(Consultant.deleted_at.is_(None))).all()
    latest: dict[uuid.UUID, datetime | None] = {}
    pulled: dict[uuid.UUID, datetime | None] = {}
    for cid, pushed_at, pulled_at in devices:
        if cid is not None:
            latest[cid], pulled[cid] = _utc(pushed_at), _utc(pulled_at)
    me = ctx.actor_id
    if me is not None:  # this laptop's last sync ended with a pull, after its push
        own = _utc(sync_run.last_sync(ctx.engine))
        latest[me] = _latest(latest.get(me), own)
        pulled[me] = _latest(pulled.get(me), own)
    found = [Freshness(cid, initials, name, latest[cid], *_age(latest[cid], at),
                       pulled[cid], _age(pulled[cid], at)[0])
             for cid, initials, name in people if cid in latest]
    return tuple(sorted(found, key=lambda f: (f.initials, f.name)))


def stale(items: Sequence[Freshness]) -> tuple[Freshness, ...]:
    """The consultants whose data is older than a week: what a printout warns about."""
    return tuple(item for item in items if item.stale)


def describe(item: Freshness, language: str | None = None) -> str:
    """The line a screen and a printout show: "SOE – Sofie Eriksen: synkroniseret i går"
    (the consultant as the supervision list's headings name them)."""
    return message("freshness_line", language=language, who=f"{item.initials} – {item.name}",
                      when=synced_words(item, language))


def who(item: Freshness) -> str:
    """The consultant inside a sentence: "Sofie Eriksen (SOE)"."""
    return f"{item.name} ({item.initials})"


def synced_words(item: Freshness, language: str | None = None) -> str:
    return _days_words("synced", item.days_ago, language)


def pulled_words(item: Freshness, language: str | None = None) -> str:
    """When their laptop last took the team's data: "hentede teamets data i går"."""
    return _days_words("pulled", item.pulled_days_ago, language)


def _days_words(kind: str, days: int | None, language: str | None) -> str:
    """'never', 'today', 'yesterday' or 'n days ago', in the messages of `kind`."""
    if days is None:
        return message(f"{kind}_never", language=language)
    if days <= 0:
        return message(f"{kind}_today", language=language)
    if days == 1:
        return message(f"{kind}_yesterday", language=language)
    return plural(f"{kind}_days_ago", days, language)


def status_line(item: Freshness, language: str | None = None) -> str:
    """`team status`'s line: both what the team has of them and what they have of the team."""
    return message("freshness_status_line", language=language,
                   who=f"{item.initials} – {item.name}", when=synced_words(item, language),
                   pulled=pulled_words(item, language))


def stale_warning(items: Sequence[Freshness], language: str | None = None) -> str:
    """What a printout says on the page, and the dialog before it asks."""
    return message("freshness_stale", language=language, who=", ".join(who(i) for i in items))


def _age(when: datetime | None, now: datetime) -> tuple[int | None, bool]:
    if when is None:
        return None, True
    days = (now.astimezone().date() - when.astimezone().date()).days
    return max(days, 0), now - when > STALE_AFTER


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max((x for x in (a, b) if x is not None), default=None)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
