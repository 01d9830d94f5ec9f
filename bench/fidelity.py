"""Issue 18's fidelity self-check for the last 12 months, through the real service.

`services.fidelity.fidelity_self_check` on the large demo: the courses open in
the period with their names, first employer contacts, follow-along contacts,
notes in the period and the last one before it, calendar meetings, placements,
staffing, the latest review, the eight items' rules in Python and the audit
event. Floor, in the same run: every SELECT the service sent (captured once
from the engine, with its values) replayed in plain sqlite3 on the
unencrypted copy, so the floor differs only in what SQLCipher, SQLAlchemy, the
rules and the dataclasses add. Read as the demo's team lead (team leads only).
"""

from __future__ import annotations

import atexit
import sqlite3
from datetime import date

from sqlalchemy import select

from bench.dataset import Dataset
from bench.harness import Measurement
from bench.supervision import _captured
from ips_desktop.domain.enums import Role
from ips_desktop.services import fidelity, workspace
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage.models import Consultant


def _twelve_months(today: date) -> tuple[date, date]:
    """The area's default: the 12 months up to this one (months, as the area gives them)."""
    months = today.year * 12 + today.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1), today.replace(day=1)


def measurements(ds: Dataset, plain: sqlite3.Connection) -> list[Measurement]:
    ws = workspace.unlock(ds.root, ds.password, exclusive=False)
    atexit.register(ws.close)
    with unit_of_work(ws.ctx) as session:
        ws.ctx.actor_id = session.scalar(select(Consultant.id).where(
            Consultant.role == Role.TEAM_LEAD.value, Consultant.deleted_at.is_(None)).limit(1))
    first, last = _twelve_months(ds.today)

    def check() -> fidelity.FidelityCheck:
        return fidelity.fidelity_self_check(ws.ctx, first, last, today=ds.today)

    sent = _captured(ws, check)

    def floor() -> None:
        for statement, parameters in sent:
            plain.execute(statement, parameters).fetchall()

    found = check()
    rows = sum(len(item.basis) for item in found.items)
    scores = " ".join(f"{item.number}:{item.score}" for item in found.items if item.derived)
    return [
        Measurement("fidelity self-check (12 months)", check, floor, repeats=9,
                    note=f"{first:%Y-%m}..{last:%Y-%m}, {rows} basis rows, {len(sent)} SELECTs "
                         f"(derived scores {scores}); floor: the same SELECTs in plain "
                         f"sqlite3"),
    ]
