"""packaging/windows/ips-desktop.iss says what the Windows install must do.

Inno Setup's compiler (iscc) runs only on Windows (CI's windows.yml); here a small
reader of its sections checks the keys the install depends on, and that the paths
it names are the ones the spec and the icon script produce.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import pytest

from tests.packaging.test_spec_platforms import run_spec

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "ips-desktop.iss"
ENTRY_PARAM = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')


def read_iss(text: str) -> tuple[dict[str, dict[str, str]], dict[str, list[dict[str, str]]]]:
    """([Setup]-like sections as key=value, entry sections as "Name: ...; Flags: ..." rows)."""
    settings: dict[str, dict[str, str]] = {}
    entries: dict[str, list[dict[str, str]]] = {}
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            section = match[1]
            continue
        assert section, f"{raw!r} before any section"
        if section == "Setup":
            key, sep, value = line.partition("=")
            assert sep, f"[Setup] line without '=': {raw!r}"
            settings.setdefault(section, {})[key.strip()] = value.strip()
        else:
            params = {k: v.strip().strip('"') for k, v in ENTRY_PARAM.findall(line)}
            entries.setdefault(section, []).append(params)
    return settings, entries


@pytest.fixture(scope="module")
def iss() -> tuple[dict, dict]:
    return read_iss(ISS.read_text(encoding="utf-8"))


def from_iss(path: str) -> Path:
    """A path written relative to the .iss, as a path in this checkout."""
    return (ISS.parent / Path(*PureWindowsPath(path).parts)).resolve()


def test_per_user_by_default_per_machine_on_request(iss) -> None:
    setup = iss[0]["Setup"]
    assert setup["PrivilegesRequired"] == "lowest"
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"commandline", "dialog"}
    # {autopf}: %LOCALAPPDATA%\Programs per user, Program Files with /ALLUSERS.
    assert setup["DefaultDirName"] == r"{autopf}\IPS Desktop"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"]), "a fixed AppId: upgrades in place"


def test_the_version_comes_from_the_command_line_define(iss) -> None:
    setup = iss[0]["Setup"]
    text = ISS.read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in text and "#error" in text  # no silent default version
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "IPS-Desktop-{#AppVersion}-setup"
    assert from_iss(setup["OutputDir"]) == ROOT / "dist"


def test_the_installer_icon_is_the_one_icons_py_renders(iss) -> None:
    icon = from_iss(iss[0]["Setup"]["SetupIconFile"])
    assert icon == ROOT / "build" / "icons" / "ips-desktop.ico"


def test_danish_norwegian_and_english_danish_first(iss) -> None:
    languages = iss[1]["Languages"]
    assert [entry["MessagesFile"] for entry in languages] == [
        r"compiler:Languages\Danish.isl", r"compiler:Languages\Norwegian.isl",
        "compiler:Default.isl",
    ]


def test_it_installs_pyinstallers_folder(iss) -> None:
    [files] = iss[1]["Files"]
    assert from_iss(files["Source"].removesuffix("\\*")) == ROOT / "dist" / "ips-desktop"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["Flags"].split())


def test_the_start_menu_starts_the_windowed_exe_the_spec_builds(iss, tmp_path, monkeypatch):
    exes = {call.kwargs["name"]: call.kwargs for call in
            run_spec("win32", tmp_path, monkeypatch).of("EXE")}
    [shortcut] = iss[1]["Icons"]
    exe = PureWindowsPath(shortcut["Filename"])
    assert exe.parent == PureWindowsPath("{app}")
    assert exes[exe.stem]["console"] is False, "the shortcut would open a console window"
    assert shortcut["Name"] == r"{autoprograms}\IPS Desktop"
    [run] = iss[1]["Run"]
    assert run["Filename"] == shortcut["Filename"]
    assert "skipifsilent" in run["Flags"].split()  # IT's silent install starts nothing


def test_the_uninstaller_leaves_the_users_data(iss) -> None:
    sections = iss[1]
    assert "UninstallDelete" not in sections and "UninstallRun" not in sections
    # What an upgrade removes is inside {app} only.
    for entry in sections.get("InstallDelete", []):
        assert entry["Name"].startswith("{app}\\"), entry


def test_the_reader_sees_a_broken_key() -> None:
    """The reader itself: a [Setup] line without '=' is an error, not skipped."""
    with pytest.raises(AssertionError, match="without '='"):
        read_iss("[Setup]\nPrivilegesRequired lowest\n")
