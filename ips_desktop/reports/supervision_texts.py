"""The words of the supervision list on paper and in the spreadsheet, in da, nb and en.

The printout (reports/supervision_pdf.py) and the workbook
(reports/supervision_xlsx.py) say the same things (column headers, the
heading figures, the cells' phrases), so they share this module, as the
employer log's two files share reports/employer_log_texts.py. The terms
follow the glossary (*supervisionsliste*, *veiledningsliste*, *opsøgende
indsats*); the rules' own names and "n dage over fristen" come from
domain/rule_texts.py and domain/messages.py, which the screen reads too.
Cell texts are built here from a row's fields only: no figure is worked out
again (the service did that).
"""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.enums import FormStatus, Phase, PlacementKind
from ips_desktop.domain.messages import plural
from ips_desktop.domain.rule_texts import rule_short
from ips_desktop.domain.rules import DueItem
from ips_desktop.services.supervision import (
    ConsultantWeek,
    CurrentPlacement,
    Deadline,
    FormProgress,
    SupervisionList,
)

Texts = dict[str, str]

PHASES: dict[Phase, Texts] = {  # the screen's words (ui/texts.py and its translations)
    Phase.REFERRED: {"da": "Henvist", "nb": "Henvist", "en": "Referred"},
    Phase.ENGAGED: {"da": "Opstart", "nb": "Oppstart", "en": "Engagement"},
    Phase.JOB_SEARCH: {"da": "Jobsøgning", "nb": "Jobbsøking", "en": "Job search"},
    Phase.IN_JOB_OR_EDUCATION: {"da": "I job eller uddannelse", "nb": "I jobb eller utdanning",
                                "en": "In job or education"},
    Phase.FOLLOW_ALONG: {"da": "Fastholdelse", "nb": "Oppfølging",
                         "en": "Follow-along support"},
    Phase.ENDED: {"da": "Afsluttet", "nb": "Avsluttet", "en": "Ended"},
}
KINDS: dict[PlacementKind, Texts] = {
    PlacementKind.JOB: {"da": "Job", "nb": "Jobb", "en": "Job"},
    PlacementKind.EDUCATION: {"da": "Uddannelse", "nb": "Utdanning", "en": "Education"},
}

