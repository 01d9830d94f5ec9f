"""Small profile- and plan-like forms for the printout tests, written as form files.

They stand in for forms/vocational_profile.toml and forms/action_plan.toml:
every kind of question, a wide repeatable group (work experience) and a
narrow one (medication, sub-goals), Danish letters in labels and answers.
"""

from __future__ import annotations

from typing import Any

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import FormSpec

PROFILE_V1 = '''
id = "vocational_profile"
version = "1"
title.da = "Karriereprofil"
title.nb = "Yrkesprofil"
title.en = "Career profile"

[[sections]]
name = "goals"
title.da = "Mål for arbejdet"
title.en = "Work goals"

[[sections.fields]]
name = "dream_job"
type = "long_text"
label.da = "Drømmejob"
label.en = "Dream job"

[[sections.fields]]
name = "job_now"
type = "text"
label.da = "Et job, personen gerne vil have nu"
label.en = "A job wanted right now"

[[sections.fields]]
name = "old_wish"
type = "text"
label.da = "Ønsker til arbejdstid (gammelt spørgsmål)"
label.en = "Working hours wanted (old question)"

[[sections]]
name = "experience"
title.da = "Erfaring med arbejde"
title.en = "Work experience"

[[sections.fields]]
name = "work_experience"
type = "group"
label.da = "Arbejdserfaring"
label.en = "Work experience"

[[sections.fields.fields]]
name = "workplace"
type = "text"
label.da = "Arbejdsplads"
label.en = "Workplace"

[[sections.fields.fields]]
name = "title"
type = "text"
label.da = "Stilling"
label.en = "Job title"

[[sections.fields.fields]]
name = "first_day"
type = "date"
label.da = "Første dag"
label.en = "First day"

[[sections.fields.fields]]
name = "last_day"
type = "date"
label.da = "Sidste dag"
label.en = "Last day"

[[sections.fields.fields]]
name = "hours"
type = "integer"
label.da = "Timer om ugen"
label.en = "Hours per week"

[[sections.fields.fields]]
name = "tasks"
type = "long_text"
label.da = "Arbejdsopgaver"
label.en = "Tasks"

[[sections.fields.fields]]
name = "why_ended"
type = "text"
label.da = "Hvorfor det sluttede"
label.en = "Why it ended"

[[sections.fields.fields]]
name = "good"
type = "long_text"
label.da = "Hvad var godt"
label.en = "What was good"

[[sections.fields.fields]]
name = "hard"
type = "long_text"
label.da = "Hvad var svært"
label.en = "What was hard"

[[sections]]
name = "situation"
title.da = "Nuværende situation"
title.en = "Current situation"
help.da = "Kilder: personen selv, behandlerteamet."

[[sections.fields]]
name = "coping"
type = "long_text"
label.da = "Mestringsstrategier"
label.en = "Coping strategies"

[[sections.fields]]
name = "medication"
type = "group"
label.da = "Medicin"
label.en = "Medication"

[[sections.fields.fields]]
name = "name"
type = "text"
label.da = "Medicin"
label.en = "Medication"

[[sections.fields.fields]]
name = "when"
type = "text"
label.da = "Hvornår den tages"
label.en = "When it is taken"

[[sections.fields.fields]]
name = "side_effects"
type = "long_text"
label.da = "Bivirkninger, der betyder noget på arbejdet"
label.en = "Side effects that matter at work"

[[sections.fields]]
name = "health"
type = "rating"
min = 1
max = 5
label.da = "Egen vurdering af fysisk helbred"
label.en = "Own rating of physical health"

[[sections.fields]]
name = "disclosure"
type = "choice"
label.da = "Åbenhed over for arbejdsgivere om sygdommen"
label.en = "Disclosure of the illness to employers"
choices = [
  { name = "open", label.da = "Vil gerne være åben", label.en = "Wants to be open" },
  { name = "partly", label.da = "Delvist, efter aftale", label.en = "Partly, as agreed" },
  { name = "no", label.da = "Nej", label.en = "No" },
]

[[sections.fields]]
name = "sources"
type = "multi_choice"
label.da = "Kilder til oplysningerne"
label.en = "Sources of the information"
choices = [
  { name = "person", label.da = "Personen selv", label.en = "The person" },
  { name = "team", label.da = "Behandlerteamet", label.en = "The treatment team" },
  { name = "family", label.da = "Familie (med samtykke)", label.en = "Family (with consent)" },
]

[[sections.fields]]
name = "drives"
type = "yes_no"
label.da = "Har kørekort"
label.en = "Has a driving licence"

[[sections.fields]]
name = "car"
type = "yes_no"
label.da = "Har adgang til bil"
label.en = "Has a car"
relevant = { field = "drives", equals = true }
'''

