"""`ips-desktop [options] [command]`: no command starts the window.

The window's start must not pay for the commands: `maintenance` and
`workspace` (SQLAlchemy and the models) are imported at their first use, not
when this module is (ui.app says why; tests/ui/test_startup.py checks it).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ips_desktop import __version__
from ips_desktop.cli import audit as audit_command
from ips_desktop.cli import erase as erase_command
from ips_desktop.cli import export as export_command
from ips_desktop.cli import listing
from ips_desktop.cli import policy as policy_command
from ips_desktop.cli import report as report_command
from ips_desktop.cli import retention as retention_command
from ips_desktop.cli import sync as sync_command
from ips_desktop.cli import team as team_command
from ips_desktop.cli.crash import report_crash
from ips_desktop.cli.prompts import NoPassword, confirm, read_password, read_secret
from ips_desktop.cli.usage_errors import translated
from ips_desktop.domain.errors import ValidationError
from ips_desktop.domain.messages import (
    CATALOG,
    LANGUAGES,
    error_message,
    message,
    number,
    set_language,
)
from ips_desktop.paths import DATA_DIR_ENV, default_data_dir, demo_data_dir
from ips_desktop.services import policy, problems
from ips_desktop.services.startup import NotSetUp


class _Later:
    """A module imported at the first use of one of its names."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


if TYPE_CHECKING:
    from ips_desktop.services import backups, maintenance, recovery_keys, workspace
    from ips_desktop.services.workspace import Workspace
else:
    backups = _Later("ips_desktop.services.backups")
    maintenance = _Later("ips_desktop.services.maintenance")
    recovery_keys = _Later("ips_desktop.services.recovery_keys")
    workspace = _Later("ips_desktop.services.workspace")

