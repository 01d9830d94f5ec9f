"""`ips-desktop export employer-log|ics --from DATE --to DATE [--consultant INITIALS] --out FILE`,
and `ips-desktop export person --participant ID --out DIR`.

`export person` writes a person's access copy (GDPR art. 15) into the folder
DIR: a PDF for the person and a JSON for machines, named by the id shortened
and the day (indsigt-3f2a9c1e-2026-12-02.pdf/.json), never by a name
(reports/person_copy.py, the same as the participant page's Databeskyttelse
menu). Team leads and consultants alike may make it: the person asks the
consultant they meet, art. 12(3) wants an answer without undue delay, and both
roles already read everything the copy holds; the export is one audit event
(the id and the counts). Exit codes: 0 written; 1 no participant with that
id, or the folder cannot be written (nothing is left behind); 2 no or a
malformed --participant, or a period option given; 30 a DIR inside the data
directory, refused before anything is read.

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

from ips_desktop.cli import ids
from ips_desktop.domain.messages import current_language, message, number
from ips_desktop.domain.typed_dates import parse_date

if TYPE_CHECKING:
    from ips_desktop.services.calendar_exports import CalendarExport

EXIT_USAGE = 2  # argparse's own code for a usage error


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    export = add("export", help=message("help_cmd_export_all"),
                 description=message("help_cmd_export_all"))
    export.add_argument("what", choices=("employer-log", "ics", "person"),
                        help=message("help_export_what"))
    # Required for employer-log and ics (cmd_export says so); person has no period.
    export.add_argument("--from", dest="date_from", type=typed_date, metavar="DATE",
                        help=message("help_from"))
    export.add_argument("--to", dest="date_to", type=typed_date, metavar="DATE",
                        help=message("help_to"))
    export.add_argument("--participant", metavar="ID", help=message("help_export_participant"))
    export.add_argument("--consultant", metavar="INITIALS",
                        help=message("help_export_consultant"))
    export.add_argument("--kind", choices=("presence",), help=message("help_export_kind"))
    export.add_argument("--include-names", action="store_true",
                        help=message("help_export_include_names"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE|DIR",
                        help=message("help_export_out_all"))
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

    if args.what == "person":
        return _export_person(args, root)
    if args.participant is not None:
        return _usage_error(message("export_person_only", option="--participant"))
    if args.date_from is None or args.date_to is None:
        return _usage_error(message("export_needs_period", what=args.what))
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


def _export_person(args: argparse.Namespace, root: Path) -> int:
    """The access copy of one person into the folder --out; see the module docstring."""
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.reports.person_copy import write_access_copy
    from ips_desktop.services import person_export_files

    for option, given in (("--from", args.date_from), ("--to", args.date_to),
                          ("--consultant", args.consultant), ("--kind", args.kind),
                          ("--include-names", args.include_names)):
        if given:
            return _usage_error(message("export_not_for_person", option=option))
    if args.participant is None:
        return _usage_error(message("export_person_needs_participant"))
    try:
        participant_id = ids.participant_id(args.participant)
    except argparse.ArgumentTypeError as bad:
        return _usage_error(str(bad))
    folder: Path = args.out.expanduser()
    try:  # a folder in the data directory raises ExportTargetRefused: main says it (30)
        person_export_files.check_folder(folder)
    except OSError as error:
        print(person_export_files.write_problem(error, folder), file=sys.stderr)
        return EXIT_ERROR
    ws = _unlock(root)
    try:
        try:
            made = write_access_copy(ws.ctx, participant_id, folder,
                                     language=current_language())
        except LookupError:
            print(message("export_person_unknown", id=participant_id), file=sys.stderr)
            return EXIT_ERROR
        except OSError as error:
            print(person_export_files.write_problem(error, folder), file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    pdf, data = made.paths
    print(message("export_person_written", pdf=pdf, json=data))
    return EXIT_OK
