"""`ips-desktop report profile|plan`: the shipped forms printed from a participant's drafts,
and blank, with the referral's exit codes, refusals, file rights and audit events."""

from __future__ import annotations

import copy
import os
import random
import stat
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from ips_desktop.cli.main import main
from ips_desktop.domain.form_answers import relevant_names
from ips_desktop.services import form_drafts, forms, workspace
from ips_desktop.services.demo import answers as demo
from ips_desktop.services.form_drafts import PLAN_FORM, PROFILE_FORM, Position
from ips_desktop.storage.models import AuditEvent, Course
from tests.helpers import PASSWORD
from tests.reports.support import TODAY, all_text, flat, new_consultant, pages_text, register
from tests.reports.test_form_document import expected_answers

NAME = "Åse Ærø Østergaard"


def full_profile() -> dict:
    """Every page of the shipped profile answered, with 20 jobs."""
    rng = random.Random(14)
    answers = demo.profile_answers(rng, goal="Gartner i Ølstykke", strengths="Flittig og præcis",
                                   education=("HF", "Gartner"), town="Køge",
                                   started=date(2026, 9, 1), complete=True)
    while len(answers["jobs"]) < 20:
        job = copy.deepcopy(answers["jobs"][0])
        job |= {"row_id": f"job-{len(answers['jobs'])}",
                "workplace": f"Plantecenter Ærø nr. {len(answers['jobs'])}"}
        answers["jobs"].append(job)
    return answers


@pytest.fixture
def database(data_dir, monkeypatch):
    """A closed database: one participant with a profile draft (every page, 20 jobs) and a
    completed plan; the password in the environment."""
    ws, _ = workspace.set_up(data_dir, PASSWORD)
    me = new_consultant(ws, "Søren Østergård", "SOE", "Køge")
    workspace.set_owner(ws, me)
    course = register(ws, name=NAME)
    with ws.ctx.engine.connect() as conn:
        person = conn.execute(select(Course.participant_id).where(Course.id == course)).scalar()
    profile = forms.spec_in_use(ws.ctx, data_dir, None, PROFILE_FORM).spec
    plan = forms.spec_in_use(ws.ctx, data_dir, None, PLAN_FORM).spec
    answers = full_profile()
    assert form_drafts.save_draft(ws.ctx, course, profile, answers, Position(3),
                                  today=TODAY) == []
    rng = random.Random(15)
    plan_answers = demo.plan_answers(rng, goal="Gartner", first_step=demo.SUB_GOALS[0][0],
                                     made_on=date(2026, 9, 1), today=TODAY)
    form_drafts.mark_complete(ws.ctx, course, plan, plan_answers, today=TODAY)
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    return {"participant": person, "course": course, "dir": data_dir, "profile": profile,
            "plan": plan, "answers": answers, "plan_answers": plan_answers}


def run(database, kind: str, *args: str) -> int:
    return main(["--data-dir", str(database["dir"]), "report", kind, *args])


def audited(database, action: str) -> list[tuple]:
    ws = workspace.unlock(database["dir"], PASSWORD, exclusive=False)
    try:
        with ws.ctx.engine.connect() as conn:
            return list(conn.execute(select(AuditEvent.entity, AuditEvent.entity_id,
                                            AuditEvent.details)
                                     .where(AuditEvent.action == action)
                                     .order_by(AuditEvent.at)).all())
    finally:
        ws.close()


def every_label(spec, answers) -> list[str]:
    relevant = relevant_names(spec, answers) if answers is not None else None
    labels = []
    for section in spec.sections:
        fields = [f for f in section.fields if relevant is None or f.name in relevant]
        if fields:
            labels.append(section.title.da)
        for question in fields:
            labels.append(question.label.da)
            labels += [c.label.da for c in question.fields if c.name != "row_id"]
    return labels


def test_the_profile_of_a_participant_with_every_answer_and_the_name_on_every_page(
        database, tmp_path, capsys):
    out = tmp_path / "profil.pdf"
    assert run(database, "profile", "--participant", str(database["participant"]),
               "--out", str(out)) == 0
    pages = pages_text(out.read_bytes())
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert NAME in page and f"Side {number} af {len(pages)}" in page
        assert "Fortroligt – indeholder personoplysninger" in page
    text = " ".join(pages)
    spec, answers = database["profile"], database["answers"]
    for label in every_label(spec, answers):
        assert flat(label) in text, label
    for expected in expected_answers(spec, answers):
        assert flat(expected) in text, expected
    assert "Plantecenter Ærø nr. 19" in text and "Tidligere job: 20 af 20" in text
    assert "Sidst ændret" in text and "af Søren Østergård Ikke endnu (kladde)" in text
    assert f"Karriereprofil, version {spec.version}" in text
    said = capsys.readouterr()
    assert str(out.resolve()) in said.out and NAME not in said.out + said.err