LANGUAGE_ENV = "IPS_DESKTOP_LANGUAGE"
EXIT_OK, EXIT_ERROR, EXIT_NO_PASSWORD, EXIT_REFUSED = 0, 1, 13, 14
EXIT_PASSWORD_REFUSED = 21  # the new password fails the rule (domain/passwords.py)
EXIT_RECOVERY_KEY_NOT_SHOWN = 35  # setup/rekey done, but the key could not be printed
EXIT_AUDIT_CHAIN_BROKEN = 36  # check: an audit event was altered or removed behind the app
EXIT_INTERRUPTED = 130  # the shell's own code for Ctrl+C


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its own words (usage, headings) in the user's language."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, message("help_usage") if prefix is None
                          else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose headings and -h/--help text follow `--language`.

    The help of every option comes from the messages catalog (`help_*`), as
    every other text of the command line; argparse's own error sentences are
    said again in the same language (cli/usage_errors.py).
    """

    def __init__(self, *, add_help: bool = True,
                 parents: Sequence[argparse.ArgumentParser] = (), **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = message("help_positionals")
        self._optionals.title = message("help_options")
        if add_help:  # first, as argparse's own -h would be
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=message("help_help"))
        for parent in parents:
            self._add_container_actions(parent)
            self.set_defaults(**parent._defaults)

    def error(self, text: str) -> NoReturn:
        """As argparse's: the usage line, then why, and exit 2; in the user's language."""
        self.print_usage(sys.stderr)
        self.exit(2, message("cli_usage_error", prog=self.prog, problem=translated(text)) + "\n")


def build_parser() -> argparse.ArgumentParser:
    h = message  # every help text is the catalog's, in the chosen language
    parser = _Parser(prog="ips-desktop", description=h("cli_description"))
    parser.add_argument("--version", action="version", version=f"IPS Desktop {__version__}",
                        help=h("help_version"))
    parser.add_argument("--licenses", action="store_true", help=h("help_licenses"))
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=h("help_data_dir", env=DATA_DIR_ENV))
    parser.add_argument("--demo", action="store_true", help=h("help_demo"))
    parser.add_argument("--language", choices=LANGUAGES,
                        help=h("help_language", env=LANGUAGE_ENV))
    # The common options are accepted after the command too (`check --data-dir DIR`).
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help=h("help_data_dir", env=DATA_DIR_ENV))
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help=h("help_demo"))
    common.add_argument("--language", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=h("help_language", env=LANGUAGE_ENV))
    sub = parser.add_subparsers(dest="command", metavar=h("help_command_metavar"),
                                title=h("help_commands"))
    add = partial(sub.add_parser, parents=[common])

    demo = add("demo", help=h("help_cmd_demo"), description=h("help_cmd_demo"))
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help=h("help_size"))
    demo.add_argument("--seed", type=int, default=1, help=h("help_seed"))

    check = add("check", help=h("help_cmd_check"), description=h("help_cmd_check"))
    check.add_argument("--json", action="store_true", help=h("help_json"))

    backup = add("backup", help=h("help_cmd_backup"), description=h("help_cmd_backup"))
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help=h("help_out"))
    where.add_argument("--auto", action="store_true", help=h("help_auto"))
    backup.add_argument("--replace", "--force", action="store_true", help=h("help_replace"))
    backup.add_argument("--folder", type=Path, metavar="DIR", help=h("help_folder"))

    restore = add("restore", help=h("help_cmd_restore"), description=h("help_cmd_restore"))
    restore.add_argument("file", type=Path, metavar="FILE", help=h("help_file"))
    restore.add_argument("--yes", action="store_true", help=h("help_yes"))
    restore.add_argument("--recovery-key", action="store_true", help=h("help_recovery_key"))

    setup = add("setup", help=h("help_cmd_setup"), description=h("help_cmd_setup"))
    setup.add_argument("--passphrase-mode", action="store_true",
                       help=h("help_passphrase_mode"))
    recover = add("recover", help=h("help_cmd_recover"), description=h("help_cmd_recover"))
    recover.add_argument("--passphrase-mode", action="store_true",
                         help=h("help_passphrase_mode"))
    add("rekey", help=h("help_cmd_rekey"), description=h("help_cmd_rekey"))
    listing.add_parser(add)
    report_command.add_parser(add)
    export_command.add_parser(add)
    erase_command.add_parser(add)
    audit_command.add_parser(add)
    retention_command.add_parser(add)
    policy_command.add_parser(add)
    team_command.add_parser(add)
    sync_command.add_parser(add)
    return parser


def data_dir_for(args: argparse.Namespace) -> Path:
    root = args.data_dir.expanduser() if args.data_dir else default_data_dir()
    # The default demo database lives in `demo` beside the real one; an explicit
    # --data-dir for `demo` means "put the demo database here".
    if args.demo or (args.command == "demo" and not args.data_dir):
        return demo_data_dir(root)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the window); every failure ends in a message and its exit code.

    This is the command line's one top-level handler: a full disk, a
    read-only folder or a damaged database is said in words with its own
    code; anything else is an unexpected error, logged and described by its
    type only (never its message, which may hold personal data), exit 1.
    No traceback ever reaches the terminal.
    """
    set_language(_language_from_argv(argv) or _language_from_env())  # for --help too
    args = build_parser().parse_args(argv)
    set_language(args.language or _language_from_env())
    if args.licenses:
        return cmd_licenses()
    real_root = args.data_dir.expanduser() if args.data_dir else default_data_dir()
    if args.command is None:
        from ips_desktop.ui.app import run_gui
        from ips_desktop.ui.widgets import error_dialog  # Qt only when a window is wanted

        return error_dialog.guarded(lambda: run_gui(real_root, demo=args.demo))
    root = data_dir_for(args)
    if args.command != "policy":  # which says it its own way
        for line in policy.problem_lines():  # a broken policy file: said, then carry on
            print(line, file=sys.stderr)
    handler: Callable[[argparse.Namespace, Path], int] = COMMANDS[args.command]
    try:
        return handler(args, root)
    except BrokenPipeError:  # `ips-desktop list … | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except ValidationError as exc:  # a password the rule refuses (`demo`, say)
        return _refused_password(exc)
    except NoPassword:
        print(message("cli_no_password"), file=sys.stderr)
        return EXIT_NO_PASSWORD
    except (KeyboardInterrupt, EOFError):  # Ctrl+C, or Ctrl+D at a prompt
        print("\n" + message("interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the one place that must catch everything
        # The folders this command writes to: to tell a full disk behind a vague error.
        near = [root, *(v for v in vars(args).values() if isinstance(v, Path))]
        problem = problems.storage_problem(exc, near)
        if problem is not None:
            print(error_message(problem), file=sys.stderr)
            return problem.exit_code
        return report_crash(exc, real_root / "logs")


def _language_from_argv(argv: Sequence[str] | None) -> str | None:
    """`--language xx` or `--language=xx` anywhere, before argparse has run (for --help)."""
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        value = (words[i + 1] if word == "--language" and i + 1 < len(words)
                 else word.partition("=")[2] if word.startswith("--language=") else None)
        if value in LANGUAGES:
            return value
    return None


def _language_from_env() -> str:
    """$IPS_DESKTOP_LANGUAGE, else IT's `default_language`, else Danish."""
    wanted = os.environ.get(LANGUAGE_ENV, "")
    if wanted in LANGUAGES:
        return wanted
    return policy.default_language()


def _unlock(root: Path, *, exclusive: bool = False) -> Workspace:
    if not workspace.is_set_up(root):
        raise NotSetUp(str(root))
    ws = workspace.unlock(root, read_password(), exclusive=exclusive)
    if ws.recovery_key_unseen:
        print(message("recovery_key_unseen"), file=sys.stderr)
    return ws


def cmd_licenses() -> int:
    """The components inside the app, as Help > About lists them (services/licenses.py)."""
    from ips_desktop.services import licenses
    from ips_desktop.ui.versions import qt_version  # QtCore only: Qt reports its own version

    rows = [(c.name, c.version, c.licence) for c in licenses.components(qt_version())]
    header = (message("licenses_component"), message("licenses_version"),
              message("licenses_licence"))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(2)]
    print(message("licenses_heading", version=__version__))
    print()
    for row in [header, *rows]:
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, root: Path) -> int:
    try:
        ws = _unlock(root)
    except problems.Damaged:  # too damaged to open: still name the damaged pages
        report = maintenance.check_unopenable(root, read_password())
    else:
        try:
            report = maintenance.check(ws)
        finally:
            ws.close()
    if args.json:
        print(json.dumps(asdict(report) | {"ok": report.ok, "damaged": report.damaged},
                         indent=2, ensure_ascii=False))
    else:
        print(message("check_integrity", value=report.integrity))
        print(message("check_pages", value=report.cipher_integrity))
        print(message("check_cipher", value=report.cipher))
        print(message("check_key", value=report.key_mode))
        print(message("check_schema", revision=report.schema_revision, head=report.schema_head))
        print(message("check_demo", value=message("yes" if report.is_demo else "no")))
        print(message("check_audit_chain", value=_chain_state(report.audit_chain)))
        for table, count in report.row_counts.items():
            shown = message("unreadable") if count is None else number(count)
            print(f"  {table:<20} {shown:>9}")
    if report.damaged:
        pages = ", ".join(str(p) for p in report.damaged_pages)
        print(message("check_damaged", pages=pages or message("check_damaged_unknown_pages")),
              file=sys.stderr)
        return problems.Damaged.exit_code
    if report.audit_chain is not None:
        broken = report.audit_chain
        print(message("check_audit_chain_broken", seq=broken.seq,
                      problem=message(f"check_audit_chain_{broken.problem}")), file=sys.stderr)
        return EXIT_AUDIT_CHAIN_BROKEN
    return EXIT_OK if report.ok else EXIT_ERROR


