"""`ips-desktop export employer-log|ics --from DATE --to DATE [--consultant INITIALS] --out FILE`.

`export ics [--kind presence] [--include-names]` writes the calendar's
events of the period as an .ics file for Outlook or Google Calendar
(services/calendar_exports.py, reports/calendar_ics.py): series as series,
participants' names only with --include-names. Its exit codes are the log's.

The same workbook as the log's Export button (services/employer_log_exports.py,
reports/employer_log_xlsx.py), for a period: a month for the team lead's
report, say, or a script run at the end of each month. Dates are typed
the Danish way (1.11.2026, 1/11-26) or ISO (2026-11-01). The export is an
audit event like one made in the window (the filter's ids and the row
count; never the file's name). Exit codes: 0 written; 1 no consultant with
those initials, or the file could not be written; 2 a date that is none,
or --from after --to (as argparse's own usage errors); 30 an --out inside
the data directory (the database, its key), refused before anything is
written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ips_desktop.domain.messages import current_language, message, number
from ips_desktop.domain.typed_dates import parse_date

if TYPE_CHECKING:
    from ips_desktop.services.calendar_exports import CalendarExport

EXIT_USAGE = 2  # argparse's own code for a usage error


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    export = add("export", help=message("help_cmd_export"),
                 description=message("help_cmd_export"))
    export.add_argument("what", choices=("employer-log", "ics"), help=message("help_export_what"))
    export.add_argument("--from", dest="date_from", type=typed_date, required=True,
                        metavar="DATE", help=message("help_from"))
    export.add_argument("--to", dest="date_to", type=typed_date, required=True,
                        metavar="DATE", help=message("help_to"))
    export.add_argument("--consultant", metavar="INITIALS",
                        help=message("help_export_consultant"))
    export.add_argument("--kind", choices=("presence",), help=message("help_export_kind"))
    export.add_argument("--include-names", action="store_true",
                        help=message("help_export_include_names"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help=message("help_export_out"))
    return export


def typed_date(text: str) -> date:
    """A date as a Dane types it, or ISO; argparse says the message when it is none."""
    day = parse_date(text, today=date.today())
    if day is None:
        raise argparse.ArgumentTypeError(message("export_bad_date", value=text))
    return day


def cmd_export(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.reports.employer_log_xlsx import log_xlsx
    from ips_desktop.services import employer_log_exports as exports
    from ips_desktop.services.employer_log import LogFilter

    if args.date_from > args.date_to:
        return _usage_error(message(
            "export_dates_reversed", first=args.date_from.strftime("%d.%m.%Y"),
            last=args.date_to.strftime("%d.%m.%Y")))
    if args.what == "ics":
        return _export_ics(args, root)
    for option, given in (("--kind", args.kind), ("--include-names", args.include_names)):
        if given:
            return _usage_error(message("export_ics_only_for_ics", option=option))
    target: Path = args.out.expanduser()
    ws = _unlock(root)
    try:
        consultant_id = None
        if args.consultant:
            consultant_id = exports.consultant_by_initials(ws.ctx, args.consultant)
            if consultant_id is None:
                print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
                return EXIT_ERROR
        made = exports.log_export(ws.ctx, LogFilter(
            date_from=args.date_from, date_to=args.date_to, consultant_id=consultant_id))
        data = log_xlsx(made, language=current_language())
        try:  # an --out in the data directory raises ExportTargetRefused: main says it (30)
            exports.save_export(ws.ctx, target, data, made)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("export_written", path=target.resolve(), rows=number(len(made.rows))))
    return EXIT_OK


def _usage_error(problem: str) -> int:
    print(message("cli_usage_error", prog="ips-desktop export", problem=problem),
          file=sys.stderr)
    return EXIT_USAGE


def _warn_without_consent(made: CalendarExport) -> None:
    """Say on stderr how many people named in the file have withdrawn or not given consent.

    A warning, not a refusal: the GUI asks and lets the user go on, and a
    command has no one to ask; IT who script `--include-names` chose names on
    purpose, and refusing would take the whole calendar from a consultant for one
    person. Ids and counts only, never a name (stderr may end up in a log).
    """
    lacking = made.without_consent
    shown = ", ".join(str(c) for c in lacking.courses[:5]) + (
        ", …" if len(lacking.courses) > 5 else "")
    print(message("ics_names_without_consent", count=number(lacking.people),
                  total=number(lacking.of_people), courses=shown), file=sys.stderr)


def _export_ics(args: argparse.Namespace, root: Path) -> int:
    """The calendar's events of the period as .ics; the same refusals and codes as the log."""
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.reports.calendar_ics import calendar_ics
    from ips_desktop.services import calendar_exports
    from ips_desktop.services import employer_log_exports as exports

    target: Path = args.out.expanduser()
    ws = _unlock(root)
    try:
        consultant_id = None
        if args.consultant:
            consultant_id = exports.consultant_by_initials(ws.ctx, args.consultant)
            if consultant_id is None:
                print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
                return EXIT_ERROR
        made = calendar_exports.calendar_export(
            ws.ctx, args.date_from, args.date_to, consultant_id=consultant_id,
            presence_only=args.kind == "presence", include_names=args.include_names)
        data = calendar_ics(made, language=current_language())
        if made.without_consent:  # warned, not refused: see _warn_without_consent
            _warn_without_consent(made)
        try:  # an --out in the data directory raises ExportTargetRefused: main says it (30)
            calendar_exports.save_ics(ws.ctx, target, data, made)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("export_ics_written", path=target.resolve(), events=number(len(made.events)),
                  series=number(made.series)))
    return EXIT_OK
