from __future__ import annotations

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import set_language
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD


@pytest.fixture
def ws(data_dir):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    yield ws
    ws.close()
    set_language("da")


def test_create_and_list(ws):
    made = consultants.create_consultant(ws.ctx, ConsultantInput(
        name="Åse Ødegård", initials="aoe", municipality="Køge", fte=0.8, role=Role.TEAM_LEAD))
    assert made.initials == "AOE"
    assert consultants.list_consultants(ws.ctx) == [made]


def test_every_bad_field_is_reported_at_once_and_nothing_written(ws):
    with pytest.raises(ValidationError) as caught:
        consultants.create_consultant(ws.ctx, ConsultantInput(
            name="", initials="x", municipality="K" * 101, fte=3.0))
    error = caught.value
    assert error.for_field("name") == ["Skal udfyldes."]
    assert error.for_field("initials") == ["Initialer er 2–6 bogstaver eller tal."]
    assert error.for_field("municipality") == ["Må højst være 100 tegn."]
    assert "0,1 og 1,5" in error.for_field("fte")[0]
    assert consultants.list_consultants(ws.ctx) == []


def test_duplicate_initials_and_control_characters(ws):
    consultants.create_consultant(ws.ctx, ConsultantInput("Bo Berg", "BB", "Næstved"))
    set_language("en")
    with pytest.raises(ValidationError) as caught:
        consultants.create_consultant(ws.ctx, ConsultantInput("Bo\x07 Bak", "bb", "Næstved"))
    assert caught.value.for_field("initials") == [
        "Another consultant already uses these initials."]
    assert "control characters" in caught.value.for_field("name")[0]
    assert len(consultants.list_consultants(ws.ctx)) == 1


def test_audit_names_the_record_but_not_the_person(ws):
    made = consultants.create_consultant(ws.ctx, ConsultantInput("Søren Kierkegaard", "SK", "Køge"))
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    with Session(ws.ctx.engine) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity == "consultant")).all()
    assert [(e.action, e.entity_id) for e in events] == [("create", made.id)]
    assert "Kierkegaard" not in repr([(e.details, e.entity) for e in events])
