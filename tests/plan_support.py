"""A team lead who owns the database, for the implementation plan's tests."""

from __future__ import annotations

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput, ConsultantView
from ips_desktop.services.workspace import Workspace


def make_lead(ws: Workspace) -> ConsultantView:
    """A team lead, made the laptop's owner (the plan is theirs)."""
    lead = consultants.create_consultant(ws.ctx, ConsultantInput(
        "Lis Leder", "LL", "Køge", 1.0, Role.TEAM_LEAD))
    workspace.set_owner(ws, lead.id)
    return lead