# Column headers, by key; the printout and the workbook pick the ones they show.
HEADERS: dict[str, Texts] = {
    "consultant": {"da": "Konsulent", "nb": "Konsulent", "en": "Specialist"},
    "participant": {"da": "Deltager", "nb": "Deltaker", "en": "Participant"},
    "phase": {"da": "Fase", "nb": "Fase", "en": "Phase"},
    "days_in_ips": {"da": "Dage i IPS", "nb": "Dager i IPS", "en": "Days in IPS"},
    "referral_date": {"da": "Henvist den", "nb": "Henvist den", "en": "Referred on"},
    "first_meeting": {"da": "Første møde", "nb": "Første møte", "en": "First meeting"},
    "first_meeting_due": {"da": "Første møde, frist", "nb": "Første møte, frist",
                          "en": "First meeting due"},
    "first_meeting_late": {"da": "Første møde, dage over fristen",
                           "nb": "Første møte, dager over fristen",
                           "en": "First meeting, days overdue"},
    "first_employer_contact": {"da": "Første virksomhedskontakt",
                               "nb": "Første arbeidsgiverkontakt",
                               "en": "First employer contact"},
    "first_employer_contact_due": {"da": "Første virksomhedskontakt, frist",
                                   "nb": "Første arbeidsgiverkontakt, frist",
                                   "en": "First employer contact due"},
    "first_employer_contact_late": {"da": "Første virksomhedskontakt, dage over fristen",
                                    "nb": "Første arbeidsgiverkontakt, dager over fristen",
                                    "en": "First employer contact, days overdue"},
    "profile": {"da": "Karriereprofil", "nb": "Yrkesprofil", "en": "Career profile"},
    "profile_done": {"da": "Karriereprofil, afsnit udfyldt",
                     "nb": "Yrkesprofil, deler utfylt", "en": "Career profile, sections done"},
    "profile_total": {"da": "Karriereprofil, afsnit i alt", "nb": "Yrkesprofil, deler i alt",
                      "en": "Career profile, sections"},
    "plan": {"da": "Handleplan", "nb": "Handlingsplan", "en": "Employment plan"},
    "plan_done": {"da": "Handleplan, afsnit udfyldt", "nb": "Handlingsplan, deler utfylt",
                  "en": "Employment plan, sections done"},
    "plan_total": {"da": "Handleplan, afsnit i alt", "nb": "Handlingsplan, deler i alt",
                   "en": "Employment plan, sections"},
    "plan_reviewed": {"da": "Plan gennemgået", "nb": "Plan gjennomgått",
                      "en": "Plan last reviewed"},
    "plan_review_due": {"da": "Næste gennemgang", "nb": "Neste gjennomgang",
                        "en": "Next plan review"},
    "plan_review_late": {"da": "Gennemgang, dage over fristen",
                         "nb": "Gjennomgang, dager over fristen",
                         "en": "Plan review, days overdue"},
    "last_contact": {"da": "Seneste kontakt", "nb": "Siste kontakt", "en": "Last contact"},
    "days_since_contact": {"da": "Dage siden kontakt", "nb": "Dager siden kontakt",
                           "en": "Days since contact"},
    "outreach_due": {"da": "Opsøgende indsats", "nb": "Oppsøkende arbeid",
                     "en": "Outreach due"},
    "placement": {"da": "Job/uddannelse nu", "nb": "Jobb/utdanning nå",
                  "en": "Job/education now"},
    "placement_kind": {"da": "Job eller uddannelse", "nb": "Jobb eller utdanning",
                       "en": "Job or education"},
    "where": {"da": "Hvor", "nb": "Hvor", "en": "Where"},
    "title": {"da": "Stilling", "nb": "Stilling", "en": "Position"},
    "hours": {"da": "Timer pr. uge", "nb": "Timer per uke", "en": "Hours a week"},
    "since": {"da": "Siden", "nb": "Siden", "en": "Since"},
    "ordinary_terms": {"da": "Ordinære vilkår", "nb": "Ordinære vilkår",
                       "en": "Ordinary terms"},
    "next_follow_up": {"da": "Næste opfølgning", "nb": "Neste oppfølging",
                       "en": "Next follow-up"},
    "flags": {"da": "Over fristen", "nb": "Over fristen", "en": "Overdue"},
    "consent_missing": {"da": "Samtykke mangler", "nb": "Samtykke mangler",
                        "en": "Consent missing"},
    "discussed": {"da": "Drøftet", "nb": "Drøftet", "en": "Discussed"},
    "note": {"da": "Note fra supervision", "nb": "Notat fra veiledning",
             "en": "Supervision note"},
    "pen": {"da": "Noter fra supervision", "nb": "Notater fra veiledning",
            "en": "Notes from supervision"},
    # The headings' figures (the totals page and the totals sheet).
    "caseload": {"da": "Deltagere", "nb": "Deltakere", "en": "Caseload"},
    "capacity": {"da": "Kapacitet", "nb": "Kapasitet", "en": "Capacity"},
    "over": {"da": "Over kapacitet", "nb": "Over kapasitet", "en": "Over capacity"},
    "face_to_face": {"da": "Virksomhedskontakter ansigt til ansigt",
                     "nb": "Arbeidsgiverkontakter ansikt til ansikt",
                     "en": "Face-to-face employer contacts"},
    "face_to_face_reference": {"da": "Reference for ansigt til ansigt",
                               "nb": "Referanse for ansikt til ansikt",
                               "en": "Face-to-face reference"},
    "face_to_face_short": {"da": "Ansigt til ansigt", "nb": "Ansikt til ansikt",
                           "en": "Face to face"},
    "presence_days": {"da": "Dage i psykiatrien", "nb": "Dager i psykiatrien",
                      "en": "Days in psychiatry"},
    "new_referrals": {"da": "Nye henvisninger", "nb": "Nye henvisninger",
                      "en": "New referrals"},
    "starts": {"da": "Starter i job/uddannelse", "nb": "Oppstart i jobb/utdanning",
               "en": "Job/education starts"},
    "starts_short": {"da": "Starter", "nb": "Oppstarter", "en": "Starts"},
    "other_starts": {"da": "Starter ikke på ordinære vilkår",
                     "nb": "Oppstarter ikke på ordinære vilkår",
                     "en": "Starts not on ordinary terms"},
    "ends": {"da": "Afsluttede job/uddannelser", "nb": "Avsluttede jobber/utdanninger",
             "en": "Jobs/educations ended"},
    "ends_short": {"da": "Slut", "nb": "Slutt", "en": "Ended"},
    "follow_ups_due": {"da": "Opfølgninger forfaldne", "nb": "Oppfølginger forfalt",
                       "en": "Follow-ups due"},
    "follow_ups_short": {"da": "Opfølgninger", "nb": "Oppfølginger", "en": "Follow-ups"},
    "overdue_courses": {"da": "Forløb over en frist", "nb": "Forløp over en frist",
                        "en": "Courses overdue"},
}

