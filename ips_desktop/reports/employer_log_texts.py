"""The words of the employer-log export and printout, in Danish, Norwegian and English.

The labels of modes, purposes and outcomes are the screen's (ui/texts.py and
its translations), so paper, spreadsheet and screen say the same.

The .xlsx and the week's PDF say the same things (column headers, the
labels of modes, purposes and outcomes, the filter), so they share this
module; the terms follow the glossary (*virksomhedslog*, *arbeidsgiverlogg*).
File names are made here too: the kind of file and its period, never a name.
"""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.enums import ContactMode, ContactOutcome, ContactPurpose

Texts = dict[str, str]

MODES: dict[ContactMode, Texts] = {
    ContactMode.FACE_TO_FACE: {"da": "Ansigt til ansigt", "nb": "Ansikt til ansikt",
                               "en": "Face to face"},
    ContactMode.PHONE: {"da": "Telefon", "nb": "Telefon", "en": "Phone"},
    ContactMode.EMAIL: {"da": "E-mail", "nb": "E-post", "en": "E-mail"},
    ContactMode.VIDEO: {"da": "Video", "nb": "Video", "en": "Video"},
}
PURPOSES: dict[ContactPurpose, Texts] = {
    ContactPurpose.NETWORKING: {"da": "Lære virksomheden at kende",
                                "nb": "Bli kjent med arbeidsgiveren",
                                "en": "Getting to know the business"},
    ContactPurpose.FOR_PARTICIPANT: {"da": "Job til en bestemt deltager",
                                     "nb": "Jobb til en bestemt deltaker",
                                     "en": "A job for a named participant"},
    ContactPurpose.FOLLOW_ALONG: {"da": "Fastholdelse af en, der arbejder der",
                                  "nb": "Oppfølging av en som jobber der",
                                  "en": "Follow-along support for someone working there"},
}
# The short form for table cells (the week's PDF); the screen's log says the same.
PURPOSES_SHORT: dict[ContactPurpose, Texts] = {
    ContactPurpose.NETWORKING: {"da": "Netværk", "nb": "Nettverk", "en": "Networking"},
    ContactPurpose.FOR_PARTICIPANT: {"da": "Job til deltager", "nb": "Jobb til deltaker",
                                     "en": "Job for participant"},
    ContactPurpose.FOLLOW_ALONG: {"da": "Fastholdelse", "nb": "Oppfølging",
                                  "en": "Follow-along"},
}
OUTCOMES: dict[ContactOutcome, Texts] = {
    ContactOutcome.MEETING_AGREED: {"da": "Møde aftalt", "nb": "Møte avtalt",
                                    "en": "Meeting agreed"},
    ContactOutcome.OPENING_FOUND: {"da": "Jobåbning fundet", "nb": "Jobbmulighet funnet",
                                   "en": "Job opening found"},
    ContactOutcome.NO_OPENING: {"da": "Ingen jobåbning lige nu", "nb": "Ingen jobbmulighet nå",
                                "en": "No job opening now"},
    ContactOutcome.HIRED: {"da": "Ansat", "nb": "Ansatt", "en": "Hired"},
    ContactOutcome.OTHER: {"da": "Andet", "nb": "Annet", "en": "Other"},
}

# Column headers, by key; the export and the printout pick the ones they show.
HEADERS: dict[str, Texts] = {
    "date": {"da": "Dato", "nb": "Dato", "en": "Date"},
    "time": {"da": "Tid", "nb": "Tid", "en": "Time"},
    "when": {"da": "Dato og tid", "nb": "Dato og tid", "en": "Date and time"},
    "week": {"da": "Uge", "nb": "Uke", "en": "Week"},
    "consultant": {"da": "Konsulent", "nb": "Konsulent", "en": "Specialist"},
    "employer": {"da": "Virksomhed", "nb": "Arbeidsgiver", "en": "Employer"},
    "contact_person": {"da": "Kontaktperson", "nb": "Kontaktperson", "en": "Contact person"},
    "mode": {"da": "Kontaktform", "nb": "Kontaktform", "en": "Mode"},
    "purpose": {"da": "Formål", "nb": "Formål", "en": "Purpose"},
    "participant": {"da": "Deltager", "nb": "Deltaker", "en": "Participant"},
    "outcome_kind": {"da": "Resultat", "nb": "Resultat", "en": "Outcome"},
    "outcome": {"da": "Resultat, beskrivelse", "nb": "Resultat, beskrivelse",
                "en": "Outcome, notes"},
    "next_step": {"da": "Næste skridt", "nb": "Neste steg", "en": "Next step"},
    "follow_up": {"da": "Opfølgningsdato", "nb": "Dato for oppfølging", "en": "Follow-up date"},
    "follow_up_short": {"da": "Opfølgning", "nb": "Oppfølging", "en": "Follow-up"},
    "follow_up_done": {"da": "Opfølgning udført", "nb": "Fulgt opp", "en": "Follow-up done"},
}

