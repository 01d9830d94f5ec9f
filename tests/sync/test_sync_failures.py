"""A sync cut off, clocks that disagree, an erasure: nothing twice, nothing lost, nothing left."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select, text

from ips_desktop.services import conflicts, erasure, sync
from ips_desktop.storage import change_log
from ips_desktop.storage.models import ChangeLog, Participant, Setting
from ips_desktop.storage.sync import run as sync_run
from ips_desktop.storage.sync.schema import ERASED, PUSH
from tests.helpers import PASSWORD
from tests.sync import actions
from tests.sync.team import picture, table_rows

DAY_MS = 24 * 3600 * 1000


def unsent(laptop) -> int:
    """Every entry waiting in the outbox (the status bar leaves the audit trail's out)."""
    return len(table_rows(laptop.ctx.engine, "change_log"))


def team_count(team, table_name: str) -> int:
    return len(table_rows(team.engine, table_name))


def cut_when(engine, team, needle: str):
    """Terminate the connection (from another one) when it is about to send `needle`."""
    fired = []

    @event.listens_for(engine, "before_cursor_execute")
    def _cut(conn, cursor, statement, parameters, context, executemany):
        if needle in statement and not fired:
            fired.append(True)
            pid = conn.connection.dbapi_connection.info.backend_pid
            with team.server.admin.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    return lambda: event.remove(engine, "before_cursor_execute", _cut), fired


def test_a_push_cut_off_midway_takes_nothing_and_the_retry_takes_everything_once(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    for n in range(20):
        actions.note(anna, course, f"Samtale {n}")
    waiting = unsent(anna)
    anna.team = team.server.engine(team.name)  # her own connection, to be cut
    stop, fired = cut_when(anna.team, team, "INSERT INTO note")

    with pytest.raises(sync.TeamUnreachable):
        anna.sync()
    stop()

    assert fired and team_count(team, "participant") == 0 and team_count(team, "note") == 0
    assert unsent(anna) == waiting  # nothing marked sent
    report = anna.sync()
    bo.sync()
    assert report.pushed == waiting and unsent(anna) == 0
    assert team_count(team, "note") == 20 and len(bo.rows("note")) == 20
    anna.sync()
    assert picture(anna.ctx.engine) == picture(team.engine) == picture(bo.ctx.engine)
    anna.team.dispose()


def test_a_commit_the_laptop_never_heard_of_is_not_taken_twice(team, monkeypatch):
    anna, bo = team.laptops("anna", "bo")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    anna.sync()
    bo.sync()
    actions.edit(anna, Participant, person, phone="11 11 11 11")
    actions.edit(anna, Participant, person, phone="22 22 22 22")  # a→b→c in one push

    def lost() -> None:
        raise sync.TeamUnreachable("the answer to COMMIT never arrived")

    monkeypatch.setattr(sync_run, "after_team_commit", lost)
    with pytest.raises(sync.TeamUnreachable):
        anna.sync()
    monkeypatch.setattr(sync_run, "after_team_commit", None)
    assert unsent(anna) == 2  # the team has them; the laptop does not know
    version = table_rows(team.engine, "participant")[person]["version"]

    report = anna.sync()
    bo.sync()

    assert report.pushed == 0 and unsent(anna) == 0
    assert table_rows(team.engine, "participant")[person]["version"] == version
    assert team.conflicts() == []  # a second a→b against c would have been a conflict
    with team.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PUSH)).scalar() == 3
    assert actions.participant(bo, person).phone == "22 22 22 22"


def test_an_unreachable_team_database_is_no_loss(team):
    anna, = team.laptops("anna")
    actions.enrol(anna, "Pia Hansen")
    waiting = unsent(anna)
    anna.team = team.server.engine(team.name).execution_options()
    from sqlalchemy.engine import make_url

    from ips_desktop.storage.server import make_server_engine

    dead = make_url(str(anna.team.url.render_as_string(hide_password=False))).set(port=1)
    anna.team = make_server_engine(dead, connect_args={"connect_timeout": 2})
    with pytest.raises(sync.TeamUnreachable) as raised:
        anna.sync()
    assert raised.value.exit_code == 42
    assert unsent(anna) == waiting


def test_a_wrong_password_is_told_apart(team):
    anna, = team.laptops("anna")
    from ips_desktop.storage.server import make_server_engine

    url = team.engine.url.set(password="not-the-password")
    anna.team = make_server_engine(url)
    with pytest.raises(sync.TeamAuthFailed) as raised:
        anna.sync()
    assert raised.value.exit_code == 43


def test_a_laptop_that_joined_no_team_is_told_so(team):
    anna, = team.laptops("anna")
    from ips_desktop.storage.models import Setting

    with anna.ctx.engine.begin() as conn:
        conn.execute(Setting.__table__.delete().where(Setting.key == sync.TEAM_URL))
    with pytest.raises(sync.NotJoined) as raised:
        sync.sync_now(anna.ctx)
    assert raised.value.exit_code == 44
    assert sync.sync_status(anna.ctx).joined is False


