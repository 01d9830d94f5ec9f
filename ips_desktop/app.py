"""The program's entry point: the command line decides between a command and the window."""

from __future__ import annotations

from collections.abc import Sequence

from ips_desktop.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # first: private umask, no core dumps (ips_desktop/hardening.py)
    from ips_desktop.cli.main import main as cli_main

    return cli_main(argv)
