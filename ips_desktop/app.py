"""The program's entry point: the command line decides between a command and the window.

A plain start of the window (no command; at most `--data-dir`, `--demo` and
`--language`, spelt out in full) goes straight to the window, without the
command line's module: that module brings every command's imports and its
parser, which would cost the unlock screen a tenth of its time. Anything
else (a command, `--help`, an abbreviated or unknown option, a bad value)
goes to `cli.main`, which parses it as always; `tests/test_entry.py` checks
that both ways read the window's options alike.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ips_desktop.hardening import harden_process, harden_window_start

LANGUAGE_ENV = "IPS_DESKTOP_LANGUAGE"  # as cli.main's (a test holds them equal)
_LANGUAGES = ("da", "nb", "en")  # domain.messages.LANGUAGES (a test holds them equal)


@dataclass(frozen=True)
class WindowStart:
    """The options of a plain window start, as `cli.main` would read them."""

    data_dir: Path | None = None
    demo: bool = False
    language: str | None = None


def window_start(words: Sequence[str]) -> WindowStart | None:
    """The window's options when `words` are nothing else; None: leave it to `cli.main`."""
    data_dir: Path | None = None
    demo, language = False, None
    rest = list(words)
    while rest:
        word = rest.pop(0)
        name, eq, value = word.partition("=")
        if word == "--demo":
            demo = True
            continue
        if name not in ("--data-dir", "--language"):
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None  # argparse says what is missing
            value = rest.pop(0)
        if name == "--data-dir":
            if not value:
                return None
            data_dir = Path(value)
        elif value in _LANGUAGES:
            language = value
        else:
            return None
    return WindowStart(data_dir, demo, language)


def main(argv: Sequence[str] | None = None) -> int:
    start = window_start(sys.argv[1:] if argv is None else argv)  # reads the words, no more
    if start is not None:
        harden_window_start()  # first: private umask; no core dumps behind the unlock screen
        return _window(start)
    harden_process()  # first: private umask, no core dumps (ips_desktop/hardening.py)
    from ips_desktop.cli.main import main as cli_main

    return cli_main(argv)


def _window(start: WindowStart) -> int:
    """What `cli.main` does for no command, without loading the commands."""
    from ips_desktop.domain.messages import set_language
    from ips_desktop.paths import default_data_dir
    from ips_desktop.services.policy import default_language

    wanted = os.environ.get(LANGUAGE_ENV, "")
    set_language(start.language or (wanted if wanted in _LANGUAGES else default_language()))
    real_root = start.data_dir.expanduser() if start.data_dir else default_data_dir()
    from ips_desktop.ui.app import run_gui
    from ips_desktop.ui.widgets import error_dialog

    return error_dialog.guarded(lambda: run_gui(real_root, demo=start.demo))
