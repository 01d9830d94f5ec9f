"""`ips-desktop sync`: one line saying what went each way, and an exit code for a scheduler."""

from __future__ import annotations

import re

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import sync, workspace
from ips_desktop.storage.models import Participant, Setting
from ips_desktop.storage.server import make_server_engine
from tests.helpers import PASSWORD
from tests.sync import actions
from tests.sync.team import table_rows


@pytest.fixture
def cli(team, monkeypatch):
    """Two laptops; `run(laptop)` runs the command on a laptop's closed database."""
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    url = {"value": team.engine.url}
    sync.use_team_engine(lambda ctx: make_server_engine(url["value"]))
    anna, bo = team.laptops("anna", "bo")

    def run(laptop) -> int:
        laptop.ws.close()
        try:
            return main(["--data-dir", str(laptop.ws.data_dir), "sync"])
        finally:
            laptop.ws = workspace.unlock(laptop.ws.data_dir, PASSWORD)

    yield run, anna, bo, url
    sync.use_team_engine(None)


def test_a_sync_says_what_went_each_way_and_exits_0(cli, team, capsys):
    run, anna, bo, _ = cli
    actions.enrol(anna, "Pia Hansen")
    assert run(anna) == 0
    line = capsys.readouterr().out.strip()
    assert re.fullmatch(r"Synkroniseret: \d+ ændringer sendt, \d+ hentet, 0 konflikter venter\.",
                        line), line
    assert [r["name"] for r in table_rows(team.engine, "participant").values()] == ["Pia Hansen"]
    assert run(bo) == 0
    assert "Pia Hansen" in {r["name"] for r in bo.rows("participant").values()}


def test_conflicts_waiting_exit_41(cli, capsys):
    run, anna, bo, _ = cli
    person = actions.person_of(anna, actions.enrol(anna, "Pia Hansen"))
    assert run(anna) == 0 and run(bo) == 0
    actions.edit(anna, Participant, person, phone="11 11 11 11")
    actions.edit(bo, Participant, person, phone="22 22 22 22")
    assert run(anna) == 0
    capsys.readouterr()
    assert run(bo) == 41
    done = capsys.readouterr()
    assert "1 konflikter venter" in done.out and "Konflikter" in done.err


def test_unreachable_exit_42_and_wrong_login_43(cli, capsys):
    run, anna, _, url = cli
    actions.enrol(anna, "Pia Hansen")
    good = url["value"]
    url["value"] = good.set(port=1)
    assert run(anna) == 42
    assert "kan ikke nås" in capsys.readouterr().err
    url["value"] = good.set(password="not-it")
    assert run(anna) == 43
    assert "afviste login" in capsys.readouterr().err
    url["value"] = good
    assert run(anna) == 0


def test_not_joined_exit_44(cli, capsys):
    run, anna, _, _ = cli
    with anna.ctx.engine.begin() as conn:
        conn.execute(Setting.__table__.delete().where(Setting.key == sync.TEAM_URL))
    assert run(anna) == 44
    assert "ikke tilsluttet" in capsys.readouterr().err
