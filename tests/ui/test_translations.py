"""Every visible string has a finished translation in Danish, bokmål and English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ips_desktop.paths import resources_dir
from ips_desktop.ui.i18n import LANGUAGES, apply_language

TS_DIR = resources_dir() / "translations"


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TS_DIR / f"ips_desktop_{language}.ts").iter("message"))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_unfinished_or_empty_translation(language):
    problems = []
    for message in messages(language):
        translation = message.find("translation")
        source = message.findtext("source")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
            (f or "").strip() for f in forms
        ):
            problems.append(source)
    assert problems == []


def test_all_languages_have_the_same_strings():
    sources = {lang: sorted(m.findtext("source") for m in messages(lang)) for lang in LANGUAGES}
    assert sources["da"] == sources["nb"] == sources["en"]


# Every tr()/translate() call is in the .ts files under its own context:
# tests/ui/test_translation_contexts.py (strings alone would miss a renamed class).


def test_translate_is_never_aliased():
    """lupdate only sees `self.tr(...)` and `QCoreApplication.translate(...)` literally."""
    import re
    from pathlib import Path

    import ips_desktop.ui as ui_package

    aliased = [
        p.name
        for p in Path(ui_package.__file__).parent.rglob("*.py")
        if re.search(r"=\s*QCoreApplication\.translate\s*$", p.read_text(encoding="utf-8"), re.M)
    ]
    assert aliased == []


@pytest.mark.parametrize(
    ("language", "ok", "cancel"),
    [("da", "OK", "Annuller"), ("nb", "OK", "Avbryt"), ("en", "OK", "Cancel")],
)
def test_standard_buttons_speak_the_language(qtbot, language, ok, cancel):
    apply_language(language)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {ok, cancel}
