"""The layers of DESIGN.md, enforced: no later change can quietly cross them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ips_desktop"

# What each layer may import, beyond the standard library and itself.
ALLOWED: dict[str, set[str]] = {
    # Pure computation, no I/O: recurrence rules and the public holidays by year.
    "domain": {"dateutil", "holidays"},
    "storage": {"domain", "paths", "sqlalchemy", "alembic", "sqlcipher3", "keyring", "psycopg"},
    "services": {"domain", "storage", "paths", "sqlalchemy", "dateutil"},
    "reports": {"domain", "services", "paths", "reportlab", "openpyxl", "icalendar", "dateutil"},
    "cli": {"domain", "services", "paths", "ui", "reports"},
    "ui": {"domain", "services", "paths", "reports", "PySide6", "shiboken6"},
}
THIRD_PARTY = {"sqlalchemy", "alembic", "sqlcipher3", "keyring", "psycopg", "reportlab", "PySide6",
               "shiboken6", "platformdirs", "openpyxl", "dateutil", "holidays", "icalendar"}


def imports_of(path: Path) -> set[str]:
    """Top-level names a module imports: `ips_desktop.x` counts as `x`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            names.add(parts[1] if parts[0] == "ips_desktop" and len(parts) > 1 else parts[0])
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer):
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            crosses = name in ALLOWED or name in THIRD_PARTY or name in {"cli", "app"}
            if crosses and name != layer and name not in ALLOWED[layer]:
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_the_check_catches_a_crossing(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport ips_desktop.storage.models\n")
    assert imports_of(bad) == {"PySide6", "storage"}


def test_every_package_is_in_the_wheel():
    """pyproject lists packages one by one; a new subpackage must not be left out of it."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"][
        "setuptools"]["packages"])
    found = {".".join(p.relative_to(PACKAGE.parent).parts[:-1]) for p in
             PACKAGE.rglob("__init__.py") if "__pycache__" not in p.parts}
    assert found - listed == set()


# Inside ui/ (DESIGN.md § Layout): app -> shell -> areas -> dialogs -> widgets and the base,
# never back. dialogs/ holds the record dialogs more than one area opens.
UI = PACKAGE / "ui"
UI_BASE = {"preferences", "i18n", "texts", "gui_gc", "versions"}


def _ui_part(path: Path) -> str:
    relative = path.relative_to(UI)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _ui_imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[:2] == ["ips_desktop", "ui"]:
                if len(parts) > 2:
                    names.add(parts[2])
                else:  # from ips_desktop.ui import x
                    names.update(alias.name for alias in node.names)
    return names


def test_ui_imports_point_one_way():
    areas = {p.name for p in UI.iterdir() if p.is_dir() and p.name not in
             {"shell", "dialogs", "widgets", "__pycache__"}}
    may: dict[str, set[str]] = {"shell": areas | {"dialogs", "widgets"} | UI_BASE,
                                "dialogs": {"widgets"} | UI_BASE,
                                "widgets": set(UI_BASE)}
    for area in areas:
        may[area] = {"dialogs", "widgets"} | UI_BASE
    for base in UI_BASE:
        may[base] = UI_BASE - {base}
    offences = []
    for path in sorted(UI.rglob("*.py")):
        part = _ui_part(path)
        if part in {"app", "__init__"}:
            continue
        for name in _ui_imports_of(path) - {part}:
            if name not in may.get(part, set()):
                offences.append(f"{path.relative_to(UI)} imports ui.{name}")
    assert offences == []
