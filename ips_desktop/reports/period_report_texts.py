"""The period report's words on paper and in the spreadsheet, in da, nb and en.

The printout (reports/period_report_pdf.py) and the workbook
(reports/period_report_xlsx.py) say the same things, so they share this
module. Terms follow the glossary (*forløb*, *karriereprofil*, *på ordinære
vilkår*, *løntilskud*); the end reasons are the screen's words
(ui/texts.py and its translations). "IPS STAR" is STAR's own marker and is
never translated. Texts are built from the report's fields only: no figure
is counted again here.
"""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.enums import EndReason
from ips_desktop.domain.typed_dates import format_date
from ips_desktop.services.period_report import CourseLine, JobStart, LeftOut, PeriodReport, Quarter

Texts = dict[str, str]

END_REASONS: dict[EndReason, Texts] = {
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

LEFT_OUT: dict[str, Texts] = {
    LeftOut.UNDER_4_HOURS: {"da": "Nej: under 4 timer om ugen", "nb": "Nei: under 4 timer i uken",
                            "en": "No: under 4 hours a week"},
    LeftOut.UNKNOWN_HOURS: {"da": "Nej: timetal ikke oplyst", "nb": "Nei: timetall ikke oppgitt",
                            "en": "No: hours not recorded"},
    LeftOut.NOT_ORDINARY_TERMS: {"da": "Nej: ikke på ordinære vilkår (fx løntilskud)",
                                 "nb": "Nei: ikke på ordinære vilkår (f.eks. lønnstilskudd)",
                                 "en": "No: not on ordinary terms (e.g. wage subsidy)"},
}

HEADERS: dict[str, Texts] = {
    "name": {"da": "Navn", "nb": "Navn", "en": "Name"},
    "cpr": {"da": "CPR-nummer", "nb": "Fødselsnr. (CPR)", "en": "CPR number"},
    "consultant": {"da": "Konsulent", "nb": "Konsulent", "en": "Specialist"},
    "referral_date": {"da": "Henvist", "nb": "Henvist", "en": "Referred"},
    "first_meeting": {"da": "Første møde (start)", "nb": "Første møte (start)",
                      "en": "First meeting (start)"},
    "ended_on": {"da": "Slutdato", "nb": "Sluttdato", "en": "End date"},
    "end_reason": {"da": "Slutårsag", "nb": "Sluttårsak", "en": "End reason"},
    "marker": {"da": "Markering", "nb": "Markering", "en": "Marker"},
    "start_date": {"da": "Startdato", "nb": "Startdato", "en": "Start date"},
    "hours": {"da": "Timer om ugen", "nb": "Timer i uken", "en": "Hours a week"},
    "ordinary_terms": {"da": "På ordinære vilkår", "nb": "På ordinære vilkår",
                       "en": "On ordinary terms"},
    "counted": {"da": "Talt med", "nb": "Telt med", "en": "Counted"},
    "quarter": {"da": "Kvartal", "nb": "Kvartal", "en": "Quarter"},
    "from": {"da": "Fra", "nb": "Fra", "en": "From"},
    "to": {"da": "Til", "nb": "Til", "en": "To"},
    "partial": {"da": "Delvis", "nb": "Delvis", "en": "Partial"},
    "referrals": {"da": "Henvisninger", "nb": "Henvisninger", "en": "Referrals"},
    "profiles_started": {"da": "Karriereprofiler påbegyndt", "nb": "Yrkesprofiler påbegynt",
                         "en": "Career profiles begun"},
    "job_starts": {"da": "Jobstarter, mindst 4 timer om ugen",
                   "nb": "Jobbstarter, minst 4 timer i uken",
                   "en": "Job starts, at least 4 hours a week"},
    "in_work": {"da": "I job ved udgangen", "nb": "I jobb ved utgangen",
                "en": "In work at the end"},
    "in_work_on": {"da": "Opgjort den", "nb": "Telt den", "en": "Counted on"},
    "under_4_hours": {"da": "Udeladt: under 4 timer", "nb": "Utelatt: under 4 timer",
                      "en": "Left out: under 4 hours"},
    "unknown_hours": {"da": "Udeladt: timetal ikke oplyst",
                      "nb": "Utelatt: timetall ikke oppgitt", "en": "Left out: hours unknown"},
    "not_ordinary_terms": {"da": "Udeladt: ikke ordinære vilkår",
                           "nb": "Utelatt: ikke ordinære vilkår",
                           "en": "Left out: not ordinary terms"},
    "education_starts": {"da": "Uddannelsesstarter (ikke jobstarter)",
                         "nb": "Utdanningsstarter (ikke jobbstarter)",
                         "en": "Education starts (not job starts)"},
}

SAID: dict[str, Texts] = {
    "title": {"da": "Indberetning: IPS-forløb og kvartalstal",
              "nb": "Rapportering: IPS-forløp og kvartalstall",
              "en": "Period report: IPS courses and quarterly figures"},
    "period": {"da": "Periode {first} – {last}", "nb": "Periode {first} – {last}",
               "en": "Period {first} – {last}"},
    "as_of": {"da": "opgjort pr. {day}", "nb": "status per {day}", "en": "as of {day}"},
    "team": {"da": "Hele teamet", "nb": "Hele teamet", "en": "The whole team"},
    "one": {"da": "Konsulent {initials}", "nb": "Konsulent {initials}",
            "en": "Specialist {initials}"},
    "own": {"da": "Kun dine egne forløb ({initials})", "nb": "Bare dine egne forløp ({initials})",
            "en": "Only your own courses ({initials})"},
    "quarters": {"da": "Kvartalstal", "nb": "Kvartalstall", "en": "Quarterly figures"},
    "started": {"da": "Forløb startet i perioden – markér dem med IPS STAR i sagssystemet",
                "nb": "Forløp startet i perioden – merk dem med IPS STAR i saksbehandlingssystemet",
                "en": "Courses started in the period – mark them IPS STAR in the case system"},
    "ended": {"da": "Forløb afsluttet i perioden – indtast slutdatoen i sagssystemet",
              "nb": "Forløp avsluttet i perioden – legg inn sluttdatoen i "
                    "saksbehandlingssystemet",
              "en": "Courses ended in the period – enter the end date in the case system"},
    "job_starts": {"da": "Jobstarter i perioden – hvad der er talt med",
                   "nb": "Jobbstarter i perioden – hva som er telt med",
                   "en": "Job starts in the period – what was counted"},
    "no_rows": {"da": "Ingen i perioden.", "nb": "Ingen i perioden.",
                "en": "None in the period."},
    "whole_period": {"da": "Hele perioden", "nb": "Hele perioden", "en": "The whole period"},
    "not_begun": {"da": "ikke begyndt", "nb": "ikke begynt", "en": "not begun"},
    "partial": {"da": "delvis", "nb": "delvis", "en": "partial"},
    "quarter": {"da": "{year} K{number}", "nb": "{year} K{number}", "en": "{year} Q{number}"},
    "unknown": {"da": "ikke oplyst", "nb": "ikke oppgitt", "en": "not recorded"},
    "yes": {"da": "Ja", "nb": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "nb": "Nei", "en": "No"},
    "how": {"da": "Sådan er der talt: et forløb er startet den dag, første møde blev holdt, "
                  "og afsluttet på sin slutdato. Kvartalerne er skåret til perioden. En jobstart "
                  "tæller med, når det er et job på ordinære vilkår med mindst 4 timer om ugen; "
                  "job på andre vilkår (fx løntilskud), uden oplyst timetal eller under 4 timer "
                  "står som udeladt. I job: deltagere i et åbent forløb med et job på ordinære "
                  "vilkår på dagen (uden krav om timetal). Et forløb hører til den konsulent, "
                  "der har det nu.",
            "nb": "Slik er det telt: et forløp er startet den dagen første møte ble holdt, og "
                  "avsluttet på sluttdatoen. Kvartalene er kuttet til perioden. En jobbstart "
                  "telles når det er en jobb på ordinære vilkår med minst 4 timer i uken; jobb "
                  "på andre vilkår (f.eks. lønnstilskudd), uten oppgitt timetall eller under 4 "
                  "timer står som utelatt. I jobb: deltakere i et åpent forløp med en jobb på "
                  "ordinære vilkår den dagen (uten krav om timetall). Et forløp hører til "
                  "konsulenten som har det nå.",
            "en": "How it is counted: a course starts on the day its first meeting was held "
                  "and ends on its end date. Quarters are cut to the period. A job start counts "
                  "when it is a job on ordinary terms of at least 4 hours a week; jobs on other "
                  "terms (e.g. wage subsidy), without recorded hours or under 4 hours are shown "
                  "as left out. In work: participants in an open course holding a job on "
                  "ordinary terms that day (no minimum of hours). A course belongs to the "
                  "specialist who holds it now."},
    "made_at": {"da": "Dannet", "nb": "Laget", "en": "Made"},
    "demo": {"da": "DEMO – opdigtede data", "nb": "DEMO – oppdiktede data",
             "en": "DEMO – made-up data"},
    "confidential": {"da": "Fortroligt – indeholder personoplysninger",
                     "nb": "Fortrolig – inneholder personopplysninger",
                     "en": "Confidential – contains personal data"},
    "sheet_started": {"da": "Startet", "nb": "Startet", "en": "Started"},
    "sheet_ended": {"da": "Afsluttet", "nb": "Avsluttet", "en": "Ended"},
    "sheet_job_starts": {"da": "Jobstarter", "nb": "Jobbstarter", "en": "Job starts"},
    "sheet_quarters": {"da": "Kvartalstal", "nb": "Kvartalstall", "en": "Quarterly figures"},
}


def label(texts: Texts, language: str) -> str:
    return texts.get(language) or texts["da"]


def header(key: str, language: str) -> str:
    return label(HEADERS[key], language)


def said(key: str, language: str, **values: object) -> str:
    return label(SAID[key], language).format(**values)


def day(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def short_day(value: date) -> str:
    """dd.mm. for a span's ends inside one year's quarter."""
    return value.strftime("%d.%m.")


def who(report: PeriodReport, language: str) -> str:
    """Whose courses the report holds: the team, one consultant, or the reader's own."""
    if report.own_courses:
        return said("own", language, initials=report.consultant_initials)
    if report.consultant_id is not None:
        return said("one", language, initials=report.consultant_initials)
    return said("team", language)


def subtitle(report: PeriodReport, language: str) -> str:
    return " · ".join((said("period", language, first=day(report.first), last=day(report.last)),
                       said("as_of", language, day=day(report.as_of)), who(report, language)))


def quarter_name(quarter: Quarter, language: str) -> str:
    return said("quarter", language, year=quarter.year, number=quarter.number)


def quarter_span(quarter: Quarter, language: str) -> str:
    """"15.02.–31.03. (delvis)": the part of the quarter the figures cover."""
    text = f"{short_day(quarter.starts_on)}–{short_day(quarter.ends_on)}"
    return f"{text} ({said('partial', language)})" if quarter.partial else text


def end_reason(line: CourseLine, language: str) -> str:
    """The reason in words; "Andet" with the consultant's own words after it."""
    if line.end_reason is None:
        return ""
    text = label(END_REASONS[line.end_reason], language)
    return f"{text}: {line.end_reason_text}" if line.end_reason_text else text


def counted(job: JobStart, language: str) -> str:
    return said("yes", language) if job.left_out is None else label(LEFT_OUT[job.left_out],
                                                                    language)


def hours(job: JobStart, language: str) -> str:
    if job.hours_per_week is None:
        return said("unknown", language)
    return f"{job.hours_per_week:g}".replace(".", "," if language != "en" else ".")
