"""The sync through members' own logins: row-level security holds while laptops sync (issue 21).

The team database is made by `team init`; TL (team lead), AAA and BBB are
added with `team add-member`, and each laptop joins with its own login as
`ips-desktop team join` does (the password goes to the test keyring, and
the sync takes it from there). No superuser is involved in any push or pull:
what the policies of storage/team_rules.py refuse is refused to the sync too,
and the sync must say so and lose nothing rather than fail.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from ips_desktop.cli.main import main
from ips_desktop.domain.enums import Role
from ips_desktop.services import (
    conflicts,
    consultants,
    erasure,
    sync,
    team,
    team_admin,
    workspace,
)
from ips_desktop.services.consultants import ConsultantInput
from ips_desktop.storage.models import Participant, SyncConflict
from tests.helpers import PASSWORD
from tests.sync import actions
from tests.sync.team import Laptop, table_rows
from tests.team.members import member_laptop

CASELOADS = ("team", "own")


def _sync(*laptops: Laptop, rounds: int = 1) -> list[sync.SyncReport]:
    return [sync.sync_now(laptop.ctx) for _ in range(rounds) for laptop in laptops]


@pytest.fixture(params=CASELOADS)
def members(request, team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    team_server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'",
                    (request.param,))
    lead = member_laptop(team_server, tmp_path, "tove", "TL", lead=True)
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    yield request.param, team_server, lead, anna, bo
    for laptop in (lead, anna, bo):
        laptop.ws.close()


def _names(laptop: Laptop) -> set[str]:
    return {r["name"] for r in laptop.rows("participant").values() if r["deleted_at"] is None}


def _server_names(team_server) -> set[str]:
    return {name for (name,) in team_server.sql("SELECT name FROM participant")}


def test_push_pull_conflict_and_erasure_through_member_logins(members):
    caseload, server, lead, anna, bo = members
    pia_course = actions.enrol(anna, "Pia Hansen", cpr="010190-1234")
    pia = actions.person_of(anna, pia_course)
    actions.note(anna, pia_course, "Første samtale")
    actions.employer_contact(anna, pia_course, "Brugsen Køge")
    ole_course = actions.enrol(bo, "Ole Berg")
    actions.note(bo, ole_course, "Bo's samtale")

    _sync(anna, bo, lead, rounds=2)

    assert _server_names(server) == {"Pia Hansen", "Ole Berg"}
    assert _names(lead) == {"Pia Hansen", "Ole Berg"}  # the team lead reads the whole team
    if caseload == "team":
        assert _names(anna) == _names(bo) == {"Pia Hansen", "Ole Berg"}
    else:  # each consultant's pull brings their own participants only
        assert _names(anna) == {"Pia Hansen"} and _names(bo) == {"Ole Berg"}
        assert {r["text"] for r in anna.rows("note").values()} == {"Første samtale"}
        assert ole_course not in anna.rows("course")

    if caseload == "own":  # the sync's bookkeeping of others' rows stays out of reach too
        ole = actions.person_of(bo, ole_course)
        actions.edit(bo, Participant, ole, phone="70 70 70 70")
        _sync(bo)
        assert server.sql("SELECT count(*) FROM sync_field_stamp WHERE row_id = %s",
                          (ole,)) == [(1,)]
        _bookkeeping_is_their_own(anna, bo, ole)

    # A hard conflict: the team lead and the consultant change the same field offline.
    actions.edit(lead, Participant, pia, phone="20 30 40 50")
    actions.edit(anna, Participant, pia, phone="99 88 77 66")
    _sync(lead)
    (report,) = _sync(anna)
    assert report.conflicts_waiting == 1
    _sync(lead, anna)
    for laptop in (lead, anna):
        assert actions.participant(laptop, pia).phone == "20 30 40 50", laptop.name
        with laptop.ctx.engine.connect() as conn:
            waiting = conn.execute(select(SyncConflict.incoming_value).where(
                SyncConflict.kind == "field", SyncConflict.resolved_at.is_(None))).scalars()
            assert list(waiting) == ["99 88 77 66"], laptop.name

    # The erasure of Pia on her consultant's laptop reaches the team and every laptop.
    erasure.erase_participant(anna.ws, pia, PASSWORD)
    _sync(anna, lead, bo, rounds=2)
    assert _server_names(server) == {"Ole Berg"}
    assert server.sql("SELECT count(*) FROM note")[0][0] == 1
    assert server.sql("SELECT count(*) FROM sync_conflict WHERE row_id = %s", (pia,)) == [(0,)]
    assert server.sql("SELECT count(*) FROM employer_contact WHERE course_id IS NOT NULL"
                      ) == [(0,)]
    for laptop in (lead, anna, bo):
        assert pia not in laptop.rows("participant"), laptop.name
        assert pia_course not in laptop.rows("course"), laptop.name


def _bookkeeping_is_their_own(anna: Laptop, bo: Laptop, bos_person: uuid.UUID) -> None:
    """Through Anna's login: her pushes only, no stamp of Bo's rows, no write of her own."""
    engine = team.team_engine(anna.ctx)
    try:
        with engine.connect() as conn:
            pushers = set(conn.execute(text("SELECT consultant_id FROM sync_push")).scalars())
            assert pushers == {anna.me}
            stamped = set(conn.execute(text(
                "SELECT row_id FROM sync_field_stamp")).scalars())
            assert bos_person not in stamped
            assert conn.execute(text("SELECT ips_sync_newest_hlc(0)")).scalar() is not None
            for statement in ("DELETE FROM sync_erased", "DELETE FROM sync_field_stamp",
                              "INSERT INTO sync_erased VALUES ('note', gen_random_uuid(),"
                              " 1, now())"):
                with pytest.raises(ProgrammingError), conn.begin_nested():
                    conn.execute(text(statement))
    finally:
        engine.dispose()
    assert bo.me not in pushers


def _cli_sync(laptop: Laptop, monkeypatch) -> int:
    """`ips-desktop sync` on the laptop (the command unlocks the database itself)."""
    root = laptop.ws.data_dir
    laptop.ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    try:
        return main(["--language", "en", "--data-dir", str(root), "sync"])
    finally:
        laptop.ws = workspace.unlock(root, PASSWORD)


def test_a_consultant_cannot_write_another_consultants_rows_and_loses_nothing(
        members, monkeypatch, capsys):
    caseload, server, lead, anna, bo = members
    pia_course = actions.enrol(anna, "Pia Hansen")
    pia = actions.person_of(anna, pia_course)
    _sync(anna, bo, lead, rounds=2)

    # Bo registers a referral for Anna (her course, not his): the team refuses the course.
    kim_course = actions.enrol(bo, "Kim Larsen", consultant=anna.me)
    if caseload == "team":  # Bo reads Pia and changes her phone: not his to change
        actions.edit(bo, Participant, pia, phone="11 22 33 44")
    assert _cli_sync(bo, monkeypatch) == 0  # refused is no failure of the sync
    refusal = capsys.readouterr().err
    assert "changes were to data your login may not change" in refusal
    assert "Kim" not in refusal and "11 22 33 44" not in refusal  # no personal data

    courses = {cid for (cid,) in server.sql("SELECT id FROM course")}
    assert kim_course not in courses and pia_course in courses
    assert server.sql("SELECT phone FROM participant WHERE id = %s", (pia,)) == [(None,)]
    refused = server.sql("SELECT table_name, row_id, incoming_value::text, incoming_actor_id"
                         " FROM sync_conflict WHERE kind = 'refused'")
    assert ("course", kim_course) in {(t, r) for t, r, _, _ in refused}
    assert {actor for _, _, _, actor in refused} == {bo.me}
    if caseload == "team":
        assert ("participant", pia) in {(t, r) for t, r, _, _ in refused}
        assert any("11 22 33 44" in value for _, _, value, _ in refused)
    # Nothing lost: what the team has not got at all stays on Bo's laptop; a row the team
    # has is taken back as the team has it, Bo's value kept in the refusal (which comes
    # down to him); and the sync carries on as usual.
    assert kim_course in bo.rows("course")
    if caseload == "team":
        assert actions.participant(bo, pia).phone is None
        kept = [c for c in conflicts.history(bo.ctx)
                if c.kind == "refused" and c.table_name == "participant"]
        assert kept and "11 22 33 44" in str(kept[0].incoming.value)
    assert sync.sync_now(bo.ctx).refused == 0  # what was refused is not sent again
    _sync(lead)
    with lead.ctx.engine.connect() as conn:  # the team lead sees what was refused
        seen = {r for r in conn.execute(select(SyncConflict.row_id).where(
            SyncConflict.kind == "refused")).scalars()}
    assert kim_course in seen
    mine = [c for c in conflicts.history(bo.ctx) if c.kind == "refused"]
    assert {c.table_name for c in mine} >= {"course"}
    assert all(c.incoming.actor_id == bo.me and c.resolution == "refused" for c in mine)
    assert isinstance(next(iter(seen)), uuid.UUID)
    assert table_rows(anna.ctx.engine, "course").keys() >= {pia_course}


def test_a_consultant_cannot_erase_a_colleagues_participant_by_adding_a_course(members):
    _, server, _, anna, bo = members
    pia_course = actions.enrol(anna, "Pia Hansen")
    pia = actions.person_of(anna, pia_course)
    _sync(anna, bo, rounds=1)
    engine = team.team_engine(bo.ctx)
    try:
        with engine.begin() as conn:  # Bo's login, straight at the team database
            conn.execute(text(
                "INSERT INTO course (id, participant_id, consultant_id, referral_date, phase,"
                " version, created_at, updated_at) VALUES (gen_random_uuid(), :p, :me,"
                " current_date, 'referred', 1, now(), now())"), {"p": pia, "me": bo.me})
            answer = conn.execute(text(
                "SELECT table_name, row_id, refused FROM ips_sync_erase("
                "jsonb_build_object('participant', jsonb_build_array(CAST(:p AS text))), now())"),
                {"p": pia}).all()
    finally:
        engine.dispose()
    assert answer == [("participant", pia, True)]
    assert _server_names(server) == {"Pia Hansen"}
    assert server.sql("SELECT count(*) FROM course WHERE id = %s", (pia_course,)) == [(1,)]


def test_the_window_says_what_the_teams_rules_refused(members, qtbot, tmp_path):
    """Bo's window syncs at start: the status bar counts the refused change, the tooltip
    says why, and neither names anyone."""
    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.preferences import Preferences
    from ips_desktop.ui.shell.main_window import MainWindow

    apply_language("da")  # as tests/ui does; the .qm files come from `make translations`
    _, _, _, anna, bo = members
    _sync(anna, bo)
    actions.enrol(bo, "Kim Larsen", consultant=anna.me)  # Anna's course: not Bo's to make
    preferences = Preferences(tmp_path / "prefs")
    preferences.auto_backup = False

    window = MainWindow(bo.ws, preferences)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.auto_sync.finished, timeout=30_000) as done:
        window.show()

    assert isinstance(done.args[0], sync.SyncReport) and done.args[0].refused >= 1
    label = window.auto_sync.label
    assert "afvist af teamets regler" in label.text() and "Kim" not in label.text()
    assert "teamlederen" in label.toolTip()
    _sync(bo)
    window.auto_sync.show_status()
    assert "afvist" in label.text()  # said until the window's next sync, not the CLI's


def test_a_new_laptop_of_a_member_the_team_knows_already(members):
    """The team lead registered Bo before his laptop's first sync: his laptop's own record
    of him meets the team's (same initials), and what he writes is his under the rules."""
    _, server, lead, _, bo = members
    consultants.create_consultant(lead.ctx, ConsultantInput(
        "Bo Berg", "BBB", "Køge", 1.0, Role.CONSULTANT))
    _sync(lead)
    [(bo_on_team,)] = server.sql("SELECT id FROM consultant WHERE initials = 'BBB'")
    assert bo_on_team != bo.me
    course = actions.enrol(bo, "Ole Berg")

    (report,) = _sync(bo)
    assert report.refused == 0
    assert bo.me == bo_on_team  # the laptop follows the team's record
    assert server.sql("SELECT consultant_id FROM course WHERE id = %s", (course,)) == [
        (bo_on_team,)]
    assert server.sql("SELECT count(*) FROM sync_conflict WHERE kind = 'refused'") == [(0,)]
    assert {r for (r,) in server.sql("SELECT consultant_id FROM sync_push")} == {
        lead.me, bo_on_team}
