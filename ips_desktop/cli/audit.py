"""`ips-desktop audit --from DATE --to DATE [--participant ID] [--actor INITIALS] [--kind K]
--format csv|json [--out FILE]`: the audit trail for IT and the data-protection officer.

The same rows as the Audit trail tab's export (services/audit_log_exports.py),
newest first, with ids, not names: the participant an event concerns by id, the
consultant by id and initials. Written to stdout without --out; an --out file
is written whole or not at all, readable by the user alone, never into the
data directory. Rows stream through a batch at a time: a million events need
no more memory than a thousand. The export is an audit event (the filter's
ids and the row count; never the file's name).

Exit codes: 0 written; 1 no consultant ever had those initials, or the file
could not be written; 2 a usage error (a date that is none, --from after --to,
an id that is none); 14 refused: the audit trail is the team lead's, and this
laptop's owner is not one; 30 an --out inside the data directory.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ips_desktop.cli.export import typed_date
from ips_desktop.cli.ids import participant_id
from ips_desktop.domain.enums import AuditAction
from ips_desktop.domain.messages import message, number

EXIT_USAGE = 2  # argparse's own code for a usage error
PROG = "ips-desktop audit"


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    audit = add("audit", help=message("help_cmd_audit"),
                description=message("help_cmd_audit_description"))
    audit.add_argument("--from", dest="date_from", type=typed_date, required=True,
                       metavar="DATE", help=message("help_from"))
    audit.add_argument("--to", dest="date_to", type=typed_date, required=True,
                       metavar="DATE", help=message("help_to"))
    audit.add_argument("--participant", type=participant_id, metavar="ID",
                       help=message("help_audit_participant"))
    audit.add_argument("--actor", metavar="INITIALS", help=message("help_audit_actor"))
    audit.add_argument("--kind", action="append", choices=[a.value for a in AuditAction],
                       metavar="K", help=message("help_audit_kind"))
    audit.add_argument("--format", dest="file_format", choices=("csv", "json"), required=True,
                       help=message("help_audit_format"))
    audit.add_argument("--out", type=Path, metavar="FILE", help=message("help_audit_out"))
    return audit



def cmd_audit(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, EXIT_REFUSED, _unlock
    from ips_desktop.services import audit_log
    from ips_desktop.services import audit_log_exports as exports
    from ips_desktop.services.audit_log import AuditFilter
    from ips_desktop.services.overview import TeamLeadOnly

    if args.date_from > args.date_to:
        print(message("cli_usage_error", prog=PROG, problem=message(
            "export_dates_reversed", first=args.date_from.strftime("%d.%m.%Y"),
            last=args.date_to.strftime("%d.%m.%Y"))), file=sys.stderr)
        return EXIT_USAGE
    target: Path | None = args.out.expanduser() if args.out is not None else None
    ws = _unlock(root)
    try:
        try:
            audit_log.require_lead(ws.ctx)  # before the initials or the target are looked at
        except TeamLeadOnly:
            print(message("audit_team_lead_only"), file=sys.stderr)
            return EXIT_REFUSED
        actors = None
        if args.actor:
            actors = audit_log.actors_by_initials(ws.ctx, args.actor)
            if not actors:
                print(message("list_no_consultant", initials=args.actor), file=sys.stderr)
                return EXIT_ERROR
        flt = AuditFilter(date_from=args.date_from, date_to=args.date_to,
                          participant_id=args.participant, actors=actors,
                          kinds=frozenset(AuditAction(k) for k in args.kind or ()))
        try:
            if target is None:
                rows = exports.write_stream(ws.ctx, sys.stdout, flt, args.file_format)
            else:
                # An --out in the data directory raises ExportTargetRefused: main says it (30).
                rows = exports.save_export(ws.ctx, target, flt, args.file_format)
        except TeamLeadOnly:
            print(message("audit_team_lead_only"), file=sys.stderr)
            return EXIT_REFUSED
        except OSError as error:
            if target is None:
                raise  # stdout itself: a closed pipe is main's, a full disk too
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    if target is not None:
        print(message("audit_written", path=target.resolve(), rows=number(rows)))
    return EXIT_OK
