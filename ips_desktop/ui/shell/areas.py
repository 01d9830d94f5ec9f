"""The areas of the product shown in the sidebar; each issue that lands adds its own.

An area is a QWidget; it may also offer `new_item()`, `print_current()` and
`focus_search()`, which the window's Ctrl+N, Ctrl+P and Ctrl+F reach.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]  # called again when the language changes
    make: Callable[[Workspace, Preferences], QWidget]


def all_areas() -> list[Area]:
    from ips_desktop.ui.home.area import HomeArea
    from ips_desktop.ui.participants.area import ParticipantsArea

    return [
        Area(
            "home",
            lambda: QCoreApplication.translate("Areas", "Overview"),
            lambda ws, _: HomeArea(ws),
        ),
        Area(
            "participants",
            lambda: QCoreApplication.translate("Areas", "Participants"),
            ParticipantsArea,
        ),
    ]
