"""Every printout is A4 portrait, every page: 595.28 × 841.89 points (210 × 297 mm)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from ips_desktop.reports.recovery_sheet import recovery_sheet_pdf
from ips_desktop.reports.referral_pdf import referral_pdf
from tests.reports.support import (
    SAMPLE,
    SAMPLE_ANSWERS,
    referral_answers,
    referral_spec,
    sample_print,
)

A4_POINTS = (595.28, 841.89)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        assert (float(box.left), float(box.bottom)) == (0.0, 0.0)
        assert page.get("/Rotate", 0) == 0  # portrait as printed, not turned
        sizes.append((round(float(box.width), 2), round(float(box.height), 2)))
    return sizes


def long_referral() -> dict:
    return referral_answers("Zoë Brontë", None) | {
        "job_preferences": "Lang tekst om arbejde. " * 170}


@pytest.mark.parametrize("kind", ["filled", "long", "blank", "sample", "demo"])
def test_every_page_of_every_printout_is_a4(kind):
    spec = SAMPLE if kind == "sample" else referral_spec()
    answers = {"filled": referral_answers("Zoë Brontë", None), "long": long_referral(),
               "blank": None, "sample": SAMPLE_ANSWERS, "demo": None}[kind]
    pdf = referral_pdf(sample_print(spec, answers, demo=kind == "demo"), language="da")
    sizes = page_sizes(pdf)
    assert sizes and set(sizes) == {A4_POINTS}
    if kind == "long":
        assert len(sizes) >= 2


def test_the_recovery_sheet_is_a4():
    key = "-".join(["ABCD"] * 17)
    assert page_sizes(recovery_sheet_pdf(key, language="en", demo=False)) == [A4_POINTS]
