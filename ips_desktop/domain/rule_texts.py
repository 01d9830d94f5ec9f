"""Each IPS rule in plain words, for the header of a participant's page and the lists.

A warning is only useful if it says what makes it go away, so every rule has
a remedy ("registrér et møde med deltageren …") beside its text, and consent
has its status and its remedy here too: the participant page, the list and
the supervision list all read these, so they say the same thing in the same words.
"""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.messages import current_language, plural
from ips_desktop.domain.rules import RuleId

RULE_TEXTS: dict[RuleId, dict[str, str]] = {
    RuleId.FIRST_MEETING: {
        "da": "Første møde skal holdes inden for 7 dage efter henvisning",
        "nb": "Første møte skal holdes innen 7 dager etter henvisning",
        "en": "The first meeting is held within 7 days of the referral",
    },
    RuleId.FIRST_EMPLOYER_CONTACT: {
        "da": "Første virksomhedskontakt for deltageren inden for 30 dage efter forløbets start",
        "nb": "Første arbeidsgiverkontakt for deltakeren innen 30 dager etter oppstart",
        "en": "The first employer contact for the participant within 30 days of the start",
    },
    RuleId.PROFILE_AND_PLAN_STARTED: {
        "da": "Karriereprofil og handleplan påbegyndes inden for de første uger "
              "(en påmindelse, aldrig en betingelse for jobsøgning)",
        "nb": "Yrkesprofil og handlingsplan påbegynnes innen de første ukene "
              "(en påminnelse, aldri en betingelse for jobbsøking)",
        "en": "Career profile and employment plan are begun within the first weeks "
              "(a reminder, never a condition for job search)",
    },
    RuleId.PLAN_REVIEW: {
        "da": "Handleplanen gennemgås mindst hvert kvartal (91 dage)",
        "nb": "Handlingsplanen gjennomgås minst hvert kvartal (91 dager)",
        "en": "The employment plan is reviewed at least every quarter (91 days)",
    },
    RuleId.PARTICIPANT_CONTACT: {
        "da": "Kontakt med deltageren mindst hver 30. dag",
        "nb": "Kontakt med deltakeren minst hver 30. dag",
        "en": "Contact with the participant at least every 30 days",
    },
}

REMEDY_TEXTS: dict[RuleId, dict[str, str]] = {
    RuleId.FIRST_MEETING: {
        "da": "registrér et møde med deltageren under Kontakter, "
              "eller udfyld 'Dato for første møde' på fanen Henvisning",
        "nb": "registrer et møte med deltakeren under Kontakter, "
              "eller fyll ut 'Dato for første møte' i fanen Henvisning",
        "en": "log a meeting with the participant under Contacts, "
              "or fill in 'Date of first meeting' on the Referral tab",
    },
    RuleId.FIRST_EMPLOYER_CONTACT: {
        "da": "registrér den første virksomhedskontakt for deltageren i virksomhedsloggen",
        "nb": "registrer den første arbeidsgiverkontakten for deltakeren i arbeidsgiverloggen",
        "en": "log the first employer contact for the participant in the employer contact log",
    },
    RuleId.PROFILE_AND_PLAN_STARTED: {
        "da": "påbegynd karriereprofilen og handleplanen sammen med deltageren",
        "nb": "påbegynn yrkesprofilen og handlingsplanen sammen med deltakeren",
        "en": "begin the career profile and the employment plan with the participant",
    },
    RuleId.PLAN_REVIEW: {
        "da": "gennemgå handleplanen med deltageren og registrér gennemgangen",
        "nb": "gjennomgå handlingsplanen med deltakeren og registrer gjennomgangen",
        "en": "review the employment plan with the participant and record the review",
    },
    RuleId.PARTICIPANT_CONTACT: {
        "da": "registrér en kontakt med deltageren under Kontakter (møde, telefon eller sms)",
        "nb": "registrer en kontakt med deltakeren under Kontakter (møte, telefon eller sms)",
        "en": "log a contact with the participant under Contacts (meeting, phone or text)",
    },
}

_TOOLKIT = {"da": "Kilde: IPS-værktøjskassen (SAMHSA), norsk udgave",
            "nb": "Kilde: IPS-verktøykassen (SAMHSA), norsk utgave",
            "en": "Source: the IPS toolkit (SAMHSA), Norwegian edition"}

SOURCE_QUOTES: dict[RuleId, str] = {
    # The seed's own words (Norwegian, as the toolkit is), so a reader can look them up.
    RuleId.FIRST_MEETING: "«møtes IPS-konsulentene og deltakerne innen en uke etter henvisning»",
    RuleId.FIRST_EMPLOYER_CONTACT: "«innen én måned etter at de begynner i IPS-programmet»",
    RuleId.PROFILE_AND_PLAN_STARTED: "«innen noen få uker» — «skjemaet ikke behøver å være "
                                     "ferdig utfylt»",
    RuleId.PLAN_REVIEW: "«oppdatere planene hvert kvartal»",
    RuleId.PARTICIPANT_CONTACT: "«Aktiv innsats» — kontakt «minst en gang i måneden»",
}

