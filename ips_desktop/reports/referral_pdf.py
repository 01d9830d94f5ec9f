"""The referral printout (*henvisning*): filled in for a course, or blank for paper referrals.

On every page: the form's title with municipality and psychiatry unit at the
top; the confidentiality footer, page X of Y, the form's title and version and the
print time at the bottom; DEMO across the page for demo data (pdf_base).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ips_desktop.reports import form_heading as heading
from ips_desktop.reports import scripts
from ips_desktop.reports.form_pdf import WritingLines, form_flowables, unprintable_questions
from ips_desktop.reports.pdf_base import CONTENT_WIDTH, build_pdf, form_meta, register_fonts
from ips_desktop.services.printing import ReferralPrint

TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "municipality": "Kommune (jobcenter)",
        "unit": "Psykiatrisk enhed",
        "blank_intro": "Udfyldes af den henvisende behandler sammen med personen og sendes "
                       "til IPS-konsulenten. Alle, der ønsker arbejde eller uddannelse, kan "
                       "henvises.",
        "older": "Svarene er givet i version {answered} af skemaet og er udskrevet med "
                 "spørgsmålene fra version {printed}.",
        "file": "henvisning",
        "blank_file": "henvisningsskema",
    },
    "nb": {
        "municipality": "Kommune (NAV/jobbsenter)",
        "unit": "Psykiatrisk enhet",
        "blank_intro": "Fylles ut av henvisende behandler sammen med personen og sendes til "
                       "IPS-konsulenten. Alle som ønsker arbeid eller utdanning, kan henvises.",
        "older": "Svarene er gitt i versjon {answered} av skjemaet og er skrevet ut med "
                 "spørsmålene fra versjon {printed}.",
        "file": "henvisning",
        "blank_file": "henvisningsskjema",
    },
    "en": {
        "municipality": "Municipality (jobcenter)",
        "unit": "Psychiatric unit",
        "blank_intro": "To be filled in by the referring clinician together with the person "
                       "and sent to the employment specialist. Everyone who wants to work or "
                       "study can be referred.",
        "older": "These answers were given under version {answered} of the form and are "
                 "printed with the questions of version {printed}.",
        "file": "referral",
        "blank_file": "referral-form",
    },
}


def referral_pdf(data: ReferralPrint, *, language: str) -> bytes:
    """The referral as A4 PDF bytes, in `language` (da, nb or en)."""
    register_fonts()
    texts = TEXTS[language]
    title = data.spec.title.get(language)
    story: list[Flowable] = [heading.title(title), _facts(data, language)]
    if data.blank:
        story.append(heading.note(texts["blank_intro"]))
    elif data.answered_version and data.answered_version != data.spec.version:
        story.append(heading.note(texts["older"].format(
            answered=data.answered_version, printed=data.spec.version)))
    story.append(Spacer(1, 2 * mm))
    story += form_flowables(data.spec, data.answers, language=language,
                            dynamic_labels=data.dynamic_labels)
    header = " · ".join(part for part in (title, data.municipality, data.psychiatry_unit)
                        if part)
    return build_pdf(story, title=title, language=language, demo=data.is_demo, header=header,
                     printed_at=data.printed_at,
                     meta=form_meta(title, data.spec.version, language))


def unprintable_in(data: ReferralPrint, *, language: str) -> list[str]:
    """What the referral printout cannot show whole: the labels of those questions (and
    of the heading's facts), to say so before printing; empty when everything prints."""
    texts = TEXTS[language]
    facts = [label for label, value in ((texts["municipality"], data.municipality),
                                        (texts["unit"], data.psychiatry_unit))
             if scripts.unprintable(value)]
    return facts + unprintable_questions(data.spec, data.answers, language=language,
                                         dynamic_labels=data.dynamic_labels)


def referral_file_name(language: str, day: date, *, blank: bool = False) -> str:
    """A file name to suggest when saving: the kind of document and the date, never a name."""
    kind = TEXTS.get(language, TEXTS["da"])["blank_file" if blank else "file"]
    return f"{kind}-{day.isoformat()}.pdf"


def _facts(data: ReferralPrint, language: str) -> Flowable:
    """Municipality and psychiatry unit under the title; lines to write on when unknown."""
    texts = TEXTS[language]
    known = (data.municipality, data.psychiatry_unit)
    return heading.facts(
        [texts["municipality"], texts["unit"]],
        [heading.fact_value(value) if value
         else WritingLines(1, CONTENT_WIDTH / 2 - 8 * mm, indent=0) for value in known],
        [CONTENT_WIDTH / 2] * 2)
