"""The profile and plan printouts: every section, question and answer, whose form it is on
every page, old-version answers kept and marked, the blank forms."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.forms import ROW_ID, FieldType
from ips_desktop.reports.form_document import form_file_name, form_pdf, printout
from ips_desktop.reports.form_pdf import answer_text
from ips_desktop.services.form_printing import FormHeader, FormPrint
from tests.reports.form_specs import job, plan, plan_answers, profile, profile_answers
from tests.reports.support import NAMES, PRINTED_AT, all_text, flat, pages_text

NAME = "Søren Ærbødig Åkjær"
CHANGED = datetime(2026, 11, 22, 9, 30)


def header(name: str = NAME, **more) -> FormHeader:
    values = {"status": FormStatus.DRAFT, "updated_by": "Åse Østergård",
              "updated_at": CHANGED} | more
    return FormHeader(name, False, PRINTED_AT, **values)


def expected_answers(spec, answers, language: str = "da") -> list[str]:
    """Every answer as the printout says it: plain answers whole, group cells one by one,
    several choices one by one."""
    texts = []
    for question in spec.all_fields():
        value = answers.get(question.name)
        if value in (None, "", []):
            continue
        if question.type is FieldType.GROUP:
            for row in value:
                texts += [answer_text(c, row.get(c.name), language)
                          for c in question.fields if c.name != ROW_ID and row.get(c.name)]
        elif question.type is FieldType.MULTI_CHOICE:
            texts += [question.choice(v).label.get(language) for v in value]
        else:
            texts += answer_text(question, value, language).split("\n\n")
    return texts


def test_a_filled_in_profile_has_every_section_question_and_answer():
    spec, answers = profile(), profile_answers(jobs=3)
    text = all_text(form_pdf(spec, answers, header(), language="da"))
    for section in spec.sections:
        assert flat(section.title.da) in text, section.name
    for question in spec.all_fields():
        assert flat(question.label.da) in text, question.name
        for column in question.fields:
            assert column.name == ROW_ID or flat(column.label.da) in text, column.name
    for expected in expected_answers(spec, answers):
        assert flat(expected) in text, expected
    assert "Karriereprofil" in text and "Ærbødig" in text and "æøå" not in text
    assert "Familie (med samtykke)" not in text  # not chosen


def test_the_name_is_on_every_page_of_a_long_profile():
    """A loose page must be traceable to its person: 20 jobs make many pages."""
    pdf = form_pdf(profile(), profile_answers(jobs=20), header(), language="da")
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert NAME in page, number
        assert f"Side {number} af {len(pages)}" in page
        assert "Fortroligt – indeholder personoplysninger" in page
        assert "Karriereprofil, version 2" in page
    text = " ".join(pages)
    for number in range(1, 21):
        assert f"Føtex Køge afdeling {number} " in text + " "
        assert f"Arbejdserfaring: {number} af 20" in text


def test_a_name_in_any_script_heads_every_page():
    for name in NAMES:
        pages = pages_text(form_pdf(profile(), profile_answers(jobs=12), header(name),
                                    language="da"))
        assert len(pages) >= 3
        assert all(flat(name) in page for page in pages), name


def test_who_changed_it_last_and_when_and_whether_it_is_complete():
    text = all_text(form_pdf(profile(), profile_answers(), header(), language="da"))
    assert "Deltager Sidst ændret Færdiggjort" in text
    assert f"{NAME} 22.11.2026 09:30 af Åse Østergård Ikke endnu (kladde)" in text
    done = header(status=FormStatus.COMPLETE, completed_on=date(2026, 11, 20))
    text = all_text(form_pdf(plan(), plan_answers(), done, language="en"))
    assert "Participant Last changed Completed" in text
    assert f"{NAME} 22.11.2026 09:30 by Åse Østergård 20.11.2026" in text


def test_a_stored_utc_time_prints_in_local_time(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        at = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
        text = all_text(form_pdf(plan(), plan_answers(), header(updated_at=at),
                                 language="da"))
        assert "23.11.2026 00:30" in text
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_form_not_started_says_so():
    text = all_text(form_pdf(plan(), {}, FormHeader(NAME, False, PRINTED_AT), language="da"))
    assert f"{NAME} Ikke påbegyndt Ikke påbegyndt" in text
    assert "Det overordnede mål for arbejde eller uddannelse Delmål" in text  # no dash


def test_an_unanswered_question_has_room_to_write_the_answer_by_hand():
    """A part-done profile printed for a meeting without the laptop: lines, boxes and empty
    rows where answers are missing, as the blank form has them."""
    from reportlab.platypus import KeepTogether, Table

    from ips_desktop.reports.form_pdf import WritingLines, form_flowables

    def parts(story):
        for flowable in story:
            if isinstance(flowable, KeepTogether):
                yield from parts(flowable._content)
            else:
                yield flowable

    answers = profile_answers() | {"dream_job": "", "medication": []}
    answers.pop("disclosure")
    story = list(parts(form_flowables(profile(), answers, language="da", write_in=True)))
    texts = [getattr(p, "text", "") for p in story]
    lines = [n for n, p in enumerate(story) if isinstance(p, WritingLines)]
    assert texts[lines[0] - 1] == "Drømmejob" and story[lines[0]].count == 5
    assert texts[lines[1] - 1] == "Indtægt i dag" and len(lines) == 2
    medication = texts.index("Medicin")
    assert isinstance(story[medication + 2], Table)  # an empty table to fill in
    assert len(story[medication + 2]._cellvalues) == 5 and "Quetiapin" not in str(story)
    disclosure = texts.index("Åbenhed over for arbejdsgivere om sygdommen")
    assert "☐" in texts[disclosure + 2] and "Sæt ét kryds." in texts[disclosure + 1]
    assert not any("Besvares kun" in text for text in texts)
    answered = form_flowables(profile(), answers, language="da")  # the referral's way: dashes
    assert not any(isinstance(p, WritingLines) for p in parts(answered))


def test_answers_the_form_no_longer_has_print_last_marked_as_the_old_versions():
    answers = profile_answers() | {"old_wish": "Kun formiddage, aldrig weekend"}
    old = {"old_wish": ("1", profile(1).field("old_wish"))}
    text = all_text(form_pdf(profile(2), answers, header(), language="da", old_questions=old))
    block = text.index("Svar fra version 1 af skemaet (spørgsmål, som version 2 ikke har)")
    assert block > text.index("Har adgang til bil")  # after the whole form
    assert "Ønsker til arbejdstid (gammelt spørgsmål) Kun formiddage, aldrig weekend" \
        in text[block:]
    assert "old_wish" not in text  # the old version gives it a label
    # One answer no recorded version asks: printed under its name; the block says only
    # that the form no longer asks them (which version is not known for every one).
    answers["gone_everywhere"] = "Et svar uden spørgsmål"
    text = all_text(form_pdf(profile(2), answers, header(), language="da",
                             old_questions=old | {"gone_everywhere": ("", None)}))
    block = text.index("Andre svar (til spørgsmål, som skemaet ikke længere har)")
    assert "Ønsker til arbejdstid (gammelt spørgsmål) Kun formiddage, aldrig weekend" \
        in text[block:]
    assert "gone_everywhere Et svar uden spørgsmål" in text[block:]
    assert "Svar fra version" not in text
    # Without the old versions at hand: still printed, by name.
    text = all_text(form_pdf(profile(2), answers, header(), language="da"))
    assert "Andre svar (til spørgsmål, som skemaet ikke længere har)" in text
    assert "old_wish Kun formiddage, aldrig weekend" in text


def test_a_draft_under_an_older_version_says_which_one():
    answers = profile_answers() | {"old_wish": "Kun formiddage"}
    text = all_text(form_pdf(profile(1), answers, header(current_version="2"),
                             language="da"))
    assert ("Svarene er givet i version 1 af skemaet og er udskrevet med dens spørgsmål; "
            "version 2 er i brug nu.") in text
    assert "Ønsker til arbejdstid (gammelt spørgsmål) Kun formiddage" in text
    assert "Karriereprofil, version 1" in text


def test_only_relevant_questions_print():
    answers = profile_answers() | {"drives": False, "car": True}
    text = all_text(form_pdf(profile(), answers, header(), language="da"))
    assert "Har kørekort Nej" in text and "Har adgang til bil" not in text


def test_a_filled_in_plan_prints_its_sub_goals_as_a_table():
    spec, answers = plan(), plan_answers()
    text = all_text(form_pdf(spec, answers, header(), language="da"))
    for expected in expected_answers(spec, answers):
        assert flat(expected) in text, expected
    for column in spec.field("sub_goals").fields:
        assert flat(column.label.da) in text
    assert "Skrive et CV" in text and "01.12.2026 28.11.2026" in text
    assert "Jobsøgning" not in text and "arbejdsgivere kontaktet" not in text.lower()


@pytest.mark.parametrize("spec", [profile(), plan()], ids=["profile", "plan"])
def test_the_blank_form_has_every_title_and_question_lines_and_a_name_line(spec):
    pdf = form_pdf(spec, None, FormHeader("", False, PRINTED_AT), language="da")
    pages = pages_text(pdf)
    text = " ".join(pages)
    for section in spec.sections:
        assert flat(section.title.da) in text
    for question in spec.all_fields():
        assert flat(question.label.da) in text, question.name
        for column in question.fields:
            assert column.name == ROW_ID or flat(column.label.da) in text
    assert all("Navn:" in page for page in pages)  # a place for the name on every page
    assert "Deltager Udfyldt af Dato" in text
    assert "Føtex" not in text and "Kladde" not in text and "Ikke endnu" not in text


def test_the_blank_profile_in_english():
    text = all_text(form_pdf(profile(), None, FormHeader("", True, PRINTED_AT),
                             language="en"))
    assert "Career profile" in text and "Work experience: 1" in text and "Name:" in text
    assert "DEMO" in text and "Confidential – contains personal data" in text


def test_long_answers_and_long_tables_leave_no_empty_page():
    answers = profile_answers(jobs=25)
    answers["dream_job"] = " ".join(["Et langt svar med æøå."] * 300)
    answers["work_experience"][3]["tasks"] = " ".join(["Mange opgaver."] * 250)
    pages = pages_text(form_pdf(profile(), answers, header(), language="da"))
    assert all(NAME in page for page in pages)
    furniture = len(pages[-1].split("Karriereprofil, version 2")[0]) + 40
    assert all(len(page) > furniture + 300 for page in pages)  # every page has content


def test_demo_is_marked_and_properties_carry_no_name():
    import io

    from pypdf import PdfReader

    demo = FormHeader(NAME, True, PRINTED_AT)
    pdf = form_pdf(profile(), profile_answers(), demo, language="da")
    reader = PdfReader(io.BytesIO(pdf))
    assert all("DEMO" in page.extract_text() for page in reader.pages)
    assert reader.metadata.title == "Karriereprofil"
    assert NAME not in str(reader.metadata)


def test_the_printout_for_the_preview():
    data = FormPrint(spec=plan(), answers=plan_answers(), header=header())
    made = printout(data, language="nb")
    assert made.title == "Handlingsplan" and made.form_id == "action_plan"
    assert made.file_name == "handlingsplan-2026-11-23.pdf" and made.unprintable == []
    assert "Handlingsplan" in all_text(made.pdf)
    assert form_file_name("vocational_profile", "da", date(2026, 11, 23), blank=True) \
        == "karriereprofil-blanket-2026-11-23.pdf"
    assert form_file_name("other_form", "en", date(2026, 11, 23)) == "other-form-2026-11-23.pdf"
    odd = FormPrint(spec=plan(), answers={"vocational_goal": "中文"}, header=header("王"))
    assert printout(odd, language="da").unprintable == [
        "Deltager", "Det overordnede mål for arbejde eller uddannelse"]


def test_a_row_with_unanswered_cells_prints_dashes():
    answers = profile_answers(jobs=0) | {"work_experience": [
        {"row_id": "x", "workplace": "Netto"}, job(2)]}
    text = all_text(form_pdf(profile(), answers, header(), language="da"))
    assert "Arbejdsplads Netto Stilling – Første dag –" in text


def test_a_long_name_takes_the_header_line_the_title_leaves():
    name = "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Maximilian von Schönhausen-Ærø"
    pages = pages_text(form_pdf(profile(), profile_answers(jobs=9), header(name),
                                language="da"))
    assert len(pages) >= 3
    assert all("Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Maximilian" in page
               for page in pages[1:])  # cut with … only where the line ends