def test_the_plan_by_course_id_says_it_is_complete(database, tmp_path):
    out = tmp_path / "plan.pdf"
    assert run(database, "plan", "--participant", str(database["course"]),
               "--out", str(out)) == 0
    text = all_text(out.read_bytes())
    spec, answers = database["plan"], database["plan_answers"]
    for label in every_label(spec, answers):
        assert flat(label) in text, label
    for expected in expected_answers(spec, answers):
        assert flat(expected) in text, expected
    assert NAME in text and "kladde" not in text and "Ikke endnu" not in text
    assert "Jobsøgningen begyndte" not in text  # the employer log does not exist yet


@pytest.mark.parametrize("kind, form, title", [
    ("profile", PROFILE_FORM, "Karriereprofil"), ("plan", PLAN_FORM, "Handleplan")])
def test_the_blank_forms(database, tmp_path, kind, form, title):
    out = tmp_path / f"{kind}-blank.pdf"
    assert run(database, kind, "--blank", "--out", str(out)) == 0
    pages = pages_text(out.read_bytes())
    text = " ".join(pages)
    assert title in text and NAME not in text
    assert all("Navn:" in page for page in pages)
    spec = database["profile" if kind == "profile" else "plan"]
    for label in every_label(spec, None):
        assert flat(label) in text, label
    assert "Gartner" not in text and "Plantecenter" not in text
    assert audited(database, "print")[-1] == (None, None, {"form": form, "blank": True})
    assert audited(database, "export")[-1] == (None, None, {"form": form})


def test_prints_and_files_are_audited_by_id_without_personal_data(database, tmp_path):
    out = tmp_path / "ud" / f"{NAME} profil.pdf"  # a name in the file name: not in the log
    out.parent.mkdir()
    assert run(database, "profile", "--participant", str(database["participant"]),
               "--out", str(out)) == 0
    version = database["profile"].version
    assert audited(database, "print") == [
        ("course", database["course"], {"form": PROFILE_FORM, "version": version})]
    assert audited(database, "export") == [("course", database["course"],
                                            {"form": PROFILE_FORM})]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(out.parent.iterdir()) == [out]  # written whole, no temporary left
    every = str(audited(database, "print") + audited(database, "export")
                + audited(database, "read"))
    assert NAME not in every and "Gartner" not in every and "profil.pdf" not in every


def test_an_unknown_or_malformed_id_is_an_error(database, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run(database, "plan", "--participant", str(uuid.uuid4()), "--out", str(out)) == 1
    assert "Ingen deltager eller forløb" in capsys.readouterr().err
    assert run(database, "profile", "--participant", "Åse", "--out", str(out)) == 1
    assert "ikke et gyldigt id" in capsys.readouterr().err
    assert not out.exists()
    assert audited(database, "print") == []


def test_without_a_password_or_a_target_folder(database, tmp_path, monkeypatch, capsys):
    out = tmp_path / "no-such-folder" / "x.pdf"
    assert run(database, "profile", "--participant", str(database["course"]),
               "--out", str(out)) == 1
    assert "Kunne ikke skrive" in capsys.readouterr().err
    monkeypatch.delenv("IPS_DESKTOP_PASSWORD")
    assert run(database, "plan", "--blank", "--out", str(tmp_path / "y.pdf")) == 13
    assert not (tmp_path / "y.pdf").exists()


def test_participant_or_blank_is_required(database, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        run(database, "plan", "--out", str(tmp_path / "x.pdf"))
    assert stop.value.code == 2
    assert "--participant" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["ips.db", "vault.json"])
def test_a_printout_aimed_into_the_data_directory_is_refused(database, capsys, name):
    root = database["dir"]
    before = (root / "vault.json").read_bytes()
    target = root / name
    assert run(database, "profile", "--participant", str(database["course"]),
               "--out", str(target)) == 30
    assert "datamappen" in capsys.readouterr().err
    assert (root / "vault.json").read_bytes() == before
    assert not target.read_bytes().startswith(b"%PDF")
    assert main(["--data-dir", str(root), "check"]) == 0


def test_the_profile_in_english(database, tmp_path):
    out = tmp_path / "en.pdf"
    assert main(["--data-dir", str(database["dir"]), "--language", "en", "report", "profile",
                 "--participant", str(database["course"]), "--out", str(out)]) == 0
    text = all_text(out.read_bytes())
    assert database["profile"].title.en in text and "Confidential" in text
    assert "Last changed" in text and "by Søren Østergård" in text
