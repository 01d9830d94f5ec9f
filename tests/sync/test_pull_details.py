"""What a pull keeps and gives way: unsent local changes, a second copy of a unique row."""

from __future__ import annotations

from ips_desktop.services import conflicts, supervision_items, sync
from ips_desktop.storage.models import Participant
from ips_desktop.storage.sync import run as sync_run
from tests.sync import actions
from tests.sync.team import picture, table_rows


def test_a_pull_keeps_the_fields_changed_here_and_not_yet_sent(team, monkeypatch):
    anna, bo = team.laptops("anna", "bo")
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    anna.sync()
    bo.sync()
    actions.edit(bo, Participant, person, email="pia@example.dk")
    bo.sync()

    # Between anna's push and her pull she changes the phone: the pull must not undo it.
    monkeypatch.setattr(sync_run, "after_team_commit",
                        lambda: actions.edit(anna, Participant, person, phone="20 30 40 50"))
    anna.sync()
    monkeypatch.setattr(sync_run, "after_team_commit", None)

    row = actions.participant(anna, person)
    assert (row.phone, row.email) == ("20 30 40 50", "pia@example.dk")
    assert sync.sync_status(anna.ctx).unsent == 1
    assert anna.sync().pushed == 1  # with its old base version: merged by the team database
    bo.sync()
    assert actions.participant(bo, person).phone == "20 30 40 50"
    assert conflicts.waiting(bo.ctx) == []
    assert picture(anna.ctx.engine) == picture(team.engine) == picture(bo.ctx.engine)


def test_two_laptops_ticking_the_same_supervision_line_meet_in_one_row(team):
    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    anna.sync()
    bo.sync()
    week = (2026, 48)
    supervision_items.set_discussed(anna.ctx, course, week, True, today=actions.TODAY)
    supervision_items.save_note(anna.ctx, course, week, "Jobsøgning i gang")
    supervision_items.set_discussed(bo.ctx, course, week, True, today=actions.TODAY)
    supervision_items.save_note(bo.ctx, course, week, "Aftalt praktik")

    anna.sync()
    bo.sync()
    anna.sync()

    for engine in (team.engine, anna.ctx.engine, bo.ctx.engine):
        live = [r for r in table_rows(engine, "supervision_item").values()
                if r["deleted_at"] is None]
        assert [(r["course_id"], r["note"]) for r in live] == [(course, "Jobsøgning i gang")]
    # Both wrote the note and both ticked it: those fields (and who did) wait for a person.
    waiting = {w.field: w for w in conflicts.waiting(bo.ctx)}
    assert set(waiting) == {"note", "note_by", "discussed_by"}
    assert (waiting["note"].team.value, waiting["note"].incoming.value) == (
        "Jobsøgning i gang", "Aftalt praktik")
    assert (waiting["discussed_by"].team.value, waiting["discussed_by"].incoming.value) == (
        str(anna.me), str(bo.me))
    assert picture(anna.ctx.engine) == picture(team.engine) == picture(bo.ctx.engine)


def test_the_same_candidate_added_on_two_laptops_is_one_row(team):
    from ips_desktop.services import employers, job_openings
    from ips_desktop.services.employers import EmployerInput
    from ips_desktop.services.job_openings import OpeningInput

    anna, bo = team.laptops("anna", "bo")
    course = actions.enrol(anna, "Pia Hansen")
    employer = employers.register_employer(anna.ctx, EmployerInput("Brugsen Køge"))
    opening = job_openings.create_opening(anna.ctx, OpeningInput(employer, "Lagermedarbejder"),
                                          found_on=actions.TODAY)
    anna.sync()
    bo.sync()
    wanted = OpeningInput(employer, "Lagermedarbejder", candidates=(course,))
    job_openings.update_opening(anna.ctx, opening, wanted)
    job_openings.update_opening(bo.ctx, opening, wanted)

    anna.sync()
    bo.sync()
    anna.sync()

    for engine in (team.engine, anna.ctx.engine, bo.ctx.engine):
        rows = table_rows(engine, "job_opening_candidate").values()
        assert [(r["opening_id"], r["course_id"], r["deleted_at"]) for r in rows] == [
            (opening, course, None)]
    assert conflicts.waiting(bo.ctx) == []
    assert picture(anna.ctx.engine) == picture(team.engine) == picture(bo.ctx.engine)


def test_a_consultant_already_on_the_team_becomes_this_laptops_owner(team):
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants
    from ips_desktop.services.consultants import ConsultantInput

    anna, bo = team.laptops("anna", "bo")
    bo_initials = consultants.owner(bo.ctx).initials
    # The team lead registered Bo on her laptop before Bo's laptop joined.
    registered = consultants.create_consultant(anna.ctx, ConsultantInput(
        "bo", bo_initials, "Køge", 1.0, Role.CONSULTANT)).id
    anna.sync()
    course = actions.enrol(bo, "Ole Berg")  # Bo's own work, under his own (second) record

    bo.sync()
    anna.sync()
    bo.sync()

    assert bo.me == registered  # the team's record of Bo is this laptop's owner now
    for engine in (team.engine, anna.ctx.engine, bo.ctx.engine):
        live = [r for r in table_rows(engine, "consultant").values()
                if r["initials"] == bo_initials and r["deleted_at"] is None]
        assert [r["id"] for r in live] == [registered]
        assert table_rows(engine, "course")[course]["consultant_id"] == registered
    actions.note(bo, course, "Ringede")  # and his next change is made as that record
    bo.sync()
    note = next(r for r in table_rows(team.engine, "note").values() if r["text"] == "Ringede")
    assert note["changed_by"] == registered
    anna.sync()
    assert picture(anna.ctx.engine) == picture(team.engine) == picture(bo.ctx.engine)
