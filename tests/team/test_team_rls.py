"""Row-level security really holds: each member connects with their own login and tries.

SOE and ABC are consultants, TL the team lead, each with a login of their own
(TLS, SCRAM), as their laptops would connect. Every row is written by its
member through the policies (no superuser shortcut), so the insert rules are
tried too. What a consultant may not do fails or changes nothing, whichever
PostgreSQL does: an UPDATE outside the rows a policy lets them see changes
no row; a new row outside their rights is an error; DELETE is not granted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, ProgrammingError

from ips_desktop.services import team_admin
from ips_desktop.storage import team_link
from ips_desktop.storage.models import (
    AuditEvent,
    Consultant,
    Course,
    Employer,
    Note,
    Participant,
    Setting,
)
from tests.team.conftest import MEMBER_PASSWORD


@dataclass
class Member:
    initials: str
    engine: Engine
    consultant_id: uuid.UUID
    participant_id: uuid.UUID | None = None
    course_id: uuid.UUID | None = None
    note_id: uuid.UUID | None = None


def _engine(team_server, login: str) -> Engine:
    address = team_link.TeamAddress(login, team_server.host, team_server.port,
                                    team_server.database)
    return team_link.member_engine(address, MEMBER_PASSWORD, team_link.TeamTls())


def _join(team_server, initials: str, *, lead: bool = False) -> Member:
    login = team_server.login(initials)
    team_admin.add_member(team_server.admin_url, initials, login=login, team_lead=lead,
                          member_password=MEMBER_PASSWORD)
    engine = _engine(team_server, login)
    consultant_id = uuid.uuid4()
    with engine.begin() as conn:  # a laptop's first sync brings its own consultant
        conn.execute(insert(Consultant).values(
            id=consultant_id, name=f"Konsulent {initials}", initials=initials, fte=1.0,
            municipality="Køge", role="team_lead" if lead else "consultant"))
    return Member(initials, engine, consultant_id)


def _course(member: Member) -> None:
    """A new referral on the member's laptop: the person, then their course, then a note."""
    member.participant_id, member.course_id, member.note_id = (uuid.uuid4() for _ in range(3))
    with member.engine.begin() as conn:
        conn.execute(insert(Participant).values(id=member.participant_id,
                                                name=f"Deltager hos {member.initials}"))
        conn.execute(insert(Course).values(
            id=member.course_id, participant_id=member.participant_id,
            consultant_id=member.consultant_id, referral_date=date(2026, 11, 2),
            phase="referred"))
        conn.execute(insert(Note).values(
            id=member.note_id, course_id=member.course_id, consultant_id=member.consultant_id,
            note_date=date(2026, 11, 3), kind="meeting", place="jobcenter", text="Første møde"))


@pytest.fixture
def team(team_server):
    team_admin.init_team(team_server.admin_url)
    soe, abc = _join(team_server, "SOE"), _join(team_server, "ABC")
    lead = _join(team_server, "TL", lead=True)
    _course(soe)
    _course(abc)
    yield team_server, soe, abc, lead
    for member in (soe, abc, lead):
        member.engine.dispose()


def _caseload(team_server, value: str) -> None:
    team_server.sql("UPDATE team_setting SET value = %s WHERE key = 'team_caseload'", (value,))


def _ids(member: Member, column) -> set[uuid.UUID]:
    with member.engine.connect() as conn:
        return set(conn.execute(select(column)).scalars())


def test_own_caseload_hides_another_consultants_course_and_person(team):
    server, soe, abc, lead = team
    _caseload(server, "own")
    assert _ids(soe, Course.id) == {soe.course_id}
    assert _ids(soe, Participant.id) == {soe.participant_id}
    assert _ids(soe, Note.id) == {soe.note_id}
    assert _ids(abc, Course.id) == {abc.course_id}
    # The team lead reads everything, and every consultant reads the team's consultants.
    assert _ids(lead, Course.id) == {soe.course_id, abc.course_id}
    assert _ids(soe, Consultant.id) == {soe.consultant_id, abc.consultant_id,
                                        lead.consultant_id}


def test_team_caseload_lets_a_consultant_read_the_whole_team_for_supervision(team):
    server, soe, abc, _ = team
    _caseload(server, "team")
    assert _ids(soe, Course.id) == {soe.course_id, abc.course_id}
    assert _ids(soe, Participant.id) == {soe.participant_id, abc.participant_id}
    assert _ids(soe, Note.id) == {soe.note_id, abc.note_id}


