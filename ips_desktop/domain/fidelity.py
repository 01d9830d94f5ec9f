"""The fidelity self-check: the 15 items of the IPS Fidelity Scale, their anchors and scores.

Where it comes from: the 15-item IPS Fidelity Scale (Bond, Becker, Drake &
Vogler 1997, "A fidelity scale for the Individual Placement and Support model
of supported employment", Rehabilitation Counseling Bulletin 40(4); later
published as the "Supported Employment Fidelity Scale", formerly "IPS Model
Fidelity Scale"), the scale IPS Region Sjælland's reviewers used (seed 003:
"IPS Fidelity-15-item skala", max 75, 66–75 good, 56–65 fair, 55 or less not
IPS). The items' names follow the scale; the Norwegian ones follow seed 002's
translation of the scale's top anchors. The anchor texts here and in
`forms/fidelity_review.toml` are our short wording of the scale's anchors, not
a copy of it.

What is our own: the scale is scored by external reviewers from interviews,
records and observation. Eight items are approximated here from what the
caseload data holds (`DERIVED`); each item's `mapping` says how, and the
thresholds of items 6, 13, 14 and 15 (which the scale words as practice, not
as one number) are our own reading. The result is the team's own self-check,
never an external fidelity review. The other seven items are scored by the
team lead in the review form.

Pure: the scores are functions of plain numbers (counts, days, ratios), so
each anchor's boundary is tested without a database.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from ips_desktop.domain.forms import Text

MIN_SCORE, MAX_SCORE = 1, 5
ITEM_COUNT = 15
MAX_TOTAL = ITEM_COUNT * MAX_SCORE  # 75
GOOD_FROM = 66  # seed 003: "66-75 = God IPS implementering"
FAIR_FROM = 56  # seed 003: "56-65 = Rimelig IPS implementering", "55 eller lavere = Ikke IPS"


class Band(StrEnum):
    """The total's band (seed 003)."""

    GOOD = "good"
    FAIR = "fair"
    NOT_IPS = "not_ips"


BAND_NAMES: dict[Band, Text] = {
    Band.GOOD: Text("God IPS-implementering", "God IPS-implementering", "Good IPS implementation"),
    Band.FAIR: Text("Rimelig IPS-implementering", "Rimelig IPS-implementering",
                    "Fair IPS implementation"),
    Band.NOT_IPS: Text("Ikke IPS", "Ikke IPS", "Not IPS"),
}


class Section(StrEnum):
    """The scale's three parts (seed 003: "normering, organisering og indsats")."""

    STAFFING = "staffing"
    ORGANISATION = "organisation"
    SERVICES = "services"


SECTION_NAMES: dict[Section, Text] = {
    Section.STAFFING: Text("Normering", "Bemanning", "Staffing"),
    Section.ORGANISATION: Text("Organisering", "Organisering", "Organisation"),
    Section.SERVICES: Text("Indsats", "Tjenester", "Services"),
}


@dataclass(frozen=True)
class FidelityItem:
    """One item of the scale.

    `anchors` are the five anchors (score 1 first) for the data-derived items;
    the seven reviewed items take theirs from `forms/fidelity_review.toml`, so
    a team can adjust their wording without code (empty here).
    """

    key: str  # permanent: stored in reviews and the toml's section names
    number: int  # the scale's own numbering, 1–15
    section: Section
    name: Text
    derived: bool
    anchors: tuple[Text, ...] = ()
    mapping: Text | None = None  # how the data stands in for the reviewers' evidence


def _t(da: str, nb: str, en: str) -> Text:
    return Text(da, nb, en)


