"""One ICU in the bundle instead of two, its data cut to the data our three languages use.

The wheels bring two ICUs: Qt's (libicuuc/libicui18n/libicudata.so.73, which
QtCore is linked against) and PyICU's (pyicu-wheels' lib*-<hash>.so.77.1, for
Danish and Norwegian collation in services/collation.py). Each carries CLDR
for ~900 locales, 190 legacy code pages and the dictionaries that break
Chinese, Japanese and Thai text into words: 41 MB each, nearly half of the
first bundle.

One ICU: QtCore calls 31 functions of ICU's C API (collation, case mapping,
code-page converters, time-zone names; `nm -D --undefined-only`), each under
ICU's versioned name (`ucol_open_73`). ICU keeps its C API binary-compatible
across versions (the suffix exists so that two versions can live side by side),
so `qt_shim` builds a small libicuuc.so.73 whose `ucol_open_73` jumps to
PyICU's `ucol_open_77`, and empty libicui18n.so.73 / libicudata.so.73 for the
names QtCore's loader asks for. Qt and PyICU then sort alike, and the bundle
holds ICU once. A symbol QtCore wants that ICU 77 lacks stops the build.

The data: `cut` keeps every item that is not tied to a locale (supplemental
data, the collation base `ucadata.icu`, normalisation, the trees' indexes and
string pools), and the locale items of root, Danish, Norwegian (nb, nn, no)
and English in the collation and time-zone-name trees. Left out: the other
locales, the names of currencies, languages, regions and units (QLocale has
its own), the code-page tables
(*.cnv; UTF-8/16/32, ASCII and Latin-1 are built into the code), the word
dictionaries and break rules (Qt breaks text with its own tables), the
transliterators, spelled-out number rules, character names and the spoof
checker's confusables.

ICU's own tools do the work (Debian's icu-devtools; the package format has not
changed since ICU 4): the data is read from the library's `icudtNN_dat` symbol
(its bytes are exactly an ICU .dat package), `icupkg` removes items, `genccode`
writes the package as an assembler source with the same symbol, and gcc links
it, and the shim, under the original sonames. `tests/packaging/test_frozen.py`
proves both: names sorted in all three languages by the frozen app (PyICU),
and by Qt's QCollator loaded over the bundle's ICU.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Languages whose ICU data is kept (the UI's da/nb/en; nb's data is "no" in
# older ICUs and Norwegian collation sits under "no" too, nn shares it).
KEPT_LANGUAGES = frozenset({"da", "nb", "nn", "no", "en"})
# Names of currencies, languages, regions and units (Qt has its own CLDR tables
# for QLocale), break rules, transliterators, spelled-out numbers.
DROPPED_TREES = ("brkitr/", "translit/", "rbnf/", "curr/", "lang/", "region/", "unit/")
DROPPED_SUFFIXES = (".cnv", ".dict", ".cfu", ".spp")
DROPPED_ITEMS = frozenset({"unames.icu"})
# A locale id: language (2-3 letters), then script/region/variant parts.
_LOCALE = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9_]*)?\.res$")
TOOLS = ("readelf", "icupkg", "genccode", "gcc")


def keep(item: str) -> bool:
    """Whether an ICU data item (`tree/name` or `name`, as `icupkg -l` lists it) is kept."""
    tree, _, name = item.rpartition("/")
    if f"{tree}/" in DROPPED_TREES or name in DROPPED_ITEMS or name.endswith(DROPPED_SUFFIXES):
        return False
    locale = _LOCALE.match(name)
    return locale is None or locale["language"] in KEPT_LANGUAGES


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The `icudtNN_dat` symbol's name and bytes (an ICU .dat package) from a data library."""
    symbols = _run("readelf", "--dyn-syms", "-W", str(library))
    found = [line.split() for line in symbols.splitlines()
             if re.search(r"\bicudt\d+_dat$", line)]
    if len(found) != 1:
        raise SystemExit(f"{library}: no single icudtNN_dat symbol")
    value, size, name = int(found[0][1], 16), int(found[0][2], 16), found[0][-1]
    sections = _run("readelf", "-S", "-W", str(library))
    pattern = re.compile(r"^\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)")
    for line in sections.splitlines():
        section = pattern.match(line)
        if section:
            address, offset, length = (int(section.group(i), 16) for i in (1, 2, 3))
            if address <= value < address + length:
                with library.open("rb") as f:
                    f.seek(value - address + offset)
                    return name, f.read(size)
    raise SystemExit(f"{library}: {name} lies in no section")


