"""Drops the build machine's folders from the bundle's ELF RUNPATHs (Linux).

A Python built with --enable-shared (pyenv, a self-built one) links its
extension modules and libpython with RUNPATH=<its prefix>/lib, such as
/root/.pyenv/versions/3.11.7/lib: PyInstaller copies them unchanged, so every
laptop's loader would look in that folder first, where whoever can create it
could plant a library, and the build machine's layout leaks into the app. Only
$ORIGIN-relative entries are meaningful inside the bundle; the others go.
Uses patchelf (Debian's package, as auditwheel does), never a hand-made ELF edit.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def runpath(path: Path) -> str | None:
    """The RUNPATH (or old RPATH) of an ELF file; None when it has none or is no ELF."""
    result = subprocess.run(["patchelf", "--print-rpath", str(path)],
                            capture_output=True, text=True)
    return result.stdout.strip() or None if result.returncode == 0 else None


def kept(value: str) -> str:
    return ":".join(p for p in value.split(":") if p.startswith("$ORIGIN"))


def clean(bundle: Path) -> list[Path]:
    """Rewrites every ELF file under `bundle` whose RUNPATH names a folder outside it."""
    changed = []
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        value = runpath(path)
        if value is None or kept(value) == value:
            continue
        new = kept(value)
        command = ["patchelf", "--set-rpath", new] if new else ["patchelf", "--remove-rpath"]
        subprocess.run([*command, str(path)], check=True)
        changed.append(path)
    return changed
