from __future__ import annotations

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import set_language
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.models import AuditEvent
from tests import backends


@pytest.fixture
def ws(data_dir):
    ws = backends.new_workspace(data_dir)
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


def _consultant_events(ws):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    with Session(ws.ctx.engine) as session:
        return [(e.action, e.entity_id, e.details) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "consultant").order_by(AuditEvent.at))]


def test_profile_update_checks_like_first_run_and_keeps_initials_unique(ws):
    me = consultants.create_consultant(ws.ctx, ConsultantInput("Bo Berg", "BB", "Næstved"))
    consultants.create_consultant(ws.ctx, ConsultantInput("Åse Ødegård", "AOE", "Køge"))
    with pytest.raises(ValidationError) as caught:
        consultants.update_profile(ws.ctx, me.id, ConsultantInput("", "aoe", "Køge", 2.0))
    assert caught.value.for_field("name") == ["Skal udfyldes."]
    assert caught.value.for_field("initials") == [
        "Initialerne bruges allerede af en anden konsulent."]
    assert "0,1 og 1,5" in caught.value.for_field("fte")[0]
    # Keeping one's own initials is no clash; lower case is stored upper case.
    changed = consultants.update_profile(ws.ctx, me.id, ConsultantInput(
        " Bo Bergström ", "bb", "Køge", 0.8))
    assert (changed.name, changed.initials, changed.municipality, changed.fte) == (
        "Bo Bergström", "BB", "Køge", 0.8)
    assert changed.role is Role.CONSULTANT
    assert [c for c in consultants.list_consultants(ws.ctx) if c.id == me.id] == [changed]


def test_a_profile_change_is_audited_without_the_name_and_fte_with_its_values(ws):
    me = consultants.create_consultant(ws.ctx, ConsultantInput("Søren Kierkegaard", "SK", "Køge"))
    workspace.set_owner(ws, me.id)
    consultants.update_profile(ws.ctx, me.id, ConsultantInput("Søren Aabye Kierkegaard", "SAK",
                                                              "Køge", 0.5))
    consultants.update_profile(ws.ctx, me.id, ConsultantInput("Søren Aabye Kierkegaard", "SAK",
                                                              "Køge", 0.5))  # no change
    events = _consultant_events(ws)
    assert events[1:] == [("update", me.id, {"name": True, "initials": True, "fte": True,
                                             "fte_from": 1.0, "fte_to": 0.5})]
    assert "Kierkegaard" not in repr(events) and "SAK" not in repr(events)


def test_profile_of_an_unknown_consultant(ws):
    import uuid

    with pytest.raises(LookupError):
        consultants.update_profile(ws.ctx, uuid.uuid4(), ConsultantInput("A B", "AB", "Køge"))
