"""`python packaging/bundle_size.py DIR`: the one-folder app's size on disk and compressed.

On disk: the sum of the files' sizes (what `du -sb` says, less the folders'
own blocks), in MB of 1,000,000 bytes. Compressed: the folder as a tar
stream through xz at preset 6 (what dpkg-deb uses for a .deb) and, beside it,
gzip at level 6 (a .tar.gz), both computed in one pass with the standard
library's lzma and zlib, so the figures need no xz or gzip program.

Exits 1 when a figure is above its limit (`make package-check` runs it with
the issue's limits: 120 MB on disk, 50 MB compressed with xz).
"""

from __future__ import annotations

import argparse
import lzma
import os
import sys
import tarfile
import zlib
from pathlib import Path

MB = 1_000_000


class _Compressed:
    """A write-only file that counts what xz and gzip make of the bytes written to it."""

    def __init__(self) -> None:
        self.xz = lzma.LZMACompressor(format=lzma.FORMAT_XZ, preset=6)
        self.gzip = zlib.compressobj(6, zlib.DEFLATED, 31)  # wbits 31: the gzip format
        self.xz_bytes = self.gzip_bytes = 0

    def write(self, data: bytes) -> int:
        self.xz_bytes += len(self.xz.compress(data))
        self.gzip_bytes += len(self.gzip.compress(data))
        return len(data)

    def close(self) -> None:
        self.xz_bytes += len(self.xz.flush())
        self.gzip_bytes += len(self.gzip.flush())


def on_disk(folder: Path) -> int:
    """Bytes of the regular files under `folder`; a symbolic link counts as itself."""
    total = 0
    for parent, _, files in os.walk(folder):
        for name in files:
            total += os.lstat(Path(parent) / name).st_size
    return total


def compressed(folder: Path) -> tuple[int, int]:
    """(xz -6, gzip -6) bytes of `folder` as one tar stream."""
    sink = _Compressed()
    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.GNU_FORMAT) as tar:  # type: ignore[call-overload]
        tar.add(str(folder), arcname=folder.name)
    sink.close()
    return sink.xz_bytes, sink.gzip_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-disk-mb", type=float, default=None)
    parser.add_argument("--max-xz-mb", type=float, default=None)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: no such folder (run `make package` first)", file=sys.stderr)
        return 2
    disk = on_disk(args.folder)
    xz, gz = compressed(args.folder)
    print(f"bundle {args.folder}: {disk / MB:.1f} MB on disk, {xz / MB:.1f} MB as tar.xz "
          f"(xz -6, as a .deb), {gz / MB:.1f} MB as tar.gz (gzip -6)")
    failures = []
    if args.max_disk_mb is not None and disk / MB > args.max_disk_mb:
        failures.append(f"on disk {disk / MB:.1f} MB > {args.max_disk_mb:g} MB")
    if args.max_xz_mb is not None and xz / MB > args.max_xz_mb:
        failures.append(f"compressed {xz / MB:.1f} MB > {args.max_xz_mb:g} MB")
    for failure in failures:
        print(f"too large: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
