"""The program's entry point: the command line decides between a command and the window."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from ips_desktop.cli.main import main as cli_main

    return cli_main(argv)
