"""A form printed as a document of its own: the vocational profile, the action plan.

Laid out from its spec by the shared renderer (reports/form_pdf.py), under a
heading that says whose form it is and how far it has come: the
participant's name in the header of every page (a loose page must be
traceable to its person), on the first page who changed it last and when
and whether it is complete. Around it the same confidentiality footer, page
X of Y, form title and version and DEMO mark as the referral (pdf_base).

The plan prints a read-only block under its heading: the date the job search
began and the employers contacted for the participant, from the
employer-contact log (services.placements.job_search_summary), saying where
it comes from. The blank plan has lines for them, to fill in on paper.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ips_desktop.domain.forms import Answers, FormSpec
from ips_desktop.reports import form_heading as heading
from ips_desktop.reports import scripts
from ips_desktop.reports.form_pdf import (
    OldQuestions,
    WritingLines,
    form_flowables,
    format_date,
    unprintable_questions,
)
from ips_desktop.reports.pdf_base import CONTENT_WIDTH, build_pdf, form_meta, register_fonts
from ips_desktop.services import form_printing
from ips_desktop.services.caseload import PLAN_FORM
from ips_desktop.services.context import AppContext
from ips_desktop.services.form_printing import FormHeader, FormPrint
from ips_desktop.services.placements import JobSearchSummary

TEXTS: dict[str, dict[str, str]] = {
    "da": {
        "job_search": "Jobsøgning (fra virksomhedsloggen)",
        "job_search_began": "Jobsøgning startet",
        "employers_contacted": "Virksomheder kontaktet",
        "not_yet": "Ikke startet",
        "none_yet": "Ingen endnu",
        "contacted": "{name} ({count}, senest {last})",
        "participant": "Deltager",
        "changed": "Sidst ændret",
        "completed": "Færdiggjort",
        "filled_by": "Udfyldt af",
        "date": "Dato",
        "not_started": "Ikke påbegyndt",
        "draft": "Ikke endnu (kladde)",
        "by": "{when} af {who}",
        "older": "Svarene er givet i version {answered} af skemaet og er udskrevet med dens "
                 "spørgsmål; version {current} er i brug nu.",
        "blank_intro": "Udfyldes sammen med deltageren, gerne over flere møder. Skemaet "
                       "behøver ikke være færdigt, før jobsøgningen begynder.",
    },
    "nb": {
        "job_search": "Jobbsøking (fra arbeidsgiverloggen)",
        "job_search_began": "Jobbsøkingen startet",
        "employers_contacted": "Arbeidsgivere kontaktet",
        "not_yet": "Ikke startet",
        "none_yet": "Ingen ennå",
        "contacted": "{name} ({count}, sist {last})",
        "participant": "Deltaker",
        "changed": "Sist endret",
        "completed": "Fullført",
        "filled_by": "Fylt ut av",
        "date": "Dato",
        "not_started": "Ikke påbegynt",
        "draft": "Ikke ennå (utkast)",
        "by": "{when} av {who}",
        "older": "Svarene er gitt i versjon {answered} av skjemaet og er skrevet ut med dens "
                 "spørsmål; versjon {current} er i bruk nå.",
        "blank_intro": "Fylles ut sammen med deltakeren, gjerne over flere møter. Skjemaet "
                       "behøver ikke være ferdig utfylt før jobbsøkingen begynner.",
    },
    "en": {
        "job_search": "Job search (from the employer contact log)",
        "job_search_began": "Job search began",
        "employers_contacted": "Employers contacted",
        "not_yet": "Not begun",
        "none_yet": "None yet",
        "contacted": "{name} ({count}, last {last})",
        "participant": "Participant",
        "changed": "Last changed",
        "completed": "Completed",
        "filled_by": "Filled in by",
        "date": "Date",
        "not_started": "Not started",
        "draft": "Not yet (draft)",
        "by": "{when} by {who}",
        "older": "These answers were given under version {answered} of the form and are "
                 "printed with its questions; version {current} is in use now.",
        "blank_intro": "To be filled in together with the participant, over several "
                       "meetings if need be. It need not be finished before the job search "
                       "begins.",
    },
}

# What a saved printout is called: the kind of document and the date, never a name.
FILE_NAMES: dict[str, dict[str, str]] = {
    "vocational_profile": {"da": "karriereprofil", "nb": "yrkesprofil", "en": "career-profile"},
    "action_plan": {"da": "handleplan", "nb": "handlingsplan", "en": "employment-plan"},
}
BLANK_FILE = {"da": "blanket", "nb": "blankett", "en": "blank"}


def form_pdf(spec: FormSpec, answers: Answers | None, header: FormHeader, *, language: str,
             old_questions: OldQuestions | None = None,
             job_search: JobSearchSummary | None = None) -> bytes:
    """Any form spec with its answers (None: blank) as A4 PDF bytes, in `language`.

    A question not answered yet has room to write the answer by hand, as on the
    blank form: the printout serves a meeting without the laptop.

    Answers `spec` has no question for (kept from an earlier version) print last,
    in a block marked as that version's, with its labels from `old_questions`.
    """
    register_fonts()
    texts = TEXTS[language]
    title = spec.title.get(language)
    story: list[Flowable] = [heading.title(title), _facts(header, language,
                                                         blank=answers is None)]
    if answers is None:
        story.append(heading.note(texts["blank_intro"]))
    elif header.current_version and header.current_version != spec.version:
        story.append(heading.note(texts["older"].format(
            answered=spec.version, current=header.current_version)))
    if spec.id == PLAN_FORM and (job_search is not None or answers is None):
        story.append(_job_search(job_search, language))
    story.append(Spacer(1, 2 * mm))
    story += form_flowables(spec, answers, language=language, old_questions=old_questions,
                            write_in=True)
    return build_pdf(story, title=title, language=language, demo=header.is_demo, header=title,
                     printed_at=header.printed_at, person=header.participant_name,
                     meta=form_meta(title, spec.version, language))


def form_print_pdf(data: FormPrint, *, language: str) -> bytes:
    """The printout of what services.form_printing gathered."""
    return form_pdf(data.spec, data.answers, data.header, language=language,
                    old_questions=data.old_questions, job_search=data.job_search)


def unprintable_in_form(data: FormPrint, *, language: str) -> list[str]:
    """The labels of the questions whose answers have a character no shipped font has
    (and "Deltager" for the name): to say so before printing, never naming the value."""
    name = [TEXTS[language]["participant"]] \
        if scripts.unprintable(data.header.participant_name) else []
    return name + unprintable_questions(data.spec, data.answers, language=language)


def form_file_name(form_id: str, language: str, day: date, *, blank: bool = False) -> str:
    """A file name to suggest when saving: the kind of document and the date, never a name."""
    names = FILE_NAMES.get(form_id, {})
    kind = names.get(language) or names.get("da") or form_id.replace("_", "-")
    if blank:
        kind = f"{kind}-{BLANK_FILE.get(language, BLANK_FILE['da'])}"
    return f"{kind}-{day.isoformat()}.pdf"


@dataclass(frozen=True)
class FormPrintout:
    """A printout ready for the preview dialog or a file: what the wizard's Print shows."""

    pdf: bytes
    title: str  # the form's title in the language: the preview's window title
    file_name: str  # to suggest when saving
    unprintable: list[str]  # questions with characters no font has (to warn about)
    course_id: uuid.UUID | None  # for the export event when it is saved
    form_id: str


