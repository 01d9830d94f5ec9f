"""Every component the app ships, with its version and licence (`--licenses`, Help > About).

LGPL (Qt) and the BSD/MIT/Apache licences of the rest ask that the user can
see what is inside; a municipality's review asks for versions. Nothing here
is typed in by hand that could go stale: the Python distributions are those
the app's own metadata requires, walked transitively, each with the version
and licence its installed metadata declares (PEP 639 License-Expression,
else License, else the classifiers); the parts that are not Python
distributions (Qt, SQLCipher, ICU, HarfBuzz, OpenSSL, fonts ...) report their
versions from the running libraries. The frozen app carries the same
metadata (ips_desktop.spec copies what `bundled_distributions` names), so it
lists what it bundles.

Qt's version is given by the caller (ui reads qVersion(); this layer never
imports Qt), and so is nothing else.
"""

from __future__ import annotations

import platform
import re
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ips_desktop.paths import bundled_dir
from ips_desktop.storage import cipher

APP_DISTRIBUTION = "ips-desktop"
# Distributions whose metadata declares no licence at all (no License-Expression,
# License or classifier); the licence file inside their wheel says it. A new one
# makes tests/test_licenses.py fail until it is named here.
UNDECLARED = {"sqlcipher3": "Zlib"}  # pysqlite's licence text, in its LICENSE file
# An SPDX identifier or expression ("MIT", "LGPL-3.0-only OR GPL-2.0-only").
_SPDX = re.compile(r"^[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*$")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# HarfBuzz's COPYING is the "Old MIT" text, which SPDX names MIT-Modern-Variant.
HARFBUZZ_LICENCE = "MIT-Modern-Variant"
# PyInstaller's COPYING.txt: the bootloader is GPL 2 or later with an exception that
# allows bundling it with any program (its metadata says only "GPL-2.0-only").
PYINSTALLER_LICENCE = "GPL-2.0-or-later WITH Bootloader-exception"
_FONT_LICENCES = {"DejaVu": "Bitstream-Vera (DejaVu changes: public domain)",
                  "Noto": "OFL-1.1"}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def canonical(name: str) -> str:
    """PEP 503 normalised name: `PySide6_Essentials` and `pyside6-essentials` are one."""
    return re.sub(r"[-_.]+", "-", name).lower()


def bundled_distributions(root: str = APP_DISTRIBUTION) -> list[str]:
    """The distributions `root` requires, directly or not, that are installed here.

    Optional extras are not followed; a requirement for another platform or
    Python (pywin32-ctypes on Linux) is not installed, so it is not listed.
    """
    found: dict[str, str] = {}
    todo = [root]
    while todo:
        name = canonical(todo.pop())
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = distribution.metadata["Name"]
        for requirement in distribution.requires or []:
            _, _, marker = requirement.partition(";")
            match = _NAME.match(requirement)
            if match and "extra" not in marker:
                todo.append(match.group(1))
    found.pop(canonical(root), None)
    return sorted(found.values(), key=str.lower)


def licence_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if _SPDX.match(text):
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License :: ")]
    if classifiers:  # clearer than free text such as "Dual License"
        return " / ".join(classifiers)
    if text and text.upper() != "UNKNOWN":
        return text.splitlines()[0][:60]
    return UNDECLARED.get(canonical(meta["Name"]), "")


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str((meta.get_all(name) or [""])[0]).strip()


def python_components() -> list[Component]:
    components = []
    for name in bundled_distributions():
        distribution = metadata.distribution(name)
        components.append(Component(distribution.metadata["Name"], distribution.version,
                                    licence_of(distribution)))
    return components


