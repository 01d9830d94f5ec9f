"""The entry point reads a plain window start itself, the way the command line would.

`ips_desktop.app.window_start` lets the window skip the command line's
module (its imports cost the unlock screen); these tests hold it to reading
exactly what `cli.main`'s parser reads, and to leaving everything else to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ips_desktop import app
from ips_desktop.cli import main as cli
from ips_desktop.domain import messages

WINDOW_STARTS = [
    [],
    ["--demo"],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x"],
    ["--data-dir", "~/ips data"],
    ["--language", "en"],
    ["--language=nb", "--demo"],
    ["--demo", "--data-dir", "a", "--language", "da"],
    ["--data-dir", "a", "--data-dir", "b"],  # the last one counts, as in argparse
    ["--language", "en", "--language", "nb"],
]
NOT_WINDOW_STARTS = [
    ["check"],
    ["--data-dir", "a", "check"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--data", "a"],  # argparse accepts abbreviations; left to it
    ["--dem"],
    ["--language", "sv"],  # refused by argparse, with its message
    ["--language"],
    ["--data-dir"],
    ["--data-dir", "--demo"],
    ["--data-dir="],
    ["--demo=yes"],
    ["--"],
    ["stray"],
]


@pytest.mark.parametrize("words", WINDOW_STARTS, ids=" ".join)
def test_a_plain_window_start_is_read_as_the_command_line_reads_it(words):
    start = app.window_start(words)
    assert start is not None
    args = cli.build_parser().parse_args(words)
    assert args.command is None
    assert start == app.WindowStart(args.data_dir, args.demo, args.language)


@pytest.mark.parametrize("words", NOT_WINDOW_STARTS, ids=" ".join)
def test_anything_else_is_left_to_the_command_line(words):
    assert app.window_start(words) is None


def test_the_window_start_uses_the_command_lines_names():
    assert app.LANGUAGE_ENV == cli.LANGUAGE_ENV
    assert tuple(app._LANGUAGES) == tuple(messages.LANGUAGES)


def test_the_window_start_runs_the_window_as_the_command_line_would(monkeypatch, tmp_path):
    """Same data folder, demo flag and message language handed to the window."""
    import ips_desktop.ui.app as gui

    calls: list[tuple[Path, bool, str]] = []

    def fake_run_gui(root: Path, *, demo: bool = False) -> int:
        calls.append((root, demo, messages.current_language()))
        return 0

    monkeypatch.setattr(gui, "run_gui", fake_run_gui)
    monkeypatch.setattr(app, "harden_window_start", lambda: None)  # the test process stays as is
    monkeypatch.setattr(app, "harden_process", lambda: None)
    monkeypatch.setenv("IPS_DESKTOP_LANGUAGE", "nb")
    words = ["--data-dir", str(tmp_path), "--demo"]
    assert app.main(words) == 0
    assert cli.main(words) == 0
    assert calls[0] == calls[1] == (tmp_path, True, "nb")