ITEMS: tuple[FidelityItem, ...] = (
    FidelityItem(
        "caseload_size", 1, Section.STAFFING,
        _t("Sagsstamme", "Klientportefølje", "Caseload size"), True,
        (_t("81 eller flere deltagere pr. fuldtidskonsulent",
            "81 eller flere deltakere per heltids IPS-konsulent",
            "81 or more participants per full-time consultant"),
         _t("61–80 deltagere pr. fuldtidskonsulent", "61–80 deltakere per heltids IPS-konsulent",
            "61–80 participants per full-time consultant"),
         _t("41–60 deltagere pr. fuldtidskonsulent", "41–60 deltakere per heltids IPS-konsulent",
            "41–60 participants per full-time consultant"),
         _t("26–40 deltagere pr. fuldtidskonsulent", "26–40 deltakere per heltids IPS-konsulent",
            "26–40 participants per full-time consultant"),
         _t("25 eller færre deltagere pr. fuldtidskonsulent",
            "25 eller færre deltakere per heltids IPS-konsulent",
            "25 or fewer participants per full-time consultant")),
        _t("Åbne forløb ved periodens slutning delt med konsulenternes FTE (bemandingen); "
           "vist for teamet og for hver konsulent.",
           "Åpne forløp ved periodens slutt delt på konsulentenes stillingsandel; vist for "
           "teamet og for hver konsulent.",
           "Open courses at the period's end divided by the consultants' FTE (staffing); "
           "shown for the team and for each consultant.")),
    FidelityItem(
        "vocational_staff", 2, Section.STAFFING,
        _t("Medarbejdere med beskæftigelsesopgaver", "Medarbeidere som yter yrkesrettede "
           "tjenester", "Vocational services staff"), False),
    FidelityItem(
        "vocational_generalists", 3, Section.STAFFING,
        _t("Generalister i beskæftigelsesindsatsen", "Medarbeidere som yter generelle "
           "sysselsettingstjenester", "Vocational generalists"), False),
    FidelityItem(
        "integration_with_treatment", 4, Section.ORGANISATION,
        _t("Integration af beskæftigelsesindsats og psykiatrisk behandling",
           "Integrasjon av rehabilitering med behandling av psykiske sykdommer",
           "Integration of rehabilitation with mental health treatment"), False),
    FidelityItem(
        "vocational_unit", 5, Section.ORGANISATION,
        _t("IPS-enhed", "Sysselsettingsenhet", "Vocational unit"), False),
    FidelityItem(
        "zero_exclusion", 6, Section.ORGANISATION,
        _t("Ingen udelukkelseskriterier", "Kriterier som ikke ekskluderer noen",
           "Zero-exclusion criteria"), True,
        (_t("Mere end 20 % af de henviste kommer ikke i gang (formelle eller uformelle krav)",
            "Mer enn 20 % av de henviste kommer ikke i gang (formelle eller uformelle krav)",
            "More than 20 % of those referred are not taken in (formal or informal criteria)"),
         _t("Over 10 % og højst 20 % af de henviste kommer ikke i gang",
            "Over 10 % og høyst 20 % av de henviste kommer ikke i gang",
            "Over 10 % and at most 20 % of those referred are not taken in"),
         _t("Over 5 % og højst 10 % af de henviste kommer ikke i gang",
            "Over 5 % og høyst 10 % av de henviste kommer ikke i gang",
            "Over 5 % and at most 10 % of those referred are not taken in"),
         _t("Nogle få (højst 5 %) af de henviste kommer ikke i gang",
            "Noen få (høyst 5 %) av de henviste kommer ikke i gang",
            "A few (at most 5 %) of those referred are not taken in"),
         _t("Alle, der ønsker arbejde, får adgang til IPS", "Alle som ønsker arbeid, får "
            "tilgang til IPS", "Everyone who wants to work has access to IPS")),
        _t("Appen afviser aldrig en henvisning, så vi tæller forløb, der sluttede før et første "
           "møde af en anden grund end deltagerens eget ønske, som andel af periodens "
           "henvisninger (vores egen tilnærmelse; grænserne er vores).",
           "Appen avviser aldri en henvisning, så vi teller forløp som sluttet før et første "
           "møte av en annen grunn enn deltakerens eget ønske, som andel av periodens "
           "henvisninger (vår egen tilnærming; grensene er våre).",
           "The app never turns a referral away, so we count courses that ended before a "
           "first meeting for a reason other than the participant's own wish, as a share of "
           "the period's referrals (our own approximation; the thresholds are ours).")),
    FidelityItem(
        "ongoing_assessment", 7, Section.SERVICES,
        _t("Løbende, arbejdsbaseret vurdering", "Løpende, arbeidsrettet vurdering",
           "Ongoing, work-based assessment"), False),
    FidelityItem(
        "rapid_job_search", 8, Section.SERVICES,
        _t("Hurtig jobsøgning", "Rask oppstart av letingen etter vanlige jobber",
           "Rapid search for competitive jobs"), True,
        (_t("Første virksomhedskontakt i gennemsnit efter mere end et år",
            "Første arbeidsgiverkontakt i snitt etter mer enn ett år",
            "First employer contact on average after more than a year"),
         _t("Første virksomhedskontakt efter 9–12 måneder",
            "Første arbeidsgiverkontakt etter 9–12 måneder",
            "First employer contact after 9–12 months"),
         _t("Første virksomhedskontakt efter 6–9 måneder",
            "Første arbeidsgiverkontakt etter 6–9 måneder",
            "First employer contact after 6–9 months"),
         _t("Første virksomhedskontakt efter 1–6 måneder",
            "Første arbeidsgiverkontakt etter 1–6 måneder",
            "First employer contact after 1–6 months"),
         _t("Første virksomhedskontakt inden for en måned",
            "Første arbeidsgiverkontakt innen én måned",
            "First employer contact within one month")),
        _t("Medianen af dage fra forløbets start (første møde, ellers henvisningen) til første "
           "virksomhedskontakt for deltageren, for forløb startet i perioden; forløb uden "
           "kontakt endnu er vist, men ikke talt.",
           "Medianen av dager fra forløpets start (første møte, ellers henvisningen) til første "
           "arbeidsgiverkontakt for deltakeren, for forløp startet i perioden; forløp uten "
           "kontakt ennå er vist, men ikke talt.",
           "The median of days from the course's start (the first meeting, else the referral) "
           "to the first employer contact for the participant, for courses started in the "
           "period; courses without a contact yet are listed but not counted.")),
    FidelityItem(
        "individualized_job_search", 9, Section.SERVICES,
        _t("Individuel jobsøgning", "Tilpasset jobbsøking", "Individualized job search"), False),
    FidelityItem(
        "job_diversity", 10, Section.SERVICES,
        _t("Forskellighed i job", "Utnyttelse av varierte jobbmuligheter",
           "Diversity of jobs developed"), True,
        (_t("85 % eller flere af jobbene er af samme type eller hos samme virksomhed",
            "85 % eller flere av jobbene er av samme type eller hos samme arbeidsgiver",
            "85 % or more of the jobs are of the same type or at the same employer"),
         _t("70–84 % af jobbene er af samme type eller hos samme virksomhed",
            "70–84 % av jobbene er av samme type eller hos samme arbeidsgiver",
            "70–84 % of the jobs are of the same type or at the same employer"),
         _t("50–69 % af jobbene er af samme type eller hos samme virksomhed",
            "50–69 % av jobbene er av samme type eller hos samme arbeidsgiver",
            "50–69 % of the jobs are of the same type or at the same employer"),
         _t("33–49 % af jobbene er af samme type eller hos samme virksomhed",
            "33–49 % av jobbene er av samme type eller hos samme arbeidsgiver",
            "33–49 % of the jobs are of the same type or at the same employer"),
         _t("Under 33 % af jobbene er af samme type eller hos samme virksomhed",
            "Under 33 % av jobbene er av samme type eller hos samme arbeidsgiver",
            "Less than 33 % of the jobs are of the same type or at the same employer")),
        _t("Job startet i perioden: den største gruppe job af samme type (virksomhedens "
           "branche, ellers stillingsbetegnelsen) eller hos samme virksomhed, som andel af "
           "periodens job; et job, der ikke ligner et andet, danner ingen gruppe.",
           "Jobber startet i perioden: den største gruppen jobber av samme type "
           "(arbeidsgiverens bransje, ellers stillingstittelen) eller hos samme arbeidsgiver, "
           "som andel av periodens jobber; en jobb som ikke ligner en annen, danner ingen "
           "gruppe.",
           "Jobs started in the period: the largest group of jobs of the same type (the "
           "employer's industry, else the job title) or at the same employer, as a share of "
           "the period's jobs; a job like no other forms no group.")),
    FidelityItem(
        "job_permanence", 11, Section.SERVICES,
        _t("Varige job", "Utvikling av permanente jobber", "Permanence of jobs developed"), True,
        (_t("Under 33 % af jobbene er varige job på ordinære vilkår",
            "Under 33 % av jobbene er faste jobber på ordinære vilkår",
            "Less than 33 % of the jobs are permanent jobs on ordinary terms"),
         _t("33–49 % af jobbene er varige job på ordinære vilkår",
            "33–49 % av jobbene er faste jobber på ordinære vilkår",
            "33–49 % of the jobs are permanent jobs on ordinary terms"),
         _t("50–69 % af jobbene er varige job på ordinære vilkår",
            "50–69 % av jobbene er faste jobber på ordinære vilkår",
            "50–69 % of the jobs are permanent jobs on ordinary terms"),
         _t("70–84 % af jobbene er varige job på ordinære vilkår",
            "70–84 % av jobbene er faste jobber på ordinære vilkår",
            "70–84 % of the jobs are permanent jobs on ordinary terms"),
         _t("85 % eller flere af jobbene er varige job på ordinære vilkår",
            "85 % eller flere av jobbene er faste jobber på ordinære vilkår",
            "85 % or more of the jobs are permanent jobs on ordinary terms")),
        _t("Job startet i perioden: andelen på ordinære vilkår (ikke løntilskud), der ikke "
           "sluttede som midlertidigt job.",
           "Jobber startet i perioden: andelen på ordinære vilkår (ikke lønnstilskudd) som "
           "ikke sluttet som midlertidig jobb.",
           "Jobs started in the period: the share on ordinary terms (not wage subsidy) that "
           "did not end as a temporary job.")),
    FidelityItem(
        "jobs_as_transitions", 12, Section.SERVICES,
        _t("Job som overgange", "Stillinger i overgangsfaser", "Jobs as transitions"), False),
    FidelityItem(
        "follow_along", 13, Section.SERVICES,
        _t("Fortløbende støtte", "Fortløpende oppfølging", "Follow-along supports"), True,
        (_t("Ingen eller næsten ingen (under 25 %) i job får løbende støtte",
            "Ingen eller nesten ingen (under 25 %) i jobb får løpende oppfølging",
            "None or almost none (under 25 %) of those working get ongoing support"),
         _t("25–49 % af dem i job får støtte mindst hver måned",
            "25–49 % av dem i jobb får oppfølging minst hver måned",
            "25–49 % of those working get support at least monthly"),
         _t("50–69 % af dem i job får støtte mindst hver måned",
            "50–69 % av dem i jobb får oppfølging minst hver måned",
            "50–69 % of those working get support at least monthly"),
         _t("70–89 % af dem i job får støtte mindst hver måned",
            "70–89 % av dem i jobb får oppfølging minst hver måned",
            "70–89 % of those working get support at least monthly"),
         _t("90 % eller flere af dem i job får støtte mindst hver måned, uden tidsgrænse",
            "90 % eller flere av dem i jobb får oppfølging minst hver måned, uten tidsgrense",
            "90 % or more of those working get support at least monthly, with no time limit")),
        _t("Deltagere i job i perioden: andelen, hvis kontakter mens de var i job aldrig lå "
           "mere end 30 dage fra hinanden; forløb afsluttet fordi tiden var gået tæller imod. "
           "Grænserne er vores egen tilnærmelse.",
           "Deltakere i jobb i perioden: andelen der kontaktene mens de var i jobb aldri lå "
           "mer enn 30 dager fra hverandre. Grensene er vår egen tilnærming.",
           "Participants in a job in the period: the share whose contacts while working were "
           "never more than 30 days apart. The thresholds are our own approximation.")),
    FidelityItem(
        "community_based", 14, Section.SERVICES,
        _t("Indsats i lokalsamfundet", "Tjenester som er basert i lokalsamfunnet",
           "Community-based services"), True,
        (_t("Højst 10 % af kontakterne foregår uden for kontoret",
            "Høyst 10 % av kontaktene skjer utenfor kontoret",
            "At most 10 % of contacts take place outside the office"),
         _t("11–39 % af kontakterne foregår uden for kontoret",
            "11–39 % av kontaktene skjer utenfor kontoret",
            "11–39 % of contacts take place outside the office"),
         _t("40–59 % af kontakterne foregår uden for kontoret",
            "40–59 % av kontaktene skjer utenfor kontoret",
            "40–59 % of contacts take place outside the office"),
         _t("60–69 % af kontakterne foregår uden for kontoret",
            "60–69 % av kontaktene skjer utenfor kontoret",
            "60–69 % of contacts take place outside the office"),
         _t("70 % eller flere af kontakterne foregår uden for kontoret",
            "70 % eller flere av kontaktene skjer utenfor kontoret",
            "70 % or more of contacts take place outside the office")),
        _t("Skalaen måler konsulenternes tid i lokalsamfundet; vi tæller i stedet periodens "
           "kontakter (noter med sted 'i lokalsamfundet' eller 'hos virksomheden' og "
           "kalendermøder med deltageren med et sted uden for kontoret) som andel af alle "
           "kontakter med et sted (vores egen tilnærmelse).",
           "Skalaen måler konsulentenes tid i lokalsamfunnet; vi teller i stedet periodens "
           "kontakter utenfor kontoret som andel av alle kontakter med et sted (vår egen "
           "tilnærming).",
           "The scale measures the consultants' time in the community; we count the period's "
           "contacts held outside the office (notes placed in the community or at the "
           "employer, and calendar meetings with the participant located there) as a share "
           "of all contacts with a place (our own approximation).")),
    FidelityItem(
        "assertive_engagement", 15, Section.SERVICES,
        _t("Aktiv og opsøgende indsats", "Aktiv innsats og omsorg",
           "Assertive engagement and outreach"), True,
        (_t("Under 40 % af de åbne forløb har kontakt mindst hver 30. dag",
            "Under 40 % av de åpne forløpene har kontakt minst hver 30. dag",
            "Under 40 % of open courses have a contact at least every 30 days"),
         _t("40–59 % af de åbne forløb har kontakt mindst hver 30. dag",
            "40–59 % av de åpne forløpene har kontakt minst hver 30. dag",
            "40–59 % of open courses have a contact at least every 30 days"),
         _t("60–74 % af de åbne forløb har kontakt mindst hver 30. dag",
            "60–74 % av de åpne forløpene har kontakt minst hver 30. dag",
            "60–74 % of open courses have a contact at least every 30 days"),
         _t("75–89 % af de åbne forløb har kontakt mindst hver 30. dag",
            "75–89 % av de åpne forløpene har kontakt minst hver 30. dag",
            "75–89 % of open courses have a contact at least every 30 days"),
         _t("90 % eller flere af de åbne forløb har kontakt mindst hver 30. dag, med opsøgende "
            "indsats efter en udeblivelse",
            "90 % eller flere av de åpne forløpene har kontakt minst hver 30. dag, med "
            "oppsøkende arbeid etter et uteblitt møte",
            "90 % or more of open courses have a contact at least every 30 days, with outreach "
            "after a missed contact")),
        _t("Forløb åbne i perioden: andelen, hvor der aldrig gik mere end 30 dage uden en "
           "kontakt (fra forløbets start eller periodens begyndelse til dens slutning); "
           "grænserne er vores egen tilnærmelse.",
           "Forløp åpne i perioden: andelen der det aldri gikk mer enn 30 dager uten kontakt; "
           "grensene er vår egen tilnærming.",
           "Courses open in the period: the share that never went more than 30 days without "
           "a contact (from the course's start or the period's beginning to its end); the "
           "thresholds are our own approximation.")),
)

