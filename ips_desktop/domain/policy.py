"""IT's policy file: its keys, what each may hold, and what a broken file means.

Pure: the text in, the values and the problems out (services.policy reads the
file). A municipality's IT department sets values for every laptop; a value
set here wins over the user's own setting and is shown locked in the settings.

A broken file (a TOML syntax error, an unknown key, a wrong type, a value out
of range) never stops the app: each problem is reported with its line, and
the keys fall back to their *safe* value. For most keys that is "not set"
(the user's own choice stays). For the two keys that protect the data it is
the strict reading, because the file's author may have meant the strict
value: in a file with any problem, `allow_passphrase_mode` that is not
validly set counts as false, and `max_auto_lock_minutes` as the app's default
of 5 minutes. A misspelt `alow_passphrase_mode = false` thus refuses
passphrase mode rather than quietly allowing it.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from ips_desktop.domain import retention
from ips_desktop.domain.messages import LANGUAGES

AUTO_LOCK_MIN, AUTO_LOCK_MAX, AUTO_LOCK_DEFAULT = 1, 60, 5  # the auto-lock's range (ui.preferences)
MUNICIPALITY_MAX, UNIT_MAX, FOLDER_MAX = 100, 200, 1000
TEAM_CASELOADS = ("team", "own")


class Kind(Enum):
    """What a key holds, named as the guide and the messages name it."""

    TEXT = "text"
    TEXT_LIST = "text_list"
    FOLDER = "folder"
    WHOLE = "whole"
    BOOL = "bool"
    LANGUAGE = "language"
    CHOICE = "choice"


@dataclass(frozen=True)
class Key:
    name: str
    kind: Kind
    low: int = 0  # WHOLE: the range; TEXT, TEXT_LIST, FOLDER: the longest text
    high: int = 0
    strict: object = None  # the value in a file with problems when this key is not valid
    choices: tuple[str, ...] = ()  # CHOICE: the values it may hold


KEYS: tuple[Key, ...] = (
    Key("municipality", Kind.TEXT, 1, MUNICIPALITY_MAX),
    Key("psychiatry_units", Kind.TEXT_LIST, 1, UNIT_MAX),
    Key("forms_folder", Kind.FOLDER, 1, FOLDER_MAX),
    Key("backup_folder", Kind.FOLDER, 1, FOLDER_MAX),
    Key("max_auto_lock_minutes", Kind.WHOLE, AUTO_LOCK_MIN, AUTO_LOCK_MAX,
        strict=AUTO_LOCK_DEFAULT),
    Key("allow_passphrase_mode", Kind.BOOL, strict=False),
    Key("default_language", Kind.LANGUAGE),
    Key("retention_years", Kind.WHOLE, retention.MIN_YEARS, retention.MAX_YEARS),
    # Read by `team init` / `team update` only (the team database enforces it): what a
    # consultant reads of the team's caseload, every course or the courses they hold.
    Key("team_caseload", Kind.CHOICE, choices=TEAM_CASELOADS),
)
KEY_NAMES = tuple(k.name for k in KEYS)
_BY_NAME = {k.name: k for k in KEYS}


class Problem(Enum):
    SYNTAX = "syntax"  # not TOML at all: nothing in the file is used
    UNREADABLE = "unreadable"  # the file is there but cannot be read (permissions)
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True)
class PolicyProblem:
    problem: Problem
    line: int | None = None  # 1-based, when known
    key: str = ""
    detail: str = ""  # tomllib's own words for a syntax error (English)
    hint: str = ""  # what the author most likely meant: "single_quotes", or a key's name


class Source(Enum):
    NOT_SET = "not_set"  # the user's own setting, or the app's default
    FILE = "file"  # the policy file set it
    STRICT = "strict"  # the file has problems: the safe value of this key


@dataclass(frozen=True)
class Setting:
    value: object
    source: Source
    line: int | None = None


@dataclass(frozen=True)
class Policy:
    """The effective policy: every key with where its value came from."""

    settings: dict[str, Setting] = field(default_factory=dict)
    problems: tuple[PolicyProblem, ...] = ()
    path: str = ""  # the file read ("" when none was there)

    def value(self, name: str) -> object:
        setting = self.settings.get(name)
        return None if setting is None else setting.value

    def is_set(self, name: str) -> bool:
        return self.value(name) is not None

    @property
    def passphrase_mode_allowed(self) -> bool:
        return self.value("allow_passphrase_mode") is not False


NO_POLICY = Policy({k.name: Setting(None, Source.NOT_SET) for k in KEYS})


def key_line(text: str, name: str) -> int | None:
    """The line where `name` is set (tomllib says what is wrong, not where)."""
    quoted = re.escape(name)
    pattern = re.compile(rf"""^\s*(\[\[?\s*)?(["']?){quoted}\2\s*(=|\]|\.)""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _checked(key: Key, raw: object) -> tuple[object, Problem | None]:
    """The key's value as the app uses it, or the problem with it."""
    checks: dict[Kind, Callable[[object], tuple[object, Problem | None]]] = {
        Kind.TEXT: lambda v: _text(v, key.high),
        Kind.FOLDER: lambda v: _text(v, key.high),
        Kind.TEXT_LIST: lambda v: _text_list(v, key.high),
        Kind.WHOLE: lambda v: _whole(v, key.low, key.high),
        Kind.BOOL: lambda v: (v, None) if isinstance(v, bool) else (None, Problem.WRONG_TYPE),
        Kind.LANGUAGE: _language,
        Kind.CHOICE: lambda v: _choice(v, key.choices),
    }
    return checks[key.kind](raw)


def _text(value: object, longest: int) -> tuple[object, Problem | None]:
    if not isinstance(value, str):
        return None, Problem.WRONG_TYPE
    text = " ".join(value.split()) if "\n" in value else value.strip()
    if not text or len(text) > longest or any(ord(c) < 32 for c in text):
        return None, Problem.OUT_OF_RANGE
    return text, None


def _text_list(value: object, longest: int) -> tuple[object, Problem | None]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None, Problem.WRONG_TYPE
    names: list[str] = []
    for item in value:
        text, problem = _text(item, longest)
        if problem is not None:
            return None, problem
        if str(text).casefold() not in (n.casefold() for n in names):
            names.append(str(text))
    return (tuple(names), None) if names else (None, Problem.OUT_OF_RANGE)


def _whole(value: object, low: int, high: int) -> tuple[object, Problem | None]:
    if isinstance(value, bool) or not isinstance(value, int):
        return None, Problem.WRONG_TYPE
    return (value, None) if low <= value <= high else (None, Problem.OUT_OF_RANGE)


def _choice(value: object, choices: tuple[str, ...]) -> tuple[object, Problem | None]:
    if not isinstance(value, str):
        return None, Problem.WRONG_TYPE
    return (value, None) if value in choices else (None, Problem.OUT_OF_RANGE)


def _language(value: object) -> tuple[object, Problem | None]:
    if not isinstance(value, str):
        return None, Problem.WRONG_TYPE
    return (value, None) if value in LANGUAGES else (None, Problem.OUT_OF_RANGE)


def parse(text: str, path: str = "") -> Policy:
    """The policy a file's text sets; its problems, each with its line where known."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from(str(exc))
        detail = str(exc).split(" (at ")[0]
        hint = "single_quotes" if _backslash_in_quotes(text, line) else ""
        return broken(PolicyProblem(Problem.SYNTAX, line, detail=detail, hint=hint), path)
    problems: list[PolicyProblem] = []
    settings: dict[str, Setting] = {}
    for name, raw in data.items():
        line = key_line(text, name)
        key = _BY_NAME.get(name)
        if key is None:
            near = difflib.get_close_matches(name.casefold().replace("-", "_"), KEY_NAMES, 1)
            problems.append(PolicyProblem(Problem.UNKNOWN_KEY, line, name,
                                          hint=near[0] if near else ""))
            continue
        value, problem = _checked(key, raw)
        if problem is not None:
            problems.append(PolicyProblem(problem, line, name))
        else:
            settings[name] = Setting(value, Source.FILE, line)
    return _complete(settings, problems, path)


def _backslash_in_quotes(text: str, line: int | None) -> bool:
    """The line has a backslash inside double quotes: a Windows path, "C:\\Users\\…".

    In a TOML basic string a backslash starts an escape (\\U, \\s are errors),
    the most likely mistake in a hand-written file; the message then says to
    write the path in single quotes.
    """
    lines = text.splitlines()
    if line is None or not 0 < line <= len(lines):
        return False
    return re.search(r'"[^"]*\\', lines[line - 1]) is not None


def broken(problem: PolicyProblem, path: str = "") -> Policy:
    """Nothing in the file can be used: every key takes its safe value."""
    return _complete({}, [problem], path)


def _complete(settings: dict[str, Setting], problems: list[PolicyProblem],
              path: str) -> Policy:
    full: dict[str, Setting] = {}
    for key in KEYS:
        if key.name in settings:
            full[key.name] = settings[key.name]
        elif problems and key.strict is not None:
            full[key.name] = Setting(key.strict, Source.STRICT)
        else:
            full[key.name] = Setting(None, Source.NOT_SET)
    return Policy(full, tuple(sorted(problems, key=lambda p: p.line or 0)), path)


def _line_from(text: str) -> int | None:
    """Python 3.11's TOMLDecodeError has no `lineno`: its message ends "(at line 3, column 5)"."""
    found = re.search(r"at line (\d+)", text)
    return int(found.group(1)) if found else None