# Version 2: "old_wish" is gone (its answer must still print, as version 1's).
PROFILE_V2 = PROFILE_V1.replace('version = "1"', 'version = "2"').replace('''
[[sections.fields]]
name = "old_wish"
type = "text"
label.da = "Ønsker til arbejdstid (gammelt spørgsmål)"
label.en = "Working hours wanted (old question)"
''', '''
[[sections.fields]]
name = "income"
type = "text"
label.da = "Indtægt i dag"
label.en = "Income today"
''')

PLAN = '''
id = "action_plan"
version = "1"
title.da = "Handleplan"
title.nb = "Handlingsplan"
title.en = "Employment plan"

[[sections]]
name = "goal"
title.da = "Mål"
title.en = "Goal"

[[sections.fields]]
name = "vocational_goal"
type = "long_text"
label.da = "Det overordnede mål for arbejde eller uddannelse"
label.en = "The overall vocational goal"

[[sections]]
name = "steps"
title.da = "Delmål"
title.en = "Sub-goals"

[[sections.fields]]
name = "sub_goals"
type = "group"
label.da = "Delmål"
label.en = "Sub-goals"

[[sections.fields.fields]]
name = "goal"
type = "text"
label.da = "Delmål"
label.en = "Sub-goal"

[[sections.fields.fields]]
name = "activities"
type = "long_text"
label.da = "Aktiviteter"
label.en = "Activities"

[[sections.fields.fields]]
name = "responsible"
type = "text"
label.da = "Ansvarlig"
label.en = "Responsible"

[[sections.fields.fields]]
name = "target_date"
type = "date"
label.da = "Måldato"
label.en = "Target date"

[[sections.fields.fields]]
name = "reached_on"
type = "date"
label.da = "Nået den"
label.en = "Date reached"
'''


def profile(version: int = 2) -> FormSpec:
    text = PROFILE_V1 if version == 1 else PROFILE_V2
    return parse_form(text, f"vocational_profile v{version}")


def plan() -> FormSpec:
    return parse_form(PLAN, "action_plan")


def job(number: int) -> dict[str, Any]:
    return {"row_id": f"job{number}", "workplace": f"Føtex Køge afdeling {number}",
            "title": "Lagermedarbejder på nattevagt", "first_day": "2010-08-01",
            "last_day": "2012-02-29", "hours": 30 + number % 7,
            "tasks": f"Opgave {number}: fyldte varer op, tog imod leverancer og ryddede "
                     "lageret. Kørte gaffeltruck med certifikat.",
            "why_ended": "Butikken lukkede" if number % 2 else "Sygemeldt, så opsagt",
            "good": f"Gode kolleger ({number}) og faste vagter om natten.",
            "hard": "Støj fra kølerummet; at blive afbrudt midt i en opgave."}


def profile_answers(jobs: int = 3) -> dict[str, Any]:
    return {
        "dream_job": "At arbejde med heste på et stutteri på Fyn – helst udendørs.",
        "job_now": "Lager- eller pakkearbejde, 20 timer om ugen",
        "work_experience": [job(n) for n in range(1, jobs + 1)],
        "coping": "Går en tur, når uroen kommer.\n\nRinger til sin søster Åse.",
        "medication": [
            {"row_id": "m1", "name": "Quetiapin 200 mg", "when": "Om aftenen",
             "side_effects": "Træthed om morgenen; svært at møde før kl. 9."},
            {"row_id": "m2", "name": "Sertralin 50 mg", "when": "Morgen",
             "side_effects": "Uro i kroppen de første uger."},
        ],
        "health": 4,
        "disclosure": "partly",
        "sources": ["person", "team"],
        "drives": True,
        "car": False,
    }


def plan_answers() -> dict[str, Any]:
    return {
        "vocational_goal": "Et ordinært job på et lager i Køge, 20–25 timer om ugen.",
        "sub_goals": [
            {"row_id": "g1", "goal": "Skrive et CV", "activities": "To møder med "
             "IPS-konsulenten; øve samtalen om huller i CV'et.", "responsible": "Søren Ø.",
             "target_date": "2026-12-01", "reached_on": "2026-11-28"},
            {"row_id": "g2", "goal": "Besøge tre arbejdsgivere", "activities": "Ringe først; "
             "besøg sammen med konsulenten.", "responsible": "Deltageren og Søren Ø.",
             "target_date": "2027-01-15"},
        ],
    }


def recorded(ctx, text: str) -> FormSpec:
    """The spec parsed and recorded as a version the app has used (as spec_in_use does)."""
    from ips_desktop.services import forms

    parsed = parse_form(text, "test.toml")
    forms.remember_form(ctx, parsed, text)
    return parsed