SAID: dict[str, Texts] = {
    "list": {"da": "Supervisionsliste", "nb": "Veiledningsliste", "en": "Supervision list"},
    "totals": {"da": "Teamets tal", "nb": "Teamets tall", "en": "Team totals"},
    "week_of": {"da": "uge {week}, {year}", "nb": "uke {week}, {year}",
                "en": "week {week}, {year}"},
    "as_of": {"da": "Opgjort pr. {day}", "nb": "Per {day}", "en": "As of {day}"},
    "team": {"da": "Hele teamet", "nb": "Hele teamet", "en": "The whole team"},
    "nobody": {"da": "Forløb uden konsulent", "nb": "Forløp uten konsulent",
               "en": "Courses without a specialist"},
    "continued": {"da": "(fortsat)", "nb": "(fortsatt)", "en": "(continued)"},
    "of": {"da": "{count} af {total}", "nb": "{count} av {total}", "en": "{count} of {total}"},
    "over": {"da": "over kapacitet", "nb": "over kapasitet", "en": "over capacity"},
    "plus_other": {"da": "+{n} ikke ordinære", "nb": "+{n} ikke ordinære",
                   "en": "+{n} not ordinary"},
    "consultants": {"da": "Konsulenter", "nb": "Konsulenter", "en": "Specialists"},
    "open_courses": {"da": "Åbne forløb", "nb": "Åpne forløp", "en": "Open courses"},
    "discussed_count": {"da": "Drøftet i ugen", "nb": "Drøftet i uken",
                        "en": "Discussed this week"},
    "overdue_heading": {"da": "Forløb over fristen pr. regel", "nb": "Forløp over fristen per "
                        "regel", "en": "Courses overdue per rule"},
    "per_consultant": {"da": "Pr. konsulent", "nb": "Per konsulent", "en": "Per specialist"},
    "no_rows": {"da": "Ingen åbne forløb.", "nb": "Ingen åpne forløp.",
                "en": "No open courses."},
    "profile": {"da": "Profil", "nb": "Profil", "en": "Profile"},
    "plan": {"da": "Plan", "nb": "Plan", "en": "Plan"},
    "not_started": {"da": "ikke påbegyndt", "nb": "ikke påbegynt", "en": "not started"},
    "draft": {"da": "kladde {done} af {total}", "nb": "utkast {done} av {total}",
              "en": "draft {done} of {total}"},
    "complete": {"da": "udfyldt", "nb": "utfylt", "en": "complete"},
    "due_on": {"da": "frist {day}", "nb": "frist {day}", "en": "due {day}"},
    # A follow-up whose day has come, said in words beside the red (never colour alone).
    "follow_up_due": {"da": "forfalden", "nb": "forfalt", "en": "due"},
    "review_on": {"da": "gennemgang {day}", "nb": "gjennomgang {day}", "en": "review {day}"},
    "days_ago": {"da": "{n} dage siden", "nb": "{n} dager siden", "en": "{n} days ago"},
    "one_day_ago": {"da": "1 dag siden", "nb": "1 dag siden", "en": "1 day ago"},
    "today": {"da": "i dag", "nb": "i dag", "en": "today"},
    "no_contact": {"da": "ingen kontakt", "nb": "ingen kontakt", "en": "no contact"},
    "outreach": {"da": "opsøgende indsats", "nb": "oppsøkende arbeid", "en": "outreach due"},
    "hours": {"da": "{hours} t/uge", "nb": "{hours} t/uke", "en": "{hours} h/week"},
    "since": {"da": "siden {day}", "nb": "siden {day}", "en": "since {day}"},
    "not_ordinary": {"da": "ikke ordinære vilkår", "nb": "ikke ordinære vilkår",
                     "en": "not ordinary terms"},
    "no_consent": {"da": "samtykke mangler", "nb": "samtykke mangler",
                   "en": "consent missing"},
    # Withdrawn is said apart from missing: the person has said no more is shared.
    "consent_withdrawn": {"da": "samtykke trukket tilbage", "nb": "samtykke trukket tilbake",
                          "en": "consent withdrawn"},
    "consent_withdrawn_on": {"da": "samtykke trukket tilbage {day}",
                             "nb": "samtykke trukket tilbake {day}",
                             "en": "consent withdrawn {day}"},
    # The printout's short forms: two lines a cell (reports/supervision_pdf.py).
    "days_short": {"da": "{n} d.", "nb": "{n} d.", "en": "{n} d."},
    "late_short": {"da": "{n} d. over", "nb": "{n} d. over", "en": "{n} d. late"},
    "draft_short": {"da": "kladde {done}/{total}", "nb": "utkast {done}/{total}",
                    "en": "draft {done}/{total}"},
    "hours_short": {"da": "{hours} t/uge", "nb": "{hours} t/uke", "en": "{hours} h/wk"},
    "discussed_tick": {"da": "✓ drøftet", "nb": "✓ drøftet", "en": "✓ discussed"},
    "yes": {"da": "Ja", "nb": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "nb": "Nei", "en": "No"},
    "made_at": {"da": "Udtrukket", "nb": "Hentet ut", "en": "Exported"},
    "week": {"da": "Uge", "nb": "Uke", "en": "Week"},
    "demo": {"da": "Demodata (opdigtede personer)", "nb": "Demodata (oppdiktede personer)",
             "en": "Demo data (made-up people)"},
    "confidential": {"da": "Fortroligt – indeholder personoplysninger",
                     "nb": "Fortrolig – inneholder personopplysninger",
                     "en": "Confidential – contains personal data"},
}