def printout(data: FormPrint, *, language: str) -> FormPrintout:
    """The PDF and what goes with it, from what services.form_printing gathered."""
    return FormPrintout(
        pdf=form_print_pdf(data, language=language), title=data.spec.title.get(language),
        file_name=form_file_name(data.spec.id, language, data.header.printed_at.date(),
                                 blank=data.blank),
        unprintable=unprintable_in_form(data, language=language), course_id=data.course_id,
        form_id=data.spec.id)


def course_printout(ctx: AppContext, course_id: uuid.UUID, current: FormSpec, *,
                    language: str) -> FormPrintout:
    """A course's profile or plan, ready to preview or save (the print is audited).

    `current` is the form in use now (services.forms.spec_in_use); a draft under
    an older version prints under that one. Raises LookupError for no such course.
    """
    return printout(form_printing.form_print(ctx, course_id, current), language=language)


def blank_printout(ctx: AppContext, spec: FormSpec, *, language: str) -> FormPrintout:
    """The empty form, ready to preview or save (the print is audited)."""
    return printout(form_printing.blank_form_print(ctx, spec), language=language)


def _facts(header: FormHeader, language: str, *, blank: bool) -> Flowable:
    """Whose form, last changed by whom and when, complete on: under the title. The blank
    form has lines to write the name, who filled it in and the date on."""
    texts = TEXTS[language]
    widths = [CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.22]
    if blank:
        return heading.facts([texts[key] for key in ("participant", "filled_by", "date")],
                             [WritingLines(1, width - 6 * mm, indent=0) for width in widths],
                             widths)
    changed = texts["not_started"] if header.updated_at is None else \
        _when(header.updated_at) if not header.updated_by else \
        texts["by"].format(when=_when(header.updated_at), who=header.updated_by)
    if header.completed_on is not None:
        completed = format_date(header.completed_on)
    else:
        completed = texts["not_started" if header.status is None else "draft"]
    return heading.facts(
        [texts[key] for key in ("participant", "changed", "completed")],
        [heading.fact_value(header.participant_name),
         heading.fact_value(changed, bold=False), heading.fact_value(completed, bold=False)],
        widths)


def _job_search(summary: JobSearchSummary | None, language: str) -> Flowable:
    """The plan's read-only part: when the job search began, which employers it reached
    (None: the blank plan, with lines to write them on)."""
    texts = TEXTS[language]
    labels = [texts["job_search_began"], texts["employers_contacted"]]
    widths = [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.7]
    if summary is None:
        values: list[Flowable] = [WritingLines(1, width - 6 * mm, indent=0) for width in widths]
    else:
        began = format_date(summary.began) if summary.began else texts["not_yet"]
        contacted = "; ".join(texts["contacted"].format(
            name=e.name, count=e.contacts, last=format_date(e.last_contact))
            for e in summary.employers) or texts["none_yet"]
        values = [heading.fact_value(began, bold=False),
                  heading.fact_value(contacted, bold=False)]
    return KeepTogether([heading.note(texts["job_search"]),
                         heading.facts(labels, values, widths)])


def _when(moment: datetime) -> str:
    """dd.mm.yyyy HH:MM in local time (stored times are UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")