SAID: dict[str, Texts] = {
    "log": {"da": "Virksomhedslog", "nb": "Arbeidsgiverlogg", "en": "Employer contact log"},
    "filter": {"da": "Udvalg", "nb": "Utvalg", "en": "Filter"},
    "period": {"da": "Periode", "nb": "Periode", "en": "Period"},
    "any_date": {"da": "alle datoer", "nb": "alle datoer", "en": "any date"},
    "week_of": {"da": "Uge {week}, {year}", "nb": "Uke {week}, {year}",
                "en": "Week {week}, {year}"},
    "everyone": {"da": "alle", "nb": "alle", "en": "everyone"},
    "any": {"da": "alle", "nb": "alle", "en": "any"},
    "search": {"da": "Søgning", "nb": "Søk", "en": "Search"},
    "contacts": {"da": "Kontakter", "nb": "Kontakter", "en": "Contacts"},
    "made_at": {"da": "Udtrukket", "nb": "Hentet ut", "en": "Exported"},
    "demo": {"da": "Demodata (opdigtede personer)", "nb": "Demodata (oppdiktede personer)",
             "en": "Demo data (made-up people)"},
    "confidential": {"da": "Fortroligt – indeholder personoplysninger",
                     "nb": "Fortrolig – inneholder personopplysninger",
                     "en": "Confidential – contains personal data"},
    "file": {"da": "virksomhedslog", "nb": "arbeidsgiverlogg", "en": "employer-log"},
    "file_week": {"da": "uge", "nb": "uke", "en": "week"},
    # The printout.
    "summary": {"da": "Kontakter ansigt til ansigt med virksomheder i ugen (reference: "
                      "{reference})",
                "nb": "Kontakter ansikt til ansikt med arbeidsgivere i uken (referanse: "
                      "{reference})",
                "en": "Face-to-face employer contacts this week (reference: {reference})"},
    "face_to_face": {"da": "Ansigt til ansigt", "nb": "Ansikt til ansikt",
                     "en": "Face to face"},
    "of_reference": {"da": "{count} af {reference}", "nb": "{count} av {reference}",
                     "en": "{count} of {reference}"},
    "all_contacts": {"da": "Kontakter i alt", "nb": "Kontakter i alt", "en": "All contacts"},
    "reached": {"da": "Reference nået", "nb": "Referanse nådd", "en": "Reference met"},
    "yes": {"da": "Ja", "nb": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "nb": "Nei", "en": "No"},
    "no_consultants": {"da": "Ingen aktive konsulenter.", "nb": "Ingen aktive konsulenter.",
                       "en": "No active specialists."},
    "no_contacts": {"da": "Ingen kontakter i ugen.", "nb": "Ingen kontakter i uken.",
                    "en": "No contacts this week."},
    "contact_count": {"da": "{n} kontakter", "nb": "{n} kontakter", "en": "{n} contacts"},
    "one_contact": {"da": "1 kontakt", "nb": "1 kontakt", "en": "1 contact"},
    "not_done": {"da": "ikke udført", "nb": "ikke fulgt opp", "en": "not done"},
    "done_on": {"da": "udført {day}", "nb": "fulgt opp {day}", "en": "done {day}"},
}


def said(key: str, language: str, **values: object) -> str:
    """One of the texts above in `language` (Danish when it has none)."""
    texts = SAID[key]
    return texts.get(language, texts["da"]).format(**values)


def label(texts: Texts, language: str) -> str:
    return texts.get(language, texts["da"])


def contact_count(n: int, language: str) -> str:
    return said("one_contact", language) if n == 1 else said("contact_count", language, n=n)


def export_file_name(language: str, *, week: tuple[int, int] | None, first: date | None,
                     last: date | None, extension: str) -> str:
    """A file name to suggest: the kind of file and its period, never a person's name.

    "virksomhedslog-uge-49-2026.xlsx" for a week, "virksomhedslog-2026-11-01-2026-11-30.xlsx"
    for dates, "virksomhedslog.xlsx" for the whole log.
    """
    stem = said("file", language)
    if week is not None:
        stem += f"-{said('file_week', language)}-{week[1]}-{week[0]}"
    elif first or last:
        stem += "".join(f"-{day.isoformat()}" for day in (first, last) if day)
    return f"{stem}.{extension}"
