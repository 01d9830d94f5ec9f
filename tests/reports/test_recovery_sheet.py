"""The recovery sheet is read back by a person who types the key in: every group, in order."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from ips_desktop.reports.recovery_sheet import recovery_sheet_pdf

KEY = "-".join(f"G{i:03d}" for i in range(1, 18))  # 17 groups, as the real key has


def sheet_lines(language: str) -> list[str]:
    pdf = recovery_sheet_pdf(KEY, language=language, demo=False,
                             created=datetime(2026, 11, 25, 9, 30))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("language", "created"), [
    ("da", "Oprettet: 25.11.2026"), ("nb", "25.11.2026"), ("en", "Created: 25.11.2026")])
def test_every_group_is_printed_in_order_six_to_a_line(language, created):
    lines = sheet_lines(language)
    key_lines = [line for line in lines if line.startswith("G0")]
    assert key_lines == [
        "G001 G002 G003 G004 G005 G006",
        "G007 G008 G009 G010 G011 G012",
        "G013 G014 G015 G016 G017",
    ]
    assert any(created in line for line in lines)
