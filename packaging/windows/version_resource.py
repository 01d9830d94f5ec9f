"""The Windows version resource of an executable, from ips_desktop.__version__.

Explorer (Properties > Details), Task Manager and IT's software inventory read the
product name, version and publisher from this resource, not from the file name.
ips_desktop.spec writes one per executable on Windows and hands it to PyInstaller
(EXE(version=...)); by hand:

    python packaging/windows/version_resource.py OUT.txt --exe ips-desktop.exe \\
        --description "IPS Desktop (command line)"

The file is PyInstaller's own text form of a VSVersionInfo, built with its classes,
so PyInstaller reads it back the way it documents.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from packaging.version import Version
from PyInstaller import compat

if not hasattr(compat, "win32api"):
    # Off Windows (the tests), PyInstaller.compat has no win32api, which versioninfo
    # imports only to read or write the resource inside an .exe, not used here; None is
    # what compat itself gives it when it has none (its setup.py mode).
    compat.win32api = None

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

PRODUCT = "IPS Desktop"
PUBLISHER = "IPS Desktop"  # the same name as AppPublisher in packaging/windows/ips-desktop.iss
# US English, Unicode: the language and code page of the strings below (they are
# names, the same in every language).
LANGUAGE, CODEPAGE = 0x0409, 1200
VOS_NT_WINDOWS32 = 0x40004
VFT_APP = 0x1


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four 16-bit numbers Windows shows: 0.1.0 -> (0, 1, 0, 0), 1.2rc1 -> (1, 2, 0, 0)."""
    release = (*Version(version).release, 0, 0, 0)[:4]
    if any(part > 0xFFFF for part in release):
        raise ValueError(f"{version}: Windows version numbers are at most 65535 each")
    return release  # type: ignore[return-value]


def version_info(version: str, exe_name: str, description: str) -> VSVersionInfo:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": description,  # Task Manager's name for the process
        "FileVersion": version,
        "InternalName": Path(exe_name).stem,
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0,
            OS=VOS_NT_WINDOWS32, fileType=VFT_APP, subtype=0x0, date=(0, 0),
        ),
        kids=[
            StringFileInfo([StringTable(f"{LANGUAGE:04X}{CODEPAGE:04X}",
                                        [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [LANGUAGE, CODEPAGE])]),
        ],
    )


def write(path: Path, version: str, exe_name: str, description: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(version_info(version, exe_name, description)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--exe", required=True, help="the executable's file name")
    parser.add_argument("--description", default=PRODUCT)
    parser.add_argument("--version", help="default: ips_desktop.__version__")
    args = parser.parse_args(argv)
    if args.version is None:
        from ips_desktop import __version__
        args.version = __version__
    write(args.out, args.version, args.exe, args.description)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
