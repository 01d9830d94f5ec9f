"""`ips-desktop report supervision`: the week's supervision list as PDF or .xlsx, unattended.

Made for a schedule (a job run each Monday morning, say) as much as for a
hand at the prompt: the password comes from $IPS_DESKTOP_PASSWORD as for
the other commands, the week defaults to this week, and an --out that is a
folder gets the suggested file name ("supervision-2026-W47.pdf", never a
person's name). The format is --format, else the --out suffix (.xlsx), else
PDF; a --format against a .pdf/.xlsx suffix is a usage error, and an --out
ending in "/" that is no folder writes nothing (1). The same list, printout and workbook as the
Supervision area's
(services/supervision.py, reports/supervision_pdf.py,
reports/supervision_xlsx.py), written through services/supervision_exports.py:
whole or not at all, 0600, never into the data directory, recorded in the
audit trail as an export (the week, the consultant's id, the row count).

Exit codes, as `export employer-log`: 0 written; 1 no consultant with those
initials, or the file could not be written; 2 a week that is none (as
argparse's own usage errors); 30 an --out inside the data directory or the
database itself, refused before anything is built.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ips_desktop.domain.messages import current_language, message, number
from ips_desktop.domain.rules import iso_week, parse_iso_week

if TYPE_CHECKING:
    from ips_desktop.services.supervision import SupervisionList
    from ips_desktop.services.team_freshness import Freshness

FORMATS = ("pdf", "xlsx")


def add_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument("--week", type=typed_week, metavar="YYYY-Www", help=message("help_week"))
    report.add_argument("--consultant", metavar="INITIALS",
                        help=message("help_report_consultant"))
    report.add_argument("--format", choices=FORMATS, help=message("help_report_format"))


def typed_week(text: str) -> tuple[int, int]:
    """"2026-W47" (or "2026-w47"); argparse says the message when it is none."""
    try:
        return parse_iso_week(text.strip().upper())
    except ValueError:
        raise argparse.ArgumentTypeError(message("report_bad_week", value=text)) from None


def usage_error(args: argparse.Namespace, problem: str) -> NoReturn:
    """A usage error found after parsing, said and ended (2) as argparse's own are."""
    parser: argparse.ArgumentParser = args.report_parser
    parser.error(problem)


def cmd_supervision(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.services import employer_log_exports, supervision_exports, team_freshness
    from ips_desktop.services.supervision import supervision_list

    for option, given in (("--participant", args.participant), ("--blank", args.blank or None)):
        if given is not None:
            usage_error(args, message("report_not_for_supervision", option=option))
    today = date.today()
    week = args.week or iso_week(today)
    target = Path(args.out).expanduser()
    named = supervision_exports.format_of(target, default="")
    if args.format and named and named != args.format:  # "--format xlsx --out liste.pdf"
        usage_error(args, message("report_format_not_suffix", format=args.format,
                                  suffix=target.suffix))
    file_format = args.format or named or "pdf"
    if target.is_dir():
        target = target / supervision_exports.file_name(week, file_format)
    elif args.out.endswith(("/", os.sep)):  # a folder meant, none there: no file by its name
        print(message("report_no_folder", path=target), file=sys.stderr)
        return EXIT_ERROR
    ws = _unlock(root)
    try:
        # An --out in the data directory raises ExportTargetRefused: main says it (30).
        supervision_exports.check_target(ws.ctx, target)
        consultant_id = None
        if args.consultant:
            consultant_id = employer_log_exports.consultant_by_initials(ws.ctx, args.consultant)
            if consultant_id is None:
                print(message("list_no_consultant", initials=args.consultant), file=sys.stderr)
                return EXIT_ERROR
        listing = supervision_list(ws.ctx, week, today=today, consultant_id=consultant_id)
        fresh = team_freshness.team_freshness(ws.ctx)
        old = team_freshness.stale(fresh)
        if old:  # no dialog here: said on stderr, and the page (or workbook) says it too
            print(team_freshness.stale_warning(old), file=sys.stderr)
        data = _build(listing, file_format, fresh)
        try:
            supervision_exports.save_export(ws.ctx, target, data, listing, file_format)
        except OSError as error:
            print(message("export_not_written", path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(message("report_supervision_written", path=target.resolve(),
                  rows=number(len(listing.rows))))
    return EXIT_OK


def _build(listing: SupervisionList, file_format: str,
           freshness: tuple[Freshness, ...] = ()) -> bytes:
    # ReportLab and openpyxl (~0.15 s each to import) only when writing one.
    language, made_at = current_language(), datetime.now()
    if file_format == "xlsx":
        from ips_desktop.reports.supervision_xlsx import supervision_xlsx

        return supervision_xlsx(listing, language=language, made_at=made_at,
                                freshness=freshness)
    from ips_desktop.reports.supervision_pdf import supervision_pdf

    return supervision_pdf(listing, language=language, made_at=made_at, freshness=freshness)
