"""The referral printout from the database: every label and answer, header, footer, audit."""

from __future__ import annotations

import io
import json
import re
import uuid
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.reports.referral_pdf import referral_file_name, referral_pdf
from ips_desktop.services import forms, printing, workspace
from ips_desktop.storage.models import AuditEvent
from tests.helpers import CONSULTANT_NAME as OWNER
from tests.helpers import PASSWORD
from tests.reports.support import (
    NAMES,
    REFERRAL_TEXT,
    all_text,
    flat,
    new_consultant,
    pages_text,
    referral_answers,
    referral_spec,
    register,
    sample_print,
)

SPEC = referral_spec()


def print_events(ws) -> list[AuditEvent]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(AuditEvent).where(AuditEvent.action == "print")).all())


def test_every_danish_label_and_every_answer_is_on_the_referral(ws):
    course = register(ws, name="Øystein Ærø")
    data = printing.referral_print(ws.ctx, course, SPEC)
    text = all_text(referral_pdf(data, language="da"))
    for section in SPEC.sections:
        assert flat(section.title.da) in text
    for question in SPEC.all_fields():
        assert flat(question.label.da) in text, question.name
        for column in question.fields:
            assert flat(column.label.da) in text
    answers = referral_answers("Øystein Ærø", ws.ctx.actor_id)
    for name, value in answers.items():
        if name in ("medications", "consultant") or name.endswith(("date", "_on", "received")):
            continue
        assert flat(str(value)) in text, name
    for row in answers["medications"]:
        assert row["medication"] in text and row["side_effects"] in text
    for when in ["02.11.2026", "03.11.2026"]:
        assert when in text
    assert f"{OWNER} (SOE)" in text  # the consultant by name, not by id
    assert str(ws.ctx.actor_id) not in text
    assert all(letter in text for letter in "æøåÆØÅ")


def test_header_footer_form_version_and_page_numbers_on_every_page(ws):
    long = ("Ønsker et job med faste rammer og en rolig arbejdsplads. " * 70)[:3900]
    course = register(ws, extra={"job_preferences": long, "other_information": long,
                                 "substance_use": long})
    pdf = referral_pdf(printing.referral_print(ws.ctx, course, SPEC), language="da")
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.startswith("Henvisning til IPS · Køge · Psykiatrisk ambulatorium Køge")
        assert "Fortroligt – indeholder personoplysninger" in page
        assert f"Side {number} af {len(pages)}" in page
        assert "Henvisning til IPS, version 1" in page and "referral," not in page
        assert re.search(r"Udskrevet \d\d\.\d\d\.\d{4} \d\d:\d\d", page)
    assert "DEMO" not in " ".join(pages)


def test_a_long_answer_spills_over_without_splitting_a_question(ws):
    words = "Vil gerne arbejde i en dyrehandel på Østerbro med ærlige kolleger. "
    head, tail = "START her.\n\n", " SLUT."
    long = head + (words * 60)[:3000 - len(head + tail)] + tail
    assert len(long) == 3000
    course = register(ws, extra={"job_preferences": long})
    pages = pages_text(referral_pdf(printing.referral_print(ws.ctx, course, SPEC),
                                    language="da"))
    assert len(pages) >= 2
    label = flat(SPEC.field("job_preferences").label.da)
    holding = [n for n, page in enumerate(pages) if label in page]
    assert holding == [1]  # moved to page 2, whole
    assert "START her." in pages[1] and "SLUT." in pages[1]
    assert "Om arbejde" in pages[1] and "Om arbejde" not in pages[0]  # the heading went along


def test_demo_data_print_with_demo_across_every_page(tmp_path):
    ws, _ = workspace.set_up(tmp_path / "demo", PASSWORD, demo=True)
    try:
        me = new_consultant(ws, "Demo Konsulent", "DK", "Greve")
        workspace.set_owner(ws, me)
        course = register(ws, name="Anders And", extra={
            "other_information": "Lang historie om arbejde. " * 150})
        pages = pages_text(referral_pdf(printing.referral_print(ws.ctx, course, SPEC),
                                        language="da"))
    finally:
        ws.close()
    assert len(pages) >= 2 and all("DEMO" in page for page in pages)
    assert "Greve" in pages[0]


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_script_come_back_from_the_printout(ws, name):
    course = register(ws, name=name)
    text = all_text(referral_pdf(printing.referral_print(ws.ctx, course, SPEC), language="da"))
    assert flat(name) in text


def test_the_municipality_is_the_course_consultants_else_the_signed_in_one(ws):
    other = new_consultant(ws, "Ida Holm", "IH", "Roskilde")
    theirs = register(ws, consultant_id=other)
    assert printing.referral_print(ws.ctx, theirs, SPEC).municipality == "Roskilde"
    answers = referral_answers("Uden Konsulent", None)
    from ips_desktop.services import referrals

    nobody = referrals.register_referral(ws.ctx, SPEC, answers, today=date(2026, 11, 23))
    data = printing.referral_print(ws.ctx, nobody, SPEC)
    assert data.municipality == "Køge"  # the signed-in consultant's
    assert data.psychiatry_unit == "Psykiatrisk ambulatorium Køge"
    assert data.dynamic_labels == {}


