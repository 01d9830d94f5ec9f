"""`--licenses` and Help > About list every bundled component with its real version and licence."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion

from ips_desktop.cli.main import main as cli_main
from ips_desktop.services import licenses
from ips_desktop.storage import cipher

ROOT = Path(__file__).resolve().parent.parent


def pinned() -> dict[str, str]:
    text = (ROOT / "requirements" / "runtime.txt").read_text(encoding="utf-8")
    return {licenses.canonical(m.group(1)): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", text, re.MULTILINE)}


def test_every_locked_runtime_distribution_is_listed_with_its_version() -> None:
    listed = {licenses.canonical(c.name): c.version for c in licenses.python_components()}
    assert listed == pinned()  # nothing missing, no development tool in it


def test_every_component_names_a_version_and_a_licence() -> None:
    components = licenses.components("6.0.0")
    assert all(c.version and c.licence for c in components), [
        c for c in components if not (c.version and c.licence)]
    by_name = {c.name: c for c in components}
    assert by_name["Qt"].version == "6.0.0"  # as the caller (ui.versions) reads it
    assert (by_name["SQLCipher"].version, by_name["SQLite"].version) == cipher.library_versions()
    assert by_name["keyring"].licence == metadata.metadata("keyring")["License-Expression"]
    assert by_name["DejaVuSans (font)"].version == "2.37"


def test_a_distribution_without_a_declared_licence_is_named_in_the_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """sqlcipher3 declares none; without UNDECLARED its licence would be blank."""
    monkeypatch.setattr(licenses, "UNDECLARED", {})
    assert licenses.licence_of(metadata.distribution("sqlcipher3")) == ""


def test_cli_prints_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--language", "nb", "--licenses"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IPS Desktop 0.1.0 inneholder disse komponentene:")
    rows = {re.split(r"\s{2,}", line)[0]: line for line in out.splitlines()[3:]}
    assert set(rows) == {c.name for c in licenses.components(qVersion())}
    assert re.search(rf"^Qt\s+{re.escape(qVersion())}\s+LGPL-3.0-only$", out, re.MULTILINE)


def test_the_frozen_app_names_its_bootloader_and_harfbuzz_its_old_mit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The executable is PyInstaller's bootloader (GPL with an exception): it must be listed."""
    assert "PyInstaller (bootloader)" not in {c.name for c in licenses.components("6.0.0")}
    monkeypatch.setattr("sys.frozen", True, raising=False)
    by_name = {c.name: c for c in licenses.components("6.0.0")}
    bootloader = by_name["PyInstaller (bootloader)"]
    assert bootloader.version == metadata.version("pyinstaller")
    assert bootloader.licence == "GPL-2.0-or-later WITH Bootloader-exception"
    assert by_name["HarfBuzz"].licence == "MIT-Modern-Variant"
