"""Issue 19's retention list (who is due for erasure) through the real service.

`services.retention.due_for_erasure` on the large demo, read as the demo's team
lead: one grouped query over every course, joined back to each person's last
course and its consultant, then the exact date rule in Python and the audit
event. Floor, in the same run: the SELECTs the service sent (captured from the
engine, with their values) replayed in plain sqlite3 on the unencrypted copy.
"""

from __future__ import annotations

import atexit
import sqlite3

from sqlalchemy import select

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.supervision import _captured
from ips_desktop.domain.enums import Role
from ips_desktop.services import retention, workspace
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import Consultant


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    with unit_of_work(ws.ctx) as session:
        ws.ctx.actor_id = session.scalar(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value, Consultant.deleted_at.is_(None)).limit(1))

    return [_measured(ws, plain, ds, 5), _measured(ws, plain, ds, 3)]


def _measured(ws: workspace.Workspace, plain: sqlite3.Connection, ds: Dataset,
              years: int) -> Measurement:
    """The list at `years`, given as the IT policy would give it (the cache is not written)."""

    def due() -> list[retention.DueForErasure]:
        kept = retention._policy_years
        retention._policy_years = lambda: years  # type: ignore[assignment]
        try:
            return retention.due_for_erasure(ws.ctx, ds.today)
        finally:
            retention._policy_years = kept  # type: ignore[method-assign]

    sent = _captured(ws, due)

    def floor() -> None:
        for statement, parameters in sent:
            plain.execute(statement, parameters).fetchall()

    rows = due()
    return Measurement(f"retention: due for erasure ({years} years)", due, floor, repeats=9,
                       note=f"{len(rows)} people due (the demo's oldest people came back "
                            f"later), {len(sent)} SELECTs; floor: the same SELECTs in "
                            f"plain sqlite3")