def test_a_day_of_clock_skew_orders_nothing_wrongly(team, monkeypatch):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    for laptop in (anna, bo, cai):
        laptop.sync()
    real = change_log.wall_clock_ms
    skew = {"ms": 0}
    monkeypatch.setattr(change_log, "wall_clock_ms", lambda: real() + skew["ms"])

    skew["ms"] = DAY_MS  # anna's clock is a day ahead
    actions.edit(anna, Participant, person, phone="11 11 11 11")
    anna_stamp = _last_stamp(anna)  # a pushed entry leaves the log: read it before
    anna.sync()
    skew["ms"] = -DAY_MS  # bo's is a day behind: he reads anna's change, then changes it
    bo.sync()
    actions.edit(bo, Participant, person, phone="22 22 22 22")
    bo_stamp = _last_stamp(bo)
    skew["ms"] = 0
    cai_clock_before = _kept_clock(cai)
    actions.edit(cai, Participant, person, phone="33 33 33 33")  # offline, never saw either
    cai_stamp = _last_stamp(cai)
    bo.sync()
    cai.sync()
    anna.sync()

    # bo's change follows anna's although his clock says a day earlier: he had seen hers.
    assert bo_stamp > anna_stamp
    assert cai_stamp > cai_clock_before
    assert _kept_clock(bo) >= bo_stamp  # the clock outlives the emptied log...
    change_log._clocks.clear()  # ...and a restart, with bo's clock still a day behind
    change_log._clock_read.clear()
    skew["ms"] = -DAY_MS
    actions.edit(bo, Participant, person, email="pia@example.dk")
    assert _last_stamp(bo) > bo_stamp
    for laptop in (anna, bo, cai):  # no clock decides: bo's value stands, cai's waits
        assert actions.participant(laptop, person).phone == "22 22 22 22"
    (waiting,) = conflicts.waiting(anna.ctx)
    assert (waiting.team.value, waiting.incoming.value) == ("22 22 22 22", "33 33 33 33")
    assert waiting.team.actor_id == bo.me and waiting.incoming.actor_id == cai.me


def _last_stamp(laptop) -> str:
    with laptop.ctx.engine.connect() as conn:
        return conn.execute(select(ChangeLog.hlc).order_by(ChangeLog.id.desc())).scalar()


def _kept_clock(laptop) -> str:
    with laptop.ctx.engine.connect() as conn:
        return conn.execute(select(Setting.value).where(Setting.key == change_log.CLOCK)).scalar()


def test_an_erasure_reaches_the_team_and_every_laptop(team):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    course = actions.enrol(anna, "Pia Hansen", cpr="010190-1234")
    person = actions.person_of(anna, course)
    actions.note(anna, course, "Samtale")
    contact = actions.employer_contact(anna, course, "Brugsen Køge")
    other = actions.enrol(anna, "Ole Berg")
    for laptop in (anna, bo, cai):
        laptop.sync()
    actions.note(bo, course, "Bo's note, not yet sent")  # offline on bo's laptop
    actions.note(cai, course, "Cai's note, sent before the erasure")
    cai.sync()

    erasure.erase_participant(anna.ws, person, PASSWORD)
    anna.sync()
    bo.sync()
    cai.sync()
    anna.sync()

    with team.engine.connect() as conn:
        erased = {r.row_id for r in conn.execute(select(ERASED.c.row_id))}
    assert person in erased and course in erased
    for engine, who in ((team.engine, "team"), (anna.ctx.engine, "anna"),
                        (bo.ctx.engine, "bo"), (cai.ctx.engine, "cai")):
        assert person not in table_rows(engine, "participant"), who
        assert set(table_rows(engine, "course")) == {other}, who
        assert {r["text"] for r in table_rows(engine, "note").values()} == set(), who
        scrubbed = table_rows(engine, "employer_contact")[contact]
        assert scrubbed["course_id"] is None, who  # the contact stays for the employer's log
    for laptop in (bo, cai):
        with laptop.ctx.engine.connect() as conn:
            assert not conn.execute(select(ChangeLog.id).where(
                ChangeLog.row_id == person)).first(), laptop.name
    assert unsent(bo) == 0
    assert picture(bo.ctx.engine) == picture(team.engine)



def test_a_pull_cut_off_midway_writes_nothing_and_the_next_one_everything(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    for n in range(5):
        actions.note(anna, course, f"Samtale {n}")
    anna.sync()
    bo.team = team.server.engine(team.name)
    stop, fired = cut_when(bo.team, team, "FROM note WHERE server_seq")

    with pytest.raises(sync.TeamUnreachable):
        bo.sync()
    stop()

    assert fired and bo.rows("note") == {} and bo.rows("participant") == {}
    assert sync_run.last_pull_seq(bo.ctx.engine) == 0
    bo.sync()
    assert len(bo.rows("note")) == 5
    anna.sync()
    assert picture(bo.ctx.engine) == picture(team.engine) == picture(anna.ctx.engine)
    bo.team.dispose()
