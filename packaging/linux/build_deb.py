"""Build dist/ips-desktop_<version>_amd64.deb from the one-folder app, with dpkg-deb only.

    python3 packaging/linux/build_deb.py [--bundle dist/ips-desktop] [--version 0.0.9]

The package holds the frozen app under /opt/ips-desktop, a launcher
/usr/bin/ips-desktop, the desktop entry, the icons in hicolor and the copyright
file. No maintainer scripts: Debian's icon-cache and desktop-database tools
refresh themselves through dpkg triggers on /usr/share/icons and
/usr/share/applications when they are installed (and need nothing when not).

`Depends` is computed, not written by hand, the way dpkg-shlibdeps does it (which
is in dpkg-dev, a toolchain this build does without): every ELF file in the bundle
names the shared libraries it needs (NEEDED); those the bundle does not carry
itself come from the system. Each is found by ldconfig on this build machine and
mapped to its Debian package with `dpkg -S`; its version floor is the highest
version in that package's symbols file among the symbols our binaries import
from it (or the shlibs file's floor when there is no symbols file). To those come
DLOPENED: what the bundle loads at run time without a NEEDED entry.

Standard library only (it runs with the build machine's python3, no venv needed).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "ips-desktop"
INSTALL_DIR = "opt/ips-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OPTIONAL = re.compile(r"wayland|wlshell|eglfs|egldeviceintegrations/|linuxfb|platformthemes/",
                      re.IGNORECASE)

# Needed at run time but named by no NEEDED entry, with why:
DLOPENED = {
    # The bundled libfontconfig reads /etc/fonts/fonts.conf, which this package ships.
    "fontconfig-config": "fontconfig's configuration for the bundled libfontconfig",
    # Qt draws the window's text with the system's fonts (through fontconfig); with
    # none at all every label is empty boxes. The PDFs use the bundled DejaVu.
    "fonts-dejavu-core": "a font for the window's text",
    # psycopg (the team database on PostgreSQL) loads libpq with ctypes at run time.
    "libpq5": "PostgreSQL's client library, for the team database",
}

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.5
Name=IPS Desktop
Name[da]=IPS Desktop
Name[nb]=IPS Desktop
GenericName=IPS case management
GenericName[da]=IPS-sagsstyring
GenericName[nb]=IPS-saksbehandling
Comment=Participants, employer contacts and supervision for IPS consultants
Comment[da]=Deltagere, virksomhedskontakter og supervision for IPS-konsulenter
Comment[nb]=Deltakere, arbeidsgiverkontakter og veiledning for IPS-konsulenter
Exec=ips-desktop
Icon=ips-desktop
Terminal=false
Categories=Office;
StartupNotify=true
"""

LAUNCHER = """\
#!/bin/sh
exec /opt/ips-desktop/ips-desktop "$@"
"""

# The last stanza that matches a file is its licence (copyright-format 1.0): general first.
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: IPS Desktop
Comment: The application is proprietary. It bundles third-party components
 (Qt and PySide6 under the LGPL-3.0 as shared libraries, SQLCipher, SQLAlchemy,
 ReportLab, the DejaVu fonts, keyring and others) under their own licences;
 `ips-desktop --licenses` and Help > About list each with its licence and version.

Files: *
Copyright: IPS Desktop
License: LicenseRef-Proprietary
 All rights reserved.

