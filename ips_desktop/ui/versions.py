"""Qt's version as the running library reports it (qVersion), for the component list.

Its own module, importing QtCore alone, so `ips-desktop --licenses` does not
load the widgets to ask.
"""

from __future__ import annotations

from PySide6.QtCore import qVersion


def qt_version() -> str:
    return qVersion()
