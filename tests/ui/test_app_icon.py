"""The app icon: the window's icon is drawn from the shipped SVG, and the
installers' PNGs, .ico and .icns are rendered from it (packaging/icons.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from ips_desktop.ui.app import app_icon, make_application

ROOT = Path(__file__).resolve().parents[2]


def _icons_module():
    spec = importlib.util.spec_from_file_location("icons", ROOT / "packaging" / "icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_window_icon_is_the_svg_drawn_at_16_px(qapp) -> None:
    app = make_application()
    image = app.windowIcon().pixmap(16, 16).toImage()
    assert image.width() == 16
    # The tile's blue at its centre-left, the briefcase's amber on the right:
    # a null or blank icon has neither.
    assert QColor(image.pixel(2, 8)).blue() > 100
    assert QColor(image.pixel(12, 10)).red() > 200
    assert not app_icon().isNull()


def test_the_icon_files_are_rendered_at_every_size(tmp_path: Path, qapp) -> None:
    icons = _icons_module()
    pngs = icons.render_pngs(icons.SVG, tmp_path)
    assert sorted(pngs) == [16, 24, 32, 48, 64, 128, 256, 512]
    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    ico, icns = icons.write_containers(pngs, tmp_path)
    from PIL import Image

    assert Image.open(ico).info["sizes"] == {(s, s) for s in icons.ICO_SIZES}
    assert {w for w, _, _ in Image.open(icns).info["sizes"]} == {16, 32, 128, 256, 512}
