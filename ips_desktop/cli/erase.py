"""`ips-desktop erase --participant ID [--yes]`: erase a person completely, for IT (art. 17).

Shows what goes (counts per kind) and how long the backups still hold the
person, asks for the word "ja" / "yes" (or --yes), then erases with the app
password given at the unlock (IPS_DESKTOP_PASSWORD when unattended). The
window must be closed: the erasure overwrites the file, which needs the
database to itself. Exit codes: 0 erased; 3 wrong password; 8 the window has
it open; 14 not confirmed, or not allowed (only a team lead or the person's own
consultant); 16 disk full and 17 read-only, nothing erased; 37 no such
participant; 38 erased, but the file is overwritten only at the next unlock.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ips_desktop.cli.ids import participant_id
from ips_desktop.cli.prompts import read_password
from ips_desktop.domain.messages import error_message, message, number

EXIT_OK, EXIT_NOT_CONFIRMED = 0, 14


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    erase = add("erase", help=message("help_cmd_erase"), description=message("help_cmd_erase"))
    erase.add_argument("--participant", type=participant_id, required=True, metavar="ID",
                       help=message("help_erase_participant"))
    erase.add_argument("--yes", action="store_true", help=message("help_erase_yes"))
    return erase



def cmd_erase(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import erasure, workspace
    from ips_desktop.services.startup import NotSetUp

    if not workspace.is_set_up(root):
        raise NotSetUp(str(root))
    password = read_password()
    ws = workspace.unlock(root, password)  # exclusive: the window must be closed
    try:
        try:
            plan = erasure.plan(ws, [args.participant])
        except (erasure.UnknownParticipant, erasure.NotAllowed) as exc:
            print(str(exc), file=sys.stderr)
            return exc.exit_code
        print(message("erase_heading", id=args.participant))
        for kind, count in plan.counts.items():
            if count:
                print(f"  {message(f'erase_kind_{kind}'):<66} {number(count):>7}")
        for line in erasure.backups_note(ws).lines():
            print(line)
        if not args.yes and not _confirmed():
            print(message("erase_not_confirmed"), file=sys.stderr)
            return EXIT_NOT_CONFIRMED
        try:
            done = erasure.erase_participant(ws, args.participant, password)
        except erasure.OverwriteDeferred as exc:
            print(error_message(exc), file=sys.stderr)
            return exc.exit_code
        print(message("erase_done", rows=number(sum(done.counts.values()))))
        return EXIT_OK
    finally:
        ws.close()


def _confirmed() -> bool:
    """The word typed whole ("ja" / "yes"); a piped answer counts, an empty stdin does not."""
    print(message("erase_confirm_prompt"), end=" ", flush=True)
    line = sys.stdin.readline() if sys.stdin else ""
    if not sys.stdin or not sys.stdin.isatty():
        print()
    return line.strip().lower() in {message("erase_confirm_word"), "yes"}
