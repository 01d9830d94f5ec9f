"""A small audit trail for the audit view's tests: people, consultants and events at known times.

`build_trail(ws)` makes the workspace's owner (SOE) a team lead, adds a second
consultant (AB) and two participants (Anna Ærø, CPR 010190-1234, and Bo
Østergård, CPR 020285-4321), and writes events straight through
`services.audit.record` with the times stated (UTC), so each filter's answer is
known beforehand. Times are chosen around Danish midnights: the tests run with
TZ=Europe/Copenhagen.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction, Role
from ips_desktop.services import audit, consultants
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.models import Consultant, Participant

ANNA, BO = "Anna Ærø", "Bo Østergård"


@dataclass(frozen=True)
class Trail:
    me: uuid.UUID  # SOE, the team lead
    ab: uuid.UUID  # AB, a consultant
    anna: uuid.UUID
    bo: uuid.UUID
    gone: uuid.UUID  # a participant id that no longer resolves (erased)


def danish_time(monkeypatch) -> None:
    """The tests' local time is Denmark's, whatever the machine's."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def make_lead(ws, consultant_id: uuid.UUID) -> None:
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Consultant).where(Consultant.id == consultant_id)
                     .values(role=Role.TEAM_LEAD.value))


def build_trail(ws) -> Trail:
    me = ws.ctx.actor_id
    make_lead(ws, me)
    ab = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Aase Bøgh", "AB", "Køge", 1.0, Role.CONSULTANT)).id
    anna, bo, gone = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with Session(ws.ctx.engine) as session, session.begin():
        session.add_all([Participant(id=anna, name=ANNA, cpr="010190-1234"),
                         Participant(id=bo, name=BO, cpr="020285-4321")])
    events = [
        # (at UTC, actor, action, entity, entity id, participant, details)
        ("2026-11-30T22:30:00", me, AuditAction.READ, "participant", anna, anna, {}),
        ("2026-11-30T23:30:00", ab, AuditAction.UPDATE, "participant", anna, anna,
         {"fields": 2}),
        ("2026-12-01T10:00:00", ab, AuditAction.PRINT, "course", uuid.uuid4(), bo,
         {"form": "referral"}),
        ("2026-12-01T12:00:00", None, AuditAction.UNLOCK_FAILED, None, None, None, {}),
        ("2026-12-01T22:59:59", me, AuditAction.EXPORT, "caseload", None, None, {"rows": 2}),
        ("2026-12-01T23:00:00", me, AuditAction.ERASE, "participant", gone, gone, {}),
    ]
    with Session(ws.ctx.engine) as session, session.begin():
        for when, actor, action, entity, entity_id, person, details in events:
            audit.record(session, actor, action, entity, entity_id, details, at=at(when),
                         participant_id=person)
    return Trail(me, ab, anna, bo, gone)
