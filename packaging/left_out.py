"""The Python distributions the app requires that the bundle leaves out (ips_desktop.spec
says why for each), one list for the spec, `--licenses` and the SBOM (packaging/sbom.py).

Kept apart because a component listed but not shipped misleads a security review as
much as one shipped but not listed.
"""

from __future__ import annotations

import sys

ALWAYS = {"lxml", "charset-normalizer"}  # canonical (PEP 503) names; Pillow's core is bundled


def left_out(platform: str | None = None) -> set[str]:
    """What the bundle built on `platform` (sys.platform's) does not carry.

    tzdata only on Windows, which has no time zone database of its own.
    """
    names = set(ALWAYS)
    if (platform or sys.platform) != "win32":
        names.add("tzdata")
    return names
