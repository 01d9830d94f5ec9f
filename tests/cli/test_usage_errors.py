"""A mistyped command line is argparse's exit 2, never 0: a script must see it failed."""

from __future__ import annotations

import pytest

from ips_desktop.cli.main import main


@pytest.mark.parametrize("argv", [
    ["no-such-command"],
    ["restore"],                      # the backup file is missing
    ["backup"],                       # --out is required
    ["list", "participants", "--consultant"],
    ["demo", "--size", "huge"],
])
def test_usage_errors_exit_2_and_say_why(argv, data_dir, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(data_dir), *argv])
    assert stop.value.code == 2
    assert "fejl:" in capsys.readouterr().err  # Danish, as the rest of the command line
    assert not data_dir.exists()  # nothing was created for a command that never ran


@pytest.mark.parametrize(("language", "said"), [
    ("da", "ips-desktop demo: fejl: --size: ugyldigt valg: 'huge' (vælg mellem 'small', "
           "'large')"),
    ("nb", "ips-desktop demo: feil: --size: ugyldig valg: 'huge' (velg blant 'small', "
           "'large')"),
    ("en", "ips-desktop demo: error: argument --size: invalid choice: 'huge' (choose from "
           "'small', 'large')"),
])
def test_argparse_says_why_in_the_chosen_language(language, said, data_dir, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--language", language, "--data-dir", str(data_dir), "demo", "--size", "huge"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == said


@pytest.mark.parametrize(("english", "danish"), [
    ("the following arguments are required: FILE", "disse argumenter mangler: FILE"),
    ("one of the arguments --out --auto is required",
     "et af argumenterne --out --auto skal angives"),
    ("argument --consultant: expected one argument", "--consultant: forventede én værdi"),
    ("unrecognized arguments: --bogus x", "ukendte argumenter: --bogus x"),
    ("argument --age: invalid int value: 'ti'", "--age: ugyldig værdi (int): 'ti'"),
    ("a sentence from a later Python", "a sentence from a later Python"),  # never mistranslated
])
def test_each_argparse_sentence_keeps_what_was_typed(english, danish):
    from ips_desktop.cli.usage_errors import translated

    assert translated(english) == danish