BY_KEY: dict[str, FidelityItem] = {item.key: item for item in ITEMS}
DERIVED: tuple[str, ...] = tuple(item.key for item in ITEMS if item.derived)
REVIEWED: tuple[str, ...] = tuple(item.key for item in ITEMS if not item.derived)

CONTACT_GAP_DAYS = 30
"""Items 13 and 15: "at least monthly" (seed 002: "minst en gang i måneden")."""


# -- scores ---------------------------------------------------------------------------------

def _check_share(count: int, total: int) -> None:
    if total < 0 or count < 0 or count > total:
        raise ValueError(f"a share needs 0 <= count <= total, got {count}/{total}")


def _at_least(count: int, total: int, percent: int) -> bool:
    """count/total >= percent % in whole numbers, so 33/100 is exactly 33 %."""
    return count * 100 >= percent * total


def score_caseload(participants_per_fte: float) -> int:
    """Item 1: ≤25 → 5, 26–40 → 4, 41–60 → 3, 61–80 → 2, 81 or more → 1.

    A ratio between the scale's whole numbers (25.4) belongs to the band above
    it: more than 25 is no longer "25 or fewer".
    """
    if participants_per_fte < 0:
        raise ValueError("a caseload cannot be negative")
    for limit, score in ((25, 5), (40, 4), (60, 3), (80, 2)):
        if participants_per_fte <= limit:
            return score
    return 1


