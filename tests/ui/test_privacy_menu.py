"""The participant page's "Databeskyttelse" button: its menu holds the person's rights."""

from __future__ import annotations

from ips_desktop.ui.i18n import apply_language
from tests.ui.test_participant_page import area, enrol, open_page  # noqa: F401


def test_the_header_has_the_menu_with_the_access_copy(area, ws) -> None:  # noqa: F811
    page = open_page(area, enrol(ws))
    menu = page.header.privacy
    assert menu.isVisible() and menu.text() == "Databeskyttelse"
    assert [a.text() for a in menu.menu().actions()] == ["Indsigt (udtræk til personen)…",
                                                         "Slet personen helt…"]
    apply_language("nb")
    page.retranslate()
    assert menu.text() == "Personvern"
    assert menu.named["access"].text() == "Innsyn (utdrag til personen)…"
    assert menu.named["erase"].text() == "Slett personen helt…"
    apply_language("en")
    page.retranslate()
    assert menu.named["access"].text() == "Access copy for the person…"
    assert menu.named["erase"].text() == "Erase the person completely…"
