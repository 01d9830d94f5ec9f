"""The words of the access copy (GDPR art. 15) in Danish, Norwegian bokmål and English.

The vocabularies are the screen's words (ui/texts.py and its translations,
GLOSSARY.md), so that the person reads in their copy what the consultant
sees; a code the app does not know (a newer version's) prints as it is stored.
"""

from __future__ import annotations

from datetime import date, datetime

from ips_desktop.domain.enums import (
    AuditAction,
    EndReason,
    EventKind,
    FormStatus,
    NoteKind,
    NotePlace,
    OpeningStatus,
    PlacementEndReason,
)
from ips_desktop.reports.employer_log_texts import MODES, OUTCOMES, PURPOSES
from ips_desktop.reports.supervision_texts import KINDS, PHASES

Texts = dict[str, str]


def _t(da: str, nb: str, en: str) -> Texts:
    return {"da": da, "nb": nb, "en": en}


VOCABULARIES: dict[str, dict[str, Texts]] = {
    "phase": {str(k): v for k, v in PHASES.items()},
    "placement_kind": {str(k): v for k, v in KINDS.items()},
    "mode": {str(k): v for k, v in MODES.items()},
    "purpose": {str(k): v for k, v in PURPOSES.items()},
    "outcome": {str(k): v for k, v in OUTCOMES.items()},
    "end_reason": {
        EndReason.PARTICIPANT_WISH: _t("Deltagerens ønske", "Deltakerens ønske",
                                       "The participant's wish"),
        EndReason.GOAL_REACHED: _t("I job eller uddannelse – ønsker ikke længere støtte",
                                   "I jobb eller utdanning – ønsker ikke lenger oppfølging",
                                   "In job or education, and support no longer wanted"),
        EndReason.MOVED_AWAY: _t("Fraflyttet", "Flyttet", "Moved away"),
        EndReason.ENDED_TREATMENT: _t("Behandling afsluttet", "Behandling avsluttet",
                                      "Treatment ended"),
        EndReason.OTHER: _t("Andet", "Annet", "Other"),
    },
    "note_kind": {
        NoteKind.MEETING: _t("Møde", "Møte", "Meeting"),
        NoteKind.PHONE: _t("Telefonsamtale", "Telefonsamtale", "Phone call"),
        NoteKind.TEXT_MESSAGE: _t("Sms", "SMS", "Text message"),
        NoteKind.HOME_VISIT: _t("Hjemmebesøg", "Hjemmebesøk", "Home visit"),
        NoteKind.WITH_CLINICIAN: _t("Med behandler", "Med behandler", "With clinician"),
        NoteKind.JOINT_START_UP: _t("Fælles opstartsmøde", "Felles oppstartsmøte",
                                    "Joint start-up meeting"),
    },
    "note_place": {
        NotePlace.COMMUNITY: _t("I lokalsamfundet", "I nærmiljøet", "In the community"),
        NotePlace.EMPLOYER: _t("Hos virksomheden", "Hos arbeidsgiveren", "At the employer"),
        NotePlace.VIDEO: _t("Via video", "Via video", "By video"),
        NotePlace.JOBCENTER: _t("Jobcenter", "NAV-kontor", "Jobcenter"),
        NotePlace.PSYCHIATRY: _t("Psykiatrien", "Psykiatrien", "Psychiatry"),
    },
    "event_kind": {
        EventKind.PRESENCE_DAY: _t("Mødedag i psykiatrien", "Oppmøtedag i psykiatrien",
                                   "Presence in psychiatry"),
        EventKind.TREATMENT_CONFERENCE: _t("Konference", "Behandlingsmøte",
                                           "Treatment conference"),
        EventKind.JOINT_START_UP: _t("Fælles opstartsmøde", "Felles oppstartsmøte",
                                     "Joint start-up meeting"),
        EventKind.PARTICIPANT_MEETING: _t("Møde med deltager", "Møte med deltaker",
                                          "Meeting with participant"),
        EventKind.EMPLOYER_MEETING: _t("Virksomhedsbesøg", "Arbeidsgiverbesøk", "Employer visit"),
        EventKind.SUPERVISION: _t("Supervision", "Gruppeveiledning", "Group supervision"),
        EventKind.OTHER: _t("Andet", "Annet", "Other"),
    },
    "placement_end": {
        PlacementEndReason.QUIT: _t("Sagde selv op", "Sa opp selv", "Left of their own accord"),
        PlacementEndReason.DISMISSED: _t("Afskediget", "Oppsagt", "Dismissed"),
        PlacementEndReason.TEMPORARY_JOB_ENDED: _t("Tidsbegrænset job udløb",
                                                   "Midlertidig jobb tok slutt",
                                                   "A temporary job ended"),
        PlacementEndReason.COMPLETED_EDUCATION: _t("Uddannelse gennemført", "Utdanning fullført",
                                                   "Education completed"),
        PlacementEndReason.OTHER: _t("Andet", "Annet", "Other"),
    },
    "opening_status": {
        OpeningStatus.OPEN: _t("Åben", "Åpen", "Open"),
        OpeningStatus.FILLED: _t("Besat", "Besatt", "Filled"),
        OpeningStatus.CLOSED: _t("Lukket", "Lukket", "Closed"),
    },
    "form_status": {
        FormStatus.DRAFT: _t("Kladde", "Utkast", "Draft"),
        FormStatus.COMPLETE: _t("Færdig", "Ferdig", "Complete"),
    },
    "action": {
        AuditAction.CREATE: _t("oprettet", "opprettet", "created"),
        AuditAction.UPDATE: _t("ændret", "endret", "changed"),
        AuditAction.DELETE: _t("slettet", "slettet", "deleted"),
        AuditAction.READ: _t("læst", "lest", "read"),
        AuditAction.PRINT: _t("udskrevet", "skrevet ut", "printed"),
        AuditAction.EXPORT: _t("eksporteret", "eksportert", "exported"),
        AuditAction.ERASE: _t("slettet helt", "slettet helt", "erased"),
        AuditAction.MERGE: _t("lagt sammen", "slått sammen", "merged"),
    },
    "entity": {
        "participant": _t("person", "person", "person"),
        "course": _t("forløb", "forløp", "course"),
        "note": _t("notat", "notat", "note"),
        "consent": _t("samtykke", "samtykke", "consent"),
        "form_response": _t("skema", "skjema", "form"),
        "placement": _t("job/uddannelse", "jobb/utdanning", "job/education"),
        "employer_contact": _t("virksomhedskontakt", "arbeidsgiverkontakt", "employer contact"),
        "calendar_event": _t("kalenderaftale", "kalenderavtale", "calendar event"),
        "supervision_item": _t("supervision", "gruppeveiledning", "supervision"),
        "job_opening": _t("jobåbning", "jobbmulighet", "job opening"),
        "plan_review": _t("revision af handleplan", "revisjon av handlingsplan", "plan review"),
    },
}

