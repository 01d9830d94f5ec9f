"""What needs a real window system: the close button's WM_DELETE_WINDOW, and a 1280×720
screen at 125 % scaling (QT_SCALE_FACTOR=1.25). Skipped where Xvfb or libX11 is missing."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    shutil.which("xvfb-run") is None or ctypes.util.find_library("X11") is None,
    reason="needs xvfb-run and libX11")


def run(mode: str, screen: str, **env: str) -> list[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT), **env}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", sys.executable,
         str(ROOT / "tests" / "ui" / "under_x11.py"), mode],
        env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_the_close_button_asks_before_typed_input_is_lost():
    keep, discard = run("close", "1366x768")
    assert keep == "asked=1 visible=True name=Halvt"  # "Fortsæt redigering": still open
    assert discard == "asked=2 visible=False name=Halvt"  # "Kassér": closed


def test_no_page_scrolls_sideways_on_1280x720_at_125_percent():
    screen, *pages = run("fit", "1280x720", QT_SCALE_FACTOR="1.25")
    assert screen == "screen=1024x576 ratio=1.25"
    assert len(pages) == 3 * 4  # every page, in da, en and nb
    for line in pages:
        assert "hbar=0 " in line and line.endswith("title_whole=True"), line
        width, height = line.split("size=")[1].split()[0].split("x")
        assert int(width) <= 1024 and int(height) <= 576, line