def _chain_state(broken: maintenance.ChainBreak | None) -> str:
    if broken is None:
        return message("check_audit_chain_ok")
    return message("check_audit_chain_at", seq=broken.seq,
                   problem=message(f"check_audit_chain_{broken.problem}"))


def cmd_list(args: argparse.Namespace, root: Path) -> int:
    ws = _unlock(root)
    try:
        return listing.run(args, ws)
    finally:
        ws.close()


def cmd_backup(args: argparse.Namespace, root: Path) -> int:
    ws = _unlock(root)
    try:
        if args.auto:
            result = backups.run_auto(ws, args.folder)
        else:
            target = maintenance.backup(ws, args.out, replace=args.replace)
    finally:
        ws.close()
    if not args.auto:
        print(message("backup_written", path=target))
    elif result.made is None:
        print(message("backup_not_due", folder=result.folder))
    else:
        print(message("backup_written", path=result.made.path))
        if result.removed:
            print(message("backups_rotated", count=len(result.removed)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, root: Path) -> int:
    password = read_password()
    recovery = read_secret(message("prompt_recovery_key")) if args.recovery_key else None
    if not args.yes and not confirm(message("restore_confirm", root=root, name=args.file.name)):
        print(message("restore_refused"), file=sys.stderr)
        return EXIT_REFUSED
    kept = maintenance.restore(root, args.file, password, recovery_key=recovery)
    print(message("restored_kept", kept=kept))
    return EXIT_OK


def _refused_password(exc: ValidationError) -> int:
    for error in exc.errors:
        print(error.message, file=sys.stderr)
    return EXIT_PASSWORD_REFUSED


def cmd_setup(args: argparse.Namespace, root: Path) -> int:
    password = read_password(message("prompt_choose_password"), confirm=True)
    try:
        ws, recovery_key = workspace.set_up(  # `--demo setup`: the demo folder holds demo data
            root, password, demo=args.demo, use_keyring=False if args.passphrase_mode else None)
    except ValidationError as exc:
        return _refused_password(exc)
    try:
        recovery_keys.mark_unseen(ws)  # until it is printed: as rekey does
        return _show_recovery_key(ws, [
            message("setup_done", root=root, mode=ws.key_mode.value),
            message("setup_recovery_key"), f"  {recovery_key}"],
            "setup_recovery_key_not_shown")
    finally:
        ws.close()


def _show_recovery_key(ws: Workspace, lines: list[str], failure: str) -> int:
    """Print (and flush) the recovery key; only then is it marked seen.

    A full disk or a closed pipe behind stdout fails here: the key stays
    unseen (the next unlock says so and offers `rekey`), and the message
    says what happened instead of "the disk is full, nothing was changed".
    """
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except OSError:
        with contextlib.suppress(OSError, ValueError, AttributeError):  # no real file: no need
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # for the last flush
        print(message(failure), file=sys.stderr)
        return EXIT_RECOVERY_KEY_NOT_SHOWN
    workspace.recovery_key_shown(ws)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, root: Path) -> int:
    key = read_secret(message("prompt_recovery_key"))
    password = read_password(message("prompt_new_password"), confirm=True)
    try:
        workspace.recover(root, key, password,
                          use_keyring=False if args.passphrase_mode else None).close()
    except ValidationError as exc:
        return _refused_password(exc)
    print(message("recovered"))
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, root: Path) -> int:
    """New database key; the window must be closed (the rekey needs the instance lock)."""
    if not workspace.is_set_up(root):
        raise NotSetUp(str(root))
    password = read_password()
    ws = workspace.unlock(root, password)
    try:
        recovery_key = workspace.rekey(
            ws, password, progress=lambda f: _print_progress(message("rekey_progress"), f))
        print(file=sys.stderr)
        return _show_recovery_key(ws, [
            message("rekey_done"), f"  {recovery_key}", message("rekey_old_backups")],
            "rekey_recovery_key_not_shown")
    finally:
        ws.close()