def score_zero_exclusion(not_taken_in: int, referrals: int) -> int | None:
    """Item 6 (our thresholds): 0 → 5, ≤5 % → 4, ≤10 % → 3, ≤20 % → 2, more → 1.

    None: no referrals in the period, nothing to score.
    """
    _check_share(not_taken_in, referrals)
    if referrals == 0:
        return None
    if not_taken_in == 0:
        return 5
    for percent, score in ((5, 4), (10, 3), (20, 2)):
        if not_taken_in * 100 <= percent * referrals:
            return score
    return 1


def median_days(days: Iterable[int]) -> float | None:
    """The median of the days counted, None when there are none."""
    found = list(days)
    return float(statistics.median(found)) if found else None


def score_rapid_job_search(median: float | None) -> int | None:
    """Item 8: ≤30 days → 5, ≤183 (6 months) → 4, ≤274 (9) → 3, ≤365 (a year) → 2, more → 1."""
    if median is None:
        return None
    for limit, score in ((30, 5), (183, 4), (274, 3), (365, 2)):
        if median <= limit:
            return score
    return 1


def score_job_diversity(alike: int, jobs: int) -> int | None:
    """Item 10, the share of jobs alike another: <33 % → 5, 33–49 → 4, 50–69 → 3, 70–84 → 2,
    ≥85 → 1."""
    _check_share(alike, jobs)
    if jobs == 0:
        return None
    for percent, score in ((85, 1), (70, 2), (50, 3), (33, 4)):
        if _at_least(alike, jobs, percent):
            return score
    return 5


