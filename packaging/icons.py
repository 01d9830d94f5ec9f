"""Render the app icon (resources/icons/ips-desktop.svg) for the installers.

    python packaging/icons.py [--out build/icons]

writes ips-desktop-<size>.png for every size in SIZES, ips-desktop.ico (Windows)
and ips-desktop.icns (macOS). Qt's own QSvgRenderer draws the PNGs, so each size
looks like the window's icon (the app loads the same SVG); Pillow (already here
for ReportLab) packs them into .ico and .icns, which Qt cannot write. Each size is
rendered from the vector, never scaled down from a big PNG, so 16 px stays sharp.
Runs headless (Qt's offscreen platform), needs no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ips-desktop.svg"
NAME = "ips-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The sizes each container holds: Windows uses up to 256 in an .ico; an .icns
# holds the Apple sizes (16 ... 512; 24 and 48 have no slot there).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """Each size drawn by QSvgRenderer onto a transparent image, saved as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"{NAME}-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    return written


def write_containers(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    """The .ico and .icns, each holding the rendered PNGs at their own sizes."""
    from PIL import Image

    def images(sizes: tuple[int, ...]) -> list[Image.Image]:
        return [Image.open(pngs[size]).convert("RGBA") for size in sizes]

    ico = out / f"{NAME}.ico"
    ico_images = images(ICO_SIZES)
    # Pillow takes the largest image and the sizes to hold; the appended images of
    # the same sizes are used as they are instead of being scaled from the largest.
    ico_images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=ico_images[:-1])
    icns = out / f"{NAME}.icns"
    icns_images = images(ICNS_SIZES)
    icns_images[-1].save(icns, format="ICNS", append_images=icns_images[:-1])
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    pngs = render_pngs(args.svg, args.out)
    ico, icns = write_containers(pngs, args.out)
    for path in [*pngs.values(), ico, icns]:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