def cmd_demo(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import demo

    exists = workspace.is_set_up(root)
    password = read_password(message("prompt_demo_password"), confirm=not exists)
    if exists:
        ws = workspace.unlock(root, password)
        if not ws.ctx.is_demo:
            ws.close()
            print(message("demo_not_demo"), file=sys.stderr)
            return EXIT_REFUSED
        workspace.delete_demo(ws)
    ws, _ = workspace.set_up(root, password, demo=True)
    try:
        summary = demo.generate_demo(ws.ctx.engine, size=args.size, seed=args.seed,
                                     progress=_print_progress)
    finally:
        ws.close()
    print(file=sys.stderr)  # end the progress line
    print(message("demo_created", root=root, **{
        name: number(getattr(summary, name)) for name in (
            "participants", "consultants", "courses", "employers", "employer_contacts",
            "notes", "calendar_events")}))
    if summary.owner is not None:
        print(message("demo_owner", name=summary.owner.name, initials=summary.owner.initials,
                      mine=number(summary.owner.open_courses),
                      all=number(summary.owner.team_open_courses)))
    return EXIT_OK


def _print_progress(step: str, fraction: float) -> None:
    code = f"demo_step_{step}"
    shown = message(code) if code in CATALOG else step
    print(f"\r{shown:<30} {fraction:4.0%}", end="", file=sys.stderr, flush=True)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore, "setup": cmd_setup,
    "recover": cmd_recover, "rekey": cmd_rekey, "demo": cmd_demo, "list": cmd_list,
    "report": report_command.cmd_report, "export": export_command.cmd_export,
    "erase": erase_command.cmd_erase,
    "audit": audit_command.cmd_audit,
    "retention": retention_command.cmd_retention,
    "policy": policy_command.cmd_policy,
    "team": team_command.cmd_team,
    "sync": sync_command.cmd_sync,
}