def _score_up(count: int, total: int, steps: tuple[tuple[int, int], ...]) -> int | None:
    """A share where more is better: the first (percent, score) step reached, else 1."""
    _check_share(count, total)
    if total == 0:
        return None
    for percent, score in steps:
        if _at_least(count, total, percent):
            return score
    return 1


def score_job_permanence(permanent: int, jobs: int) -> int | None:
    """Item 11: ≥85 % → 5, 70–84 → 4, 50–69 → 3, 33–49 → 2, <33 → 1."""
    return _score_up(permanent, jobs, ((85, 5), (70, 4), (50, 3), (33, 2)))


def score_follow_along(supported: int, working: int) -> int | None:
    """Item 13 (our thresholds): ≥90 % → 5, 70–89 → 4, 50–69 → 3, 25–49 → 2, <25 → 1."""
    return _score_up(supported, working, ((90, 5), (70, 4), (50, 3), (25, 2)))


def score_community_based(outside: int, contacts: int) -> int | None:
    """Item 14 (the scale's time shares applied to contacts): ≥70 % → 5, 60–69 → 4, 40–59 → 3,
    11–39 → 2, ≤10 → 1."""
    _check_share(outside, contacts)
    if contacts == 0:
        return None
    for percent, score in ((70, 5), (60, 4), (40, 3)):
        if _at_least(outside, contacts, percent):
            return score
    return 2 if outside * 100 > 10 * contacts else 1


