"""What ips_desktop.spec would build on Windows, macOS and Linux, without PyInstaller.

The spec is executed the way PyInstaller executes it (its globals: SPECPATH,
DISTPATH, workpath, Analysis, PYZ, EXE, COLLECT, BUNDLE), with those classes
replaced by fakes that record their arguments, PyInstaller's hooks by stubs (the
real ones import every package they list, seconds each) and sys.platform set to
the platform asked for. The Windows and macOS builds have never run here; this is
what can be checked of them on Linux.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ips_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "ips_desktop.spec"


def load(path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Imported with the real sys.platform: PyInstaller.compat, which it imports, looks
# for Windows' API when it is first imported on "win32".
version_resource = load(ROOT / "packaging" / "windows" / "version_resource.py")
from PyInstaller.utils.win32.versioninfo import (  # noqa: E402
    load_version_info_from_text_file,
)


@dataclass
class Call:
    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass
class Build:
    """Everything the spec asked PyInstaller to make, in order."""

    calls: list[Call] = field(default_factory=list)

    def of(self, kind: str) -> list[Call]:
        return [call for call in self.calls if call.kind == kind]

    def exes(self) -> dict[str, Call]:
        return {call.kwargs["name"]: call for call in self.of("EXE")}


class FakeAnalysis:
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.scripts = [("ips-desktop", scripts[0], "PYSOURCE")]
        self.pure: list[tuple] = []
        self.binaries: list[tuple] = []
        self.datas = [
            ("PySide6/Qt/translations/qtbase_da.qm", "/x/qtbase_da.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
        ]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Build:
    build = Build()

    def recorder(kind: str):
        def fake(*args: Any, **kwargs: Any) -> Call:
            call = Call(kind, args, kwargs)
            build.calls.append(call)
            return call
        return fake

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    for name in ("collect_data_files", "collect_dynamic_libs", "collect_submodules",
                 "copy_metadata"):
        setattr(hooks, name, lambda *args, **kwargs: [])
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace = {
        "__name__": "__main__", "__file__": str(SPEC),
        "SPECPATH": str(ROOT), "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "work"),
        "Analysis": FakeAnalysis, "PYZ": recorder("PYZ"), "EXE": recorder("EXE"),
        "COLLECT": recorder("COLLECT"), "BUNDLE": recorder("BUNDLE"),
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    monkeypatch.setattr(sys, "platform", platform)
    exec(code, namespace)
    monkeypatch.undo()
    return build


def test_windows_builds_a_console_and_a_windowed_exe_with_icon_and_version(
        tmp_path, monkeypatch) -> None:
    build = run_spec("win32", tmp_path, monkeypatch)
    exes = build.exes()
    assert set(exes) == {"ips-desktop", "ips-desktopw"}
    assert exes["ips-desktop"].kwargs["console"] is True   # the command line: stdout
    assert exes["ips-desktopw"].kwargs["console"] is False  # the Start menu: no console
    icons = load(ROOT / "packaging" / "icons.py")
    for name, exe in exes.items():
        assert Path(exe.kwargs["icon"]) == icons.ROOT / "build" / "icons" / f"{icons.NAME}.ico"
        assert exe.kwargs["upx"] is False
        assert exe.kwargs["strip"] is False  # PyInstaller advises against strip on Windows
        info = load_version_info_from_text_file(exe.kwargs["version"])
        strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["ProductVersion"] == __version__
        assert Path(exe.kwargs["version"]).is_relative_to(tmp_path / "work")
    [collect] = build.of("COLLECT")
    assert collect.args[:2] == (exes["ips-desktop"], exes["ips-desktopw"])
    assert collect.kwargs["upx"] is False
    assert build.of("BUNDLE") == []


def test_macos_wraps_one_windowed_exe_in_an_app_bundle(tmp_path, monkeypatch) -> None:
    build = run_spec("darwin", tmp_path, monkeypatch)
    [exe] = build.of("EXE")
    # console=True would make the .app a background-only one, with no Dock icon.
    assert exe.kwargs["console"] is False
    assert "icon" not in exe.kwargs and "version" not in exe.kwargs
    [collect] = build.of("COLLECT")
    [bundle] = build.of("BUNDLE")
    assert bundle.args == (collect,)
    assert bundle.kwargs["name"] == "IPS Desktop.app"
    assert Path(bundle.kwargs["icon"]) == ROOT / "build" / "icons" / "ips-desktop.icns"
    assert bundle.kwargs["bundle_identifier"] == "dk.ipsdesktop.app"
    assert bundle.kwargs["version"] == __version__  # CFBundleShortVersionString
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == "15.0"
    assert plist["CFBundleLocalizations"][0] == "da"


def test_linux_builds_the_one_console_exe_as_before(tmp_path, monkeypatch) -> None:
    build = run_spec("linux", tmp_path, monkeypatch)
    [exe] = build.of("EXE")
    assert exe.kwargs == {
        "exclude_binaries": True, "name": "ips-desktop", "strip": True, "upx": False,
        "console": True, "contents_directory": "_internal",
    }
    [collect] = build.of("COLLECT")
    assert collect.args[0] is exe and collect.kwargs["name"] == "ips-desktop"
    assert build.of("BUNDLE") == []
    # The empty-folder step ran against the one-folder bundle (and only there).
    assert (tmp_path / "dist" / "ips-desktop" / "_internal" / "ips_desktop" / "resources").is_dir()
    assert not (tmp_path / "dist" / "IPS Desktop.app").exists()


def test_every_platform_keeps_our_languages_of_qt_only(tmp_path, monkeypatch) -> None:
    """The shared part (the lean build's filter) still runs on every platform."""
    for platform in ("win32", "darwin", "linux"):
        build = run_spec(platform, tmp_path / platform, monkeypatch)
        [collect] = build.of("COLLECT")
        datas = collect.args[-1]
        assert [d[0] for d in datas] == ["PySide6/Qt/translations/qtbase_da.qm"]


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4.5", (2, 3, 4, 5)),
    ("1.0rc1", (1, 0, 0, 0)), ("3.1.4.dev2", (3, 1, 4, 0)),
])
def test_version_numbers_for_windows(version, numbers) -> None:
    assert version_resource.version_tuple(version) == numbers


def test_a_version_windows_cannot_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="65535"):
        version_resource.version_tuple("2026.70000")


def test_the_version_resource_reads_back_and_compiles(tmp_path) -> None:
    """The file PyInstaller gets: its own parser reads it, and it packs to binary."""
    path = tmp_path / "v.txt"
    assert version_resource.main([str(path), "--exe", "ips-desktopw.exe",
                                  "--description", "IPS Desktop"]) == 0
    info = load_version_info_from_text_file(str(path))
    major, minor, patch, _ = version_resource.version_tuple(__version__)
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.fileVersionLS == patch << 16
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings == {
        "CompanyName": "IPS Desktop", "FileDescription": "IPS Desktop",
        "FileVersion": __version__, "InternalName": "ips-desktopw",
        "OriginalFilename": "ips-desktopw.exe", "ProductName": "IPS Desktop",
        "ProductVersion": __version__,
    }
    raw = info.toRaw()
    assert "ips-desktopw.exe".encode("utf-16-le") in raw
