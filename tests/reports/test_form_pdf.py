"""Any form spec printed: labels, answers as the screens say them, relevance, page breaks, blank."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from ips_desktop.domain.forms import FieldType, FormField, FormSpec, Relevance, Section, Text
from ips_desktop.reports.form_pdf import answer_text, form_flowables, format_date
from ips_desktop.reports.pdf_base import build_pdf, form_meta, markup
from tests.reports.support import (
    NAMES,
    PRINTED_AT,
    SAMPLE,
    SAMPLE_ANSWERS,
    all_text,
    flat,
    pages_text,
    t,
)


def render(spec: FormSpec, answers, *, language: str = "da", demo: bool = False,
           dynamic=None) -> bytes:
    story = form_flowables(spec, answers, language=language, dynamic_labels=dynamic)
    return build_pdf(story, title=spec.title.get(language), language=language, demo=demo,
                     printed_at=PRINTED_AT,
                     meta=form_meta(spec.title.get(language), spec.version, language))


def one_question(kind: FieldType = FieldType.LONG_TEXT, **more) -> FormSpec:
    return FormSpec(id="one", version="1", title=t("Et spørgsmål"), sections=(
        Section("only", t("Eneste afsnit"), (FormField("q", kind, t("Spørgsmålet"), **more),)),))


def test_every_label_and_every_answer_is_printed_with_danish_letters():
    text = all_text(render(SAMPLE, SAMPLE_ANSWERS))
    for section in SAMPLE.sections:
        assert flat(section.title.da) in text
    for question in SAMPLE.all_fields():
        assert flat(question.label.da) in text, question.name
    for column in SAMPLE.field("jobs").fields:
        assert flat(column.label.da) in text
    for expected in ["Søren Ærbødig Åkjær", "31.01.1990", "<Ole & Co> ApS", "15", "Uddannelse",
                     "Pleje og omsorg", "Kontor", "4 (1–5)", "Jeg vil gerne lære noget nyt.",
                     "Helst på en lille arbejdsplads – ikke for stor.", "Føtex i Køge",
                     "01.08.2015", "Bageriet Ø", "15.02.2018", "Ja", "Nej"]:
        assert flat(expected) in text, expected
    assert "Håndværk" not in text  # not chosen
    assert "Skånejob" not in text  # not chosen, and retired
    assert "1990-01-31" not in text  # dates the Danish way


def test_every_answer_reads_as_the_screens_say_it():
    assert answer_text(SAMPLE.field("works"), True, "da") == "Ja"
    assert answer_text(SAMPLE.field("works"), False, "nb") == "Nei"
    assert answer_text(SAMPLE.field("works"), False, "en") == "No"
    assert answer_text(SAMPLE.field("goal"), "job", "en") == "Competitive job"
    assert answer_text(SAMPLE.field("goal"), "old", "da") == "Skånejob (udgået)"  # retired: kept
    assert answer_text(SAMPLE.field("goal"), "gone", "da") == "gone"  # unknown: never lost
    assert answer_text(SAMPLE.field("trades"), ["care", "crafts"], "da") == \
        "Pleje og omsorg, Håndværk"
    assert answer_text(SAMPLE.field("born"), "2026-02-28", "da") == "28.02.2026"
    assert answer_text(SAMPLE.field("name"), "  ", "da") == ""
    assert format_date("not a date") == "not a date"


def test_irrelevant_questions_are_left_out_even_with_a_stale_answer():
    answers = SAMPLE_ANSWERS | {"works": False, "employer": "Gammel Arbejdsgiver A/S",
                                "hours_note": "Stale note"}
    text = all_text(render(SAMPLE, answers))
    assert "Hvor arbejder personen?" not in text and "Gammel Arbejdsgiver" not in text
    assert "Timer om ugen" not in text
    # hours_note depends on hours, which depends on works: the chain hides it too
    assert "Bemærkning til timerne" not in text and "Stale note" not in text
    assert "Er i arbejde nu" in text


def test_an_unanswered_relevant_question_still_shows_its_label():
    text = all_text(render(SAMPLE, {"name": "A"}))
    assert "Mål" in text and "Lyst til at arbejde" in text


def test_a_section_with_nothing_relevant_is_left_out():
    spec = FormSpec(id="x", version="1", title=t("X"), sections=(
        Section("a", t("Første afsnit"), (FormField("gate", FieldType.YES_NO, t("Port")),)),
        Section("b", t("Skjult afsnit"), (FormField("hidden", FieldType.TEXT, t("Skjult"),
                                                    relevant=Relevance("gate", True)),)),
    ))
    assert "Skjult afsnit" not in all_text(render(spec, {"gate": False}))
    assert "Skjult afsnit" in all_text(render(spec, {"gate": True}))


def test_markup_characters_print_literally():
    nasty = 'Ole & Co <b>fed</b> &amp; "citat" <br/> 5 < 6 > 4'
    text = all_text(render(one_question(FieldType.TEXT), {"q": nasty}))
    assert flat(nasty) in text
    paragraph = Paragraph(markup("<Ole & Co>"))
    assert paragraph.getPlainText() == "<Ole & Co>"


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_script_print_and_read_back(name):
    decomposed = unicodedata.normalize("NFD", name)  # as some keyboards and pastes give it
    pdf = render(one_question(FieldType.TEXT), {"q": decomposed})
    assert unicodedata.normalize("NFC", name) in all_text(pdf)
    # printed with the font's composed letters, not a letter and a loose accent
    raw = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert unicodedata.normalize("NFC", name) in " ".join(raw.split())


def test_all_names_together_in_a_group_table():
    spec = FormSpec(id="g", version="1", title=t("G"), sections=(Section("s", t("S"), (
        FormField("people", FieldType.GROUP, t("Personer"), fields=(
            FormField("who", FieldType.TEXT, t("Navn")),)),)),))
    rows = [{"row_id": str(n), "who": name} for n, name in enumerate(NAMES)]
    text = all_text(render(spec, {"people": rows}))
    for name in NAMES:
        assert unicodedata.normalize("NFC", name) in text


def test_a_long_answer_moves_whole_to_the_next_page_with_its_label():
    filler = {f"f{n}": "Kort svar" for n in range(14)}
    fields = tuple(FormField(name, FieldType.TEXT, t(f"Spørgsmål nummer {n}"))
                   for n, name in enumerate(filler))
    words = "Æbleskiver på Østerbro smager godt om vinteren. "
    # three written paragraphs: three flowables that must stay with the label and each other
    head, middle, tail = "START her.\n\n", (words * 40)[:1500] + "\n\n", " SLUT."
    long = head + middle + (words * 40)[:3000 - len(head + middle + tail)] + tail
    assert len(long) == 3000
    spec = FormSpec(id="long", version="1", title=t("Langt"), sections=(Section("s", t("S"), (
        *fields, FormField("story", FieldType.LONG_TEXT, t("Den lange historie")))),))
    pages = pages_text(render(spec, filler | {"story": long}))
    assert len(pages) >= 2
    holding = [n for n, page in enumerate(pages) if "Den lange historie" in page]
    assert len(holding) == 1
    page = pages[holding[0]]
    assert holding[0] > 0  # it did not fit after the short ones
    assert "START her." in page and "SLUT." in page  # label, start and end together


def test_an_answer_longer_than_a_page_starts_on_the_page_of_its_label():
    long = "\n\n".join(f"Afsnit {n}: " + "Ærlig snak om arbejde og fritid. " * 12
                       for n in range(30))
    spec = FormSpec(id="long", version="1", title=t("Langt"), sections=(Section("s", t("S"), (
        FormField("first", FieldType.TEXT, t("Indledning")),
        FormField("story", FieldType.LONG_TEXT, t("Den lange historie")))),))
    pages = pages_text(render(spec, {"first": "Kort", "story": long}))
    assert len(pages) >= 3
    holding = [n for n, page in enumerate(pages) if "Den lange historie" in page]
    assert len(holding) == 1
    assert "Afsnit 0:" in pages[holding[0]]
    assert "Afsnit 29:" in pages[-1]
    assert not any(page.strip() == "" for page in pages)


def test_answers_to_questions_the_form_no_longer_has_are_printed_not_dropped():
    text = all_text(render(SAMPLE, SAMPLE_ANSWERS | {"old_question": "Et gammelt svar"}))
    assert "Andre svar" in text and "old_question" in text and "Et gammelt svar" in text


def test_a_dynamic_choice_prints_the_label_the_app_gives_it():
    spec = FormSpec(id="d", version="1", title=t("D"), sections=(Section("s", t("S"), (
        FormField("consultant", FieldType.CHOICE, t("IPS-konsulent"),
                  store="course.consultant"),)),))
    text = all_text(render(spec, {"consultant": "c-1"},
                           dynamic={"consultant": {"c-1": "Søren Østergård (SOE)"}}))
    assert "Søren Østergård (SOE)" in text and "c-1" not in text


def test_the_blank_form_has_every_label_boxes_and_no_answers():
    pdf = render(SAMPLE, None)
    text = all_text(pdf)
    for section in SAMPLE.sections:
        assert flat(section.title.da) in text
    for question in SAMPLE.all_fields():
        assert flat(question.label.da) in text, question.name
    for column in SAMPLE.field("jobs").fields:
        assert flat(column.label.da) in text
    for value in ["Søren", "<Ole & Co>", "Føtex", "31.01.1990", "Jeg vil gerne"]:
        assert value not in text
    # a box per offered choice, none for the retired one; yes/no and the 1-5 scale boxed too
    for label in ["Ordinært job", "Uddannelse", "Pleje og omsorg", "Håndværk", "Kontor"]:
        assert f"☐ {label}" in text
    assert "Skånejob" not in text
    assert "☐ Ja ☐ Nej" in text and "☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5" in text
    assert "Sæt ét kryds." in text and "Sæt gerne flere kryds." in text
    assert "dd.mm.åååå" in text
    assert "Fulde navn *" in text and "Spørgsmål mærket * skal besvares." in text
    # the questions that apply only after a certain answer say so
    assert "Besvares kun, hvis »Er i arbejde nu« er besvaret med »Ja«." in text
    assert "Besvares kun, hvis »Timer om ugen« er besvaret." in text


def test_the_blank_form_in_english():
    text = all_text(render(SAMPLE, None, language="en"))
    assert "Full name *" in text and "☐ Yes ☐ No" in text and "dd.mm.yyyy" in text
    assert "Only to be answered if “Works now” is answered “Yes”." in text


def test_a_text_in_a_missing_language_falls_back_to_danish():
    text = all_text(render(SAMPLE, SAMPLE_ANSWERS, language="nb"))
    assert "Fulde navn" in text and "Ønsker" in text


def test_footer_meta_and_page_numbers_on_every_page():
    long = "Lang tekst om arbejdslivet. " * 140
    spec = one_question()
    pages = pages_text(render(spec, {"q": long + "\n\n" + long + "\n\n" + long}))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Fortroligt – indeholder personoplysninger" in page
        assert f"Side {number} af {len(pages)}" in page
        assert "Et spørgsmål, version 1" in page and "Skema one" not in page
        assert "Udskrevet 23.11.2026 14:05" in page


def test_demo_is_marked_on_every_page_and_only_on_demo():
    long = "Lang tekst om arbejdslivet. " * 300
    pages = pages_text(render(one_question(), {"q": long}, demo=True))
    assert len(pages) >= 2 and all("DEMO" in page for page in pages)
    assert "DEMO" not in all_text(render(one_question(), {"q": "kort"}))


def test_an_empty_text_in_another_language_is_not_a_crash():
    spec = FormSpec(id="e", version="1", title=Text(da="Titel"), sections=(
        Section("s", Text(da="Afsnit"), (FormField("q", FieldType.TEXT, Text(da="Spørgsmål")),)),))
    assert "Spørgsmål" in all_text(render(spec, {"q": "svar"}, language="en"))