def score_assertive_engagement(monthly: int, courses: int) -> int | None:
    """Item 15 (our thresholds): ≥90 % → 5, 75–89 → 4, 60–74 → 3, 40–59 → 2, <40 → 1."""
    return _score_up(monthly, courses, ((90, 5), (75, 4), (60, 3), (40, 2)))


# -- total and band -------------------------------------------------------------------------

def check_score(score: object) -> int:
    """A score is a whole number 1–5 (a reviewed item's answer, a stored review's snapshot)."""
    if not isinstance(score, int) or isinstance(score, bool) \
            or not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(f"a fidelity score is a whole number 1–5, got {score!r}")
    return score


def total(scores: Mapping[str, int | None]) -> int | None:
    """The scale's total out of 75, only when all 15 items have a score."""
    values = [scores.get(item.key) for item in ITEMS]
    if any(value is None for value in values):
        return None
    return sum(check_score(value) for value in values)


def partial_total(scores: Mapping[str, int | None]) -> int:
    """The sum of the items scored so far (the data-derived part, a review in progress)."""
    return sum(check_score(value) for key, value in scores.items()
               if key in BY_KEY and value is not None)


def band(points: int) -> Band:
    """Seed 003: 66–75 good, 56–65 fair, 55 or less not IPS."""
    if not 0 <= points <= MAX_TOTAL:
        raise ValueError(f"a total is 0–{MAX_TOTAL}, got {points}")
    if points >= GOOD_FROM:
        return Band.GOOD
    if points >= FAIR_FROM:
        return Band.FAIR
    return Band.NOT_IPS