def said(key: str, language: str, **values: object) -> str:
    """One of the texts above in `language` (Danish when it has none)."""
    texts = SAID[key]
    return texts.get(language, texts["da"]).format(**values)


def label(texts: Texts, language: str) -> str:
    return texts.get(language, texts["da"])


def header(key: str, language: str) -> str:
    return label(HEADERS[key], language)


def day(value: date | None) -> str:
    """A date the Danish way, d.m.yyyy, in every language of the app (as the screen)."""
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def list_title(listing: SupervisionList, language: str) -> str:
    """"Supervisionsliste – uge 47, 2026": the document's title; names no person."""
    year, week = listing.week
    return f"{said('list', language)} – {said('week_of', language, week=week, year=year)}"


def consultant_label(consultant: ConsultantWeek, language: str) -> str:
    """"AB – Anne Berg", or the heading of the courses nobody holds."""
    if consultant.consultant_id is None or not consultant.initials:
        return said("nobody", language)
    return f"{consultant.initials} – {consultant.name}"


def caseload_text(consultant: ConsultantWeek, language: str) -> str:
    """"13 af 12, over kapacitet" (words as well as colour), or the bare count."""
    status = consultant.caseload
    if status is None:
        return str(len(consultant.rows))
    text = said("of", language, count=status.count, total=status.capacity)
    return f"{text}, {said('over', language)}" if status.over else text


