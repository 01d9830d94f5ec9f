"""`ips-desktop export person --participant ID --out DIR`: the access copy, and its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD
from tests.person_data import build_person


@pytest.fixture
def database(ws, monkeypatch):
    """A person with everything in a closed database; the password in the environment."""
    person = build_person(ws.ctx, "Åse Ærenfeldt", "Ålekone", cpr="010190-1234")
    root = ws.data_dir
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "da")
    return root, person


def export(root, *args: str) -> int:
    return main(["--data-dir", str(root), "export", "person", *args])


def exports_recorded(root) -> list[AuditEvent]:
    ws = workspace.unlock(root, PASSWORD)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent).where(AuditEvent.action == "export")))
    finally:
        ws.close()


def test_the_copy_is_written_into_the_folder(database, tmp_path, capsys) -> None:
    root, person = database
    out = tmp_path / "udtræk"
    out.mkdir()
    assert export(root, "--participant", str(person.participant_id), "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "Indsigt skrevet" in said and person.name not in said
    names = sorted(p.name for p in out.iterdir())
    short = person.participant_id.hex[:8]
    assert [n.rsplit(".", 1)[1] for n in names] == ["json", "pdf"]
    assert all(n.startswith(f"indsigt-{short}-") for n in names)
    document = json.loads((out / names[0]).read_text("utf-8"))
    assert document["person"]["id"] == str(person.participant_id)
    events = exports_recorded(root)
    assert [(e.entity, e.entity_id) for e in events] == [("participant", person.participant_id)]


def test_an_unknown_id_is_1_and_writes_nothing(database, tmp_path, capsys) -> None:
    root, _ = database
    stranger = uuid.uuid4()
    assert export(root, "--participant", str(stranger), "--out", str(tmp_path)) == 1
    assert f"Ingen deltager med id {stranger}" in capsys.readouterr().err
    assert not list(tmp_path.glob("indsigt-*")) and exports_recorded(root) == []


@pytest.mark.parametrize("args", [
    ["--participant", "Åse Ærenfeldt"],  # a name is not an id (and never goes in a log)
    [],  # no --participant
    ["--participant", "PID", "--from", "1.11.2026"],
])
def test_usage_errors_are_2(database, tmp_path, capsys, args) -> None:
    root, person = database
    args = [str(person.participant_id) if a == "PID" else a for a in args]
    assert export(root, *args, "--out", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "ips-desktop export" in err
    assert "Ærenfeldt" not in err  # a name typed as the id is not said back (stderr is logged)
    assert not list(tmp_path.glob("indsigt-*"))


def test_a_folder_in_the_data_directory_is_30(database, capsys) -> None:
    root, person = database
    assert export(root, "--participant", str(person.participant_id), "--out", str(root)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert not list(root.glob("indsigt-*")) and exports_recorded(root) == []


def test_a_folder_that_is_not_there_is_1(database, tmp_path, capsys) -> None:
    root, person = database
    missing = tmp_path / "findes ikke"
    assert export(root, "--participant", str(person.participant_id), "--out",
                  str(missing)) == 1
    assert "er ikke en mappe" in capsys.readouterr().err and not missing.exists()


def test_the_period_exports_still_need_their_dates(database, tmp_path, capsys) -> None:
    root, _ = database
    assert main(["--data-dir", str(root), "export", "employer-log", "--to", "30.11.2026",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "--from og --to" in capsys.readouterr().err


def test_the_real_command_in_english(tmp_path) -> None:
    """A real process (no test keyring in it): a database protected by the password alone."""
    from ips_desktop.domain.enums import Role
    from ips_desktop.services import consultants

    root = tmp_path / "passphrase"
    ws, _ = workspace.set_up(root, PASSWORD, use_keyring=False)
    me = consultants.create_consultant(ws.ctx, consultants.ConsultantInput(
        "Søren Østergård", "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(ws, me.id)
    person = build_person(ws.ctx, "Åse Ærenfeldt", "Ålekone", cpr="010190-1234")
    ws.close()
    done = subprocess.run(
        [sys.executable, "-m", "ips_desktop", "--data-dir", str(root), "--language", "en",
         "export", "person", "--participant", str(person.participant_id),
         "--out", str(tmp_path)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "Access copy written" in done.stdout and person.name not in done.stdout
    assert sorted(p.suffix for p in tmp_path.glob("access-*")) == [".json", ".pdf"]
    refused = subprocess.run(
        [sys.executable, "-m", "ips_desktop", "--data-dir", str(root), "--language", "en",
         "export", "person", "--participant", str(person.participant_id),
         "--out", str(root)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "IPS_DESKTOP_PASSWORD": PASSWORD, "HOME": str(tmp_path)})
    assert refused.returncode == 30 and "Traceback" not in refused.stderr
