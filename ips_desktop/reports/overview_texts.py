"""The words of the Team overview on paper and in the spreadsheet, in da, nb and en.

The steering printout (reports/overview_pdf.py) and the workbook
(reports/overview_xlsx.py) name the same rows (FTE, in a course, in job or
education, the expectation, referrals, endings by reason, starts) and the same
figures, so they share this module, as the supervision list's two files share
reports/supervision_texts.py; the charts' own words (titles, legend, month
names) are reports/overview_charts.py's, which the screen reads too. The terms
follow the glossary (*styregruppe*, *forventning*, *på ordinære vilkår*,
*fidelity-selvevaluering*: always the team's own self-check, never an external
review). Nothing is counted here: the figures are the services'.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ips_desktop.domain import fidelity
from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.fidelity import BAND_NAMES, Band
from ips_desktop.domain.messages import CATALOG
from ips_desktop.reports.overview_charts import MONTHS, month_name, number_text
from ips_desktop.services.fidelity_model import ItemScore
from ips_desktop.services.overview_model import Reference

Texts = dict[str, str]

ROWS: dict[str, Texts] = {
    "fte": {"da": "FTE (reel normering)", "nb": "FTE (reell bemanning)",
            "en": "FTE (real staffing)"},
    "in_course": {"da": "I forløb", "nb": "I forløp", "en": "In a course"},
    "in_job": {"da": "I job eller uddannelse", "nb": "I jobb eller utdanning",
               "en": "In job or education"},
    "actual": {"da": "Faktisk", "nb": "Faktisk", "en": "Actual"},
    "target": {"da": "Forventning", "nb": "Forventning", "en": "Expected"},
    "referrals": {"da": "Nye henvisninger", "nb": "Nye henvisninger", "en": "New referrals"},
    "referrals_period": {"da": "Henvist i perioden", "nb": "Henvist i perioden",
                         "en": "Referred in the period"},
    "ended": {"da": "Afsluttede forløb", "nb": "Avsluttede forløp", "en": "Courses ended"},
    "job_starts": {"da": "Starter i job", "nb": "Oppstarter i jobb", "en": "Job starts"},
    "education_starts": {"da": "Starter i uddannelse", "nb": "Oppstarter i utdanning",
                         "en": "Education starts"},
    "other_starts": {"da": "Starter ikke på ordinære vilkår (tælles ikke med)",
                     "nb": "Oppstarter ikke på ordinære vilkår (telles ikke med)",
                     "en": "Starts not on ordinary terms (not counted)"},
    "total": {"da": "I alt", "nb": "I alt", "en": "Total"},
    "month": {"da": "Måned", "nb": "Måned", "en": "Month"},
    "consultant": {"da": "Konsulent", "nb": "Konsulent", "en": "Specialist"},
    "initials": {"da": "Initialer", "nb": "Initialer", "en": "Initials"},
    "left_on": {"da": "Forladt teamet", "nb": "Sluttet i teamet", "en": "Left the team"},
    "within_18": {"da": "Inden for 18 måneder", "nb": "Innen 18 måneder",
                  "en": "Within 18 months"},
    "cohort": {"da": "Forløb henvist for mindst 18 måneder siden",
               "nb": "Forløp henvist for minst 18 måneder siden",
               "en": "Courses referred at least 18 months ago"},
    "reached": {"da": "Heraf i job eller uddannelse inden for 18 måneder",
                "nb": "Av disse i jobb eller utdanning innen 18 måneder",
                "en": "Of these in job or education within 18 months"},
    "share": {"da": "Andel", "nb": "Andel", "en": "Share"},
    "number": {"da": "Nr.", "nb": "Nr.", "en": "No."},
    "item": {"da": "Punkt", "nb": "Punkt", "en": "Item"},
    "score": {"da": "Score", "nb": "Poeng", "en": "Score"},
    "figure": {"da": "Grundlag", "nb": "Grunnlag", "en": "Basis"},
    "source": {"da": "Kilde", "nb": "Kilde", "en": "Source"},
}

END_REASONS: dict[EndReason, Texts] = {  # the screen's words (ui/texts.py and its translations)
    EndReason.PARTICIPANT_WISH: {"da": "Deltagerens ønske", "nb": "Deltakerens ønske",
                                 "en": "The participant's wish"},
    EndReason.GOAL_REACHED: {"da": "I job eller uddannelse – ønsker ikke længere støtte",
                             "nb": "I jobb eller utdanning – ønsker ikke lenger oppfølging",
                             "en": "In job or education, and support no longer wanted"},
    EndReason.MOVED_AWAY: {"da": "Fraflyttet", "nb": "Flyttet", "en": "Moved away"},
    EndReason.ENDED_TREATMENT: {"da": "Behandling afsluttet", "nb": "Behandling avsluttet",
                                "en": "Treatment ended"},
    EndReason.OTHER: {"da": "Andet", "nb": "Annet", "en": "Other"},
}

SAID: dict[str, Texts] = {
    "title": {"da": "Teamoverblik til styregruppen", "nb": "Teamoversikt til styringsgruppen",
              "en": "Team overview for the steering group"},
    "sheet_team": {"da": "Teamet pr. måned", "nb": "Teamet per måned",
                   "en": "Team by month"},
    "sheet_consultants": {"da": "Konsulenter pr. måned", "nb": "Konsulenter per måned",
                          "en": "Specialists by month"},
    "sheet_about": {"da": "Om tallene", "nb": "Om tallene", "en": "About the figures"},
    "period": {"da": "{first} – {last}", "nb": "{first} – {last}", "en": "{first} – {last}"},
    "period_label": {"da": "Periode", "nb": "Periode", "en": "Period"},
    "as_of_label": {"da": "Opgjort pr.", "nb": "Per", "en": "As of"},
    "team": {"da": "Hele teamet", "nb": "Hele teamet", "en": "The whole team"},
    "as_of": {"da": "Opgjort pr. {day}", "nb": "Per {day}", "en": "As of {day}"},
    "flow": {"da": "Henvisninger, afslutninger og starter",
             "nb": "Henvisninger, avslutninger og oppstarter",
             "en": "Referrals, endings and starts"},
    "within_18_heading": {"da": "Job eller uddannelse inden for 18 måneder",
                          "nb": "Jobb eller utdanning innen 18 måneder",
                          "en": "Job or education within 18 months"},
    "within_18": {"da": "Job eller uddannelse på ordinære vilkår inden for 18 måneder efter "
                        "henvisningen: {reached} af {cohort} forløb ({share}).",
                  "nb": "Jobb eller utdanning på ordinære vilkår innen 18 måneder etter "
                        "henvisningen: {reached} av {cohort} forløp ({share}).",
                  "en": "Job or education on ordinary terms within 18 months of the "
                        "referral: {reached} of {cohort} courses ({share})."},
    "within_18_none": {"da": "Job eller uddannelse inden for 18 måneder: intet forløb er "
                             "henvist for mindst 18 måneder siden.",
                       "nb": "Jobb eller utdanning innen 18 måneder: ingen forløp er "
                             "henvist for minst 18 måneder siden.",
                       "en": "Job or education within 18 months: no course was referred "
                             "at least 18 months ago."},
    "compare": {"da": "Til sammenligning: {references}.",
                "nb": "Til sammenligning: {references}.",
                "en": "For comparison: {references}."},
    "reference": {"da": "{value} ({label})", "nb": "{value} ({label})",
                  "en": "{value} ({label})"},
    "per_consultant": {"da": "Pr. konsulent i {month}", "nb": "Per konsulent i {month}",
                       "en": "Per specialist in {month}"},
    "current_consultant": {"da": "Et forløb tælles hos den konsulent, der har det nu: skift "
                                 "af konsulent undervejs gemmes ikke.",
                           "nb": "Et forløp telles hos konsulenten som har det nå: bytte av "
                                 "konsulent underveis lagres ikke.",
                           "en": "A course counts for the specialist who holds it now: a "
                                 "change of specialist on the way is not kept."},
    "left": {"da": "forlod teamet {day}", "nb": "sluttet i teamet {day}",
             "en": "left the team {day}"},
    "fidelity": {"da": "Fidelity-selvevaluering", "nb": "Egenvurdering av fidelity",
                 "en": "Fidelity self-check"},
    "fidelity_label": {"da": "Teamets egen selvevaluering ud fra data – ikke en ekstern "
                             "fidelity-måling",
                       "nb": "Teamets egen vurdering ut fra data – ikke en ekstern "
                             "fidelity-måling",
                       "en": "The team's own self-check from its data – not an external "
                             "fidelity review"},
    "fidelity_total": {"da": "I alt {total} af 75: {band}", "nb": "Totalt {total} av 75: {band}",
                       "en": "Total {total} of 75: {band}"},
    "fidelity_partial": {"da": "Ud fra data {derived} point; {missing} punkter har endnu ingen "
                               "score, så der er ingen samlet score.",
                         "nb": "Ut fra data {derived} poeng; {missing} punkter har ennå ingen "
                               "poengsum, så det er ingen samlet poengsum.",
                         "en": "From the data {derived} points; {missing} items have no "
                               "score yet, so there is no total."},
    "bands": {"da": "66–75 god, 56–65 rimelig, 55 eller under ikke IPS",
              "nb": "66–75 god, 56–65 rimelig, 55 eller under ikke IPS",
              "en": "66–75 good, 56–65 fair, 55 or below not IPS"},
    "derived": {"da": "data", "nb": "data", "en": "data"},
    "reviewed": {"da": "vurderet", "nb": "vurdert", "en": "reviewed"},
    "comments": {"da": "Teamets kommentarer", "nb": "Teamets kommentarer",
                 "en": "The team's comments"},
    "no_comments": {"da": "Ingen kommentarer.", "nb": "Ingen kommentarer.",
                    "en": "No comments."},
    "no_target": {"da": "Forventningen sættes for hele teamet.",
                  "nb": "Forventningen settes for hele teamet.",
                  "en": "The expectation is set for the whole team."},
    "made_at": {"da": "Udtrukket", "nb": "Hentet ut", "en": "Exported"},
    "demo": {"da": "Demodata (opdigtede personer)", "nb": "Demodata (oppdiktede personer)",
             "en": "Demo data (made-up people)"},
    "confidential": {"da": "Fortroligt – indeholder personoplysninger",
                     "nb": "Fortrolig – inneholder personopplysninger",
                     "en": "Confidential – contains personal data"},
    "after_today": {"da": "Måneder efter i dag har ingen tal.",
                    "nb": "Måneder etter i dag har ingen tall.",
                    "en": "Months after today have no figures."},
}


def label(texts: Mapping[str, str], language: str) -> str:
    return texts.get(language, texts.get("da", ""))


def row(key: str, language: str) -> str:
    return label(ROWS[key], language)


def said(key: str, language: str, **values: object) -> str:
    return label(SAID[key], language).format(**values)


def day(value: date | None) -> str:
    """A date the Danish way, d.m.yyyy, in every language of the app (as the screen)."""
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def month_short(month: date, language: str) -> str:
    """"nov" / "Nov": a column heading; the year goes on its own line where it changes."""
    return MONTHS.get(language, MONTHS["da"])[month.month - 1]


def period_text(first: date, last: date, language: str) -> str:
    """"december 2025 – november 2026"."""
    return said("period", language, first=month_name(first, language),
                last=month_name(last, language))


def percent(share: float | None, language: str) -> str:
    """0.595 -> "59,5 %" (da, nb) / "59.5 %" (en); None -> "–"."""
    if share is None:
        return "–"
    return f"{number_text(share * 100, language, 1)} %"


def end_reason(reason: EndReason, language: str) -> str:
    return label(END_REASONS[reason], language)


def band_text(band: Band | None, language: str) -> str:
    """The fidelity band's words ("God IPS-implementering"), domain/fidelity.py's own."""
    return "" if band is None else BAND_NAMES[band].get(language)


def item_name(item: ItemScore, language: str) -> str:
    """A fidelity item's name in the printout's language (domain/fidelity.py's names; the
    service's own text for an item it does not know)."""
    known = fidelity.BY_KEY.get(item.item)
    return known.name.get(language) if known is not None else item.name


def reference_text(reference: Reference, language: str) -> str:
    """"Forskningsprojektet Inklusion: 59,5 % i job eller uddannelse": a reference beside
    the 18-month share (its text is a message code, said in the printout's language)."""
    if reference.label in CATALOG:
        return label(CATALOG[reference.label], language)
    return said("reference", language, value=percent(reference.value, language),
                label=reference.source)
