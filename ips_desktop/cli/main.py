"""`ips-desktop [options] [command]`: no command starts the window.

The window's start must not pay for the commands: this module imports only
light modules at the top (no SQLAlchemy), and each command imports the
services it uses (ui.app says why).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ips_desktop import __version__
from ips_desktop.cli import listing
from ips_desktop.cli import report as report_command
from ips_desktop.cli.prompts import NoPassword, confirm, read_password, read_secret
from ips_desktop.domain.messages import LANGUAGES, error_message, set_language
from ips_desktop.paths import DATA_DIR_ENV, default_data_dir, demo_data_dir
from ips_desktop.services.startup import NotSetUp, StorageError

if TYPE_CHECKING:
    from ips_desktop.services.workspace import Workspace

LANGUAGE_ENV = "IPS_DESKTOP_LANGUAGE"
EXIT_OK, EXIT_ERROR, EXIT_NO_PASSWORD, EXIT_REFUSED = 0, 1, 13, 14


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ips-desktop", description="IPS Desktop: deltagere, virksomhedskontakter og "
        "supervision for IPS-konsulenter. Uden kommando åbnes vinduet.")
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

    backup = add("backup", help="write an encrypted copy of the database")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")

    restore = add("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--recovery-key", action="store_true",
                         help="the backup is of another database: ask for its recovery key")

    setup = add("setup", help="create the database (as the window's first run does)")
    setup.add_argument("--passphrase-mode", action="store_true",
                       help="keep the key under the app password instead of in the keyring")
    add("recover", help="open with the recovery key and choose a new app password")
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
    args = build_parser().parse_args(argv)
    set_language(args.language or _language_from_env())
    if args.command is None:
        from ips_desktop.ui.app import run_gui  # Qt only when a window is wanted

        real_root = args.data_dir.expanduser() if args.data_dir else default_data_dir()
        return run_gui(real_root, demo=args.demo)
    root = data_dir_for(args)
    handler: Callable[[argparse.Namespace, Path], int] = COMMANDS[args.command]
    try:
        return handler(args, root)
    except BrokenPipeError:  # `ips-desktop list … | head`: the reader has enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except StorageError as exc:
        print(error_message(exc), file=sys.stderr)
        return exc.exit_code
    except NoPassword as exc:
        print(f"Ingen adgangskode: {exc}", file=sys.stderr)
        return EXIT_NO_PASSWORD


def _language_from_env() -> str:
    wanted = os.environ.get(LANGUAGE_ENV, "")
    return wanted if wanted in LANGUAGES else "da"


def _unlock(root: Path, *, exclusive: bool = False) -> Workspace:
    from ips_desktop.services import workspace

    if not workspace.is_set_up(root):
        raise NotSetUp(str(root))
    return workspace.unlock(root, read_password(), exclusive=exclusive)


def cmd_check(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import maintenance

    ws = _unlock(root)
    try:
        report = maintenance.check(ws)
    finally:
        ws.close()
    if args.json:
        print(json.dumps(asdict(report) | {"ok": report.ok}, indent=2, ensure_ascii=False))
    else:
        print(f"Integritet:      {report.integrity}")
        print(f"Kryptering:      {report.cipher}")
        print(f"Nøgle:           {report.key_mode}")
        print(f"Skemaversion:    {report.schema_revision} (nyeste {report.schema_head})")
        print(f"Demo:            {'ja' if report.is_demo else 'nej'}")
        for table, count in report.row_counts.items():
            print(f"  {table:<20} {count:>9}")
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_list(args: argparse.Namespace, root: Path) -> int:
    ws = _unlock(root)
    try:
        return listing.run(args, ws)
    finally:
        ws.close()


def cmd_backup(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import maintenance

    ws = _unlock(root)
    try:
        target = maintenance.backup(ws, args.out)
    finally:
        ws.close()
    print(f"Sikkerhedskopi skrevet: {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import maintenance

    password = read_password()
    recovery = read_secret("Gendannelsesnøgle: ") if args.recovery_key else None
    if not args.yes and not confirm(f"Erstat databasen i {root} med {args.file.name}?"):
        print("Afbrudt; intet er ændret.", file=sys.stderr)
        return EXIT_REFUSED
    kept = maintenance.restore(root, args.file, password, recovery_key=recovery)
    print(f"Databasen er gendannet. Den tidligere database er gemt som {kept.name}")
    return EXIT_OK


def cmd_setup(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import workspace

    password = read_password("Vælg adgangskode: ", confirm=True)
    ws, recovery_key = workspace.set_up(
        root, password, use_keyring=False if args.passphrase_mode else None)
    mode = ws.key_mode.value
    ws.close()
    print(f"Databasen er oprettet i {root} (nøgle: {mode}).")
    print("Gendannelsesnøgle - skriv den ned og opbevar den aflåst. Den vises kun nu:")
    print(f"  {recovery_key}")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import workspace

    key = read_secret("Gendannelsesnøgle: ")
    password = read_password("Ny adgangskode: ", confirm=True)
    workspace.recover(root, key, password).close()
    print("Databasen er åbnet med gendannelsesnøglen, og den nye adgangskode gælder nu.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import demo, workspace

    exists = workspace.is_set_up(root)
    password = read_password("Adgangskode til demodatabasen: ", confirm=not exists)
    if exists:
        ws = workspace.unlock(root, password)
        if not ws.ctx.is_demo:
            ws.close()
            print("Det er ikke en demodatabase; demo skriver kun i demodatabaser.",
                  file=sys.stderr)
            return EXIT_REFUSED
        workspace.delete_demo(ws)
    ws, _ = workspace.set_up(root, password, demo=True)
    try:
        summary = demo.generate_demo(ws.ctx.engine, size=args.size, seed=args.seed,
                                     progress=_print_progress)
    finally:
        ws.close()
    print(f"\nDemodatabase i {root}: {summary}")
    return EXIT_OK


def _print_progress(step: str, fraction: float) -> None:
    print(f"\r{step:<30} {fraction:4.0%}", end="", file=sys.stderr, flush=True)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore, "setup": cmd_setup,
    "recover": cmd_recover, "demo": cmd_demo, "list": cmd_list,
    "report": report_command.cmd_report,
}