Files: opt/ips-desktop/_internal/*
Copyright: the authors of each component
License: various
 Each component's licence and version: `ips-desktop --licenses`. The licence
 texts: in each /opt/ips-desktop/_internal/*.dist-info folder, the fonts' in
 /opt/ips-desktop/_internal/ips_desktop/resources/fonts/.

Files: opt/ips-desktop/_internal/PySide6/* opt/ips-desktop/_internal/shiboken6/*
 opt/ips-desktop/_internal/libQt6* opt/ips-desktop/_internal/libpyside6*
 opt/ips-desktop/_internal/libshiboken6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt and Qt for Python, unmodified and dynamically linked. Where their source
 code is available: /opt/ips-desktop/_internal/ips_desktop/resources/licenses/README.md.
 .
 On Debian systems the full text of the GNU Lesser General Public License
 version 3 is in /usr/share/common-licenses/LGPL-3, and of the GNU General
 Public License version 3 that it supplements in /usr/share/common-licenses/GPL-3.
"""


DESCRIPTION = """\
Description: offline case management for IPS employment consultants
 IPS Desktop keeps participants, employer contacts, calendars and
 supervision for IPS (Individual Placement and Support) consultants and
 team leads, in an encrypted database on this computer. The application
 is self-contained under /opt/ips-desktop; it needs no Python.
"""


# --- Pure parts (tests/packaging_linux/test_build_deb.py) ----------------------

def parse_dynamic(objdump_p: str) -> tuple[list[str], str | None]:
    """NEEDED sonames and the SONAME from `objdump -p` output."""
    needed = re.findall(r"^\s*NEEDED\s+(\S+)", objdump_p, re.MULTILINE)
    soname = re.search(r"^\s*SONAME\s+(\S+)", objdump_p, re.MULTILINE)
    return needed, soname.group(1) if soname else None


def parse_undefined(objdump_t: str) -> set[str]:
    """Imported symbols from `objdump -T` as symbols files name them: `name@VERSION`,
    or `name@Base` for an unversioned one."""
    symbols = set()
    for line in objdump_t.splitlines():
        if "*UND*" not in line:
            continue
        rest = line.split("*UND*", 1)[1].split()
        if len(rest) < 2:
            continue
        # rest: size, then "(VERSION)" or "VERSION" or nothing, then the name
        name = rest[-1]
        version = rest[1].strip("()") if len(rest) >= 3 else "Base"
        symbols.add(f"{name}@{version}")
    return symbols


@dataclass
class SymbolsFile:
    """One library's entry in a Debian symbols file."""

    dependency: str  # the template, e.g. "libc6 #MINVER#"
    versions: dict[str, str] = field(default_factory=dict)  # "memcpy@GLIBC_2.14" -> "2.14"


def parse_symbols(text: str) -> dict[str, SymbolsFile]:
    """soname -> its dependency template and per-symbol minimal versions.

    Tagged entries ((c++), (regex) ...) are skipped: they only make a floor lower
    than it would be, never higher than the highest plain entry we match.
    """
    libraries: dict[str, SymbolsFile] = {}
    current: SymbolsFile | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith(("#", "|", "*")):
            continue
        if not line.startswith(" "):
            soname, _, dependency = line.partition(" ")
            current = libraries[soname] = SymbolsFile(dependency.strip())
        elif current is not None and not line.lstrip().startswith("("):
            parts = line.split()
            if len(parts) >= 2:
                current.versions[parts[0]] = parts[1]
    return libraries


def shlibs_key(soname: str) -> tuple[str, str]:
    """How a shlibs file names a soname.

    libfoo.so.1 -> (libfoo, 1); libfoo-1.2.so -> (libfoo, 1.2).
    """
    if match := re.fullmatch(r"(.+)\.so\.(.+)", soname):
        return match.group(1), match.group(2)
    if match := re.fullmatch(r"(.+)-([0-9.]+)\.so", soname):
        return match.group(1), match.group(2)
    return soname, ""


def parse_shlibs(text: str) -> dict[tuple[str, str], str]:
    """(library, version) -> dependency, from a shlibs file's un-typed lines."""
    found = {}
    for line in text.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and not parts[0].endswith(":"):
            found[(parts[0], parts[1])] = parts[2].strip()
    return found


def parse_ldconfig(text: str, arch: str = "x86-64") -> dict[str, str]:
    """soname -> path from `ldconfig -p`, for this architecture only."""
    paths: dict[str, str] = {}
    for match in re.finditer(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", text, re.MULTILINE):
        soname, flags, path = match.groups()
        if arch in flags:
            paths.setdefault(soname, path)
    return paths


def _order(char: str) -> int:
    if char == "~":
        return -1
    if char.isalpha():
        return ord(char)
    return ord(char) + 256


def _compare_part(a: str, b: str) -> int:
    """dpkg's comparison of an upstream version or revision string."""
    while a or b:
        a_text = re.match(r"[^0-9]*", a).group()
        b_text = re.match(r"[^0-9]*", b).group()
        for i in range(max(len(a_text), len(b_text))):
            ca = _order(a_text[i]) if i < len(a_text) else 0
            cb = _order(b_text[i]) if i < len(b_text) else 0
            if ca != cb:
                return -1 if ca < cb else 1
        a, b = a[len(a_text):], b[len(b_text):]
        a_num = re.match(r"[0-9]*", a).group()
        b_num = re.match(r"[0-9]*", b).group()
        if int(a_num or 0) != int(b_num or 0):
            return -1 if int(a_num or 0) < int(b_num or 0) else 1
        a, b = a[len(a_num):], b[len(b_num):]
    return 0


def compare_versions(a: str, b: str) -> int:
    """Debian version order (epoch:upstream-revision): -1, 0 or 1."""
    def split(version: str) -> tuple[int, str, str]:
        epoch, _, rest = version.rpartition(":") if ":" in version else ("0", "", version)
        upstream, _, revision = rest.rpartition("-") if "-" in rest else (rest, "", "0")
        return int(epoch or 0), upstream, revision

    ea, ua, ra = split(a)
    eb, ub, rb = split(b)
    if ea != eb:
        return -1 if ea < eb else 1
    return _compare_part(ua, ub) or _compare_part(ra, rb)


def floor_from_symbols(library: SymbolsFile, imported: set[str]) -> str:
    """The dependency for one library: its template with #MINVER# the highest
    version among the imported symbols it provides (dpkg-shlibdeps' rule)."""
    floor = None
    for symbol in imported:
        version = library.versions.get(symbol)
        if version and version != "0" and (floor is None or compare_versions(version, floor) > 0):
            floor = version
    template = library.dependency.replace("#MINVER#", "").strip()
    if "#MINVER#" in library.dependency and floor:
        return f"{template} (>= {floor})"
    return template


def merge_depends(dependencies: list[str]) -> str:
    """One Depends line: each package once, with its highest floor, sorted by name."""
    best: dict[str, str | None] = {}
    for dependency in dependencies:
        match = re.fullmatch(r"(\S+)(?:\s*\(>=\s*([^)]+)\))?", dependency.strip())
        if not match:
            raise ValueError(f"cannot merge dependency {dependency!r}")
        name, floor = match.group(1), match.group(2)
        known = best.get(name)
        if name not in best or (floor and (known is None or compare_versions(floor, known) > 0)):
            best[name] = floor
    return ", ".join(f"{name} (>= {floor})" if floor else name
                     for name, floor in sorted(best.items()))


def source_version(source: Path) -> str:
    """ips_desktop.__version__, read from the source without importing the app."""
    text = (source / "ips_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in ips_desktop/__init__.py")
    return match.group(1)


# --- Reading the bundle and the build machine ----------------------------------

def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def is_optional(relative: Path) -> bool:
    """Qt plugins (and the Qt libraries only they load) that Qt does without when
    their libraries are missing: the Wayland, EGLFS and framebuffer platforms (Qt
    falls back to xcb; the others are for kiosks without X) and the GTK platform
    theme (Qt's own dialogs instead of GTK's)."""
    return bool(OPTIONAL.search(str(relative)))


def only_for_optional(needed: dict[str, list[str]], names: dict[str, set[str]],
                      optional: set[str]) -> set[str]:
    """The optional files plus every bundled library that only they need.

    `needed`: file -> its NEEDED sonames; `names`: file -> the names it answers to
    (file name, SONAME). PyInstaller bundles what a plugin links when the build
    machine has it (libgtk-3 for the GTK theme, once GTK is installed there); such
    a library is loaded only with its plugin, so what it needs is optional too. A
    library nothing in the bundle names (libpython, a ctypes load) stays required.
    """
    provider: dict[str, set[str]] = {}
    for file, answers in names.items():
        for name in answers:
            provider.setdefault(name, set()).add(file)
    dependents: dict[str, set[str]] = {file: set() for file in needed}
    for file, sonames in needed.items():
        for soname in sonames:
            for target in provider.get(soname, ()):
                if target != file:
                    dependents[target].add(file)
    found = set(optional)
    grew = True
    while grew:
        grew = False
        for file, users in dependents.items():
            if file not in found and users and users <= found:
                found.add(file)
                grew = True
    return found


@dataclass
class Bundle:
    """The ELF files of the one-folder app: what each needs and which are optional."""

    root: Path
    needed: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    optional: set[str] = field(default_factory=set)
    provided: set[str] = field(default_factory=set)  # every name a NEEDED entry can find here

    @classmethod
    def scan(cls, root: Path) -> Bundle:
        bundle = cls(root)
        for elf in elf_files(root):
            relative = str(elf.relative_to(root))
            needed, soname = parse_dynamic(run("objdump", "-p", str(elf)))
            bundle.needed[relative] = needed
            bundle.names[relative] = {elf.name, *([soname] if soname else [])}
        for link in root.rglob("*"):  # libfoo.so.6 -> libfoo.so.6.8: the link's name too
            if link.is_symlink() and link.resolve().is_relative_to(root.resolve()):
                target = str(link.resolve().relative_to(root.resolve()))
                if target in bundle.names:
                    bundle.names[target].add(link.name)
        bundle.provided = {path.name for path in root.rglob("*")}.union(*bundle.names.values())
        roots = {file for file in bundle.needed if is_optional(Path(file))}
        bundle.optional = only_for_optional(bundle.needed, bundle.names, roots)
        return bundle

    def external(self, optional: bool = False) -> dict[str, set[str]]:
        """soname the bundle lacks -> the symbols its users import (from anything).

        With optional=False for the files the app needs, with True for the rest.
        """
        wanted: dict[str, set[str]] = {}
        for file, needed in self.needed.items():
            if (file in self.optional) != optional:
                continue
            missing = [name for name in needed if name not in self.provided]
            if missing:
                imported = parse_undefined(run("objdump", "-T", str(self.root / file)))
                for name in missing:
                    wanted.setdefault(name, set()).update(imported)
        return wanted


def owning_package(path: str) -> str:
    """The Debian package that installed `path`.

    Tried as itself, resolved, and across the /usr merge (dpkg knows one of them).
    """
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[4:])
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"{path}: no Debian package owns it (installed by hand?)")


def dpkg_info(package: str, kind: str) -> str:
    for name in (f"{package}:amd64.{kind}", f"{package}.{kind}"):
        path = Path("/var/lib/dpkg/info") / name
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return ""


def dependencies_of(wanted: dict[str, set[str]], paths: dict[str, str]) -> list[str]:
    """One Debian dependency per soname found on this machine."""
    dependencies = []
    for soname, imported in sorted(wanted.items()):
        package = owning_package(paths[soname])
        symbols = parse_symbols(dpkg_info(package, "symbols")).get(soname)
        if symbols:
            dependencies.append(floor_from_symbols(symbols, imported))
            continue
        shlibs = parse_shlibs(dpkg_info(package, "shlibs")).get(shlibs_key(soname))
        dependencies.append(shlibs.split("|")[0].strip() if shlibs else package)
    return dependencies


def compute_depends(bundle: Path) -> tuple[str, str, list[str]]:
    """Depends, Recommends (the optional plugins' libraries) and the optional
    plugins' libraries this machine does not have (those plugins will not load
    where the library is missing; nothing else is lost)."""
    paths = parse_ldconfig(run("ldconfig", "-p"))
    scanned = Bundle.scan(bundle)
    wanted = scanned.external()
    unknown = sorted(name for name in wanted if name not in paths)
    if unknown:
        raise SystemExit("the bundle needs libraries this machine lacks (make sysdeps-x11?): "
                         + ", ".join(unknown))
    depends = merge_depends(dependencies_of(wanted, paths) + list(DLOPENED))
    optional = scanned.external(optional=True)
    skipped = sorted(name for name in optional if name not in paths)
    found = {name: symbols for name, symbols in optional.items() if name in paths}
    required = {re.split(r"[ (]", item, maxsplit=1)[0] for item in depends.split(", ")}
    recommends = [item for item in dependencies_of(found, paths)
                  if item.split()[0] not in required]
    return depends, merge_depends(recommends) if recommends else "", skipped


# --- Writing the package -------------------------------------------------------

def normalise_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest (umask-proof)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, icons: Path, svg: Path, staging: Path) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    launcher = staging / "usr/bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER, encoding="utf-8")
    launcher.chmod(0o755)
    applications = staging / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    hicolor = staging / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}/apps/{PACKAGE}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(icons / f"{PACKAGE}-{size}.png", target)
    (hicolor / "scalable/apps").mkdir(parents=True)
    shutil.copyfile(svg, hicolor / f"scalable/apps/{PACKAGE}.svg")
    doc = staging / "usr/share/doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")


def installed_size_kib(staging: Path) -> int:
    """dpkg's Installed-Size: the sum of the files' sizes in KiB, rounded up."""
    total = sum(path.lstat().st_size for path in staging.rglob("*") if not path.is_dir())
    return -(-total // 1024)


def control(version: str, depends: str, recommends: str, installed_size: int) -> str:
    fields = [
        ("Package", PACKAGE),
        ("Version", version),
        ("Architecture", "amd64"),
        ("Maintainer", "IPS Desktop <ips-desktop@localhost>"),
        ("Installed-Size", str(installed_size)),
        ("Depends", depends),
        ("Recommends", recommends),
        ("Section", "misc"),
        ("Priority", "optional"),
    ]
    lines = [f"{name}: {value}" for name, value in fields if value]
    return "\n".join(lines) + "\n" + DESCRIPTION


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=ROOT / "resources/icons/ips-desktop.svg")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="the checkout whose __version__ names the package")
    parser.add_argument("--version",
                        help="override the version (an older build for the upgrade check)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if not (args.bundle / PACKAGE).is_file():
        raise SystemExit(f"{args.bundle}: no one-folder app here (make package)")
    version = args.version or source_version(args.source)
    depends, recommends, skipped = compute_depends(args.bundle)
    staging = args.work / version
    stage(args.bundle, args.icons, args.svg, staging)
    (staging / "DEBIAN").mkdir()
    size = installed_size_kib(staging)
    (staging / "DEBIAN/control").write_text(control(version, depends, recommends, size),
                                            encoding="utf-8")
    normalise_modes(staging)
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(staging)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB, installed {size / 1024:.0f} MiB)")
    print(f"Depends: {depends}")
    print(f"Recommends: {recommends}")
    if skipped:
        print("Optional plugins whose libraries this machine lacks (left out of Recommends): "
              + ", ".join(skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