CONSENT_TEXTS: dict[str, dict[str, str]] = {
    "given": {"da": "Samtykke givet den {date}", "nb": "Samtykke gitt den {date}",
              "en": "Consent given on {date}"},
    "missing": {
        "da": "Samtykke mangler — når deltageren har givet samtykke, "
              "udfyld 'Samtykke givet den' på fanen Henvisning",
        "nb": "Samtykke mangler — når deltakeren har gitt samtykke, "
              "fyll ut 'Samtykke gitt den' i fanen Henvisning",
        "en": "Consent missing — once the participant has given consent, "
              "fill in 'Consent given on' on the Referral tab",
    },
    "withdrawn": {
        "da": "Samtykket blev trukket tilbage den {date} — et nyt samtykke registreres "
              "på fanen Henvisning",
        "nb": "Samtykket ble trukket tilbake den {date} — et nytt samtykke registreres "
              "i fanen Henvisning",
        "en": "Consent was withdrawn on {date} — a new consent is recorded on the Referral tab",
    },
    # The short forms the lists and the sharing warnings use: withdrawn is not "missing".
    "withdrawn_short": {"da": "Samtykke trukket tilbage {date}",
                        "nb": "Samtykke trukket tilbake {date}",
                        "en": "Consent withdrawn {date}"},
    "missing_short": {"da": "Samtykke mangler", "nb": "Samtykke mangler",
                      "en": "Consent missing"},
}

SHORT_TEXTS: dict[RuleId, dict[str, str]] = {
    RuleId.FIRST_MEETING: {"da": "Første møde", "nb": "Første møte", "en": "First meeting"},
    RuleId.FIRST_EMPLOYER_CONTACT: {"da": "Første virksomhedskontakt",
                                    "nb": "Første arbeidsgiverkontakt",
                                    "en": "First employer contact"},
    RuleId.PROFILE_AND_PLAN_STARTED: {"da": "Profil og plan", "nb": "Profil og plan",
                                      "en": "Profile and plan"},
    RuleId.PLAN_REVIEW: {"da": "Gennemgang af plan", "nb": "Gjennomgang av plan",
                         "en": "Plan review"},
    RuleId.PARTICIPANT_CONTACT: {"da": "Månedlig kontakt", "nb": "Månedlig kontakt",
                                 "en": "Monthly contact"},
}


def rule_text(rule: RuleId, language: str | None = None) -> str:
    return RULE_TEXTS[rule][language or current_language()]


def rule_short(rule: RuleId, language: str | None = None) -> str:
    return SHORT_TEXTS[rule][language or current_language()]


def rule_remedy(rule: RuleId, language: str | None = None) -> str:
    """What the consultant does to clear the rule's warning, in a phrase after a dash."""
    return REMEDY_TEXTS[rule][language or current_language()]


def rule_source(rule: RuleId, language: str | None = None) -> str:
    """Where the rule comes from, with the seed's words: the supervision list's hover text."""
    return f"{_TOOLKIT[language or current_language()]}: {SOURCE_QUOTES[rule]}"


def consent_missing(given_on: date | None, withdrawn_on: date | None, today: date) -> bool:
    """No consent, or one withdrawn by today: a warning, never a block (seed 004)."""
    return given_on is None or (withdrawn_on is not None and withdrawn_on <= today)


def consent_state(given_on: date | None, withdrawn_on: date | None, today: date) -> str:
    """"given", "missing" (never given) or "withdrawn" (by today): a withdrawal is the
    person's word that nothing more is shared, so it is said apart from "not yet"."""
    if given_on is None:
        return "missing"
    if withdrawn_on is not None and withdrawn_on <= today:
        return "withdrawn"
    return "given"


def consent_short(given_on: date | None, withdrawn_on: date | None, today: date,
                  language: str | None = None) -> str:
    """"Samtykke trukket tilbage 3.11.2026" or "Samtykke mangler" ("" when given)."""
    state = consent_state(given_on, withdrawn_on, today)
    language = language or current_language()
    if state == "withdrawn":
        assert withdrawn_on is not None
        return CONSENT_TEXTS["withdrawn_short"][language].format(date=short_day(withdrawn_on))
    return CONSENT_TEXTS["missing_short"][language] if state == "missing" else ""


def short_day(day: date) -> str:
    """3.11.2026: the Danish way, without leading zeros, as the warnings say it."""
    return f"{day.day}.{day.month}.{day.year}"


def consent_text(given_on: date | None, withdrawn_on: date | None, today: date,
                 language: str | None = None) -> str:
    """"Samtykke givet den 25.11.2026", or the warning that says how to record it."""
    texts = CONSENT_TEXTS
    language = language or current_language()
    if given_on is None:
        return texts["missing"][language]
    if withdrawn_on is not None and withdrawn_on <= today:
        return texts["withdrawn"][language].format(date=withdrawn_on.strftime("%d.%m.%Y"))
    return texts["given"][language].format(date=given_on.strftime("%d.%m.%Y"))


def overdue_text(rule: RuleId, days_overdue: int, language: str | None = None) -> str:
    """ "Første møde — 14 dage over fristen": for the CLI and the printouts (no Qt there)."""
    return f"{rule_short(rule, language)} — {plural('days_overdue', days_overdue, language)}"


def overdue_warning(rule: RuleId, days_overdue: int, language: str | None = None) -> str:
    """The whole warning: the rule, how late, and what clears it (page, lists, supervision)."""
    return (f"{rule_text(rule, language)} — {plural('days_overdue', days_overdue, language)}"
            f" — {rule_remedy(rule, language)}")
