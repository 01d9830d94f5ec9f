"""The implementation plan's items (seed 000) as data: `forms/implementation_plan.toml`.

The plan is not a wizard form: each item is an agreement between municipality
and psychiatry with an answer, a party, a named responsible person and a
deadline, so its file has a small format of its own. It is read with the same
habits as the forms (domain/form_parser.py): every problem names its line and
says what to change, all problems are reported at once, and an unknown key
is refused ("did you mean"), so a typo cannot silently drop a text.
Pure: text in, spec out, no file I/O.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ips_desktop.domain.forms import LANGUAGES, NAME_PATTERN, FormError, Text

MAX_NAME = 40  # an item's name goes into audit details, which keep codes of at most 40


class Party(StrEnum):
    """Who makes the agreement (the seed's column): the municipality, psychiatry, or both."""

    KOMMUNE = "kommune"
    PSYKIATRIEN = "psykiatrien"
    FAELLES = "faelles"


PARTY_TEXT = {
    Party.KOMMUNE: Text("Kommune", "Kommunen", "Municipality"),
    Party.PSYKIATRIEN: Text("Psykiatrien", "Psykiatrien", "Psychiatry"),
    Party.FAELLES: Text("Fælles", "Felles", "Joint"),
}


@dataclass(frozen=True)
class PlanItemSpec:
    """One agreement as the file describes it: its texts and its default party."""

    name: str
    title: Text
    question: Text
    help: Text | None
    party: Party
    party_label: Text | None = None  # the seed's own word ("Kommune og Psykiatri")
    line: int = 0

    def party_text(self, language: str) -> str:
        """The default party as the seed writes it ("Kommune og Psykiatri" for Fælles)."""
        label = self.party_label or PARTY_TEXT[self.party]
        return label.get(language)


@dataclass(frozen=True)
class PlanSectionSpec:
    name: str
    title: Text
    items: tuple[PlanItemSpec, ...]


@dataclass(frozen=True)
class PlanSpec:
    id: str
    version: str
    title: Text
    intro: Text | None
    sections: tuple[PlanSectionSpec, ...]

    def items(self) -> Iterator[PlanItemSpec]:
        for section in self.sections:
            yield from section.items

    def item(self, name: str) -> PlanItemSpec | None:
        return next((i for i in self.items() if i.name == name), None)


PLAN_KEYS = frozenset({"id", "version", "title", "intro", "sections"})
SECTION_KEYS = frozenset({"name", "title", "items"})
ITEM_KEYS = frozenset({"name", "title", "question", "help", "party", "party_label"})
_NAME = re.compile(NAME_PATTERN)
_PARTIES = ", ".join(f'"{p.value}"' for p in Party)


def parse_plan(text: str, source_name: str) -> PlanSpec:
    """The plan a file describes; raises FormError naming file, line and problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        raise FormError(source_name, int(found.group(1)) if found else 0,
                        f"the file is not valid TOML: {error}") from None
    reader = _Reader(text, source_name)
    spec = reader.plan(data)
    if reader.problems:
        (line, first), *rest = sorted(reader.problems)
        raise FormError(source_name, line, first, [f"line {n}: {p}" for n, p in rest])
    return spec


class _Reader:
    """Walks the parsed file once, building the spec and collecting every problem.

    tomllib gives no positions, so an item's line is the line of its
    `name = "..."` (names are unique), and a key's line is searched from there.
    """

    def __init__(self, text: str, source_name: str) -> None:
        self.lines = text.splitlines()
        self.source_name = source_name
        self.problems: list[tuple[int, str]] = []
        self.names: dict[str, int] = {}

    def problem(self, line: int, text: str) -> None:
        self.problems.append((line, text))

    def line_of(self, name: object, after: int = 0) -> int:
        if not isinstance(name, str):
            return after or 1
        pattern = re.compile(r"^\s*name\s*=\s*[\"']" + re.escape(name) + r"[\"']")
        for number, raw in enumerate(self.lines[after:], after + 1):
            if pattern.search(raw):
                return number
        return after or 1

    def key_line(self, key: str, start: int) -> int:
        pattern = re.compile(r"^\s*" + re.escape(key) + r"\s*[.=]")
        for number, raw in enumerate(self.lines[start - 1:], start):
            if number > start and re.match(r"^\s*\[", raw):
                break
            if pattern.match(raw):
                return number
        return start

    def plan(self, data: dict[str, Any]) -> PlanSpec:
        self.check_keys(data, PLAN_KEYS, 1, "the plan")
        plan_id, version = data.get("id"), data.get("version")
        if not isinstance(plan_id, str) or not _NAME.match(plan_id):
            self.problem(self.key_line("id", 1), 'the plan needs an id such as '
                         'id = "implementation_plan"')
        if not isinstance(version, str) or not version.strip() or len(version) > 30:
            self.problem(self.key_line("version", 1), 'the plan needs a version in quotes, '
                         'such as version = "1"')
        title = self.text(data.get("title"), self.key_line("title", 1), "the plan's title", True)
        intro = self.text(data.get("intro"), self.key_line("intro", 1), "the plan's intro")
        raw_sections = data.get("sections")
        if not isinstance(raw_sections, list) or not raw_sections:
            self.problem(1, "the plan has no sections: add [[sections]] with [[sections.items]]")
            raw_sections = []
        sections: list[PlanSectionSpec] = []
        after = 0
        for raw in raw_sections:
            section, after = self.section(raw, after)
            if section is not None:
                sections.append(section)
        return PlanSpec(plan_id if isinstance(plan_id, str) else "",
                        version if isinstance(version, str) else "",
                        title or Text(""), intro, tuple(sections))

    def section(self, raw: object, after: int) -> tuple[PlanSectionSpec | None, int]:
        if not isinstance(raw, dict):
            self.problem(after or 1, "each section must be a [[sections]] table")
            return None, after
        name = raw.get("name")
        line = self.line_of(name, after)
        what = f'section "{name}"'
        self.check_keys(raw, SECTION_KEYS, line, what)
        if not isinstance(name, str) or not _NAME.match(name):
            self.problem(line, 'each section needs a name = "..." (small letters a-z, digits '
                         "and _, starting with a letter)")
        title = self.text(raw.get("title"), self.key_line("title", line), f"{what}'s title",
                          True)
        items: list[PlanItemSpec] = []
        raw_items = raw.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            self.problem(line, f"{what} has no items: add [[sections.items]] below it")
            raw_items = []
        after = line
        for raw_item in raw_items:
            item, after = self.item(raw_item, after)
            if item is not None:
                items.append(item)
        return PlanSectionSpec(name if isinstance(name, str) else "", title or Text(""),
                               tuple(items)), after

    def item(self, raw: object, after: int) -> tuple[PlanItemSpec | None, int]:
        if not isinstance(raw, dict):
            self.problem(after or 1, "each item must be a [[sections.items]] table")
            return None, after
        name = raw.get("name")
        line = self.line_of(name, after)
        what = f'item "{name}"'
        self.check_keys(raw, ITEM_KEYS, line, what)
        if not isinstance(name, str) or not _NAME.match(name) or len(name) > MAX_NAME:
            self.problem(line, f'each item needs a name = "..." (small letters a-z, digits and '
                         f"_, starting with a letter, at most {MAX_NAME} characters)")
            name = None
        elif name in self.names:
            self.problem(line, f'the item name "{name}" is used twice (first on line '
                         f"{self.names[name]}); every item needs its own name")
        else:
            self.names[name] = line
        title = self.text(raw.get("title"), self.key_line("title", line), f"{what}'s title",
                          True)
        question = self.text(raw.get("question"), self.key_line("question", line),
                             f"{what}'s question", True)
        help_text = self.text(raw.get("help"), self.key_line("help", line), f"{what}'s help")
        label = self.text(raw.get("party_label"), self.key_line("party_label", line),
                          f"{what}'s party_label")
        party_value = raw.get("party")
        party = next((p for p in Party if p.value == party_value), None)
        if party is None:
            said = "no party" if party_value is None else f'the party "{party_value}"'
            self.problem(self.key_line("party", line), f"{what} has {said}; use one of: "
                         f"{_PARTIES}")
        if name is None or party is None or title is None or question is None:
            return None, line
        return PlanItemSpec(name, title, question, help_text, party, label, line), line

    def check_keys(self, raw: dict[str, Any], allowed: frozenset[str], line: int,
                   what: str) -> None:
        for key in raw:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f' (did you mean "{close[0]}"?)' if close else \
                    "; allowed here: " + ", ".join(sorted(allowed))
                self.problem(self.key_line(key, line), f'unknown key "{key}" in {what}{hint}')

    def text(self, value: object, line: int, what: str, required: bool = False) -> Text | None:
        if value is None:
            if required:
                self.problem(line, f'{what} is missing: write it as {what.split()[-1]}.da = "..."'
                             ' (and .nb, .en)')
            return None
        texts = {"da": value} if isinstance(value, str) else value
        if not isinstance(texts, dict) or any(not isinstance(v, str) for v in texts.values()):
            self.problem(line, f'{what} must be text in quotes or {{ da = "...", nb = "...", '
                         'en = "..." }')
            return None
        for language in sorted(texts.keys() - set(LANGUAGES)):
            self.problem(line, f'{what} has an unknown language "{language}"; use da, nb and en')
        if not texts.get("da", "").strip():
            self.problem(line, f'{what} has no Danish text (da = "..."); Danish is required, '
                         "nb and en fall back to it")
            return None
        return Text(texts.get("da", ""), texts.get("nb", ""), texts.get("en", ""))
