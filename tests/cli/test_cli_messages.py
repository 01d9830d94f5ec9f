"""The command line speaks the user's language, in sentences, and never shows a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ips_desktop.cli.main import main
from ips_desktop.services import maintenance
from tests.helpers import PASSWORD


@pytest.fixture
def unattended(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Demo database created in {root}: 60 participants, 4 consultants, 62 courses, "),
    ("nb", "Demodatabase opprettet i {root}: 60 deltakere, 4 konsulenter, 62 forløp, "),
    ("da", "Demodatabase oprettet i {root}: 60 deltagere, 4 konsulenter, 62 forløb, "),
])
def test_demo_summary_is_a_sentence(tmp_path, unattended, capsys, language, expected):
    root = tmp_path / "demo"
    assert main(["--language", language, "--data-dir", str(root), "demo"]) == 0
    out, err = capsys.readouterr()
    assert expected.format(root=root) in out
    assert "DemoSummary" not in out and "=" not in out
    done = {"en": "done", "nb": "ferdig", "da": "færdig"}[language]
    assert f"\r{done:<30} 100%" in err and "employer_contacts" not in err


def test_demo_says_whose_participants_are_yours_and_mine_lists_only_those(
        tmp_path, unattended, capsys):
    from ips_desktop.services import consultants, workspace

    root = tmp_path / "demo"
    assert main(["--data-dir", str(root), "demo"]) == 0
    said = capsys.readouterr().out.splitlines()[-1]
    opened = workspace.unlock(root, PASSWORD)
    me = consultants.owner(opened.ctx)
    opened.close()
    assert me is not None
    assert said.startswith(f"I demoen er du IPS-konsulenten {me.name} ({me.initials}): ")
    mine = said.split(": ")[1].split(" af ")[0]
    assert main(["--data-dir", str(root), "list", "participants"]) == 0
    everyone = capsys.readouterr().out.splitlines()
    assert main(["--data-dir", str(root), "list", "participants",
                 "--consultant", me.initials]) == 0
    hers = capsys.readouterr().out.splitlines()
    assert said.endswith(f"{len(hers)} af teamets {len(everyone)} åbne forløb er dine.")
    assert int(mine) == len(hers) < len(everyone)


def test_large_numbers_are_grouped_as_people_read_them():
    from ips_desktop.domain import messages

    for language, shown in (("en", "5,223"), ("da", "5.223"), ("nb", "5\u00a0223")):
        messages.set_language(language)
        assert messages.number(5223) == shown


@pytest.mark.parametrize(("language", "lines"), [
    ("en", ["Integrity:       ok", "Page check:      ok", "Key:             ",
            "Demo:            no"]),
    ("nb", ["Integritet:      ok", "Sidekontroll:    ok", "Nøkkel:          ",
            "Skjemaversjon:   ", "Demo:            nei"]),
])
def test_check_report_follows_the_language(data_dir, unattended, capsys, language, lines):
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    capsys.readouterr()
    assert main(["--language", language, "--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr().out
    for line in lines:
        assert line in out
    for danish in ("Nøgle:", "Skemaversion", "nej"):
        assert danish not in out


def test_setup_and_list_messages_in_english(data_dir, unattended, capsys):
    assert main(["--language", "en", "--data-dir", str(data_dir), "setup"]) == 0
    out = capsys.readouterr().out
    assert "The database is created in" in out and "Recovery key - write it down" in out
    assert main(["--language", "en", "--data-dir", str(data_dir), "list", "participants",
                 "--consultant", "ZZZ"]) == 1
    assert capsys.readouterr().err.strip() == "No consultant with the initials ZZZ."


def test_no_password_unattended_in_norwegian(data_dir, capsys):
    assert main(["--language", "nb", "--data-dir", str(data_dir), "setup"]) == 13
    assert "Ikke noe passord: sett IPS_DESKTOP_PASSWORD" in capsys.readouterr().err


def test_confirm_asks_in_the_language(monkeypatch, capsys):
    from ips_desktop.cli import prompts
    from ips_desktop.domain import messages

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked: list[str] = []
    answers = iter(["y", "j", "n"])
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or next(answers))
    messages.set_language("en")
    assert prompts.confirm("Replace?") is True
    messages.set_language("da")
    assert prompts.confirm("Erstat?") is True
    assert prompts.confirm("Erstat?") is False
    assert asked == ["Replace? [y/N] ", "Erstat? [j/N] ", "Erstat? [j/N] "]


def test_an_unexpected_error_is_one_safe_paragraph(data_dir, unattended, monkeypatch, capsys):
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    capsys.readouterr()

    def broken(ws: object) -> None:
        raise ValueError("could not read Bodil Kjær-Hansen, CPR 010190-1234")

    monkeypatch.setattr(maintenance, "check", broken)
    code = main(["--language", "en", "--data-dir", str(data_dir), "check"])
    err = capsys.readouterr().err
    assert code == 1
    log = data_dir / "logs" / "ips-desktop.log"
    assert err.startswith("Unexpected error (ValueError).") and str(log) in err
    assert "Traceback" not in err
    logged = log.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "cmd_check" in logged
    for secret in ("Bodil", "Kjær", "010190-1234"):
        assert secret not in err and secret not in logged


def test_no_traceback_from_the_real_command(tmp_path):
    """The installed entry point, in a child process: a crash is a paragraph, exit 1."""
    root = tmp_path / "data"
    code = ("import sys, ips_desktop.services.maintenance as m\n"
            "from ips_desktop.cli.main import main\n"
            "def boom(*a, **k): raise RuntimeError('Bodil 010190-1234')\n"
            "m.check = boom\n"
            "import ips_desktop.cli.main as c\n"
            "c._unlock = boom\n"
            f"sys.exit(main(['--language', 'en', '--data-dir', {str(root)!r}, 'check']))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Bodil" not in done.stderr
    assert "Unexpected error (RuntimeError)" in done.stderr


def test_check_json_says_damaged_false_on_a_sound_database(data_dir, unattended, capsys):
    assert main(["--data-dir", str(data_dir), "setup"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["damaged"] is False and report["damaged_pages"] == []
    assert report["cipher_integrity"] == "ok"


def test_help_follows_the_language(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "en", "--help"])
    assert "Without a command, the window opens." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--language=nb", "--help"])
    assert "Uten kommando åpnes vinduet." in capsys.readouterr().out


def _every_parser(parser):
    import argparse

    yield "", parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_option_help_comes_from_the_catalog(language):
    """Review finding: the per-option --help texts were English whatever the language."""
    from ips_desktop.cli.main import build_parser
    from ips_desktop.domain import messages

    messages.set_language(language)
    shown = {texts[language] for code, texts in messages.CATALOG.items()
             if code.startswith(("help_", "cli_description"))}
    shown |= {messages.CATALOG[c][language].format(env=e) for c, e in (
        ("help_data_dir", "IPS_DESKTOP_DATA_DIR"), ("help_language", "IPS_DESKTOP_LANGUAGE"))}
    import argparse

    for name, parser in _every_parser(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for command in action._choices_actions:  # the commands' one-line help
                    assert command.help in shown, (command.dest, command.help)
                continue
            assert action.help is not None, (name, action.dest)
            assert action.help in shown, (name, action.dest, action.help)


@pytest.mark.parametrize(("argv", "env", "expected", "english"), [
    (["--language", "da", "backup", "--help"], None,
     ["brug: ips-desktop backup", "tilvalg:", "erstat FILE, hvis den findes",
      "vis denne hjælp og afslut"], ["replace FILE if it exists", "show this help"]),
    (["restore", "--help"], "nb",
     ["bruk: ips-desktop restore", "argumenter:", "ikke spør om bekreftelse"],
     ["do not ask for confirmation", "positional arguments"]),
    (["list", "--help", "--language=en"], "da",
     ["usage: ips-desktop list", "include ended courses"], ["medtag afsluttede"]),
    (["report", "--help"], "en", ["the empty form, to fill in by hand"], ["det tomme"]),
])
def test_subcommand_help_follows_the_language(argv, env, expected, english, monkeypatch,
                                              capsys):
    if env:
        monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", env)
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out, out
    for text in english:
        assert text not in out, out
