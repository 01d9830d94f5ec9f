"""Where the app's own files and the user's data live.

`forms/` and `resources/` sit at the top of a source checkout and inside the
package in an installed wheel or the frozen app (pyproject.toml and
ips_desktop.spec put them there), so one rule finds them in all three.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ips-desktop"
DATA_DIR_ENV = "IPS_DESKTOP_DATA_DIR"

PACKAGE_DIR = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """The shipped `forms` or `resources` folder."""
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def forms_dir() -> Path:
    return bundled_dir("forms")


def resources_dir() -> Path:
    return bundled_dir("resources")


def default_data_dir() -> Path:
    """The user's data directory, or the one named by IPS_DESKTOP_DATA_DIR.

    On Windows the local application data (%LOCALAPPDATA%), not the roaming one:
    a roaming profile would copy the database to every machine the user signs
    in to, and to the profile server between them.
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def demo_data_dir(real_data_dir: Path) -> Path:
    """The demo database: a `demo` folder beside the real database, its own vault."""
    return real_data_dir / "demo"