def library_components(qt_version: str) -> Iterator[Component]:
    """What the Python distributions carry inside them, each as its library reports itself."""
    yield Component("Python", platform.python_version(), "PSF-2.0")
    if getattr(sys, "frozen", False):  # the executable itself is PyInstaller's bootloader
        try:  # its metadata is bundled for this (ips_desktop.spec)
            version = metadata.version("pyinstaller")
        except metadata.PackageNotFoundError:
            version = "?"
        yield Component("PyInstaller (bootloader)", version, PYINSTALLER_LICENCE)
    yield Component("Qt", qt_version, "LGPL-3.0-only")
    sqlcipher, sqlite = cipher.library_versions()
    yield Component("SQLCipher", sqlcipher, "BSD-3-Clause")
    yield Component("SQLite", sqlite, "blessing")
    import icu  # PyICU; its ICU sorts names (services/collation.py)

    yield Component("ICU", icu.ICU_VERSION, _icu_licence(icu.ICU_VERSION))
    qt_icu = _qt_icu_version()
    if qt_icu:  # unfrozen; the bundle points Qt at the ICU above (packaging/bundle_icu.py)
        yield Component("ICU (Qt's own)", qt_icu, _icu_licence(qt_icu))
    import uharfbuzz

    yield Component("HarfBuzz", uharfbuzz.version_string(), HARFBUZZ_LICENCE)
    from cryptography.hazmat.backends.openssl import backend

    yield Component("OpenSSL (cryptography)", backend.openssl_version_text().split()[1],
                    "Apache-2.0")
    try:
        import ssl
    except ImportError:  # a Python built without it
        pass
    else:
        yield Component("OpenSSL (Python)", ssl.OPENSSL_VERSION.split()[1], "Apache-2.0")
    import zlib

    yield Component("zlib", zlib.ZLIB_RUNTIME_VERSION, "Zlib")
    try:
        from lxml import etree
    except ImportError:  # left out of the bundle (ips_desktop.spec says why)
        pass
    else:
        yield Component("libxml2", ".".join(map(str, etree.LIBXML_VERSION)), "MIT")
        yield Component("libxslt", ".".join(map(str, etree.LIBXSLT_VERSION)), "MIT")
    yield from font_components()


def font_components() -> Iterator[Component]:
    """The fonts embedded in the PDFs (resources/fonts), with the version each file states."""
    for path in sorted((bundled_dir("resources") / "fonts").glob("*.ttf")):
        family = next((f for f in _FONT_LICENCES if path.name.startswith(f)), None)
        if family is not None:
            yield Component(f"{path.stem} (font)", font_version(path), _FONT_LICENCES[family])


def components(qt_version: str) -> list[Component]:
    """The Python distributions, then the libraries and fonts inside them."""
    return [*python_components(), *library_components(qt_version)]


def font_version(path: Path) -> str:
    """The version a TrueType font gives in its `name` table (name ID 5, "Version 2.37")."""
    data = path.read_bytes()
    tables = struct.unpack_from(">H", data, 4)[0]
    for i in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag != b"name":
            continue
        _, count, strings = struct.unpack_from(">HHH", data, offset)
        for j in range(count):
            platform_id, _, _, name_id, length, start = struct.unpack_from(
                ">HHHHHH", data, offset + 6 + 12 * j)
            if name_id == 5:
                raw = data[offset + strings + start:offset + strings + start + length]
                text = raw.decode("utf-16-be" if platform_id in (0, 3) else "latin-1")
                return text.removeprefix("Version ").split(";")[0].strip()
    return ""


def _icu_licence(version: str) -> str:
    """ICU 74 moved to the Unicode License v3; before it, the Unicode DFS licence."""
    return "Unicode-3.0" if int(version.split(".")[0]) >= 74 else "Unicode-DFS-2016"


def _qt_icu_version() -> str | None:
    """The ICU that QtCore is linked against, read from the loaded library (Linux).

    Qt names no version of it; the library answers u_getVersion, whose name
    carries ICU's major version (u_getVersion_73), as every ICU function's does.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        with Path("/proc/self/maps").open(encoding="utf-8") as maps:
            loaded = {line.split()[-1] for line in maps if "libicuuc.so." in line}
    except OSError:
        return None
    qt = [p for p in loaded if "-" not in Path(p).name]  # PyICU's are libicuuc-<hash>.so
    if not qt:
        return None
    path = Path(qt[0])
    major = path.name.split(".so.")[1].split(".")[0]
    version = (ctypes.c_uint8 * 4)()
    try:
        getattr(ctypes.CDLL(str(path)), f"u_getVersion_{major}")(version)
    except (OSError, AttributeError):  # the bundle's forwarder to PyICU's ICU: not Qt's own
        return None
    return ".".join(str(part) for part in version[:2])
