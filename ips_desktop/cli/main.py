"""`ips-desktop [options] [command]`: no command starts the window.

The window's start must not pay for the commands: `maintenance` and
`workspace` (SQLAlchemy and the models) are imported at their first use, not
when this module is (ui.app says why; tests/ui/test_startup.py checks it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ips_desktop import __version__
from ips_desktop.cli import listing
from ips_desktop.cli import report as report_command
from ips_desktop.cli.crash import report_crash
from ips_desktop.cli.prompts import NoPassword, confirm, read_password, read_secret
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
from ips_desktop.services import problems
from ips_desktop.services.startup import NotSetUp


class _Later:
    """A module imported at the first use of one of its names."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


if TYPE_CHECKING:
    from ips_desktop.services import backups, maintenance, workspace
    from ips_desktop.services.workspace import Workspace
else:
    backups = _Later("ips_desktop.services.backups")
    maintenance = _Later("ips_desktop.services.maintenance")
    workspace = _Later("ips_desktop.services.workspace")

LANGUAGE_ENV = "IPS_DESKTOP_LANGUAGE"
EXIT_OK, EXIT_ERROR, EXIT_NO_PASSWORD, EXIT_REFUSED = 0, 1, 13, 14
EXIT_PASSWORD_REFUSED = 21  # the new password fails the rule (domain/passwords.py)
EXIT_INTERRUPTED = 130  # the shell's own code for Ctrl+C


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ips-desktop", description=message("cli_description"))
    parser.add_argument("--version", action="version", version=f"IPS Desktop {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help=f"the data directory (also ${DATA_DIR_ENV})")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database beside the real one")
    parser.add_argument("--language", choices=LANGUAGES,
                        help=f"da, nb or en (also ${LANGUAGE_ENV})")
    # The common options are accepted after the command too (`check --data-dir DIR`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS)
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--language", choices=LANGUAGES, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = partial(sub.add_parser, parents=[common])

    demo = add("demo", help="create a demo database with realistic Danish data")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)

    check = add("check", help="integrity, cipher, schema revision and row counts")
    check.add_argument("--json", action="store_true")

    backup = add("backup", help="write an encrypted, verified copy of the database")
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE")
    where.add_argument("--auto", action="store_true",
                       help="the daily backup into the backup folder, if due (for a scheduler)")
    backup.add_argument("--replace", "--force", action="store_true",
                        help="replace FILE if it exists")
    backup.add_argument("--folder", type=Path, metavar="DIR",
                        help="with --auto: this backup folder instead of the chosen one")

    restore = add("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--recovery-key", action="store_true",
                         help="the backup is of another database: ask for its recovery key")

    setup = add("setup", help="create the database (as the window's first run does)")
    setup.add_argument("--passphrase-mode", action="store_true",
                       help="keep the key under the app password instead of in the keyring")
    recover = add("recover", help="open with the recovery key and choose a new app password")
    recover.add_argument("--passphrase-mode", action="store_true",
                         help="keep the key under the app password instead of in the keyring")
    add("rekey", help="re-encrypt the database under a new key; prints a new recovery key")
    listing.add_parser(add)
    report_command.add_parser(add)
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
    real_root = args.data_dir.expanduser() if args.data_dir else default_data_dir()
    if args.command is None:
        from ips_desktop.ui.app import run_gui
        from ips_desktop.ui.widgets import error_dialog  # Qt only when a window is wanted

        return error_dialog.guarded(lambda: run_gui(real_root, demo=args.demo))
    root = data_dir_for(args)
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
    wanted = os.environ.get(LANGUAGE_ENV, "")
    return wanted if wanted in LANGUAGES else "da"


def _unlock(root: Path, *, exclusive: bool = False) -> Workspace:
    if not workspace.is_set_up(root):
        raise NotSetUp(str(root))
    ws = workspace.unlock(root, read_password(), exclusive=exclusive)
    if ws.recovery_key_unseen:
        print(message("recovery_key_unseen"), file=sys.stderr)
    return ws


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
        for table, count in report.row_counts.items():
            shown = message("unreadable") if count is None else number(count)
            print(f"  {table:<20} {shown:>9}")
    if report.damaged:
        pages = ", ".join(str(p) for p in report.damaged_pages)
        print(message("check_damaged", pages=pages or message("check_damaged_unknown_pages")),
              file=sys.stderr)
        return problems.Damaged.exit_code
    return EXIT_OK if report.ok else EXIT_ERROR


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
    mode = ws.key_mode.value
    ws.close()
    print(message("setup_done", root=root, mode=mode))
    print(message("setup_recovery_key"))
    print(f"  {recovery_key}")
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
        print(message("rekey_done"))
        print(f"  {recovery_key}")
        print(message("rekey_old_backups"))
        sys.stdout.flush()  # a full disk or a closed pipe fails here, before "shown"
        workspace.recovery_key_shown(ws)
    finally:
        ws.close()
    return EXIT_OK


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
    "report": report_command.cmd_report,
}
