"""A pytest plugin: no audit event any test writes carries the personal data tests wrote.

It listens to every INSERT and UPDATE a test runs (ORM flushes and Core bulk
inserts such as the demo's alike) through one SQLAlchemy `before_execute`
listener: the details of each audit event, and the values of the columns that
name a person (names, CPR, phone, e-mail, address) or hold free text. At the
session's end it fails the run if a detail value holds a word of a person's
identity (4 characters or more, as a whole part of the code: "Berg" in "berg" or
"x_berg"; 6 or more anywhere in it; numbers of 8 digits or more, so CPR and phone
numbers, not years), or a word of 10 characters or more of a free text of several
words (a one-word form answer is a code or a date). The app's own codes (enum
values such as "meeting") never count.

Cheap on purpose: the listener only looks at the statement's table; texts are
split into words once, at the end, and each distinct detail value is looked up
by its substrings in a set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.sql.dml import Insert, Update

# The columns that name or reach a person (storage/models.py), by table: their every word
# counts. A name is one word, and one word is what a code-shaped detail could carry.
IDENTITY: dict[str, frozenset[str]] = {name: frozenset(cols) for name, cols in {
    "participant": ("name", "cpr", "phone", "email", "address"),
    "consultant": ("name",),
    "employer": ("name", "address", "phone", "website"),
    "employer_contact_person": ("name", "phone", "email"),
    "course": ("clinician",),
    "implementation_plan_item": ("responsible",),
}.items()}
# Free text: its common words ("years", "plan") are also parts of the app's codes, so only
# its words of LONG_WORD characters or more count.
FREE_TEXT: dict[str, frozenset[str]] = {name: frozenset(cols) for name, cols in {
    "participant": (), "employer": ("notes",), "employer_contact_person": ("title",),
    "employer_contact": ("outcome", "next_step"), "note": ("text",),
    "course": ("referral_source", "end_reason_text"), "consent": ("scope",),
    "supervision_item": ("note",), "calendar_event": ("title", "location", "notes"),
    "job_opening": ("title", "location", "notes"), "placement": ("institution", "title"),
    "overview_comment": ("comment",), "fidelity_review": ("comment",),
    "implementation_plan_item": ("answer",), "form_response": ("answers",),
    "form_answer_change": ("old_value", "new_value"),
}.items()}
LONG_WORD = 10
AUDIT_TABLE = "audit_event"
MIN_WORD, MIN_NUMBER = 4, 8
MIN_CONTAINED = 6  # a shorter word counts only as a whole part of a code ("pres" in "presence")
_PARTS = re.compile(r"[\s_.\-:/]+")
_WORD = re.compile(r"\w+")
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)


class Collected:
    def __init__(self) -> None:
        self.texts: set[str] = set()  # identity values
        self.free: set[str] = set()  # free text
        self.details: dict[str, tuple[str, str | None]] = {}  # value -> (action, entity)

    def clear(self) -> None:
        self.texts.clear()
        self.free.clear()
        self.details.clear()


COLLECTED = Collected()


def _rows(multiparams: Any, params: Any) -> Iterable[Mapping[str, Any]]:
    for group in (multiparams, params):
        if isinstance(group, Mapping):
            yield group
        elif isinstance(group, list | tuple):
            for item in group:
                if isinstance(item, Mapping):
                    yield item
                elif isinstance(item, list | tuple):
                    yield from (r for r in item if isinstance(r, Mapping))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _listen(_conn: Any, statement: Any, multiparams: Any, params: Any, _options: Any) -> None:
    if not isinstance(statement, Insert | Update):
        return
    table = getattr(statement.table, "name", None)
    if table == AUDIT_TABLE:
        if isinstance(statement, Insert):
            for row in _rows(multiparams, params):
                for value in (row.get("details") or {}).values():
                    COLLECTED.details.setdefault(str(value), (row.get("action", "?"),
                                                              row.get("entity")))
        return
    identity, free = IDENTITY.get(table or ""), FREE_TEXT.get(table or "")
    if identity is None and free is None:
        return
    rows = list(_rows(multiparams, params))
    if not rows:  # values written into the statement itself: update(...).values(...)
        rows = [statement.compile().params]
    for row in rows:
        for column in (identity or frozenset()).intersection(row):
            COLLECTED.texts.update(_strings(row[column]))
        for column in (free or frozenset()).intersection(row):
            COLLECTED.free.update(_strings(row[column]))


def _app_codes() -> set[str]:
    """The app's own vocabulary: every value of its enums (any module) and its parts."""
    codes: set[str] = set()
    classes: list[type[Enum]] = list(Enum.__subclasses__())
    while classes:
        item = classes.pop()
        classes.extend(item.__subclasses__())
        if not item.__module__.startswith("ips_desktop"):
            continue
        for member in item:
            value = str(member.value).casefold()
            codes.add(value)
            codes.update(_WORD.findall(value.replace("_", " ")))
    return codes


def words(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        digits = re.sub(r"\D", "", text)
        if len(digits) >= MIN_NUMBER and len(digits) <= 12:
            found.add(digits)  # a CPR or phone number typed with dashes or spaces
        for word in _WORD.findall(text.casefold()):
            if word.isdigit():
                if len(word) >= MIN_NUMBER:
                    found.add(word)
            elif len(word) >= MIN_WORD:
                found.add(word)
    return found - _app_codes()


def leaks(texts: Iterable[str], details: Mapping[str, tuple[str, str | None]],
          free: Iterable[str] = ()) -> list[tuple[str, str, str, str | None]]:
    """(word, detail value, action, entity) for each detail value holding a personal word."""
    prose = [t for t in free if len(t.split()) > 1]  # a one-word answer is a code or a date
    personal = words(texts) | {w for w in words(prose) if len(w) >= LONG_WORD}
    found = []
    for value, (action, entity) in details.items():
        if _UUID.fullmatch(value):
            continue  # an id: random hex, which may spell "cafe" by chance
        folded = value.casefold()
        n = len(folded)
        hit = next((part for part in (folded, *_PARTS.split(folded)) if part in personal),
                   None) or next((folded[i:j] for i in range(n)
                                  for j in range(i + MIN_CONTAINED, n + 1)
                                  if folded[i:j] in personal), None)
        if hit is not None:
            found.append((hit, value, action, entity))
    return found


def start() -> None:
    COLLECTED.clear()
    if not event.contains(Engine, "before_execute", _listen):
        event.listen(Engine, "before_execute", _listen)


def pytest_sessionstart(session: pytest.Session) -> None:
    start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    found = leaks(COLLECTED.texts, COLLECTED.details, COLLECTED.free)
    if event.contains(Engine, "before_execute", _listen):
        event.remove(Engine, "before_execute", _listen)
    lines = [f"{action} {entity}: detail {value!r} holds {word!r}"
             for word, value, action, entity in found[:20]]
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: its controller reports for all of them
        workeroutput["audit_leaks"] = lines
        return
    lines += _FROM_WORKERS
    if not lines:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("=", "personal data in audit details (tests/audit_privacy.py)",
                           red=True)
        for line in lines:
            reporter.write_line(line, red=True)
    else:
        print("personal data in audit details:", *lines, sep="\n")
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


# What each xdist worker found (`make test` runs on every core): gathered as workers end.
_FROM_WORKERS: list[str] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    _FROM_WORKERS.extend(getattr(node, "workeroutput", {}).get("audit_leaks", []))