def test_printing_is_audited_by_id_without_the_name(ws):
    name = "Юлия Смирнова"
    course = register(ws, name=name)
    printing.referral_print(ws.ctx, course, SPEC)
    events = print_events(ws)
    assert len(events) == 1
    event = events[0]
    assert (event.entity, event.entity_id, event.details) == ("course", course,
                                                              {"form": "referral"})
    assert event.actor_id == ws.ctx.actor_id
    row = json.dumps({k: str(v) for k, v in event._mapping.items()}, ensure_ascii=False)
    assert name not in row and "Смирнова" not in row and "010190" not in row


def test_printing_an_unknown_course_is_refused_and_not_audited(ws):
    with pytest.raises(LookupError):
        printing.referral_print(ws.ctx, uuid.uuid4(), SPEC)
    assert print_events(ws) == []


def test_old_answers_print_with_their_own_versions_labels(ws):
    old_text = REFERRAL_TEXT.replace('version = "1"', 'version = "0"').replace(
        'label.da = "Navn"', 'label.da = "Deltagerens fulde navn"')
    old = parse_form(old_text, "old.toml")
    forms.remember_form(ws.ctx, old, old_text)
    course = register(ws, name="Zoë Brontë", spec=old)
    data = printing.referral_print(ws.ctx, course, SPEC)  # today's form is version 1
    assert data.spec.version == "0" and data.answered_version == "0"
    pages = pages_text(referral_pdf(data, language="da"))
    text = " ".join(pages)
    assert "Deltagerens fulde navn" in text and "Zoë Brontë" in text
    assert all("Henvisning til IPS, version 0" in page for page in pages)


def test_old_answers_whose_version_is_not_stored_print_with_todays_labels_and_say_so(ws):
    old_text = REFERRAL_TEXT.replace('version = "1"', 'version = "0"')
    course = register(ws, spec=parse_form(old_text, "old.toml"))  # never remembered
    data = printing.referral_print(ws.ctx, course, SPEC)
    assert data.spec is SPEC and data.answered_version == "0"
    text = all_text(referral_pdf(data, language="da"))
    assert "Svarene er givet i version 0 af skemaet" in text
    assert "Henvisning til IPS, version 1" in text


@pytest.mark.parametrize(("language", "title", "footer", "page", "label", "meta"), [
    ("nb", "Henvisning til IPS", "Fortrolig – inneholder personopplysninger", "Side 1 av",
     "Henvisningskilde (enhet)", "Henvisning til IPS, versjon 1"),
    ("en", "IPS referral", "Confidential – contains personal data", "Page 1 of",
     "Referral source (psychiatric unit)", "IPS referral, version 1"),
])
def test_the_referral_in_other_languages(ws, language, title, footer, page, label, meta):
    course = register(ws)
    text = all_text(referral_pdf(printing.referral_print(ws.ctx, course, SPEC),
                                 language=language))
    for expected in (title, footer, page, label, meta):
        assert expected in text
    assert "referral, version" not in text.replace("IPS referral, version", "")
    assert "Form referral" not in text and "Skjema referral" not in text


def test_the_blank_referral_has_every_label_and_no_answers(ws):
    data = printing.blank_referral_print(ws.ctx, SPEC, psychiatry_unit="Psykiatrien Nord")
    text = all_text(referral_pdf(data, language="da"))
    for question in SPEC.all_fields():
        assert flat(question.label.da) in text, question.name
        for column in question.fields:
            assert flat(column.label.da) in text
    for section in SPEC.sections:
        assert flat(section.title.da) in text
    assert "Køge" in text and "Psykiatrien Nord" in text
    assert OWNER not in text and "–" not in text.replace("Fortroligt –", "")
    assert "Henvisning til IPS, version 1" in text
    assert "Besvares kun, hvis »Samtykke givet den« er besvaret." in text
    event = print_events(ws)[0]
    assert (event.entity, event.entity_id, event.details) == (
        None, None, {"form": "referral", "blank": True})


def test_the_blank_referral_offers_a_line_for_an_unknown_unit(ws):
    data = printing.blank_referral_print(ws.ctx, SPEC)
    text = all_text(referral_pdf(data, language="da"))
    assert "Psykiatrisk enhed" in text and "Køge" in text


def test_the_pdf_properties_and_file_name_carry_no_personal_data(ws):
    course = register(ws, name="Nguyễn Thị Hương")
    pdf = referral_pdf(printing.referral_print(ws.ctx, course, SPEC), language="da")
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == "Henvisning til IPS"
    assert "Nguy" not in json.dumps({k: str(v) for k, v in info.items()}, ensure_ascii=False)
    assert referral_file_name("da", date(2026, 11, 23)) == "henvisning-2026-11-23.pdf"
    assert referral_file_name("en", date(2026, 11, 23)) == "referral-2026-11-23.pdf"
    assert referral_file_name("da", date(2026, 11, 23), blank=True) == \
        "henvisningsskema-2026-11-23.pdf"


def test_a_hand_made_print_can_be_rendered_without_a_database():
    pdf = referral_pdf(sample_print(SPEC, None, demo=True), language="da")
    assert "DEMO" in all_text(pdf)
