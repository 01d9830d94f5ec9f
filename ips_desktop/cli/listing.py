"""`ips-desktop list participants|consultants`: ids for IT staff and scheduled printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ips_desktop.domain.messages import message

if TYPE_CHECKING:  # the services load when the command runs, not when the parser is built
    from ips_desktop.services.workspace import Workspace


def add_parser(add: object) -> None:
    parser = add("list", help=message("help_cmd_list"),  # type: ignore[operator]
                 description=message("help_cmd_list"))
    parser.add_argument("what", choices=("participants", "consultants"),
                        help=message("help_what"))
    parser.add_argument("--consultant", metavar="INITIALS", help=message("help_consultant"))
    parser.add_argument("--ended", action="store_true", help=message("help_ended"))
    parser.add_argument("--json", action="store_true", help=message("help_json"))


def run(args: argparse.Namespace, ws: Workspace) -> int:
    from ips_desktop.services import caseload, collation, consultants

    people = consultants.list_consultants(ws.ctx)
    if args.what == "consultants":
        rows = [{"id": str(c.id), "initials": c.initials, "name": c.name, "role": c.role.value,
                 "fte": c.fte, "municipality": c.municipality} for c in people]
        _print(rows, args.json, ("id", "initials", "name", "role", "fte", "municipality"))
        return 0
    consultant_id = None
    if args.consultant:
        match = [c for c in people if c.initials == args.consultant.strip().upper()]
        if not match:
            print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
            return 1
        consultant_id = match[0].id
    by_name = collation.sort_key()  # Danish order: æ, ø, å last, "Aa" as Å
    found = caseload.caseload(ws.ctx, today=date.today(), consultant_id=consultant_id,
                              include_ended=args.ended)
    rows = [{"participant_id": str(r.participant_id), "course_id": str(r.course_id),
             "name": r.name, "consultant": r.consultant_initials, "phase": r.phase.value,
             "referral_date": r.referral_date.isoformat()}
            for r in sorted(found, key=lambda r: by_name(r.name))]
    _print(rows, args.json, ("participant_id", "course_id", "name", "consultant", "phase",
                             "referral_date"))
    return 0


def _print(rows: Sequence[Mapping[str, object]], as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        print("\t".join(str(row[c]) for c in columns))



