"""`ips-desktop report referral`: the same printout from the command line."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.services import workspace
from ips_desktop.storage.models import AuditEvent, Course
from tests.helpers import PASSWORD
from tests.reports.support import all_text, new_consultant, register

NAME = "Łukasz Żółć"


@pytest.fixture
def database(data_dir, monkeypatch):
    """A closed database with one participant who has two courses; the password in the env."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Søren Østergård", "SOE", "Køge")
    workspace.set_owner(ws, me)
    first = register(ws, name=NAME)
    with ws.ctx.engine.connect() as conn:
        person = conn.execute(select(Course.participant_id).where(Course.id == first)).scalar()
    from ips_desktop.services import referrals
    from tests.reports.support import TODAY, referral_answers, referral_spec

    answers = referral_answers(NAME, me) | {"referral_date": "2026-11-20",
                                            "date_received": "2026-11-21",
                                            "job_preferences": "Andet forløb: lager"}
    second = referrals.register_referral(ws.ctx, referral_spec(), answers, today=TODAY,
                                         participant_id=person)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return {"participant": person, "first": first, "second": second, "dir": data_dir}


def run(database, *args: str) -> int:
    return main(["--data-dir", str(database["dir"]), "report", "referral", *args])


def audit_prints(database, action: str = "print") -> list[tuple]:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.entity, AuditEvent.entity_id,
                                            AuditEvent.details)
                                     .where(AuditEvent.action == action)).all())
    finally:
        ws.close()


def test_a_participant_id_prints_their_newest_course(database, tmp_path, capsys):
    out = tmp_path / "ud" / "min-henvisning.pdf"
    out.parent.mkdir()
    assert run(database, "--participant", str(database["participant"]), "--out", str(out)) == 0
    assert [p.name for p in out.parent.iterdir()] == ["min-henvisning.pdf"]
    text = all_text(out.read_bytes())
    assert NAME in text and "Andet forløb: lager" in text and "20.11.2026" in text
    assert "Henvisning til IPS" in text and "Side 1 af" in text
    said = capsys.readouterr().out
    assert str(out.resolve()) in said and NAME not in said
    assert audit_prints(database) == [("course", database["second"], {"form": "referral"})]


def test_a_course_id_prints_that_course(database, tmp_path):
    out = tmp_path / "first.pdf"
    assert run(database, "--participant", str(database["first"]), "--out", str(out)) == 0
    text = all_text(out.read_bytes())
    assert NAME in text and "Andet forløb" not in text and "02.11.2026" in text


def test_the_blank_form_and_the_language(database, tmp_path, monkeypatch):
    out = tmp_path / "blank.pdf"
    assert main(["--data-dir", str(database["dir"]), "--language", "en", "report", "referral",
                 "--blank", "--out", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert "IPS referral" in text and "Confidential – contains personal data" in text
    assert NAME not in text and "Køge" in text


def test_the_language_after_the_command_too(database, tmp_path):
    out = tmp_path / "nb.pdf"
    assert run(database, "--participant", str(database["first"]), "--out", str(out),
               "--language", "nb") == 0
    assert "Fortrolig – inneholder personopplysninger" in all_text(out.read_bytes())


def test_an_unknown_or_malformed_id_is_an_error(database, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run(database, "--participant", str(uuid.uuid4()), "--out", str(out)) == 1
    assert "Ingen deltager eller forløb" in capsys.readouterr().err
    assert run(database, "--participant", "Łukasz", "--out", str(out)) == 1
    assert not out.exists()
    assert audit_prints(database) == []


def test_an_unwritable_target_is_an_error(database, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "x.pdf"
    assert run(database, "--participant", str(database["first"]), "--out", str(out)) == 1
    assert "Kunne ikke skrive" in capsys.readouterr().err


def test_without_a_password_it_says_so(database, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("IPS_DESKTOP_PASSWORD")
    out = tmp_path / "x.pdf"
    assert run(database, "--participant", str(database["first"]), "--out", str(out)) == 13
    assert not out.exists()


def test_participant_or_blank_is_required(database, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        run(database, "--out", str(tmp_path / "x.pdf"))
    assert stop.value.code == 2  # argparse's usage error, not success or a crash
    assert "--participant" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        run(database, "--blank", "--participant", str(database["first"]),
            "--out", str(tmp_path / "x.pdf"))
    assert stop.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_the_file_written_is_an_export_event_and_private(database, tmp_path):
    """A report to a file leaves the app: audited as an export (kind and id, no file name)."""
    import os
    import stat

    out = tmp_path / f"{NAME}.pdf"  # a name in the file name must not reach the audit log
    assert run(database, "--participant", str(database["first"]), "--out", str(out)) == 0
    assert audit_prints(database, "export") == [
        ("course", database["first"], {"form": "referral"})]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    blank = tmp_path / "blank.pdf"
    assert run(database, "--blank", "--out", str(blank)) == 0
    assert audit_prints(database, "export")[-1] == (None, None, {"form": "referral"})


def test_an_export_that_cannot_be_audited_leaves_no_file(database, tmp_path, monkeypatch):
    from ips_desktop.services import printing

    def refused(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing, "record_export", refused)
    out = tmp_path / "x.pdf"
    assert run(database, "--participant", str(database["first"]), "--out", str(out)) == 1
    assert list(tmp_path.glob("*x.pdf*")) == []


@pytest.mark.parametrize("name", ["ips.db", "ips.key", "vault.json", "backups/referral.pdf"])
def test_a_printout_aimed_into_the_data_directory_is_refused(database, capsys, name):
    """Review finding: `report --out DIR/ips.db` replaced the live database with a PDF."""
    root = database["dir"]
    keys = {n: (root / n).read_bytes() for n in ("ips.key", "vault.json")}
    target = root / name
    assert run(database, "--participant", str(database["first"]), "--out", str(target)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert {n: (root / n).read_bytes() for n in keys} == keys
    assert not target.exists() or not target.read_bytes().startswith(b"%PDF")
    assert main(["--data-dir", str(root), "check"]) == 0  # the database still opens whole