SAID: dict[str, Texts] = {
    "title": _t("Indsigt i egne oplysninger", "Innsyn i egne opplysninger",
                "Access to one's own data"),
    "heading": _t("Udtræk efter databeskyttelsesforordningens artikel 15",
                  "Utdrag etter personvernforordningens artikkel 15",
                  "Copy under Article 15 of the General Data Protection Regulation"),
    "intro": _t("Her er alt, hvad IPS Desktop har registreret om dig på denne computer, også "
                "oplysninger, der er markeret som slettet. Udtrækket er lavet {when}.",
                "Her er alt IPS Desktop har registrert om deg på denne datamaskinen, også "
                "opplysninger som er merket som slettet. Utdraget er laget {when}.",
                "This is everything IPS Desktop holds about you on this computer, including "
                "records marked as deleted. The copy was made {when}."),
    "person": _t("Personoplysninger", "Personopplysninger", "About you"),
    "course": _t("Forløb {n}: henvist {date}", "Forløp {n}: henvist {date}",
                 "Course {n}: referred {date}"),
    "referral": _t("Henvisning og forløb", "Henvisning og forløp", "Referral and course"),
    "consents": _t("Samtykke", "Samtykke", "Consent"),
    "phases": _t("Faser", "Faser", "Phases"),
    "notes": _t("Kontakter og notater", "Kontakter og notater", "Contact notes"),
    "forms": _t("Skemaer", "Skjemaer", "Forms"),
    "history": _t("Ændringer", "Endringer", "Changes"),
    "plan_reviews": _t("Revision af handleplanen", "Revisjon av handlingsplanen",
                       "Employment plan reviews"),
    "employer_contacts": _t("Virksomhedskontakter for dig", "Arbeidsgiverkontakter for deg",
                            "Employer contacts made for you"),
    "placements": _t("Job og uddannelse", "Jobb og utdanning", "Jobs and education"),
    "candidacies": _t("Jobåbninger, du var i betragtning til",
                      "Jobbmuligheter du ble vurdert for",
                      "Job openings you were considered for"),
    "events": _t("Kalenderaftaler", "Kalenderavtaler", "Calendar events"),
    "supervision": _t("Supervision (teamets gennemgang)", "Gruppeveiledning (teamets gjennomgang)",
                      "Group supervision (the team's review)"),
    "audit": _t("Adgangslog: hvem har set, ændret, udskrevet eller eksporteret",
                "Tilgangslogg: hvem har sett, endret, skrevet ut eller eksportert",
                "Audit trail: who read, changed, printed or exported"),
    "none": _t("Ingen.", "Ingen.", "None."),
    "deleted": _t("markeret som slettet {when}", "merket som slettet {when}",
                  "marked as deleted {when}"),
    "by": _t("af {who}", "av {who}", "by {who}"),
    "withdrawn": _t("trukket tilbage {date}", "trukket tilbake {date}", "withdrawn {date}"),
    "given": _t("givet {date}", "gitt {date}", "given {date}"),
    "labels_from": _t("Spørgsmålene står, som version {version} stillede dem.",
                      "Spørsmålene står slik versjon {version} stilte dem.",
                      "The questions read as version {version} asked them."),
    "labels_today": _t("Version {version} findes ikke længere; spørgsmålene står, som "
                       "version {today} stiller dem.",
                       "Versjon {version} finnes ikke lenger; spørsmålene står slik "
                       "versjon {today} stiller dem.",
                       "Version {version} is no longer held; the questions read as version "
                       "{today} asks them."),
    "form_state": _t("{status}, sidst gemt {when} {by}", "{status}, sist lagret {when} {by}",
                     "{status}, last saved {when} {by}"),
    "change": _t("{when}{by} – {label}: «{old}» → «{new}»",
                 "{when}{by} – {label}: «{old}» → «{new}»",
                 "{when}{by} – {label}: “{old}” → “{new}”"),
    "row": _t("række", "rad", "row"),
    "empty": _t("(tomt)", "(tomt)", "(empty)"),
    "week": _t("Uge {week} {year}", "Uke {week} {year}", "Week {week} {year}"),
    "discussed": _t("gennemgået {date}", "gjennomgått {date}", "discussed {date}"),
    "hours": _t("{hours} timer om ugen", "{hours} timer i uken", "{hours} hours a week"),
    "not_ordinary": _t("ikke på ordinære vilkår", "ikke på ordinære vilkår",
                       "not on ordinary terms"),
    "next_step": _t("Næste skridt", "Neste steg", "Next step"),
    "follow_up": _t("opfølgning {date}", "oppfølging {date}", "follow-up {date}"),
    "deadline": _t("frist {date}", "frist {date}", "deadline {date}"),
    "found": _t("fundet {date}", "funnet {date}", "found {date}"),
    "app": _t("appen", "appen", "the app"),
    "demo": _t("Demodata – ikke rigtige personer.", "Demodata – ikke virkelige personer.",
               "Demo data – not real people."),
}

