"""The machine-wide policy file that IT deploys, read once per change of the file.

Where it lives: /etc/ips-desktop/policy.toml (Linux), %ProgramData%\\IPS
Desktop\\policy.toml (Windows), /Library/Application Support/IPS
Desktop/policy.toml (macOS); $IPS_DESKTOP_POLICY names another file where
the machine has none (the tests set it; see policy_path). No file: no policy, every
setting is the user's. What the keys mean and what a broken file does:
domain/policy.py and docs/it-guide.md.

`current()` is asked wherever a setting is used (a few times per action), so
it re-reads the file only when its modification time or size changed: a
deployment that changes the file is seen at the next start, and in tests
each test's own file is read. Never imports Qt.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ips_desktop.domain import policy as rules
from ips_desktop.domain.messages import DEFAULT_LANGUAGE, message
from ips_desktop.domain.policy import NO_POLICY, Policy, PolicyProblem, Problem

POLICY_ENV = "IPS_DESKTOP_POLICY"
FILE_NAME = "policy.toml"
MAX_BYTES = 1_000_000  # a policy is a few lines; anything bigger is not one

_cache: tuple[tuple[str, int, int] | None, Policy] | None = None


def policy_path() -> Path:
    """The machine's policy file; $IPS_DESKTOP_POLICY only where the machine has none.

    The environment is the user's to set, so it must never loosen what IT
    decided: a machine-wide file, once there, is read whatever the variable
    says (a policy tried out on a test machine, and the tests, use the variable).
    """
    machine = machine_policy_path()
    override = os.environ.get(POLICY_ENV)
    if not override or _exists(machine):
        return machine
    return Path(override).expanduser()


def machine_policy_path() -> Path:
    """Where IT puts the file on this system."""
    if sys.platform == "win32":
        return _program_data() / "IPS Desktop" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/IPS Desktop") / FILE_NAME
    return Path("/etc/ips-desktop") / FILE_NAME


def _program_data() -> Path:
    """Windows' ProgramData as the system knows it, never %PROGRAMDATA%.

    The environment is the user's: `set PROGRAMDATA=%USERPROFILE%\\x` before
    starting the app would otherwise move "the machine's" file to a folder of
    their own, or to none, and with it every limit IT set.
    """
    try:
        import ctypes

        shell32 = getattr(ctypes, "windll").shell32  # noqa: B009 (absent off Windows)
        found = ctypes.create_unicode_buffer(1024)
        if shell32.SHGetFolderPathW(None, 0x23, None, 0, found) == 0 and found.value:
            return Path(found.value)  # 0x23: CSIDL_COMMON_APPDATA, i.e. ProgramData
    except (AttributeError, OSError):
        pass
    return Path(r"C:\ProgramData")


def _exists(path: Path) -> bool:
    """There in any form, even unreadable or a dangling link (then it is a problem to say)."""
    try:
        path.lstat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def current() -> Policy:
    """The effective policy (NO_POLICY when there is no file)."""
    global _cache
    path = policy_path()
    try:
        st = path.stat()
        stamp: tuple[str, int, int] | None = (str(path), st.st_mtime_ns, st.st_size)
    except FileNotFoundError:  # a link to nowhere (a share not mounted) is IT's file still
        stamp = (str(path), -1, -1) if _exists(path) else None
    except OSError:
        stamp = (str(path), -1, -1)  # there, but not even its size can be read
    if _cache is not None and _cache[0] == stamp:
        return _cache[1]
    found = NO_POLICY if stamp is None else load(path)
    _cache = (stamp, found)
    return found


def load(path: Path) -> Policy:
    """The policy in `path`; a file that cannot be read is a problem, not a crash.

    The problem says why in words IT can act on (permissions, a folder, the
    encoding Notepad chose), not an exception's name.
    """
    try:
        raw = _read_regular_file(path)
    except PermissionError:
        return _unreadable(path, "no_permission")
    except IsADirectoryError:
        return _unreadable(path, "not_a_file")
    except OSError:  # a link loop, a file gone between look and read, …
        return _unreadable(path, "cannot_open")
    if len(raw) > MAX_BYTES:
        return _unreadable(path, "too_big")
    try:
        text = raw.decode("utf-8-sig")  # Notepad's "UTF-8 with BOM" too
    except UnicodeDecodeError as exc:  # ANSI (Windows-1252) from an old editor, say
        return _unreadable(path, "not_utf8", raw[:exc.start].count(b"\n") + 1)
    return rules.parse(text, str(path))


def _unreadable(path: Path, reason: str, line: int | None = None) -> Policy:
    return rules.broken(PolicyProblem(Problem.UNREADABLE, line, detail=reason), str(path))


def _read_regular_file(path: Path) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file, never waiting on anything else.

    Opened without blocking, then checked: a FIFO (or a device) put at the
    policy's place would otherwise hold the app's start until something
    writes to it, which nothing ever does.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IsADirectoryError("not a regular file")
        return handle.read(MAX_BYTES + 1)


def default_language() -> str:
    """IT's `default_language`, else Danish (the user's own choice wins over both)."""
    value = current().value("default_language")
    return value if isinstance(value, str) else DEFAULT_LANGUAGE


def folder(name: str) -> Path | None:
    """A folder key, with ~ and environment variables expanded ($USER, %USERNAME%)."""
    value = current().value(name)
    if not isinstance(value, str):
        return None
    return Path(os.path.expandvars(value)).expanduser()


def problem_lines(found: Policy | None = None) -> list[str]:
    """Each problem in the user's language, with the file and its line."""
    found = found or current()
    lines = []
    for p in found.problems:
        where = message("policy_at_line", path=found.path, line=p.line) if p.line \
            else found.path
        detail = p.detail
        if p.problem is Problem.UNREADABLE:
            detail = message(f"policy_unreadable_{p.detail}")
        elif p.problem is Problem.WRONG_TYPE or p.problem is Problem.OUT_OF_RANGE:
            kind = next(k.kind for k in rules.KEYS if k.name == p.key)
            detail = message(f"policy_expected_{kind.value}", **_range_of(p.key))
        text = message(f"policy_{p.problem.value}", where=where, key=p.key, detail=detail)
        if p.hint == "single_quotes":
            text += " " + message("policy_hint_single_quotes")
        elif p.hint:  # a key's name: keys are lower case, with underscores
            text += " " + message("policy_hint_key", key=p.hint)
        lines.append(text)
    return lines


def warning_text(found: Policy | None = None) -> str:
    """The whole start-up warning: what is wrong, and what the app does instead."""
    found = found or current()
    strict = any(s.source is rules.Source.STRICT for s in found.settings.values())
    return "\n".join([message("policy_broken_intro"), *problem_lines(found),
                      message("policy_broken_safe" if strict else "policy_broken_rest")])


def _range_of(name: str) -> dict[str, str]:
    key = next(k for k in rules.KEYS if k.name == name)
    return {"low": str(key.low), "high": str(key.high),
            "choices": " / ".join(f'"{c}"' for c in key.choices)}
