"""`python packaging/system_libraries.py DIR [--packages]`: what the bundle needs from the OS.

The lean bundle holds none of the operating system's libraries (ips_desktop.spec
says why): every shared library one of its files names as NEEDED and that the
bundle does not hold must come from the system. This lists those sonames, where
this machine has each (`ldconfig -p`) and, with `--packages`, the Debian package
that owns it (`dpkg -S`): what the .deb's Depends are made of. A soname this
machine lacks is listed as missing (libgtk-3 for the optional GTK theme plugin,
say, on a machine without GTK).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path


def needed(path: Path) -> set[str]:
    done = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True,
                          check=False)
    return {line.split("[", 1)[1].rstrip("]") for line in done.stdout.splitlines()
            if "(NEEDED)" in line}


def from_the_system(bundle: Path) -> dict[str, list[Path]]:
    """Soname -> the bundle's files that need it, for sonames the bundle does not hold."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and p.read_bytes()[:4] == b"\x7fELF"]
    held = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, list[Path]] = {}
    for path in files:
        for name in needed(path) - held:
            wanted.setdefault(name, []).append(path.relative_to(bundle))
    return dict(sorted(wanted.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--packages", action="store_true", help="the owning Debian packages")
    args = parser.parse_args(argv)
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                           check=True).stdout
    where = {}
    for line in cache.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        where.setdefault(name.split(" ", 1)[0], path)
    packages = set()
    for soname, users in from_the_system(args.bundle).items():
        path = where.get(soname)
        owner = ""
        if args.packages and path:
            found = ""
            for candidate in (path, str(Path(path).resolve()),  # /lib or /usr/lib (usrmerge)
                              path.replace("/lib/", "/usr/lib/", 1)):
                found = found or subprocess.run(["dpkg", "-S", candidate], capture_output=True,
                                                text=True, check=False).stdout
            owner = found.split(":", 1)[0] if found else ""
            packages.add(owner)
        print(f"{soname}\t{path or 'MISSING'}\t{owner}\t(for {users[0]}"
              f"{f' and {len(users) - 1} more' if len(users) > 1 else ''})")
    if args.packages:
        print("packages: " + ", ".join(sorted(p for p in packages if p)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