def test_a_consultant_cannot_change_another_consultants_course(team):
    _, soe, abc, lead = team
    with soe.engine.begin() as conn:  # read under "team", and still not theirs to change
        changed = conn.execute(update(Course).where(Course.id == abc.course_id)
                               .values(phase="ended"))
    assert changed.rowcount == 0
    with lead.engine.connect() as conn:
        assert conn.execute(select(Course.phase).where(Course.id == abc.course_id)).scalar() \
            == "referred"
    with pytest.raises(ProgrammingError, match="row-level security"), soe.engine.begin() as conn:
        conn.execute(update(Course).where(Course.id == soe.course_id)
                     .values(consultant_id=abc.consultant_id))  # handing it over: the lead's
    with pytest.raises(ProgrammingError, match="row-level security"), soe.engine.begin() as conn:
        conn.execute(insert(Note).values(
            course_id=abc.course_id, consultant_id=soe.consultant_id, note_date=date.today(),
            kind="meeting", place="jobcenter", text="Skrevet på en andens forløb"))


def test_a_consultant_deletes_nothing_not_even_their_own(team):
    _, soe, _, _ = team
    for table, row in ((Note, soe.note_id), (Course, soe.course_id)):
        with pytest.raises(ProgrammingError, match="permission denied"), \
                soe.engine.begin() as conn:
            conn.execute(delete(table).where(table.id == row))
    assert _ids(soe, Course.id) >= {soe.course_id}


def test_a_consultant_writes_their_own_course(team):
    _, soe, _, _ = team
    with soe.engine.begin() as conn:
        changed = conn.execute(update(Course).where(Course.id == soe.course_id)
                               .values(phase="engaged", first_meeting_date=date(2026, 11, 3)))
    assert changed.rowcount == 1


def test_the_team_lead_changes_and_deletes_any_row(team):
    _, soe, abc, lead = team
    with lead.engine.begin() as conn:
        assert conn.execute(update(Course).where(Course.id == abc.course_id)
                            .values(consultant_id=soe.consultant_id)).rowcount == 1
        assert conn.execute(delete(Note).where(Note.id == abc.note_id)).rowcount == 1


def test_the_employer_register_is_everyones(team):
    _, soe, abc, _ = team
    employer = uuid.uuid4()
    with soe.engine.begin() as conn:
        conn.execute(insert(Employer).values(id=employer, name="Køge Tømrerfirma",
                                             name_key="koge tomrerfirma"))
    with abc.engine.begin() as conn:
        assert conn.execute(update(Employer).where(Employer.id == employer)
                            .values(phone="56 65 00 00")).rowcount == 1


def test_a_consultant_adds_only_their_own_consultant_and_audit_events(team):
    _, soe, abc, lead = team
    with pytest.raises(ProgrammingError, match="row-level security"), soe.engine.begin() as conn:
        conn.execute(insert(Consultant).values(name="Falsk", initials="XYZ", fte=1.0,
                                               municipality="Køge", role="consultant"))
    with soe.engine.begin() as conn:
        assert conn.execute(update(Consultant).where(Consultant.id == abc.consultant_id)
                            .values(name="Ændret")).rowcount == 0

    def event(actor: uuid.UUID, seq: int) -> dict:
        return {"actor_id": actor, "action": "read", "details": {}, "seq": seq,
                "prev_hash": "0" * 64, "hash": f"{seq:064d}"}

    with soe.engine.begin() as conn:
        conn.execute(insert(AuditEvent).values(event(soe.consultant_id, 1)))
    with abc.engine.begin() as conn:
        conn.execute(insert(AuditEvent).values(event(abc.consultant_id, 2)))
    with pytest.raises(ProgrammingError, match="row-level security"), soe.engine.begin() as conn:
        conn.execute(insert(AuditEvent).values(event(abc.consultant_id, 3)))
    assert _ids(soe, AuditEvent.actor_id) == {soe.consultant_id}  # the trail is the lead's
    assert _ids(lead, AuditEvent.actor_id) == {soe.consultant_id, abc.consultant_id}
    with pytest.raises(ProgrammingError, match="permission denied"), \
            lead.engine.begin() as conn:
        conn.execute(update(AuditEvent).values(action="export"))


def test_device_settings_and_other_logins_are_out_of_reach(team):
    server, soe, _, _ = team
    with pytest.raises(ProgrammingError, match="permission denied"), soe.engine.connect() as conn:
        conn.execute(select(func.count()).select_from(Setting))
    with soe.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT login_role FROM team_member")).scalars().all() \
            == [server.login("SOE")]


def test_a_login_outside_team_member_sees_nothing_even_under_team_caseload(team):
    server, *_ = team
    stray = server.login("OLD")
    server.sql(f"CREATE ROLE {stray} LOGIN PASSWORD '{MEMBER_PASSWORD}' "
               f"IN ROLE {server.database}_consultant")
    engine = _engine(server, stray)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Course)).scalar() == 0
            assert conn.execute(select(func.count()).select_from(Consultant)).scalar() == 0
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(insert(Participant).values(name="Udefra"))
    finally:
        engine.dispose()