FIELDS: dict[str, Texts] = {
    "name": _t("Navn", "Navn", "Name"),
    "cpr": _t("CPR-nummer", "Fødselsnummer", "National ID number"),
    "phone": _t("Telefon", "Telefon", "Phone"),
    "email": _t("E-mail", "E-post", "E-mail"),
    "address": _t("Adresse", "Adresse", "Address"),
    "municipality": _t("Kommune", "Kommune", "Municipality"),
    "created_at": _t("Registreret", "Registrert", "Registered"),
    "updated_at": _t("Sidst ændret", "Sist endret", "Last changed"),
    "id": _t("Id i IPS Desktop", "Id i IPS Desktop", "Id in IPS Desktop"),
    "consultant": _t("IPS-konsulent", "IPS-konsulent", "Employment specialist"),
    "referral_date": _t("Henvist", "Henvist", "Referred"),
    "date_received": _t("Modtaget", "Mottatt", "Received"),
    "referral_source": _t("Henviser", "Henvisningskilde", "Referral source"),
    "psychiatry_unit": _t("Psykiatrisk enhed", "Enhet", "Psychiatric unit"),
    "clinician": _t("Behandler", "Behandler", "Clinician"),
    "first_meeting_date": _t("Første møde", "Første møte", "First meeting"),
    "plan_completed_on": _t("Handleplan færdig", "Handlingsplan ferdig",
                            "Employment plan completed"),
    "phase": _t("Fase", "Fase", "Phase"),
    "ended_on": _t("Afsluttet", "Avsluttet", "Ended"),
    "end_reason": _t("Årsag", "Årsak", "Reason"),
}


def said(key: str, language: str, **values: object) -> str:
    texts = SAID[key]
    return texts.get(language, texts["da"]).format(**values)


def field(key: str, language: str) -> str:
    return FIELDS[key].get(language, FIELDS[key]["da"])


def word(vocabulary: str, code: str | None, language: str) -> str:
    """A stored code in the reader's words ("" for none; an unknown code as it is)."""
    if not code:
        return ""
    texts = VOCABULARIES[vocabulary].get(code)
    return texts.get(language, texts["da"]) if texts else code


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def moment(value: datetime | None) -> str:
    """An instant in the local time of this computer, the Danish way."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


FILE_PREFIX = {"da": "indsigt", "nb": "innsyn", "en": "access"}


def file_stem(short_id: str, on: date, language: str) -> str:
    """indsigt-3f2a9c1e-2026-12-02: the person's id shortened, never a name."""
    return f"{FILE_PREFIX.get(language, FILE_PREFIX['da'])}-{short_id}-{on.isoformat()}"
