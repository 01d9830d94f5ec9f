"""`ips-desktop retention [--json]`: who is due for erasure, as ids and dates (no names).

For IT and the data-protection officer's scheduled checks: one line per person
past the retention period (services/retention.py), tab-separated or as JSON:
the participant's id, their last course's id and end date, and the day they
became due. Names and CPR numbers stay in the app (the "Erasure due" tab);
erasing is `ips-desktop erase --participant ID` or the tab, never this command.
Reading is audited as the tab's (a READ with the count).

Exit codes: 0 listed (also when nobody is due); 14 refused: the list is the
team lead's, and this laptop's owner is not one.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ips_desktop.domain.messages import message


def _today() -> date:
    """The day the period is measured back from (a test sets another)."""
    return date.today()


def add_parser(add: object) -> None:
    parser = add("retention", help=message("help_cmd_retention"),  # type: ignore[operator]
                 description=message("help_cmd_retention"))
    parser.add_argument("--json", action="store_true", help=message("help_json"))


def cmd_retention(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_OK, EXIT_REFUSED, _unlock
    from ips_desktop.services import retention
    from ips_desktop.services.overview import TeamLeadOnly

    ws = _unlock(root)
    try:
        try:
            years = retention.retention_years(ws.ctx)
            due = retention.due_for_erasure(ws.ctx, _today())
        except TeamLeadOnly as refused:
            print(str(refused), file=sys.stderr)
            return EXIT_REFUSED
    finally:
        ws.close()
    rows = [{"participant_id": str(r.participant_id), "last_course_id": str(r.course_id),
             "ended_on": r.ended_on.isoformat(), "due_on": r.due_on.isoformat()} for r in due]
    if args.json:
        print(json.dumps({"retention_years": years, "due": rows}, indent=2))
    else:
        for row in rows:
            print("\t".join(row.values()))
        print(message("retention_listed", count=len(rows), years=years), file=sys.stderr)
    return EXIT_OK
