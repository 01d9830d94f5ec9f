"""The areas of the product shown in the sidebar: how an area announces itself.

Each issue that lands adds or flips its own entry in `all_areas()`. An entry
whose `make` is None is *coming*: the sidebar shows its title greyed out with
a note that it comes in a later version, and nothing links to it. When the
area lands, its entry gets a `make` and everything that points to it (the home
screen's counts, say) starts to work.

An area is a QWidget made by `make(workspace, preferences)`. The window finds
what else it can do by duck typing; every one of these is optional:

- `new_item()`, `focus_search()`, `print_current()`: what Ctrl+N, Ctrl+F and
  Ctrl+P reach (help.SHORTCUTS says which of them work from any area).
- `refresh()`: shared data changed (the consultant's profile in Settings);
  re-read what is shown.
- `open_area`: a Signal(str, object) the area emits to send the user to
  another area by key, with a dict of filters for it (the home screen's counts).
- `show_filtered(filters: dict[str, object])`: show the area with these
  filters, e.g. `{"consultant": "all", "include_ended": True}` for the
  participant list; an area without it is simply shown.

**Leaving input.** Before the user leaves an area in the sidebar (or by a
link, or Ctrl+N taking them to another area) and before the window closes
(every area is asked, not only the one shown), the window asks each area that
has `has_unsaved_changes() -> bool` and answers True, through
`widgets.unsaved.ask_about_unsaved`:

- Save: the window calls `save_unsaved() -> bool`; it goes on only if that
  returns True. On False the area has said why at its form (a field error, a
  full disk) and the user stays there with the input.
- Discard: it goes on; an area that has `discard_unsaved()` is told, so the
  thrown-away input is not offered again.
- Keep editing (or Escape, or the lock hiding the question): the user stays.

Locking never asks: the lock keeps every area's input as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ips_desktop.domain.enums import Role
from ips_desktop.services.workspace import Workspace
from ips_desktop.ui.preferences import Preferences

MakeArea = Callable[[Workspace, Preferences], QWidget]

HOME, PARTICIPANTS, EMPLOYERS, CALENDAR, SUPERVISION, OVERVIEW = (
    "home", "participants", "employers", "calendar", "supervision", "overview")
PRIVACY = "privacy"


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]  # called again when the language changes
    make: MakeArea | None  # None: coming in a later version, shown greyed out
    leads_only: bool = False  # a consultant's sidebar does not list it (areas_for)

    @property
    def coming(self) -> bool:
        return self.make is None


def coming_note() -> str:
    """What a coming area's sidebar entry says when pointed at."""
    return QCoreApplication.translate("Areas", "Coming in a later version")


def all_areas() -> list[Area]:
    from ips_desktop.ui.calendar.area import CalendarArea
    from ips_desktop.ui.employers.area import EmployersArea
    from ips_desktop.ui.home.area import HomeArea
    from ips_desktop.ui.overview.area import OverviewArea
    from ips_desktop.ui.participants.area import ParticipantsArea
    from ips_desktop.ui.privacy.area import PrivacyArea
    from ips_desktop.ui.supervision.area import SupervisionArea

    areas = [
        Area(HOME, lambda: QCoreApplication.translate("Areas", "Overview"),
             lambda ws, _: HomeArea(ws, links=landed)),
        Area(PARTICIPANTS, lambda: QCoreApplication.translate("Areas", "Participants"),
             ParticipantsArea),
        Area(EMPLOYERS, lambda: QCoreApplication.translate("Areas", "Employer contact log"),
             EmployersArea),
        Area(CALENDAR, lambda: QCoreApplication.translate("Areas", "Calendar"), CalendarArea),
        Area(SUPERVISION, lambda: QCoreApplication.translate("Areas", "Supervision"),
             SupervisionArea),
        Area(OVERVIEW, lambda: QCoreApplication.translate("Areas", "Team overview"),
             OverviewArea, leads_only=True),
        Area(PRIVACY, lambda: QCoreApplication.translate("Areas", "Data protection"),
             PrivacyArea, leads_only=True),
    ]
    landed = frozenset(area.key for area in areas if not area.coming)
    return areas


def areas_for(role: Role | None) -> list[Area]:
    """The sidebar's areas for the laptop's owner: a team lead (or a database without an
    owner, as the other areas treat it) sees every area, a consultant not the leads' own.

    Decided once when the window is made, from the owner's role it already reads for
    the status bar: one row fetched, nothing built.
    """
    shown = all_areas()
    if role is None or role is Role.TEAM_LEAD:
        return shown
    return [area for area in shown if not area.leads_only]
