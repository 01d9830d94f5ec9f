"""Qt looks a translation up by (context, source): a renamed class loses every string of it.

lupdate files each `self.tr(...)` under the class it is written in and each
`QCoreApplication.translate(context, ...)` under its context; Qt finds a
translation only under that same pair. So the pairs in the code and in the
.ts files must be the same, not only the strings.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ips_desktop.ui as ui_package
from ips_desktop.paths import resources_dir
from ips_desktop.ui.i18n import LANGUAGES

Pair = tuple[str, str]


def pairs_in_code() -> dict[Pair, str]:
    """(context, source) for every literal tr()/translate() call, with where it is."""
    found: dict[Pair, str] = {}

    def visit(node: ast.AST, context: str | None, path: Path) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = node.args
            if node.func.attr == "tr" and context and args \
                    and isinstance(args[0], ast.Constant):
                found[(context, args[0].value)] = f"{path.name}:{node.lineno}"
            if node.func.attr == "translate" and len(args) >= 2 \
                    and all(isinstance(a, ast.Constant) for a in args[:2]):
                found[(args[0].value, args[1].value)] = f"{path.name}:{node.lineno}"
        for child in ast.iter_child_nodes(node):
            visit(child, context, path)

    for path in sorted(Path(ui_package.__file__).parent.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return found


def pairs_in_ts(language: str) -> set[Pair]:
    root = ET.parse(resources_dir() / "translations" / f"ips_desktop_{language}.ts")
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def test_the_code_has_calls_in_many_contexts():
    contexts = {context for context, _ in pairs_in_code()}
    assert {"MainWindow", "ParticipantPage", "CaseloadModel", "Areas"} <= contexts


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_string_is_translated_under_its_own_context(language):
    code, ts = pairs_in_code(), pairs_in_ts(language)
    missing = sorted(f"{where}: {context} / {source!r}"
                     for (context, source), where in code.items() if (context, source) not in ts)
    assert missing == [], "run `make translations-update` and translate these"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_translation_is_left_under_a_context_the_code_no_longer_has(language):
    stale = sorted(f"{context} / {source!r}"
                   for context, source in pairs_in_ts(language) - set(pairs_in_code()))
    assert stale == []
