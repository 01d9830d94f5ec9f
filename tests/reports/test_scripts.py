"""Names in Arabic, Hebrew and Devanagari print joined, right to left and readable.

The PDF's text read back with pypdf gives the logical string for Arabic
(joined letters are Arabic presentation forms, which NFKC maps back to the
letters typed) and Hebrew; for Devanagari the shaped glyphs of a vowel sign
placed before its consonant (ि) or of a reph do not map back to one
character each, so the check there is the font and the readable consonants.
The pages were also looked at (pdftoppm -png): Arabic joined and right to
left, Hebrew right to left, Devanagari with conjuncts and vowel signs.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from ips_desktop.reports import scripts
from ips_desktop.reports.referral_pdf import referral_pdf, unprintable_in
from tests.reports.support import referral_answers, referral_spec, sample_print

ARABIC, HEBREW, DEVANAGARI = "محمد بن علي", "שרה כהן", "सुनीता देवी"
MEEM_INITIAL = "\ufee3"  # the joined form that starts محمد: proof that letters were joined


def printed(answers) -> tuple[bytes, str]:
    pdf = referral_pdf(sample_print(referral_spec(), answers), language="da")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return pdf, text


def answer_line(text: str, label: str) -> str:
    return text.split(f"{label}\n")[1].split("\n")[0].strip()


def fonts_of(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_arabic_hebrew_and_devanagari_names_print_in_their_scripts():
    answers = referral_answers(ARABIC, None) | {"clinician": HEBREW,
                                                 "psychiatry_unit": DEVANAGARI}
    pdf, text = printed(answers)
    name = answer_line(text, "Navn")
    assert name.startswith(MEEM_INITIAL)  # joined, not isolated letters
    assert unicodedata.normalize("NFKC", name) == ARABIC
    assert answer_line(text, "Henvisende behandler") == HEBREW
    assert answer_line(text, "Henviser (psykiatrisk enhed)") == DEVANAGARI
    assert "NotoSansDevanagari-Regular" in fonts_of(pdf)
    assert unprintable_in(sample_print(referral_spec(), answers), language="da") == []


def test_latin_text_is_not_changed_by_shaping_beside_arabic():
    """No "ﬆ" ligature in Østergård, no reordering of the Danish words."""
    _, text = printed(referral_answers(f"Søren Østergård {ARABIC}", None))
    line = unicodedata.normalize("NFKC", answer_line(text, "Navn"))
    assert line.startswith("Søren Østergård ")
    assert "ﬆ" not in text


def test_a_long_arabic_answer_keeps_its_lines_in_reading_order():
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    words = [f"س{a}م" for a in letters] + [f"ك{a}ب" for a in letters[:14]]  # 40 distinct
    _, text = printed(referral_answers("Ali", None) | {"job_preferences": " ".join(words)})
    body = text.split("Jobønsker og anbefalinger om arbejdsmiljø\n")[1]
    found = unicodedata.normalize("NFKC", body)
    positions = [found.index(w) for w in words]
    assert positions == sorted(positions)  # the first words on the first line, and so on


@pytest.mark.parametrize(("logical", "visual"), [
    ("محمد علي", "علي محمد"),                       # right to left: the first word rightmost
    ("Ali محمد علي Hansen", "Ali علي محمد Hansen"),   # an Arabic run inside a Danish line
    ("محمد Ole Hansen علي", "علي Ole Hansen محمد"),   # a Danish run inside an Arabic line
    ("שרה כהן 12", "12 כהן שרה"),                    # a number at the end of a Hebrew line
    ("Søren Østergård", "Søren Østergård"),
    # Digits inside a right-to-left word are handed to HarfBuzz reversed: it lays the
    # whole word out right to left, and so puts "10" back as it is read.
    ("كلمة10", "كلمة01"),
    ("شارع 12", "12 شارع"),
])
def test_words_in_visual_order(logical, visual):
    assert scripts.visual_order(logical) == visual


def test_the_command_line_warns_too(tmp_path, monkeypatch, capsys):
    from ips_desktop.cli.main import main
    from ips_desktop.services import workspace
    from tests.helpers import PASSWORD
    from tests.reports.support import new_consultant, register

    ws, _ = workspace.set_up(tmp_path / "data", PASSWORD)
    workspace.set_owner(ws, new_consultant(ws, "Søren Østergård", "SOE", "Køge"))
    course = register(ws, name="অনিল দাস")
    ws.close()
    monkeypatch.setenv("IPS_DESKTOP_PASSWORD", PASSWORD)
    out = tmp_path / "h.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "report", "referral",
                 "--participant", str(course), "--out", str(out)]) == 0
    said = capsys.readouterr().err
    assert "Advarsel" in said and "Navn" in said and "অনিল" not in said


def test_the_page_header_prints_a_unit_in_another_script():
    import dataclasses

    data = dataclasses.replace(sample_print(referral_spec(), referral_answers("Ali", None)),
                               municipality="كوغه", psychiatry_unit="सुनीता अस्पताल")
    text = PdfReader(io.BytesIO(referral_pdf(data, language="da"))).pages[1].extract_text()
    header = unicodedata.normalize("NFKC", text.splitlines()[0])
    assert "كوغه" in header and "सुनीता" in header
