"""Three consultants' laptops and one team database on a real PostgreSQL (issue 21)."""

from __future__ import annotations

from ips_desktop.domain.enums import Phase
from ips_desktop.services import conflicts, courses
from ips_desktop.storage.models import Note, Participant
from tests.sync import actions
from tests.sync.actions import TODAY
from tests.sync.team import picture, table_rows


def sync_all(*laptops, rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            laptop.sync()


def test_offline_work_on_three_laptops_reaches_every_laptop(team):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    made = {}
    for laptop, name in ((anna, "Pia Hansen"), (bo, "Ole Berg"), (cai, "Åse Ærenfeldt")):
        course = actions.enrol(laptop, name)
        actions.note(laptop, course, f"Første samtale med {name}")
        actions.employer_contact(laptop, course, f"Brugsen {laptop.name}")
        made[name] = course

    sync_all(anna, bo, cai)

    team_picture = picture(team.engine)
    names = sorted(r["name"] for r in team_picture["participant"].values())
    assert names == ["Ole Berg", "Pia Hansen", "Åse Ærenfeldt"]
    assert len(team_picture["note"]) == 3 and len(team_picture["employer_contact"]) == 3
    for laptop in (anna, bo, cai):
        assert picture(laptop.ctx.engine) == team_picture, laptop.name
        assert laptop.sync().pushed == 0
        assert table_rows(laptop.ctx.engine, "change_log") == {}  # sent: out of the outbox


def test_different_fields_changed_on_two_laptops_are_merged(team):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    sync_all(anna, bo, cai, rounds=1)

    actions.edit(bo, Participant, person, phone="20 30 40 50")
    actions.edit(cai, Participant, person, email="pia@example.dk")
    assert bo.sync().conflicts_waiting == 0
    report = cai.sync()
    sync_all(anna, bo, cai, rounds=1)

    assert report.conflicts_waiting == 0
    for laptop in (anna, bo, cai):
        row = actions.participant(laptop, person)
        assert (row.phone, row.email) == ("20 30 40 50", "pia@example.dk"), laptop.name
    merged = team.conflicts(kind="merged")
    assert [(c["field"], c["incoming_value"]) for c in merged] == [("email", "pia@example.dk")]
    assert merged[0]["resolved_at"] is not None  # history, never waiting
    assert conflicts.waiting(anna.ctx) == []


def test_same_field_changed_on_two_laptops_waits_with_both_values(team):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    sync_all(anna, bo, cai, rounds=1)

    actions.edit(bo, Participant, person, phone="20 30 40 50")
    actions.edit(cai, Participant, person, phone="99 88 77 66")
    bo.sync()
    assert cai.sync().conflicts_waiting == 1
    sync_all(anna, bo, cai, rounds=1)

    for laptop in (anna, bo, cai):  # the team kept the first; the second is not lost
        assert actions.participant(laptop, person).phone == "20 30 40 50"
        (waiting,) = conflicts.waiting(laptop.ctx)
        assert (waiting.kind, waiting.table_name, waiting.row_id, waiting.field) == (
            "field", "participant", person, "phone")
        assert (waiting.team.value, waiting.team.actor_id) == ("20 30 40 50", bo.me)
        assert (waiting.incoming.value, waiting.incoming.actor_id) == ("99 88 77 66", cai.me)
        assert waiting.team.actor_name == "bo" and waiting.incoming.actor_name == "cai"
        assert waiting.team.at is not None and waiting.incoming.at is not None
        assert waiting.team.at <= waiting.incoming.at

    conflicts.resolve(anna.ctx, waiting.id, "incoming")
    assert anna.sync().conflicts_waiting == 0
    sync_all(bo, cai, anna, rounds=1)
    for laptop in (anna, bo, cai):
        assert actions.participant(laptop, person).phone == "99 88 77 66"
        assert conflicts.waiting(laptop.ctx) == []


def test_a_combined_value_resolves_a_conflict(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    note_id = actions.note(anna, course, "Ringede")
    sync_all(anna, bo, rounds=1)
    actions.edit(anna, Note, note_id, text="Ringede, ingen svar")
    actions.edit(bo, Note, note_id, text="Ringede; aftalt møde torsdag")
    anna.sync()
    assert bo.sync().conflicts_waiting == 1
    (waiting,) = conflicts.waiting(bo.ctx)
    conflicts.resolve(bo.ctx, waiting.id, "combined",
                      "Ringede, ingen svar; senere aftalt møde torsdag")
    sync_all(bo, anna, rounds=1)
    for laptop in (anna, bo):
        assert actions.note_row(laptop, note_id).text == \
            "Ringede, ingen svar; senere aftalt møde torsdag"
        assert conflicts.waiting(laptop.ctx) == []


def test_an_edit_against_a_deletion_waits_and_keeps_the_edit(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    note_id = actions.note(anna, course, "Ringede")
    sync_all(anna, bo, rounds=1)

    actions.delete(anna, Note, note_id)
    actions.edit(bo, Note, note_id, text="Ringede, aftalt møde")
    anna.sync()
    assert bo.sync().conflicts_waiting == 1
    anna.sync()

    (waiting,) = conflicts.waiting(anna.ctx)
    assert (waiting.kind, waiting.row_id) == ("deleted", note_id)
    assert waiting.incoming.value["text"] == "Ringede, aftalt møde"
    assert waiting.incoming.actor_id == bo.me
    for laptop in (anna, bo):
        assert actions.note_row(laptop, note_id).deleted_at is not None

    conflicts.resolve(bo.ctx, waiting.id, "incoming")  # bring it back, with the edit
    sync_all(bo, anna, rounds=1)
    for laptop in (anna, bo):
        row = actions.note_row(laptop, note_id)
        assert (row.deleted_at, row.text) == (None, "Ringede, aftalt møde")


def test_a_deletion_against_an_edit_waits(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    note_id = actions.note(anna, course, "Ringede")
    sync_all(anna, bo, rounds=1)

    actions.edit(anna, Note, note_id, text="Ringede, aftalt møde")
    actions.delete(bo, Note, note_id)
    anna.sync()
    assert bo.sync().conflicts_waiting == 1

    anna.sync()
    for laptop in (anna, bo):  # the edit stands until someone decides
        row = actions.note_row(laptop, note_id)
        assert (row.deleted_at, row.text) == (None, "Ringede, aftalt møde"), laptop.name
    (waiting,) = conflicts.waiting(bo.ctx)
    assert waiting.kind == "deleted" and waiting.team.value["text"] == "Ringede, aftalt møde"
    assert waiting.incoming.value["deleted_at"] is not None


def test_phase_is_worked_out_from_phase_changes_made_on_two_laptops(team):
    anna, bo, cai = team.laptops("anna", "bo", "cai")
    course = actions.enrol(anna, "Pia Hansen", days_ago=40)
    sync_all(anna, bo, cai, rounds=1)

    from datetime import timedelta

    courses.change_phase(bo.ctx, course, Phase.ENGAGED, TODAY - timedelta(days=20), today=TODAY)
    courses.change_phase(cai.ctx, course, Phase.JOB_SEARCH, TODAY - timedelta(days=5),
                         today=TODAY)
    sync_all(cai, bo, anna)  # the later phase change arrives first

    team_courses = table_rows(team.engine, "course")
    assert team_courses[course]["phase"] == Phase.JOB_SEARCH.value
    for laptop in (anna, bo, cai):
        assert courses.course_phase(laptop.ctx, course) is Phase.JOB_SEARCH, laptop.name
    assert team.conflicts() == []  # a phase is never a conflict: its changes settle it


def test_the_same_person_on_two_laptops_is_offered_for_merging(team):
    anna, bo = team.laptops("anna", "bo")
    first = actions.enrol(anna, "Pia Hansen", cpr="010190-1234")
    second = actions.enrol(bo, "Pia M. Hansen", cpr="0101901234")
    sync_all(anna, bo)

    for laptop in (anna, bo):
        (offer,) = conflicts.waiting(laptop.ctx)
        assert offer.kind == "same_person"
    kept = actions.person_of(anna, first)
    conflicts.merge_people(bo.ctx, offer.id, kept)
    sync_all(bo, anna, rounds=1)

    for laptop in (anna, bo):
        live = [r for r in laptop.rows("participant").values() if r["deleted_at"] is None]
        assert [r["id"] for r in live] == [kept]
        assert {c["participant_id"] for c in laptop.rows("course").values()} == {kept}
        assert conflicts.waiting(laptop.ctx) == []
    assert actions.person_of(anna, second) == kept
