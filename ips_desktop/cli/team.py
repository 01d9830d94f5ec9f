"""`ips-desktop team init|update|add-member|remove-member|join|leave|status`.

IT's commands (init, update, add-member, remove-member) take the
administrator's URL and need no local database: the password comes as libpq
takes it (in the URL, PGPASSWORD, ~/.pgpass, peer or certificate), or is asked
when the server wants one and a terminal is there. A member's commands (join,
leave, status) unlock this computer's database with the app password (as
every command does) and, for join, ask the team password as well:
IPS_DESKTOP_TEAM_PASSWORD or `--password-stdin` for scripts; with a client
certificate (`--cert`/`--key`) none is asked.

Exit codes: 0 done; 2 a malformed URL, option or file; 13 no team password to
be had; 14 the demo database; 40 IT's policy file has problems (init, update);
44 not joined (leave); 45 unreachable; 46 login refused; 47 no TLS; 48 the
server's certificate refused; 49 not a team database; 50 its schema newer
than this app; 51 older (IT runs `team update`); 52 init on a database that
holds other tables; 53 init on a team database; 54 PostgreSQL older than 15 or
not ICU da-DK; 55 the administrator lacks the rights; 56 add-member: the role
exists; 57 not a member, or another consultant's login.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ips_desktop.domain.messages import message

TEAM_PASSWORD_ENV = "IPS_DESKTOP_TEAM_PASSWORD"
EXIT_OK, EXIT_NO_PASSWORD = 0, 13
T = TypeVar("T")


class NoTeamPassword(Exception):
    """Unattended, no certificate, and the password neither in the environment nor on stdin."""


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> argparse.ArgumentParser:
    h = message
    team = add("team", help=h("help_cmd_team"), description=h("help_cmd_team"))
    parents = getattr(add, "keywords", {}).get("parents", [])  # --data-dir, --language, …
    sub = team.add_subparsers(dest="team_command", metavar=h("help_command_metavar"),
                              title=h("help_commands"), required=True)

    def command(name: str, code: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=h(code), description=h(code), parents=parents)

    for name in ("init", "update"):
        parser = command(name, f"help_cmd_team_{name}")
        parser.add_argument("--url", required=True, metavar="URL", help=h("help_team_admin_url"))
    member = command("add-member", "help_cmd_team_add_member")
    member.add_argument("--url", required=True, metavar="URL", help=h("help_team_admin_url"))
    member.add_argument("--initials", required=True, metavar="INITIALS",
                        help=h("help_team_initials"))
    member.add_argument("--team-lead", action="store_true", help=h("help_team_lead_flag"))
    member.add_argument("--login", metavar="NAME", help=h("help_team_login"))
    how = member.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help=h("help_password_stdin"))
    how.add_argument("--certificate", action="store_true", help=h("help_team_certificate"))
    remove = command("remove-member", "help_cmd_team_remove_member")
    remove.add_argument("--url", required=True, metavar="URL", help=h("help_team_admin_url"))
    remove.add_argument("--login", required=True, metavar="NAME", help=h("help_team_login"))
    join = command("join", "help_cmd_team_join")
    join.add_argument("--url", required=True, metavar="URL", help=h("help_team_member_url"))
    join.add_argument("--ca-file", type=Path, metavar="FILE", help=h("help_ca_file"))
    join.add_argument("--cert", type=Path, metavar="FILE", help=h("help_cert"))
    join.add_argument("--key", type=Path, metavar="FILE", help=h("help_key"))
    join.add_argument("--password-stdin", action="store_true", help=h("help_password_stdin"))
    command("leave", "help_cmd_team_leave")
    command("status", "help_cmd_team_status")
    return team


def cmd_team(args: argparse.Namespace, root: Path) -> int:
    handlers: dict[str, Callable[[argparse.Namespace, Path], int]] = {
        "init": _init, "update": _update, "add-member": _add_member,
        "remove-member": _remove_member, "join": _join, "leave": _leave, "status": _status}
    return handlers[args.team_command](args, root)


# -- IT's commands ---------------------------------------------------------------------------

def _as_admin(url: str, action: Callable[[str | None], T]) -> T:
    """Run `action(password)`; asked once more with a password when the server wants one."""
    from ips_desktop.services.team import TeamAuthFailed

    try:
        return action(None)
    except TeamAuthFailed as exc:
        if not exc.password_needed or not sys.stdin or not sys.stdin.isatty():
            raise
        login = exc.params.get("login", "")
    return action(getpass.getpass(message("prompt_team_admin_password", login=login)))


def _print_set_up(done: object, code: str) -> None:
    from ips_desktop.services.team_admin import TeamSetUp

    assert isinstance(done, TeamSetUp)
    print(message(code, database=done.database, revision=done.revision, team_id=done.team_id))
    print(message("team_roles", lead=done.team_lead_role, consultant=done.consultant_role))
    source = message("team_caseload_from_policy" if done.caseload_from_policy
                     else "team_caseload_default")
    print(message(f"team_caseload_{done.caseload}", source=source))
    if done.unruled_tables:
        print(message("team_unruled", tables=", ".join(done.unruled_tables)), file=sys.stderr)


def _init(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import team_admin

    done = _as_admin(args.url, lambda pw: team_admin.init_team(args.url, pw))
    _print_set_up(done, "team_init_done")
    return EXIT_OK


def _update(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import team_admin

    done = _as_admin(args.url, lambda pw: team_admin.update_team(args.url, pw))
    _print_set_up(done, "team_update_done")
    return EXIT_OK


def _add_member(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import team_admin

    chosen = _stdin_line() if args.password_stdin else None
    added = _as_admin(args.url, lambda pw: team_admin.add_member(
        args.url, args.initials, team_lead=args.team_lead, login=args.login,
        member_password=chosen, certificate=args.certificate, password=pw))
    role = message("team_role_team_lead" if added.team_lead else "team_role_consultant")
    print(message("team_member_added", login=added.login, initials=added.initials, role=role))
    if not added.consultant_known:
        print(message("team_member_unknown_yet", initials=added.initials))
    if args.certificate:
        print(message("team_member_certificate", login=added.login))
    elif added.password is not None:
        print(message("team_member_password"))
        print(f"  {added.password}")
    return EXIT_OK


def _remove_member(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import team_admin

    _as_admin(args.url, lambda pw: team_admin.remove_member(args.url, args.login, pw))
    print(message("team_member_removed", login=args.login))
    return EXIT_OK


# -- a member's commands ---------------------------------------------------------------------

def _stdin_line() -> str:
    return sys.stdin.readline().rstrip("\r\n") if sys.stdin else ""


def read_team_password(login: str, *, from_stdin: bool, certificate: bool) -> str | None:
    """$IPS_DESKTOP_TEAM_PASSWORD, the first line of stdin, or asked; None with a certificate."""
    env = os.environ.get(TEAM_PASSWORD_ENV)
    if env:
        return env
    if from_stdin:
        return _stdin_line()
    if certificate:
        return None
    if not sys.stdin or not sys.stdin.isatty():
        raise NoTeamPassword(f"set {TEAM_PASSWORD_ENV} or use --password-stdin")
    return getpass.getpass(message("prompt_team_password", login=login))


def _role(value: str) -> str:
    return message(f"team_role_{value}")


def _join(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import _unlock
    from ips_desktop.services import team

    login = team.login_of(args.url)  # a malformed URL: said before any password
    ws = _unlock(root)
    try:
        try:
            password = read_team_password(login, from_stdin=args.password_stdin,
                                          certificate=args.cert is not None)
        except NoTeamPassword:
            print(message("team_no_password"), file=sys.stderr)
            return EXIT_NO_PASSWORD
        joined = team.join(ws, team.JoinRequest(args.url, password, args.ca_file, args.cert,
                                                args.key))
        print(message("team_joined", url=joined.url, role=_role(joined.role.value)))
        print(message("team_tls_verified" if joined.sslmode == "verify-full"
                      else "team_tls_unverified"))
        if password:
            print(message("team_password_where_keyring" if ws.key_mode.value == "keyring"
                          else "team_password_where_database"))
        return EXIT_OK
    finally:
        ws.close()


def _leave(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.cli.main import _unlock
    from ips_desktop.services import team

    ws = _unlock(root)
    try:
        team.leave(ws.ctx)
    finally:
        ws.close()
    print(message("team_left"))
    return EXIT_OK


def _status(args: argparse.Namespace, root: Path) -> int:
    """The membership, then per consultant when the team last had their data and when
    their laptop last took the team's (as this laptop knows it from its last pull)."""
    from ips_desktop.cli.main import _unlock
    from ips_desktop.services import team, team_freshness

    ws = _unlock(root, exclusive=False)
    try:
        joined = team.membership(ws.ctx)
        fresh = team_freshness.team_freshness(ws.ctx) if joined is not None else ()
    finally:
        ws.close()
    if joined is None:
        print(message("NotJoined"))
        return team.NotJoined.exit_code
    print(message("team_status_joined", url=joined.url, role=_role(joined.role.value),
                  sslmode=joined.sslmode))
    if fresh:
        print(message("freshness_heading") + ":")
        for item in fresh:
            print(f"  {team_freshness.status_line(item)}")
    old = team_freshness.stale(fresh)
    if old:
        print(team_freshness.stale_warning(old))
    return EXIT_OK
