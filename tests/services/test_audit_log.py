"""The audit trail as the team lead reads it: filters, pages, names, and its own READ event."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ips_desktop.domain.enums import AuditAction
from ips_desktop.services import audit, audit_log
from ips_desktop.services.audit_log import AuditFilter
from ips_desktop.services.overview import TeamLeadOnly
from ips_desktop.storage.models import AuditEvent
from tests.audit_trail_data import ANNA, BO, at, build_trail, danish_time

DEC_1 = date(2026, 12, 1)


@pytest.fixture
def trail(ws, monkeypatch):
    danish_time(monkeypatch)
    return build_trail(ws)


def trail_reads(ws) -> list[dict]:
    with Session(ws.ctx.engine) as session:
        return list(session.scalars(select(AuditEvent.details).where(
            AuditEvent.action == "read", AuditEvent.entity == "audit_trail")))


def test_a_danish_day_runs_from_local_midnight_to_midnight(ws, trail) -> None:
    page = audit_log.open_trail(ws.ctx, AuditFilter(date_from=DEC_1, date_to=DEC_1))
    # 23:30 UTC on 30.11 is 00:30 on 1.12 in Denmark; 23:00 UTC on 1.12 is 2.12.
    assert [r.action for r in page.rows] == ["export", "unlock_failed", "print", "update"]
    assert [r.at.strftime("%d.%m %H:%M") for r in page.rows] == [
        "01.12 23:59", "01.12 13:00", "01.12 11:00", "01.12 00:30"]
    assert page.after is None


def test_one_person_with_their_name_and_an_erased_one_without(ws, trail) -> None:
    anna = audit_log.open_trail(ws.ctx, AuditFilter(participant_id=trail.anna)).rows
    assert [(r.action, r.person, r.erased) for r in anna] == [
        ("update", ANNA, False), ("read", ANNA, False)]
    gone = audit_log.open_trail(ws.ctx, AuditFilter(participant_id=trail.gone)).rows
    assert [(r.action, r.person, r.erased) for r in gone] == [("erase", None, True)]
    everyone = audit_log.open_trail(ws.ctx, AuditFilter(date_from=DEC_1)).rows
    people = {r.participant_id: r.person for r in everyone if r.participant_id}
    assert people == {trail.anna: ANNA, trail.bo: BO, trail.gone: None}
    without_names = audit_log.open_trail(ws.ctx, AuditFilter(participant_id=trail.anna),
                                         names=False).rows
    assert {r.person for r in without_names} == {None}
    assert not any(r.erased for r in without_names)


def test_by_consultant_by_the_app_itself_and_by_kind(ws, trail) -> None:
    day = {"date_from": DEC_1, "date_to": DEC_1}
    by_ab = audit_log.open_trail(ws.ctx, AuditFilter(**day, actors=frozenset({trail.ab})))
    assert [(r.action, r.actor_initials) for r in by_ab.rows] == [
        ("print", "AB"), ("update", "AB")]
    system = audit_log.open_trail(ws.ctx, AuditFilter(**day, actors=frozenset({None})))
    assert [(r.action, r.actor_initials) for r in system.rows] == [("unlock_failed", None)]
    both = audit_log.open_trail(ws.ctx, AuditFilter(**day, actors=frozenset({None, trail.ab})))
    assert len(both.rows) == 3
    kinds = audit_log.open_trail(ws.ctx, AuditFilter(
        **day, kinds=frozenset({AuditAction.PRINT, AuditAction.EXPORT})))
    assert [r.action for r in kinds.rows] == ["export", "print"]


def test_initials_name_every_consultant_who_had_them(ws, trail) -> None:
    assert audit_log.actors_by_initials(ws.ctx, " ab ") == frozenset({trail.ab})
    assert audit_log.actors_by_initials(ws.ctx, "ZZ") == frozenset()


def test_pages_follow_each_other_without_a_gap_or_a_repeat(ws, trail) -> None:
    """450 events, 300 of them in one and the same microsecond: keyset on (at, id)."""
    same = at("2026-10-05T08:00:00")
    with Session(ws.ctx.engine) as session, session.begin():
        for n in range(450):
            audit.record(session, trail.me, AuditAction.UPDATE, "note", uuid.uuid4(),
                         {"n": n}, at=same if n < 300 else same + timedelta(seconds=n),
                         participant_id=trail.bo)
    flt = AuditFilter(participant_id=trail.bo, kinds=frozenset({AuditAction.UPDATE}))
    page = audit_log.open_trail(ws.ctx, flt)
    pages = [page]
    while page.after is not None:
        page = audit_log.next_page(ws.ctx, flt, page.after)
        pages.append(page)
    assert [len(p.rows) for p in pages] == [200, 200, 50]
    rows = [r for p in pages for r in p.rows]
    assert len({r.id for r in rows}) == 450
    keys = [(r.at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert [r.details["n"] for r in rows[:150]] == list(range(449, 299, -1))


def test_reading_is_one_read_event_per_load_with_the_filter_ids_only(ws, trail) -> None:
    flt = AuditFilter(date_from=DEC_1, date_to=DEC_1, participant_id=trail.anna,
                      actors=frozenset({trail.ab}), kinds=frozenset({AuditAction.UPDATE}))
    page = audit_log.open_trail(ws.ctx, flt, size=1)
    assert page.after is None and len(page.rows) == 1
    audit_log.open_trail(ws.ctx, AuditFilter(), size=2)
    first = audit_log.open_trail(ws.ctx, AuditFilter(), size=2)
    audit_log.next_page(ws.ctx, AuditFilter(), first.after, size=2)
    reads = trail_reads(ws)
    assert len(reads) == 3  # three loads; the page scrolled to is not another
    assert reads[0] == {"from": "2026-12-01", "to": "2026-12-01",
                        "participant": str(trail.anna), "actors": 1, "actor": str(trail.ab),
                        "kinds": 1, "kind": "update", "rows": 1, "more": False}
    with Session(ws.ctx.engine) as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "audit_trail").order_by(AuditEvent.seq)).first()
    assert event.participant_id == trail.anna  # reading a person's trail is in their trail
    assert event.actor_id == trail.me


def test_a_consultant_is_refused_and_nothing_is_recorded(ws, trail) -> None:
    ws.ctx.actor_id = trail.ab
    with pytest.raises(TeamLeadOnly):
        audit_log.open_trail(ws.ctx, AuditFilter())
    with pytest.raises(TeamLeadOnly):
        audit_log.next_page(ws.ctx, AuditFilter(), (at("2026-12-01T00:00:00"), uuid.uuid4()))
    with pytest.raises(TeamLeadOnly):
        next(audit_log.iter_events(ws.ctx, AuditFilter()))
    assert trail_reads(ws) == []


def test_a_person_is_found_by_name_folded_or_by_cpr_digits(ws, trail) -> None:
    def names(text: str) -> list[str]:
        return [hit.name for hit in audit_log.person_choices(ws.ctx, text)]

    assert names("ostergaard") == [BO]
    assert names("ærø an") == [ANNA]
    assert names("0101") == [ANNA]
    assert names("020285-43") == [BO]
    assert names("") == [ANNA, BO]
    assert names("Zorro") == []


def test_details_read_as_short_codes() -> None:
    assert audit_log.details_text({"rows": 12, "form": "referral", "blank": True,
                                   "none": None}) == "blank=true, form=referral, none=, rows=12"


def test_a_day_the_clocks_move_is_23_or_25_hours(monkeypatch) -> None:
    danish_time(monkeypatch)
    spring = audit_log.local_day_bounds(date(2026, 3, 29), date(2026, 3, 29))
    autumn = audit_log.local_day_bounds(date(2026, 10, 25), date(2026, 10, 25))
    assert spring == (at("2026-03-28T23:00:00"), at("2026-03-29T22:00:00"))
    assert autumn[1] - autumn[0] == timedelta(hours=25)
    assert audit_log.local_day_bounds(None, None) == (None, None)
