"""The pure parts of packaging/linux/build_deb.py: how Depends is derived.

The build itself (PyInstaller, dpkg-deb, a Debian root) is `make package-check`;
these read captured tool output, so they run in milliseconds.
"""

from __future__ import annotations

import configparser
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load():
    path = ROOT / "packaging/linux/build_deb.py"
    spec = importlib.util.spec_from_file_location("build_deb", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_deb"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


deb = _load()

OBJDUMP_P = """
/x/libQt6Gui.so.6:     file format elf64-x86-64

Dynamic Section:
  NEEDED               libEGL.so.1
  NEEDED               libfontconfig.so.1
  NEEDED               libc.so.6
  SONAME               libQt6Gui.so.6
  RUNPATH              $ORIGIN
"""

OBJDUMP_T = """
DYNAMIC SYMBOL TABLE:
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.2.5) getenv
0000000000000000      DF *UND*	0000000000000000 (GLIBC_2.34) __libc_start_main
0000000000000000      DF *UND*	0000000000000000              eglGetDisplay
0000000000000000  w   D  *UND*	0000000000000000              __gmon_start__
0000000000012340 g    DF .text	0000000000000042  Base        qt_exported
"""

SYMBOLS = """\
libc.so.6 libc6 #MINVER#
| libc6 (>> 2.36), libc6 (<< 2.37)
* Build-Depends-Package: libc-dev
 GLIBC_2.2.5@GLIBC_2.2.5 2.2.5
 getenv@GLIBC_2.2.5 2.2.5
 __libc_start_main@GLIBC_2.34 2.34
 arc4random@GLIBC_2.36 2.36
 (c++)"std::foo()@Base" 3.0
libm.so.6 libc6 #MINVER#
 sin@GLIBC_2.2.5 2.2.5
libEGL.so.1 libegl1 #MINVER#
 eglGetDisplay@Base 0
"""


def test_needed_and_soname_from_objdump() -> None:
    needed, soname = deb.parse_dynamic(OBJDUMP_P)
    assert needed == ["libEGL.so.1", "libfontconfig.so.1", "libc.so.6"]
    assert soname == "libQt6Gui.so.6"
    assert deb.parse_dynamic("  NEEDED libz.so.1\n") == (["libz.so.1"], None)


def test_imported_symbols_are_named_as_symbols_files_name_them() -> None:
    assert deb.parse_undefined(OBJDUMP_T) == {
        "getenv@GLIBC_2.2.5", "__libc_start_main@GLIBC_2.34", "eglGetDisplay@Base",
        "__gmon_start__@Base",
    }


def test_the_floor_is_the_highest_version_among_the_symbols_used() -> None:
    libraries = deb.parse_symbols(SYMBOLS)
    assert set(libraries) == {"libc.so.6", "libm.so.6", "libEGL.so.1"}
    imported = deb.parse_undefined(OBJDUMP_T)
    # arc4random (2.36) is in the file but not imported: it must not raise the floor.
    assert deb.floor_from_symbols(libraries["libc.so.6"], imported) == "libc6 (>= 2.34)"
    # Every imported symbol is from the first version ("0"): no floor at all.
    assert deb.floor_from_symbols(libraries["libEGL.so.1"], imported) == "libegl1"
    assert deb.floor_from_symbols(libraries["libm.so.6"], set()) == "libc6"
    assert "(c++)" not in "".join(libraries["libc.so.6"].versions)


@pytest.mark.parametrize(("a", "b", "order"), [
    ("1.0", "1.0.1", -1),
    ("1.12", "1.2", 1),
    ("1.0~rc1", "1.0", -1),
    ("2.36-9+deb12u4", "2.36-9", 1),
    ("1:0.1", "9.9", 1),
    ("2.4.62", "2.4.62", 0),
    ("0.4.1", "0.4.0", 1),
    ("1.0a", "1.0+", -1),
])
def test_debian_version_order(a: str, b: str, order: int) -> None:
    assert deb.compare_versions(a, b) == order
    assert deb.compare_versions(b, a) == -order


def test_one_depends_line_with_each_package_once_at_its_highest_floor() -> None:
    merged = deb.merge_depends([
        "libc6 (>= 2.14)", "libxcb1", "libc6 (>= 2.34)", "libc6", "fonts-dejavu-core",
        "libxcb1 (>= 1.12)",
    ])
    assert merged == "fonts-dejavu-core, libc6 (>= 2.34), libxcb1 (>= 1.12)"
    with pytest.raises(ValueError):
        deb.merge_depends(["libfoo | libbar"])


def test_shlibs_and_ldconfig() -> None:
    assert deb.shlibs_key("libxcb-icccm.so.4") == ("libxcb-icccm", "4")
    assert deb.shlibs_key("libfoo-1.2.so") == ("libfoo", "1.2")
    shlibs = deb.parse_shlibs("libxcb-icccm 4 libxcb-icccm4 (>= 0.4.1)\nudeb: libx 1 libx1-udeb\n")
    assert shlibs == {("libxcb-icccm", "4"): "libxcb-icccm4 (>= 0.4.1)"}
    ldconfig = deb.parse_ldconfig(
        "1234 libs found in cache `/etc/ld.so.cache'\n"
        "\tlibc.so.6 (libc6,x86-64, OS ABI: Linux 3.2.0) => /lib/x86_64-linux-gnu/libc.so.6\n"
        "\tlibc.so.6 (libc6) => /lib/i386-linux-gnu/libc.so.6\n")
    assert ldconfig == {"libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}


def test_only_plugins_qt_can_do_without_are_optional() -> None:
    plugins = Path("_internal/PySide6/Qt/plugins")
    for optional in ("platforms/libqwayland-egl.so", "platformthemes/libqgtk3.so",
                     "wayland-shell-integration/libxdg-shell.so", "platforms/libqeglfs.so",
                     "egldeviceintegrations/libqeglfs-kms-integration.so",
                     "platforms/libqlinuxfb.so"):
        assert deb.is_optional(plugins / optional), optional
    assert deb.is_optional(Path("_internal/libQt6WaylandClient.so.6"))
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "xcbglintegrations/libqxcb-glx-integration.so"):
        assert not deb.is_optional(plugins / needed), needed
    assert not deb.is_optional(Path("_internal/libQt6Gui.so.6"))


def test_control_file_and_desktop_entry() -> None:
    control = deb.control("0.1.0", "libc6 (>= 2.34), libxcb1", "", 1234)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "ips-desktop" and fields["Version"] == "0.1.0"
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "1234"
    assert fields["Depends"] == "libc6 (>= 2.34), libxcb1"
    assert "Recommends" not in fields  # no empty field (dpkg refuses one)
    assert "Recommends: libwayland-client0" in deb.control("1", "libc6", "libwayland-client0", 1)
    assert control.endswith("\n")

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in a desktop entry
    entry.read_string(deb.DESKTOP_ENTRY)
    section = entry["Desktop Entry"]
    assert section["Exec"] == "ips-desktop" and section["Icon"] == "ips-desktop"
    assert section["Categories"] == "Office;" and section["Terminal"] == "false"
    for language in ("da", "nb"):
        assert section[f"Name[{language}]"] and section[f"Comment[{language}]"]
    assert section["Comment"] != section["Comment[da]"] != section["Comment[nb]"]


def test_staging_lays_the_package_out(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "ips-desktop").write_bytes(b"\x7fELF")
    (bundle / "ips-desktop").chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("x")
    icons = tmp_path / "icons"
    icons.mkdir()
    for size in deb.ICON_SIZES:
        (icons / f"ips-desktop-{size}.png").write_bytes(b"png")
    svg = tmp_path / "icon.svg"
    svg.write_text("<svg/>")
    staging = tmp_path / "staging"
    deb.stage(bundle, icons, svg, staging)
    deb.normalise_modes(staging)
    launcher = staging / "usr/bin/ips-desktop"
    assert launcher.read_text().splitlines()[-1] == 'exec /opt/ips-desktop/ips-desktop "$@"'
    assert launcher.stat().st_mode & 0o777 == 0o755
    assert (staging / "opt/ips-desktop/ips-desktop").stat().st_mode & 0o777 == 0o755
    assert (staging / "opt/ips-desktop/_internal/data.txt").stat().st_mode & 0o777 == 0o644
    assert (staging / "usr/share/icons/hicolor/16x16/apps/ips-desktop.png").is_file()
    assert (staging / "usr/share/icons/hicolor/scalable/apps/ips-desktop.svg").is_file()
    assert (staging / "usr/share/applications/ips-desktop.desktop").is_file()
    assert (staging / "usr/share/doc/ips-desktop/copyright").is_file()
    assert deb.installed_size_kib(staging) >= 1


def test_version_comes_from_the_source(tmp_path: Path) -> None:
    (tmp_path / "ips_desktop").mkdir()
    (tmp_path / "ips_desktop" / "__init__.py").write_text('"""x"""\n__version__ = "1.2.3"\n')
    assert deb.source_version(tmp_path) == "1.2.3"
    assert deb.source_version(ROOT) == __import__("ips_desktop").__version__


def test_a_library_only_optional_plugins_need_is_optional_too() -> None:
    """libgtk-3 arrives in the bundle for the GTK theme plugin alone (when the build
    machine has GTK): its own needs (Wayland ...) must not become Depends."""
    needed = {
        "plugins/platformthemes/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "libgtk-3.so.0": ["libgdk-3.so.0", "libcairo.so.2", "libwayland-client.so.0"],
        "libgdk-3.so.0": ["libcairo.so.2"],
        "libcairo.so.2": ["libc.so.6"],
        "plugins/platforms/libqxcb.so": ["libQt6Gui.so.6", "libxcb.so.1"],
        "libQt6Gui.so.6": ["libfreetype.so.6"],
        "libfreetype.so.6": ["libc.so.6"],
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libpython3.11.so.1.0": ["libc.so.6"],  # loaded by the bootloader, named by nobody
    }
    names = {file: {Path(file).name} for file in needed}
    names["libfreetype.so.6"].add("libfreetype-57f805ba.so.6.20.6")
    roots = {"plugins/platformthemes/libqgtk3.so"}
    assert deb.only_for_optional(needed, names, roots) == {
        "plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libgdk-3.so.0", "libcairo.so.2",
    }
    # Once a required file needs cairo too, cairo is required (gtk and gdk stay optional).
    needed["libQt6Gui.so.6"].append("libcairo.so.2")
    assert deb.only_for_optional(needed, names, roots) == {
        "plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0", "libgdk-3.so.0",
    }


def test_the_copyright_file_carries_qt_s_lgpl_notice() -> None:
    """LGPL-3: the licence text and where Qt's source is must come with the package."""
    stanzas = [s for s in deb.COPYRIGHT.split("\n\n") if s.startswith("Files:")]
    last = stanzas[-1]  # the last matching stanza wins: Qt's must not be overridden
    assert "PySide6/*" in last and "libQt6*" in last
    assert "License: LGPL-3.0-only" in last
    for text in ("/usr/share/common-licenses/LGPL-3", "/usr/share/common-licenses/GPL-3"):
        assert text in last
    notice = "resources/licenses/README.md"
    assert f"/opt/ips-desktop/_internal/ips_desktop/{notice}" in " ".join(last.split())
    text = (ROOT / notice).read_text(encoding="utf-8")
    assert "https://download.qt.io/official_releases/QtForPython/pyside6/" in text
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert "GNU" in (ROOT / "resources" / "licenses" / name).read_text(encoding="utf-8")
