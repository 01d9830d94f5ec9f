"""Each IPS rule in plain words, for the header of a participant's page and the lists."""

from __future__ import annotations

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



def overdue_text(rule: RuleId, days_overdue: int, language: str | None = None) -> str:
    """ "Første møde — 14 dage over fristen": for the CLI and the printouts (no Qt there)."""
    return f"{rule_short(rule, language)} — {plural('days_overdue', days_overdue, language)}"