def soname(library: Path) -> str:
    dynamic = _run("readelf", "-d", "-W", str(library))
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    if not found:
        raise SystemExit(f"{library}: no soname")
    return found.group(1)


def cut(library: Path, work: Path) -> Path:
    """A copy of `library` holding only the kept items; returns its path under `work`."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"cutting ICU data needs {', '.join(missing)} "
                         "(Debian: icu-devtools, gcc; `make package` installs them)")
    symbol, data = data_symbol(library)
    entry = symbol.removesuffix("_dat")  # icudt73
    folder = work / entry
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    package = folder / f"{entry}l.dat"
    package.write_bytes(data)
    items = _run("icupkg", "-l", str(package)).split()
    removed = [item for item in items if not keep(item)]
    (folder / "removed.txt").write_text("\n".join(removed) + "\n", encoding="ascii")
    # The output keeps the input's name: icupkg names the package's items after
    # its file (icudt73l/coll/da.res), and ICU finds no item under another name.
    (folder / "cut").mkdir()
    small = folder / "cut" / package.name
    # --ignore-deps: a kept locale may name a removed one as its parent or alias;
    # ICU then falls back to root, as for any locale it has no data for.
    _run("icupkg", "--ignore-deps", "-r", str(folder / "removed.txt"), str(package), str(small))
    _run("genccode", "-q", "-a", "gcc", "-e", entry, "-f", entry, "-d", str(folder), str(small))
    out = folder / library.name
    _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname(library)}", "-o", str(out),
         str(folder / f"{entry}.S"))
    print(f"ICU data {library.name}: {len(items)} items, kept {len(items) - len(removed)}, "
          f"{len(data) / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return out


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


_SUFFIXED = re.compile(r"^(\w+?)_(\d+)$")


def icu_imports(binaries: list[Path], major: str) -> list[str]:
    """ICU functions (`name_73`) the given binaries import from ICU `major`."""
    names: set[str] = set()
    for binary in binaries:
        for line in _run("nm", "-D", "--undefined-only", str(binary)).splitlines():
            name = line.split()[-1].split("@")[0]
            if name.endswith(f"_{major}"):
                names.add(name)
    return sorted(names)


def qt_shim(qt_libraries: dict[str, Path], users: list[Path], icu: list[Path],
            work: Path) -> dict[str, Path]:
    """Stand-ins for Qt's ICU libraries that forward to the ICU in `icu` (PyICU's).

    `qt_libraries`: Qt's ICU libraries by name (libicuuc.so.73 ...); `users`:
    the binaries that import from them (QtCore); returns the stand-ins by name.
    """
    missing = [tool for tool in ("nm", "gcc") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"the ICU shim needs {', '.join(missing)} (Debian: binutils, gcc)")
    old = next(name for name in qt_libraries if name.startswith("libicuuc")).split(".so.")[1]
    new_uc = next(p for p in icu if p.name.startswith("libicuuc"))
    new = new_uc.name.split(".so.")[1].split(".")[0]
    offered = set()
    for library in icu:
        for line in _run("nm", "-D", "--defined-only", str(library)).splitlines():
            offered.add(line.split()[-1].split("@")[0])
    wanted = icu_imports(users, old)
    lacking = [name for name in wanted if name.removesuffix(f"_{old}") + f"_{new}" not in offered]
    if lacking:
        raise SystemExit(f"ICU {new} lacks what Qt calls in ICU {old}: {', '.join(lacking)}")
    folder = work / f"qt-icu{old}-to-{new}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = folder / "shim.S"
    lines = ['\t.section .note.GNU-stack,"",@progbits', "\t.text"]
    for name in wanted:
        target = name.removesuffix(f"_{old}") + f"_{new}"
        lines += [f"\t.globl {name}", f"\t.type {name}, @function", f"{name}:",
                  f"\tjmp {target}@PLT"]
    source.write_text("\n".join(lines) + "\n", encoding="ascii")
    empty = folder / "empty.S"
    empty.write_text('\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    # The stand-ins sit in PySide6/Qt/lib, PyICU's libraries in pyicu_wheels.libs.
    relative = "$ORIGIN/../../../" + new_uc.parent.name
    made = {}
    for name in qt_libraries:
        out = folder / name
        if name.startswith("libicuuc"):
            _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", f"-Wl,-rpath,{relative}",
                 "-o", str(out), str(source), f"-L{new_uc.parent}",
                 *(f"-l:{p.name}" for p in icu if not p.name.startswith("libicudata")))
        else:
            _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(out), str(empty))
        made[name] = out
    print(f"ICU: Qt's ICU {old} replaced by forwarders to ICU {new} ({len(wanted)} functions)",
          file=sys.stderr)
    return made