# -- figures as text --------------------------------------------------------------------------

_NO_DATA = Text("Ingen data i perioden", "Ingen data i perioden", "No data in the period")
_OF = {"da": "af", "nb": "av", "en": "of"}
_FIGURES: dict[str, Text] = {
    "caseload_size": Text("{value} deltagere pr. fuld tid ({count} forløb, normering {extra})",
                          "{value} deltakere per heltid ({count} forløp, stillingsandel "
                          "{extra})",
                          "{value} participants per full-time post ({count} courses, "
                          "{extra} FTE)"),
    "zero_exclusion": Text("{share} af henvisningerne kom ikke i gang",
                           "{share} av henvisningene kom ikke i gang",
                           "{share} of the referrals were not taken in"),
    "rapid_job_search": Text("median {value} dage til første virksomhedskontakt ({count} "
                             "forløb)",
                             "median {value} dager til første arbeidsgiverkontakt ({count} "
                             "forløp)",
                             "median {value} days to the first employer contact ({count} "
                             "courses)"),
    "job_diversity": Text("{share} af jobbene i samme gruppe", "{share} av jobbene i samme "
                          "gruppe", "{share} of the jobs in one group"),
    "job_permanence": Text("{share} varige job på ordinære vilkår",
                           "{share} faste jobber på ordinære vilkår",
                           "{share} permanent jobs on ordinary terms"),
    "follow_along": Text("{share} af dem i job havde kontakt mindst hver måned",
                         "{share} av dem i jobb hadde kontakt minst hver måned",
                         "{share} of those working had contact at least monthly"),
    "community_based": Text("{share} af møderne uden for kontoret",
                            "{share} av møtene utenfor kontoret",
                            "{share} of meetings outside the office"),
    "assertive_engagement": Text("{share} af forløbene havde kontakt mindst hver 30. dag",
                                 "{share} av forløpene hadde kontakt minst hver 30. dag",
                                 "{share} of courses had contact at least every 30 days"),
}


def decimal_text(value: float, language: str, digits: int = 1) -> str:
    """23,4 in Danish and Norwegian, 23.4 in English."""
    text = f"{value:.{digits}f}"
    return text if language == "en" else text.replace(".", ",")


def share_text(count: int, of: int, language: str) -> str:
    """"78 % (39 af 50)": the percentage rounded to whole numbers, with the counts behind it."""
    percent = round(100 * count / of) if of else 0
    return f"{percent} % ({_whole(count, language)} {_OF.get(language, 'af')} " \
           f"{_whole(of, language)})"


_GROUPING = {"da": ".", "nb": "\u00a0", "en": ","}


def _whole(value: int, language: str) -> str:
    """5.223 (da), 5 223 (nb), 5,223 (en), as domain.messages.number writes them."""
    return f"{value:,}".replace(",", _GROUPING.get(language, "."))


def figure_text(key: str, language: str, *, value: float | None = None,
                count: int | None = None, of: int | None = None,
                extra: float | None = None) -> str:
    """An item's figure in `language`; "no data" when there is nothing to count."""
    template = _FIGURES.get(key)
    if template is None or (value is None and not of):
        return _NO_DATA.get(language)
    digits = 0 if key == "rapid_job_search" and value is not None and value == int(value) else 1
    return template.get(language).format(
        value=decimal_text(value, language, digits) if value is not None else "",
        count=_whole(count, language) if count is not None else 0,
        share=share_text(count or 0, of or 0, language),
        extra=decimal_text(extra, language) if extra is not None else "")
