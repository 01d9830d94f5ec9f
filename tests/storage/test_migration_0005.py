"""Migration 0005 on a database with employers and contacts from before it.

The register's folded names are filled in for the employers already there,
the retired purpose *job_development* becomes *networking*, and an old
contact gets the time 00:00 and no outcome from the list, so the log's
paging index holds every row. The downgrade is exercised on the way.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import select, text

from ips_desktop.services.context import unit_of_work
from ips_desktop.storage import schema
from ips_desktop.storage.models import Employer, EmployerContact

pytestmark = pytest.mark.sqlite_only(
    reason="a laptop file's batch-mode downgrade with SQLite's PRAGMA foreign_keys")


def test_employers_and_contacts_from_before_0005_are_carried_over(ws):
    cfg = schema.alembic_config()
    with ws.ctx.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # the downgrade recreates tables
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        conn.execute(text(
            "INSERT INTO employer (id, name, cvr, created_at, updated_at)"
            " VALUES (:id, 'Køge Tømrer & Snedker ApS', '35954716', '2026-11-01 09:00:00',"
            " '2026-11-01 09:00:00')"), {"id": "1" * 32})
        conn.execute(text(
            "INSERT INTO employer_contact (id, employer_id, consultant_id, contact_date, mode,"
            " purpose, outcome, created_at, updated_at) VALUES (:id, :employer, :me,"
            " '2026-11-10', 'phone', 'job_development', 'Ringer igen', '2026-11-10 09:00:00',"
            " '2026-11-10 09:00:00')"),
            {"id": "2" * 32, "employer": "1" * 32, "me": ws.ctx.actor_id.hex})
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    # The upgrade runs as at unlock: foreign keys on, an employer with a contact pointing at it.
    schema.upgrade(ws.ctx.engine)
    with unit_of_work(ws.ctx) as session:
        employer = session.scalars(select(Employer)).one()
        contact = session.scalars(select(EmployerContact)).one()
        assert employer.name_key == "koge tomrer og snedker"
        assert employer.website is None and employer.merged_into_id is None
        assert (contact.purpose, contact.outcome, contact.outcome_kind) == (
            "networking", "Ringer igen", None)
        assert contact.contact_time == dt.time(0, 0)
        assert contact.follow_up_done_on is None
    with ws.ctx.engine.connect() as conn:
        plan = " ".join(str(r) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM employer_contact"
            " ORDER BY contact_date DESC, contact_time DESC, id DESC LIMIT 10"))
    assert "ix_employer_contact_date" in plan and "TEMP B-TREE" not in plan
