"""Rows a member's login may no longer read leave the laptop, and only the laptop.

Through the members' own logins (`team init`, `team add-member`, `team join`,
as tests/team/test_team_sync.py): the municipality changes the caseload from
"team" to "own", or the team lead gives a course to a colleague. The
consultant's next sync removes what their login no longer reads; the team
database and every other laptop keep it, and nothing about it travels back.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from ips_desktop.domain.enums import EventKind
from ips_desktop.services import sync, team, team_admin
from ips_desktop.services.context import write_unit
from ips_desktop.storage import erasure as erasure_rows
from ips_desktop.storage.models import AuditEvent, CalendarEvent, Course, EmployerContact, Note
from ips_desktop.storage.sync import run as sync_run
from ips_desktop.storage.sync.outbox import count_unsent
from ips_desktop.storage.sync.tables import pulled_tables
from tests.sync import actions
from tests.team.members import member_laptop
from tests.team.test_team_sync import _server_names, _sync


def _meeting(laptop, course_id):
    from datetime import timedelta

    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    with write_unit(laptop.ctx) as session:
        event = CalendarEvent(consultant_id=laptop.me, course_id=course_id,
                              kind=EventKind.PARTICIPANT_MEETING.value, title="Møde",
                              starts_at=start, ends_at=start + timedelta(hours=1))
        session.add(event)
        session.flush()
        return event.id


def _caseload(server, value: str) -> None:
    server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'", (value,))


def _people(laptop) -> set[str]:
    return {r["name"] for r in laptop.rows("participant").values()}


def _server_counts(server) -> dict[str, int]:
    return {t: server.sql(f"SELECT count(*) FROM {t}")[0][0]
            for t in ("participant", "course", "note", "employer_contact", "sync_erased")}


def _held(laptop) -> dict[str, int]:
    return {name: len(laptop.rows(name)) for name in pulled_tables()}


def _audited(laptop) -> list[dict]:
    with laptop.ctx.engine.connect() as conn:
        return [dict(d or {}) for d in conn.execute(select(AuditEvent.details).where(
            AuditEvent.entity == sync.OUT_OF_SIGHT)).scalars()]


def test_team_to_own_removes_the_colleagues_rows_from_the_laptop_only(team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    _caseload(team_server, "team")
    lead = member_laptop(team_server, tmp_path, "tove", "TL", lead=True)
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    pia_course = actions.enrol(anna, "Pia Hansen")
    actions.note(anna, pia_course, "Annas samtale")
    ole_course = actions.enrol(bo, "Ole Berg")
    actions.note(bo, ole_course, "Bos samtale")
    actions.employer_contact(bo, ole_course, "Brugsen Køge")
    _sync(anna, bo, lead, rounds=2)
    assert _people(anna) == _people(bo) == {"Pia Hansen", "Ole Berg"}
    report = _sync(anna)[0]
    assert report.out_of_sight == 0  # "team": nothing is out of sight
    before = _server_counts(team_server)

    held = _held(anna)
    _caseload(team_server, "own")
    (report,) = _sync(anna)
    gone = {t: n - _held(anna)[t] for t, n in held.items() if n != _held(anna)[t]}

    assert _people(anna) == {"Pia Hansen"}
    assert ole_course not in anna.rows("course")
    assert {r["text"] for r in anna.rows("note").values()} == {"Annas samtale"}
    assert not anna.rows("employer_contact")  # Bo's own contact: no longer Anna's to read
    assert report.out_of_sight == sum(gone.values()) == 7
    assert gone == {"participant": 1, "course": 1, "note": 1, "employer_contact": 1,
                    "phase_change": 1, "consent": 1, "form_response": 1}  # all Ole's
    assert report.pulled >= report.out_of_sight
    # Like an erasure here: the log keeps nothing about them, the file is overwritten.
    with anna.ctx.engine.connect() as conn:
        assert count_unsent(conn) == 0
    assert erasure_rows.overwrite_pending(anna.ctx.engine)
    assert _audited(anna) == [{"rows": 7, "kept": 0}]  # counts only, no one named

    _sync(anna, bo, lead, rounds=2)  # …and nothing of it travels to the team
    assert _server_counts(team_server) == before
    assert _server_names(team_server) == {"Pia Hansen", "Ole Berg"}
    assert _people(lead) == {"Pia Hansen", "Ole Berg"} and _people(bo) == {"Ole Berg"}
    assert _sync(anna)[0].out_of_sight == 0  # removed once, not again every sync
    assert _audited(anna) == [{"rows": 7, "kept": 0}]
    # The events went up with the next push: Anna's, and Bo's (Pia is out of his sight).
    assert sorted(team_server.sql(
        "SELECT actor_id, details::text FROM audit_event WHERE entity = %s",
        (sync.OUT_OF_SIGHT,))) == sorted([(anna.me, '{"kept": 0, "rows": 7}'),
                                          (bo.me, '{"kept": 0, "rows": 6}')])
    for laptop in (anna, bo, lead):
        laptop.ws.close()


def test_a_course_given_to_a_colleague_leaves_once_its_unsent_changes_are_sent(
        team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    _caseload(team_server, "own")
    lead = member_laptop(team_server, tmp_path, "tove", "TL", lead=True)
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    pia_course = actions.enrol(anna, "Pia Hansen")
    kaj_course = actions.enrol(anna, "Kaj Holm")
    note = actions.note(anna, pia_course, "Første samtale")
    contact = actions.employer_contact(anna, pia_course, "Brugsen Køge")
    meeting = _meeting(anna, pia_course)  # Anna's own calendar: hers to read still
    _sync(anna, bo, lead, rounds=2)

    actions.edit(lead, Course, pia_course, consultant_id=bo.me)  # the team lead hands it over
    _sync(lead)
    actions.edit(anna, Note, note, text="Første samtale, rettet")  # offline, unsent

    # A pull with that change unsent: Pia stays (the note and what it hangs on) …
    engine = team.team_engine(anna.ctx)
    try:
        kept = sync_run.pull_new(anna.ctx.engine, engine, datetime.now(UTC))
    finally:
        engine.dispose()
    assert kept.out_of_sight == 0 and kept.out_of_sight_kept == 2  # her course and Pia
    assert pia_course in anna.rows("course") and note in anna.rows("note")

    # … and the sync proper sends it first (refused: no longer hers, kept for the team
    # lead in the refusal), then removes what her login no longer reads.
    (report,) = _sync(anna)
    assert report.refused == 1
    assert report.out_of_sight == 6  # Pia, her course, its note, phase change, consent, form
    assert _people(anna) == {"Kaj Holm"} and kaj_course in anna.rows("course")
    assert note not in anna.rows("note")
    mine = anna.rows("employer_contact")[contact]  # Anna's own contact stays, unlinked
    assert mine["course_id"] is None
    assert team_server.sql("SELECT course_id FROM employer_contact WHERE id = %s",
                           (contact,)) == [(pia_course,)]
    assert team_server.sql("SELECT consultant_id FROM course WHERE id = %s",
                           (pia_course,)) == [(bo.me,)]
    assert team_server.sql("SELECT text FROM note WHERE id = %s", (note,)) == [
        ("Første samtale",)]
    assert team_server.sql("SELECT count(*) FROM sync_erased") == [(0,)]
    assert _audited(anna) == [{"rows": 6, "kept": 0}]  # the sync's own pulls are audited
    # Her own meeting and contact stay hers, unlinked here from the course now Bo's, and
    # changing them later (the team sends them back, linked) breaks no sync.
    assert anna.rows("calendar_event")[meeting]["course_id"] is None
    actions.edit(anna, CalendarEvent, meeting, title="Møde flyttet")
    actions.edit(anna, EmployerContact, contact, next_step="Ring igen")
    (again,) = _sync(anna)
    assert again.refused == 0 and again.out_of_sight == 0  # (pushed: the audit event too)
    assert anna.rows("calendar_event")[meeting]["title"] == "Møde flyttet"
    assert anna.rows("employer_contact")[contact]["course_id"] is None
    assert team_server.sql("SELECT course_id, title FROM calendar_event WHERE id = %s",
                           (meeting,)) == [(pia_course, "Møde flyttet")]
    # Bo's laptop takes her over whole: the course changed, Pia and the note did not.
    (report,) = _sync(bo)
    assert "Pia Hansen" in _people(bo) and note in bo.rows("note")
    assert bo.rows("course")[pia_course]["consultant_id"] == bo.me
    for laptop in (anna, bo, lead):
        laptop.ws.close()


def test_own_to_team_brings_the_colleagues_rows_that_never_changed(team_server, tmp_path):
    team_admin.init_team(team_server.admin_url)
    _caseload(team_server, "own")
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    ole_course = actions.enrol(bo, "Ole Berg")
    actions.note(bo, ole_course, "Bos samtale")
    actions.enrol(anna, "Pia Hansen")
    _sync(bo, anna, rounds=2)
    assert _people(anna) == {"Pia Hansen"}

    _caseload(team_server, "team")
    _sync(anna)
    assert _people(anna) == {"Pia Hansen", "Ole Berg"}
    assert {r["text"] for r in anna.rows("note").values()} == {"Bos samtale"}
    _caseload(team_server, "own")  # and back: gone again, not sent anywhere
    assert _sync(anna)[0].out_of_sight > 0 and _people(anna) == {"Pia Hansen"}
    assert _server_names(team_server) == {"Pia Hansen", "Ole Berg"}
    for laptop in (anna, bo):
        laptop.ws.close()


def test_every_table_a_consultant_reads_less_of_is_compared_or_follows_its_owner():
    """A new table with a rule of its own would otherwise be left on the laptop unseen."""
    from ips_desktop.storage.erasure import ERASED_TABLES
    from ips_desktop.storage.sync.out_of_sight import COMPARED
    from ips_desktop.storage.team_rules import RULES

    narrowed = {name for name in pulled_tables()
                if (rule := RULES.get(name)) is not None and rule.own_reads is not None}
    assert narrowed - set(COMPARED) <= set(ERASED_TABLES)
    assert set(COMPARED) <= narrowed


def test_the_window_says_how_many_rows_left_the_laptop(team_server, qtbot, tmp_path):
    """Anna's window syncs at start after "team" became "own": the status bar counts what
    left her laptop, the tooltip says why, and neither names anyone."""
    from ips_desktop.ui.i18n import apply_language
    from ips_desktop.ui.preferences import Preferences
    from ips_desktop.ui.shell.main_window import MainWindow

    apply_language("da")
    team_admin.init_team(team_server.admin_url)
    _caseload(team_server, "team")
    anna = member_laptop(team_server, tmp_path, "anna", "AAA")
    bo = member_laptop(team_server, tmp_path, "bo", "BBB")
    actions.enrol(bo, "Ole Berg")
    _sync(bo, anna)
    _caseload(team_server, "own")
    preferences = Preferences(tmp_path / "prefs")
    preferences.auto_backup = False

    window = MainWindow(anna.ws, preferences)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.auto_sync.finished, timeout=30_000) as done:
        window.show()

    assert done.args[0].out_of_sight == 5
    label = window.auto_sync.label
    assert "5 rækker, som ikke længere er dine, fjernet" in label.text()
    assert "Ole" not in label.text() and "Teamdatabasen beholder dem" in label.toolTip()
    assert _people(anna) == set()
    bo.ws.close()
