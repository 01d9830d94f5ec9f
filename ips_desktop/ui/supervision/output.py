"""Printing and exporting the supervision list: filled in once the printout lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ips_desktop.services.supervision import SupervisionList

if TYPE_CHECKING:
    from ips_desktop.ui.supervision.area import SupervisionArea


def print_listing(area: SupervisionArea, listing: SupervisionList) -> None:
    del area, listing


def export_listing(area: SupervisionArea, listing: SupervisionList) -> None:
    del area, listing
