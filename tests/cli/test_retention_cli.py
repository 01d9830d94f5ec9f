"""`ips-desktop retention`: the people past the retention period, as ids and dates."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy.orm import Session

from ips_desktop.cli import retention as retention_cli
from ips_desktop.cli.main import main
from ips_desktop.domain.enums import Role
from ips_desktop.services import workspace
from ips_desktop.storage.models import Consultant
from tests.helpers import PASSWORD
from tests.reports.support import new_consultant
from tests.retention_data import DUE_AT_5, TODAY, build_people


@pytest.fixture
def database(data_dir, monkeypatch):
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    workspace.set_owner(ws, new_consultant(ws, "Søren Østergård", "SOE", "Køge"))
    people = build_people(ws)  # the owner a team lead
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setattr(retention_cli, "_today", lambda: TODAY)
    return data_dir, people


def run(root, *args: str) -> int:
    return main(["--data-dir", str(root), "retention", *args])


def test_json_lists_ids_and_dates_without_names(database, capsys):
    root, people = database
    assert run(root, "--json") == 0
    out = capsys.readouterr().out
    listed = json.loads(out)
    assert listed["retention_years"] == 5
    assert [people.name_of(uuid.UUID(r["participant_id"]))
            for r in listed["due"]] == DUE_AT_5
    assert listed["due"][1] == {
        "participant_id": str(people.ids["two_old"]),
        "last_course_id": str(people.courses["two_old#1"]),
        "ended_on": "2018-05-01", "due_on": "2023-05-02"}
    assert "Person" not in out and "010170" not in out


def test_plain_lines_and_the_count_on_stderr(database, capsys):
    root, people = database
    assert run(root) == 0
    done = capsys.readouterr()
    lines = done.out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(people.ids[k]) for k in DUE_AT_5]
    assert done.err.strip() == "4 skal slettes (opbevaringsperiode 5 år)."


def test_a_consultant_is_refused_with_14(database, capsys):
    root, _ = database
    ws = workspace.unlock(root, PASSWORD, exclusive=False)
    with Session(ws.ctx.engine) as session, session.begin():
        session.get(Consultant, ws.ctx.actor_id).role = Role.CONSULTANT.value
    ws.close()
    assert run(root, "--json") == 14
    done = capsys.readouterr()
    assert done.out == ""
    assert done.err.strip() == "Kun en teamleder kan se, hvem der skal slettes."
