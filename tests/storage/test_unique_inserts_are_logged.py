"""Rows inserted by ON CONFLICT (storage/unique.py) travel like the ORM's: they are logged."""

from __future__ import annotations

from sqlalchemy import select

from ips_desktop.services import forms
from ips_desktop.storage.models import ChangeLog, Consultant, FormDefinition
from tests.reports.support import REFERRAL_TEXT, referral_spec


def _entries(ws, model):
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(ChangeLog.op, ChangeLog.row_id, ChangeLog.changes,
                                   ChangeLog.origin, ChangeLog.actor_id)
                            .where(ChangeLog.table_name == model.__tablename__)).all()


def test_a_new_consultant_and_form_definition_are_logged_as_inserts(ws):
    ((op, row_id, changes, origin, actor),) = _entries(ws, Consultant)
    assert op == "insert" and row_id == ws.ctx.actor_id
    assert changes["initials"] == [None, "SOE"] and origin is not None

    assert forms.remember_form(ws.ctx, referral_spec(), REFERRAL_TEXT)
    ((op, _, changes, _, actor),) = _entries(ws, FormDefinition)
    assert op == "insert" and changes["form_id"][1] == referral_spec().id
    assert actor == ws.ctx.actor_id
