"""`ips-desktop report referral|profile|plan --participant ID --out FILE.pdf`: printouts on
the command line; `report supervision [--week 2026-W47] [--consultant INITIALS] --out FILE
[--format pdf|xlsx]`: the week's supervision list (cli/supervision_report.py); `report
period --from DATE --to DATE --out FILE [--format pdf|xlsx]`: the period report for
national reporting (cli/period_report.py); `report overview [--from MONTH] [--to MONTH]
--out FILE [--format pdf|xlsx]`: the steering-group printout or workbook
(cli/overview_report.py); `report implementation-plan --out FILE.pdf`: the team's
implementation plan (cli/plan_report.py).

The same services and reports as the window's preview, so a printout made
here is the window's, byte for byte apart from the print time. ID is a
participant (their newest course) or a course; `--blank` prints the empty
form (the profile and plan too, for a meeting without the laptop). The
language is `--language` / $IPS_DESKTOP_LANGUAGE. The print is recorded in
the audit trail like one made in the window, and so is the file
written, as an export (the kind and the record's id; never the file's name,
which may carry a person's name).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ips_desktop.cli import overview_report, period_report, plan_report, supervision_report
from ips_desktop.domain.messages import current_language, message

if TYPE_CHECKING:
    from ips_desktop.domain.forms import FormSpec
    from ips_desktop.reports.form_document import FormPrintout
    from ips_desktop.services.context import AppContext

KINDS = ("referral", "profile", "plan", "supervision", "period", "overview",
         "implementation-plan")  # issue 18, part plan: cli/plan_report.py
SAID = {
    "da": {"wrote": "Udskrift skrevet: {path}", "unknown": "Ingen deltager eller forløb med "
           "id {id}.", "bad_id": "{id} er ikke et gyldigt id.", "form": "Skemafil med fejl "
           "(det medfølgende skema bruges): {problem}", "not_written": "Kunne ikke skrive "
           "{path}: {error}", "unprintable": "Advarsel: nogle tegn kan ikke udskrives og "
           "mangler i udskriften (en skrift, som udskriften ikke har), i: {fields}"},
    "nb": {"wrote": "Utskrift skrevet: {path}", "unknown": "Ingen deltaker eller forløp med "
           "id {id}.", "bad_id": "{id} er ikke en gyldig id.", "form": "Skjemafil med feil "
           "(skjemaet som følger med, brukes): {problem}", "not_written": "Kunne ikke skrive "
           "{path}: {error}", "unprintable": "Advarsel: noen tegn kan ikke skrives ut og "
           "mangler i utskriften (en skrift som utskriften ikke har), i: {fields}"},
    "en": {"wrote": "Printout written: {path}", "unknown": "No participant or course with "
           "id {id}.", "bad_id": "{id} is not a valid id.", "form": "Form file with errors "
           "(the shipped form is used): {problem}", "not_written": "Could not write "
           "{path}: {error}", "unprintable": "Warning: some characters cannot be printed "
           "and are missing from the printout (a script it has no font for), in: {fields}"},
}


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    report = add("report", help=message("help_cmd_report_period"),
                 description=message("help_cmd_report_period"))
    report.add_argument("kind", choices=KINDS, help=message("help_kind"))
    which = report.add_mutually_exclusive_group()  # required for all but supervision
    which.add_argument("--participant", metavar="ID", help=message("help_participant"))
    which.add_argument("--blank", action="store_true", help=message("help_blank"))
    # Kept as typed (Path() drops a trailing "/": "--out ugeliste/" means a folder).
    report.add_argument("--out", required=True, metavar="FILE",
                        help=message("help_report_out"))
    supervision_report.add_arguments(report)
    period_report.add_arguments(report)  # --from, --to
    for option, code in (("--format", "help_report_format_period"),
                         ("--consultant", "help_report_consultant_period")):
        report._option_string_actions[option].help = message(code)  # not supervision's alone
    overview_report.add_arguments(report)  # issue 18, part print: report overview
    report.set_defaults(report_parser=report)  # for usage errors found after parsing
    report.add_argument("--forms-dir", type=Path, metavar="DIR",
                        help=message("help_forms_dir"))
    return report


def cmd_report(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import EXIT_ERROR, EXIT_OK, _unlock  # main imports this module
    from ips_desktop.services import forms, policy, printing

    if args.kind == "period":
        return period_report.cmd_period(args, root)
    if args.kind in ("referral", "profile", "plan", "supervision"):  # they read no period
        for option in ("--from", "--to"):
            if period_report.given(args, option) is not None:
                supervision_report.usage_error(args, message("report_not_for_kind",
                                                             option=option, kind=args.kind))
    if args.kind == "supervision":
        return supervision_report.cmd_supervision(args, root)
    if args.kind == "overview":
        return overview_report.cmd_overview(args, root)
    if args.kind == plan_report.KIND:  # issue 18, part plan
        return plan_report.cmd_plan(args, root)
    for option, given in (("--week", args.week), ("--consultant", args.consultant),
                          ("--format", args.format)):
        if given is not None:
            supervision_report.usage_error(args, message("report_supervision_only",
                                                         option=option))
    if not args.blank and args.participant is None:
        supervision_report.usage_error(args, message("report_needs_participant",
                                                     kind=args.kind))
    said = SAID.get(current_language(), SAID["da"])
    language = current_language()
    wanted: uuid.UUID | None = None
    if not args.blank:
        try:
            wanted = uuid.UUID(args.participant)
        except ValueError:
            print(said["bad_id"].format(id=args.participant), file=sys.stderr)
            return EXIT_ERROR
    ws = _unlock(root)
    try:
        found = forms.spec_in_use(ws.ctx, ws.data_dir,
                                  args.forms_dir or policy.folder("forms_folder"),
                                  _form_id(args.kind))
        for problem in found.problems:
            print(said["form"].format(problem=problem), file=sys.stderr)
        course_id: uuid.UUID | None = None
        if wanted is not None:
            try:
                course_id = printing.course_for(ws.ctx, wanted)
            except LookupError:
                print(said["unknown"].format(id=wanted), file=sys.stderr)
                return EXIT_ERROR
        made = _printout(ws.ctx, args.kind, found.spec, course_id, language)
        if made.unprintable:
            print(said["unprintable"].format(fields=", ".join(made.unprintable)),
                  file=sys.stderr)
        target = Path(args.out).expanduser()
        try:
            printing.export_file(ws.ctx, target, made.pdf, made.course_id, made.form_id)
        except OSError as error:
            print(said["not_written"].format(path=target, error=error.strerror or error),
                  file=sys.stderr)
            return EXIT_ERROR
    finally:
        ws.close()
    print(said["wrote"].format(path=target.resolve()))
    return EXIT_OK


def _form_id(kind: str) -> str:
    from ips_desktop.services import caseload, referrals

    return {"referral": referrals.REFERRAL_FORM, "profile": caseload.PROFILE_FORM,
            "plan": caseload.PLAN_FORM}[kind]


def _printout(ctx: AppContext, kind: str, spec: FormSpec, course_id: uuid.UUID | None,
              language: str) -> FormPrintout:
    """The PDF of `kind` for the course (None: blank); the print is audited by the service."""
    # ReportLab (~0.15 s to import) only when printing, not at every start of the app.
    from ips_desktop.reports.form_document import FormPrintout, blank_printout, course_printout
    from ips_desktop.reports.referral_pdf import referral_pdf, unprintable_in
    from ips_desktop.services import printing

    if kind != "referral":
        return blank_printout(ctx, spec, language=language) if course_id is None \
            else course_printout(ctx, course_id, spec, language=language)
    referral = printing.blank_referral_print(ctx, spec) if course_id is None \
        else printing.referral_print(ctx, course_id, spec)
    return FormPrintout(pdf=referral_pdf(referral, language=language), title="",
                        file_name="", unprintable=unprintable_in(referral, language=language),
                        course_id=referral.course_id, form_id=referral.spec.id)
