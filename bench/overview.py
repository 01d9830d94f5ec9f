"""Issue 18's figures: the team overview for 24 months, through the real service.

`services.overview.team_overview` on the large demo (about 5,000 courses, 20
consultants): the courses, placements, staffing periods, consultants and
targets read, every month counted for the team and each consultant, within 18
months, and its audit event. Read as one of the demo's team leads (a
consultant is refused). Floor, in the same run: every SELECT the service sent
(captured once from the engine, with its values) replayed in plain sqlite3 on
the unencrypted copy, so the floor differs only in what SQLCipher,
SQLAlchemy, the counting and the dataclasses add.
"""

from __future__ import annotations

import atexit
import sqlite3
from dataclasses import replace

from sqlalchemy import select

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.supervision import _captured
from ips_desktop.domain.enums import Role
from ips_desktop.domain.overview import add_months, month_of
from ips_desktop.services import overview, workspace
from ips_desktop.services.overview_model import TeamOverview
from ips_desktop.storage.models import Consultant


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    with ws.ctx.engine.connect() as conn:
        lead = conn.execute(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value, Consultant.deleted_at.is_(None))
            .order_by(Consultant.initials)).scalars().first()
    ctx = replace(ws.ctx, actor_id=lead)
    last = month_of(ds.today)
    first = add_months(last, -23)

    def team() -> TeamOverview:
        return overview.team_overview(ctx, first, last, today=ds.today)

    sent = _captured(ws, team)

    def floor() -> None:
        for statement, parameters in sent:
            plain.execute(statement, parameters).fetchall()

    result = team()
    courses = sum(1 for _ in plain.execute("SELECT 1 FROM course WHERE deleted_at IS NULL"))
    return [
        Measurement("team overview (24 months)", team, floor, repeats=9,
                    note=f"{courses} courses, {len(result.consultants)} consultants, "
                         f"{len(sent)} SELECTs; floor: the same SELECTs in plain sqlite3"),
    ]
