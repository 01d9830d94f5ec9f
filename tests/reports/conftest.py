"""A database with a signed-in consultant from Køge, for the printout tests."""

from __future__ import annotations

import pytest

from ips_desktop.domain.enums import Role
from ips_desktop.services import consultants, workspace
from ips_desktop.services.consultants import ConsultantInput
from tests.helpers import PASSWORD

OWNER = "Søren Østergård"


@pytest.fixture
def ws(data_dir):
    opened, _ = workspace.set_up(data_dir, PASSWORD)
    me = consultants.create_consultant(opened.ctx, ConsultantInput(
        OWNER, "SOE", "Køge", 1.0, Role.CONSULTANT))
    workspace.set_owner(opened, me.id)
    yield opened
    opened.close()
