"""Deterministic demo data: a plausible IPS team in Region Sjælland, for trying and benchmarking.

The same seed and `today` give byte-for-byte the same rows, UUIDs included,
so a screenshot, a bug report or a benchmark can be reproduced anywhere. Rows
go in with Core bulk inserts in one transaction: the large size (5,000
participants, 100,000 employer contacts, 200,000 notes) must build in seconds,
which ORM objects one by one cannot do.

Only a database marked as demo (storage.database.create_database(..., demo=True))
and without participants is accepted, so real case files can never be mixed
with invented ones.

The package is split where the generator already had seams: `plan` draws the
team, employers, participants and courses; `rows` turns the plan into table
rows and writes them in batches; `activity` streams the three high-volume
tables (employer contacts, notes, calendar events); `names` holds the Danish
names and places. This module only checks the database and runs them in order.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit
from ips_desktop.services.demo.plan import SPECS, Plan
from ips_desktop.services.demo.rows import Progress, Rows, Writer
from ips_desktop.services.workspace import OWNER_CONSULTANT
from ips_desktop.storage.database import is_demo, write_settings
from ips_desktop.storage.engine import BULK_CACHE_KIB, bulk_write_cache
from ips_desktop.storage.models import Participant

__all__ = ["GENERATOR_VERSION", "DemoOwner", "DemoSummary", "Progress", "Size", "generate_demo"]

GENERATOR_VERSION = 11
"""Raise when the generated data change, so cached benchmark databases are rebuilt."""

Size = Literal["small", "large"]


@dataclass(frozen=True)
class DemoOwner:
    """The made-up consultant the demo is used as: "my participants" are hers."""

    id: uuid.UUID
    name: str
    initials: str
    open_courses: int  # hers
    team_open_courses: int  # everyone's


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, so the CLI and the tests can report and check them."""

    consultants: int
    participants: int
    courses: int
    phase_changes: int
    consents: int
    form_responses: int
    plan_reviews: int
    employers: int
    employer_contact_persons: int
    placements: int
    employer_contacts: int
    job_openings: int
    job_opening_candidates: int
    notes: int
    calendar_events: int
    psychiatry_units: int
    supervision_items: int = 0  # past weeks' ticks and notes from supervision
    staffing_periods: int = 0  # the team's FTE over time (one change, one who left)
    overview_targets: int = 0  # the team lead's expectations for the last 24 months
    implementation_plan_items: int = 0  # the agreements made, two deadlines passed
    owner: DemoOwner | None = None

    @property
    def total(self) -> int:
        """Rows written in all."""
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "owner")


def generate_demo(
    engine: Engine, *, size: Size = "small", seed: int = 1, today: date | None = None,
    progress: Progress | None = None, scale: int = 1,
) -> DemoSummary:
    """Fill an empty demo database; refuse anything else rather than mix data.

    `scale` multiplies the history (participants, employers, contacts, notes,
    calendar events) with the same team, as a team database that has held a
    team's work for years does: the benchmarks' "10× the large demo".
    """
    if size not in SPECS:
        raise ValueError(f"unknown demo size {size!r}; use 'small' or 'large'")
    if scale < 1:
        raise ValueError("scale is a whole number from 1")
    if not is_demo(engine):
        raise ValueError("this database is not a demo database; demo data are only "
                         "written into one created as demo")
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(Participant)).scalar_one():
            raise ValueError("this demo database already holds participants; "
                             "demo data go only into an empty one")
    spec = SPECS[size].scaled(scale)
    name = f"ips-demo:{size}:{seed}" + (f":x{scale}" if scale > 1 else "")
    rows = Rows(Plan(random.Random(name), today or date.today(), spec))
    with Session(engine) as session, session.begin():
        conn = session.connection()
        # A scaled history's indexes are that many times larger: so is the cache they need
        # (at 10× with the large demo's cache, the inserts re-read pages from disk for hours).
        with bulk_write_cache(conn, BULK_CACHE_KIB * scale):
            counts = rows.write(Writer(conn, rows.expected_rows(), progress))
        audit.record(session, None, AuditAction.CREATE, "demo", None,
                     {"size": size, "seed": seed})
    # Whoever opens the demo is one of its consultants, so "my participants" is her share
    # of the team's, and the greeting has her name.
    plan = rows.plan
    write_settings(engine, {OWNER_CONSULTANT: str(plan.owner.id)})
    open_courses = [c for c in plan.courses if c.ended_on is None]
    owner = DemoOwner(plan.owner.id, plan.owner.name, plan.owner.initials,
                      sum(1 for c in open_courses if c.consultant is plan.owner),
                      len(open_courses))
    if progress:
        progress("done", 1.0)
    return DemoSummary(**counts, owner=owner)