def face_to_face_text(consultant: ConsultantWeek, language: str) -> str:
    """"2 af 6"; for the courses nobody holds (no FTE, no reference) the bare count."""
    if consultant.caseload is None:
        return str(consultant.face_to_face)
    return said("of", language, count=consultant.face_to_face,
                total=consultant.face_to_face_reference)


def starts_text(starts: int, other_starts: int, language: str) -> str:
    """"2 (+1 ikke ordinære)": starts on ordinary terms, the others beside them."""
    if not other_starts:
        return str(starts)
    return f"{starts} ({said('plus_other', language, n=other_starts)})"


def form_text(progress: FormProgress, language: str) -> str:
    if progress.status is None:
        return said("not_started", language)
    if progress.status is FormStatus.COMPLETE:
        return said("complete", language)
    return said("draft", language, done=progress.sections_done, total=progress.sections_total)


def deadline_lines(deadline: Deadline, language: str) -> list[tuple[str, bool]]:
    """A dated rule's cell: the day it was met; or how late it is (marked); or its due day."""
    if deadline.done_on is not None:
        return [(day(deadline.done_on), False)]
    if deadline.days_overdue > 0:
        return [(plural("days_overdue", deadline.days_overdue, language), True)]
    if deadline.due is not None:
        return [(said("due_on", language, day=day(deadline.due)), False)]
    return []


def review_lines(deadline: Deadline, language: str) -> list[tuple[str, bool]]:
    """The plan's next review: how late (marked), or the day it is due."""
    if deadline.days_overdue > 0:
        return [(plural("days_overdue", deadline.days_overdue, language), True)]
    if deadline.due is not None:
        return [(said("review_on", language, day=day(deadline.due)), False)]
    return []


def contact_lines(last: date | None, days_since: int | None, outreach_due: bool,
                  language: str) -> list[tuple[str, bool]]:
    """"12.11.2026 / 6 dage siden", and "opsøgende indsats" (marked) after 30 days."""
    lines: list[tuple[str, bool]] = []
    if last is None:
        lines.append((said("no_contact", language), False))
    else:
        lines.append((day(last), False))
        if days_since is not None:
            ago = (said("today", language) if days_since == 0 else
                   said("one_day_ago", language) if days_since == 1 else
                   said("days_ago", language, n=days_since))
            lines.append((ago, False))
    if outreach_due:
        lines.append((said("outreach", language), True))
    return lines


def hours_text(hours: float | None, language: str) -> str:
    if hours is None:
        return ""
    shown = f"{hours:g}" if language == "en" else f"{hours:g}".replace(".", ",")
    return said("hours", language, hours=shown)


def placement_lines(placement: CurrentPlacement | None,
                    language: str) -> list[tuple[str, bool]]:
    """Where, the position, hours a week and since when; "not ordinary terms" said."""
    if placement is None:
        return []
    first = placement.where or label(KINDS[placement.kind], language)
    lines = [(first, False)]
    if placement.title:
        lines.append((placement.title, False))
    facts = [text for text in (hours_text(placement.hours_per_week, language),
                               said("since", language, day=day(placement.since))) if text]
    lines.append((", ".join(facts), False))
    if not placement.ordinary_terms:
        lines.append((said("not_ordinary", language), False))
    return lines


def flag_text(flag: DueItem, language: str) -> str:
    """"Første møde: 14 dage": a flag's short name and how late (under "Over fristen")."""
    return f"{rule_short(flag.rule, language)}: {plural('days', flag.days_overdue, language)}"
