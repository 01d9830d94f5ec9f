"""Uniqueness held by the database when two writers meet on the team database.

A look-up before the insert cannot stop two consultants' laptops (or two
windows) from taking the same initials at the same moment on a shared
PostgreSQL: both look, both see them free. The partial unique index and
INSERT … ON CONFLICT decide instead: the second insert waits for the first
transaction, then finds the initials taken and gets the usual field error.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text, update

from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import consultants, staffing
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.services.context import AppContext
from ips_desktop.storage.models import Consultant
from tests import backends

postgresql_pass = pytest.mark.skipif(
    not backends.on_postgresql(),
    reason="SQLite lets one writer in at a time; the PostgreSQL pass of make test runs this")


def _waiting_on_a_lock(engine, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")).scalar_one()
            if waiting:
                return True
            conn.rollback()
            time.sleep(0.05)
    return False


@postgresql_pass
def test_two_writers_taking_the_same_initials_at_once_one_wins(ws, monkeypatch):
    engine = ws.ctx.engine
    first_inserted, release = threading.Event(), threading.Event()
    real_open = staffing.open_first_period

    def held_open(session, actor_id, consultant, day):
        """The first writer stops inside its transaction, after its insert."""
        real_open(session, actor_id, consultant, day)
        if consultant.name == "Første":
            first_inserted.set()
            assert release.wait(30)

    monkeypatch.setattr(staffing, "open_first_period", held_open)
    outcome: dict[str, object] = {}

    def create(name: str) -> None:
        try:
            outcome[name] = consultants.create_consultant(
                AppContext(engine, ws.ctx.actor_id), ConsultantInput(name, "KIJ", "Køge"))
        except ValidationError as exc:
            outcome[name] = exc

    first = threading.Thread(target=create, args=("Første",))
    first.start()
    assert first_inserted.wait(30)
    second = threading.Thread(target=create, args=("Anden",))
    second.start()
    # The second has looked (the first's row is not committed, so it saw the initials free)
    # and now waits on the unique index for the first transaction to end.
    assert _waiting_on_a_lock(engine)
    release.set()
    first.join(30)
    second.join(30)

    assert not isinstance(outcome["Første"], Exception)
    refused = outcome["Anden"]
    assert isinstance(refused, ValidationError)
    assert refused.for_field("initials") == ["Initialerne bruges allerede af en anden konsulent."]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Consultant).where(
            Consultant.initials == "KIJ")).scalar_one() == 1


@pytest.fixture
def look_up_misses(monkeypatch):
    """The look-up runs before another writer's commit: it finds the initials free."""
    monkeypatch.setattr(consultants, "_initials_taken", lambda *args, **kwargs: False)


def test_a_new_consultant_with_initials_the_look_up_missed_is_refused_by_the_index(
        ws, look_up_misses):
    consultants.create_consultant(ws.ctx, ConsultantInput("Første", "KIJ", "Køge"))
    with pytest.raises(ValidationError) as caught:
        consultants.create_consultant(ws.ctx, ConsultantInput("Anden", "kij", "Køge"))
    assert caught.value.for_field("initials") == [
        "Initialerne bruges allerede af en anden konsulent."]
    assert [c.name for c in consultants.list_consultants(ws.ctx) if c.initials == "KIJ"] == [
        "Første"]


def test_initials_of_a_deleted_consultant_may_be_taken_again(ws):
    gone = consultants.create_consultant(ws.ctx, ConsultantInput("Gammel", "OLD", "Køge"))
    with ws.ctx.engine.begin() as conn:
        conn.execute(update(Consultant).where(Consultant.id == gone.id)
                     .values(deleted_at=datetime.now(UTC)))
    assert consultants.create_consultant(
        ws.ctx, ConsultantInput("Ny", "OLD", "Køge")).initials == "OLD"


def test_a_profile_change_to_initials_taken_meanwhile_is_the_same_field_error(
        ws, look_up_misses):
    """The index also stops an update that the look-up let through."""
    consultants.create_consultant(ws.ctx, ConsultantInput("Anden", "NEW", "Køge"))
    me = consultants.owner(ws.ctx)
    with pytest.raises(ValidationError) as caught:
        consultants.update_profile(ws.ctx, me.id, ConsultantInput(me.name, "NEW", "Køge"))
    assert caught.value.for_field("initials") == [
        "Initialerne bruges allerede af en anden konsulent."]
    assert consultants.owner(ws.ctx).initials == "SOE"
