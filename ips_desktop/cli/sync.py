"""`ips-desktop sync`: one sync with the team database, for a scheduler (issue 21).

One line says what was sent and fetched (and, on stderr, how many changes
the team's rules refused this login: recorded there, kept here; and how many
rows this login may no longer read left the laptop). Exit codes: 0 synced; 41 synced,
and conflicts wait for a person (the Conflicts view); 42 the team database
cannot be reached (nothing lost: the changes wait); 43 it refused the login;
44 this laptop has joined no team database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ips_desktop.domain.messages import error_message, message, number

EXIT_CONFLICTS_WAITING = 41


def add_parser(add: object) -> None:
    add("sync", help=message("help_cmd_sync"),  # type: ignore[operator]
        description=message("help_cmd_sync"))


def cmd_sync(args: argparse.Namespace, root: Path) -> int:
    del args
    from ips_desktop.cli.main import EXIT_OK, _unlock
    from ips_desktop.services import sync

    ws = _unlock(root)
    try:
        report = sync.sync_now(ws.ctx)
    except sync.SyncError as problem:
        print(error_message(problem), file=sys.stderr)
        return problem.exit_code
    finally:
        ws.close()
    print(message("sync_done", pushed=number(report.pushed), pulled=number(report.pulled),
                  waiting=number(report.conflicts_waiting)))
    if report.refused:  # not a failure: the rules held, and nothing was lost
        print(message("sync_refused", count=number(report.refused)), file=sys.stderr)
    if report.out_of_sight:
        print(message("sync_out_of_sight", count=number(report.out_of_sight)))
    if report.out_of_sight_kept:
        print(message("sync_out_of_sight_kept", count=number(report.out_of_sight_kept)))
    if report.conflicts_waiting:
        print(message("sync_conflicts_waiting"), file=sys.stderr)
        return EXIT_CONFLICTS_WAITING
    return EXIT_OK
