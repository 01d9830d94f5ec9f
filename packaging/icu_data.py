"""ICU's data library for the bundle, cut to the data our three languages use.

The bundle holds two ICUs: Qt's (libicudata.so.73, QtCore is linked against
it) and PyICU's (pyicu-wheels' libicudata-*.so.77.1, for Danish and
Norwegian collation in services/collation.py). Each data library carries
CLDR for ~900 locales, 190 legacy code pages and the dictionaries that break
Chinese, Japanese and Thai text into words: 32 MB each, a third of the
bundle. Neither copy can stand in for the other (ICU versions every symbol:
`ucol_open_73` is not `ucol_open_77`), so each is cut instead.

What the app asks of ICU: collation (PyICU) and, in Qt, case mapping and
QCollator, whose rules are in the code libraries or in the collation tree.
Kept: every item that is not tied to a locale (supplemental data, the
collation base `ucadata.icu`, normalisation, the trees' indexes and string
pools), and the locale items of root, Danish, Norwegian (nb, nn, no) and
English in every tree. Left out: the other locales, the code-page tables
(*.cnv; UTF-8/16/32, ASCII and Latin-1 are built into the code), the word
dictionaries and break rules (Qt breaks text with its own tables), the
transliterators, spelled-out number rules, character names and the spoof
checker's confusables.

ICU's own tools do the work (Debian's icu-devtools, any ICU version: the
package format has not changed since ICU 4): the data is read from the
library's `icudtNN_dat` symbol (its bytes are exactly an ICU .dat package),
`icupkg` removes items, `genccode` writes the package as an assembler
source with the same symbol, and gcc links it under the original soname.
`tests/packaging/test_frozen.py` proves the cut by sorting names in all
three languages with the frozen app.
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
DROPPED_TREES = ("brkitr/", "translit/", "rbnf/")
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
