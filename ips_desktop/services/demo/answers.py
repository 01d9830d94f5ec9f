"""The demo's career-profile and employment-plan answers, under the shipped forms' names.

The answers use the question names of `forms/vocational_profile.toml` and
`forms/action_plan.toml` (a test validates them against those files), so the
wizard, the page's "x of y sections" and the printouts show them like real
ones. A draft has a few pages filled in, a completed form most of them, as a
consultant's would after a few meetings.

Each course draws from its own generator seeded by the course's id, not from
the plan's shared one: the shared stream then stays as it was, so the notes,
contacts and events that are drawn after the forms do not change when these
answers grow. Everything is deterministic all the same.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from ips_desktop.domain.forms import ROW_ID

Answers = dict[str, Any]

DREAM_JOBS = (
    "Dyrepasser i en zoologisk have", "Have min egen lille café", "Tømrer", "Grafisk designer",
    "Sygeplejerske", "Noget med computere, fx programmør", "Landmand med egne dyr",
    "Kok på en god restaurant", "Pædagog i en børnehave", "Buschauffør", "Gartner i en park",
    "Frisør", "Lydtekniker ved koncerter",
)
HIGHEST_EDUCATIONS = ("Folkeskolens 9. klasse", "10. klasse", "Studentereksamen (STX)", "HF",
                      "Grundforløb på en erhvervsuddannelse", "HHX")
PAST_JOBS = (  # title, where, tasks
    ("Butiksassistent", "Netto", "Fyldte varer op, sad i kassen og hjalp kunder."),
    ("Lagermedarbejder", "PostNord", "Plukkede og pakkede ordrer, kørte truck."),
    ("Rengøringsassistent", "Skolernes Serviceteam", "Gjorde rent på skoler om eftermiddagen."),
    ("Køkkenmedhjælper", "Rådhuskantinen", "Smurte sandwich, tog opvasken og gjorde rent."),
    ("Postomdeler", "PostNord", "Delte post ud på cykel om morgenen."),
    ("Opvasker", "Sunset Boulevard", "Opvask og oprydning i køkkenet."),
    ("Gartnermedhjælper", "Vej og Park", "Slog græs, lugede og plantede i byens bede."),
    ("Pakkemedarbejder", "Lagkagehuset", "Pakkede brød og kager til butikkerne."),
    ("Servicemedarbejder", "Plejecenter Solgården", "Bar mad ud, dækkede bord og ryddede op."),
    ("Ekspedient", "Jysk", "Hjalp kunder, satte varer på plads og tog imod levering."),
)
REASONS_LEFT = (
    "Blev syg og kunne ikke passe arbejdet.", "Var ansat midlertidigt.",
    "For mange timer; det blev for meget.", "Flyttede til en anden by.",
    "Blev fyret efter meget fravær.", "Sagde op, fordi jeg ville i gang med en uddannelse.",
    "Blev indlagt, og kontrakten blev ikke forlænget.",
)
LIKED = ("Kollegerne.", "At der var faste opgaver.", "At være fysisk aktiv.",
         "Kontakten med kunderne.", "At arbejde selvstændigt.", "At komme ud af huset.")
HARD = ("Travle dage med mange kunder.", "At møde tidligt om morgenen.",
        "Skiftende vagter.", "En chef, der råbte.", "Larm og uro omkring mig.",
        "At sige fra, når der var for meget.")
MEDICATIONS = (  # name, when, side effects that matter at work
    ("Aripiprazol", "Morgen", "Uro i kroppen; svært at sidde stille længe."),
    ("Quetiapin", "Aften", "Træt og langsom om morgenen."),
    ("Sertralin", "Morgen", "Lidt kvalme de første uger."),
    ("Lithium", "Morgen og aften", "Rysten på hænderne og tørst."),
    ("Olanzapin", "Aften", "Træthed og øget appetit."),
    ("Lamotrigin", "Morgen", "Ingen, jeg mærker."),
    ("Melatonin", "Ved sengetid", ""),
)
SYMPTOMS = ("Hører stemmer, når jeg er presset.", "Svært ved at koncentrere mig i længere tid.",
            "Perioder med nedtrykthed og lav energi.", "Angst i store grupper.",
            "Uro og tankemylder om aftenen.")
MEDICATION_CHANGES = ("Dosis sænkes over de næste måneder; kan give uro i en periode.",
                      "Skiftede præparat i foråret; trætheden er blevet mindre.",
                      "Behandleren overvejer at flytte dosis til aftenen.")
EARLY_SIGNS = ("Sover dårligt flere nætter i træk.", "Trækker mig fra andre og svarer ikke "
               "på telefonen.", "Tankerne kører hurtigt, og jeg bliver rastløs.",
               "Mister appetitten og glemmer aftaler.")
BAD_DAYS = ("Jeg er stille og undgår øjenkontakt.", "Jeg bliver hurtigt irriteret.",
            "Jeg kommer for sent eller aflyser.", "Jeg siger, at jeg har hovedpine.")
COPING = ("Går en tur og hører musik.", "Tager en pause alene i ti minutter.",
          "Ringer til min søster.", "Laver en liste over dagens opgaver.",
          "Vejrtrækningsøvelser fra behandlingen.")
TRIGGERS = ("Konflikter og høje stemmer.", "For lidt søvn.", "Mange mennesker på én gang.",
            "Uklare beskeder om, hvad jeg skal.", "Pres for at blive færdig hurtigt.")
HOUSING = ("Lejlighed i {town}", "Værelse på et bosted i {town}", "Hos mine forældre i {town}",
           "Rækkehus i {town}")
LIVES_WITH = ("Alene", "Min kæreste", "Mine forældre", "Min datter", "Andre beboere")
TRANSPORT = ("Cykel.", "Bus og tog; har et rejsekort.", "Egen bil.",
             "Har kørekort, men ingen bil; cykler.", "Min far kan køre mig i starten.")
NETWORK = (  # person, how often, thoughts on work, how they can help
    ("Min mor", "Hver uge", "Synes, det er en god idé, men er bange for, at det bliver for "
     "meget.", "Kan hjælpe med at komme op om morgenen."),
    ("Min søster", "Et par gange om ugen", "Vil gerne have, at jeg kommer i gang.",
     "Kan øve jobsamtale med mig."),
    ("En ven fra klubben", "Hver weekend", "Arbejder selv på et lager.",
     "Kan spørge, om de mangler folk."),
    ("Min kæreste", "Dagligt", "Bakker op.", "Kan køre mig det første stykke tid."),
    ("Kontaktperson på bostedet", "Tre gange om ugen", "Positiv.",
     "Kan hjælpe med at planlægge ugen."),
)
INCOME = ("Kontanthjælp", "Ressourceforløbsydelse", "Sygedagpenge", "Uddannelseshjælp",
          "Førtidspension", "Løn fra et fleksjob og boligstøtte")
SKILLS = ("Truckcertifikat og hygiejnebevis.", "God til regneark fra kontorjobbet.",
          "Kan betjene kasseapparat.", "Kørekort til bil.", "Erfaring med kundeservice.")
INTERESTS = ("Gaming og computere.", "Fiskeri og naturen.", "Madlavning.",
             "Fodbold; træner et børnehold.", "Tegning og musik.", "Min hund.")
WORRIES = ("At jeg ikke kan holde til det.", "At miste min ydelse.",
           "At kollegerne finder ud af, at jeg er syg.", "At komme for sent.")
MEANINGS = ("At have noget at stå op til.", "Flere penge til det, jeg gerne vil.",
            "At være sammen med andre og høre til.", "At vise mig selv, at jeg kan.")
RESPONSIBLE = ("Deltageren", "IPS-konsulenten", "Deltageren og IPS-konsulenten",
               "Behandleren")
SUB_GOALS = (  # goal, activities
    ("Opdatere CV", "Skrive CV sammen med IPS-konsulenten og få det læst igennem."),
    ("Besøge to virksomheder", "Vælge virksomheder sammen og tage med på besøg."),
    ("Afklare timetal med behandler", "Tage det med til næste samtale i psykiatrien."),
    ("Søge jobs i butik", "Søge tre stillinger og ringe til butikschefen bagefter."),
    ("Kontakte VUC om optagelse", "Ringe til studievejledningen og aftale et møde."),
    ("Aftale praktikbesøg", "IPS-konsulenten kontakter virksomheden; deltageren forbereder "
     "spørgsmål."),
    ("Få styr på økonomien ved jobstart", "Møde med sagsbehandleren om, hvordan løn påvirker "
     "ydelsen."),
)
PLAN_AIMS = ("Starte med få timer og bygge op.", "Et fast job inden sommer.",
             "Komme i gang inden for et halvt år.", "Et job på ordinære vilkår tæt på hjemmet.")
SOURCE_CHOICES = ("treatment_team", "record", "network", "former_employers")


def row_id(rng: random.Random) -> str:
    """A group row's id, as the wizard makes them, but drawn so that it is reproducible."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def course_rng(course_id: uuid.UUID, form_id: str) -> random.Random:
    return random.Random(f"ips-demo-answers:{course_id}:{form_id}")


def profile_answers(rng: random.Random, *, goal: str, strengths: str,
                    education: tuple[str, str], town: str, started: date,
                    complete: bool) -> Answers:
    """A profile with the first pages filled in: 2-4 for a draft, 8-11 for a complete one."""
    pages = rng.randint(8, len(_PAGES)) if complete else rng.randint(2, 4)
    answers: Answers = {}
    context = {"goal": goal, "strengths": strengths, "education": education, "town": town,
               "started": started}
    for name, fill in _PAGES[:pages]:
        answers.update(fill(rng, context))
        sources = ["person", *sorted(rng.sample(SOURCE_CHOICES, rng.randint(0, 2)))]
        answers[f"{name}_sources"] = sources
    return answers


def plan_answers(rng: random.Random, *, goal: str, first_step: str, made_on: date,
                 today: date) -> Answers:
    """The overall goal and 1-3 sub-goals; the earlier ones reached or (now and then) overdue."""
    steps = [s for s in SUB_GOALS if s[0] == first_step]
    steps += rng.sample([s for s in SUB_GOALS if s[0] != first_step], 2)
    rows = []
    target = made_on
    for step, activities in steps[:rng.randint(1, 3)]:
        target += timedelta(days=rng.randint(14, 35))
        row: Answers = {ROW_ID: row_id(rng), "sub_goal": step, "activities": activities,
                        "responsible": rng.choice(RESPONSIBLE),
                        "target_date": target.isoformat()}
        if target <= today and rng.random() < 0.8:  # else overdue, as plans are
            reached = target + timedelta(days=rng.randint(-7, 10))
            row["reached_on"] = min(max(reached, made_on), today).isoformat()
        rows.append(row)
    return {"overall_goal": f"{goal}. {rng.choice(PLAN_AIMS)}", "sub_goals": rows}


Page = Callable[[random.Random, dict[str, Any]], Answers]


def _goals(rng: random.Random, c: dict[str, Any]) -> Answers:
    return {"dream_job": rng.choice(DREAM_JOBS), "work_goal": c["goal"]}


def _background(rng: random.Random, c: dict[str, Any]) -> Answers:
    title, school = c["education"]
    return {"last_school": f"{school} ({title})",
            "highest_education": rng.choice(HIGHEST_EDUCATIONS)}


def _experience(rng: random.Random, c: dict[str, Any]) -> Answers:
    if rng.random() < 0.15:
        return {"has_work_experience": False}  # many in IPS have not worked before
    rows = []
    end = c["started"] - timedelta(days=rng.randint(60, 900))
    for title, place, tasks in rng.sample(PAST_JOBS, rng.randint(1, 3)):
        start = end - timedelta(days=rng.randint(90, 1400))
        rows.append({ROW_ID: row_id(rng), "workplace": f"{place}, {c['town']}",
                     "job_title": title, "first_day": start.isoformat(),
                     "last_day": end.isoformat(), "hours_per_week": rng.choice((15, 20, 25, 37)),
                     "tasks": tasks, "reason_left": rng.choice(REASONS_LEFT),
                     "liked_best": rng.choice(LIKED), "found_hard": rng.choice(HARD)})
        end = start - timedelta(days=rng.randint(30, 500))
    return {"has_work_experience": True, "jobs": rows}


def _situation(rng: random.Random, _: dict[str, Any]) -> Answers:
    medications = [{ROW_ID: row_id(rng), "medication": name, "when_taken": when,
                    **({"side_effects_at_work": effects} if effects else {})}
                   for name, when, effects in rng.sample(MEDICATIONS, rng.randint(0, 2))]
    limited = rng.random() < 0.25
    answers: Answers = {
        "symptoms": rng.choice(SYMPTOMS),
        "early_signs": rng.choice(EARLY_SIGNS), "bad_day_signs": rng.choice(BAD_DAYS),
        "coping_strategies": rng.choice(COPING), "triggers_warning_signs": rng.choice(TRIGGERS),
        "physical_health": rng.choice(("excellent", "good", "good", "fair", "poor")),
        "takes_medication": bool(medications),
        "has_physical_limitations": limited, "days_per_week": rng.randint(2, 5),
        "hours_per_day": rng.randint(3, 7)}
    if medications:
        answers["medications"] = medications
        if rng.random() < 0.4:
            answers["medication_changes"] = rng.choice(MEDICATION_CHANGES)
    if limited:
        answers["physical_limitations"] = rng.choice(("Dårlig ryg; kan ikke løfte tungt.",
                                                      "Astma; tåler ikke støv."))
    return answers


def _personal(rng: random.Random, _: dict[str, Any]) -> Answers:
    clothes = rng.random() < 0.8
    answers: Answers = {"can_wash": True, "has_work_clothes": clothes,
                        "social_skills": rng.choice(("excellent", "good", "fair"))}
    if not clothes:
        answers["work_clothes_needed"] = "Sikkerhedssko; jobcentret kan måske hjælpe."
    return answers


def _skills(rng: random.Random, c: dict[str, Any]) -> Answers:
    return {"job_search_before": rng.choice(("Via Jobnet og opslag på Facebook.",
                                             "Har spurgt familie og venner.",
                                             "Gennem et vikarbureau.")),
            "specific_skills": rng.choice(SKILLS), "good_at": c["goal"],
            "strengths_resources": f"{c['strengths']}.", "interests": rng.choice(INTERESTS),
            "daily_routine": "Står op ved 9-tiden, går tur og handler ind.",
            "work_appeals": rng.choice(("At have kolleger.", "At lave noget med hænderne.",
                                        "At tjene mine egne penge.")),
            "return_worries": rng.choice(WORRIES), "meaning_personal": rng.choice(MEANINGS),
            "meaning_financial": "Flere penge og mindre bøvl med ydelser."}


def _habits(rng: random.Random, _: dict[str, Any]) -> Answers:
    return {"past_absence": rng.choice(("Meget fravær det sidste halve år.",
                                        "Sjældent syg.", "Kom tit for sent.")),
            "stressors": rng.choice(TRIGGERS)}


def _network(rng: random.Random, _: dict[str, Any]) -> Answers:
    people = rng.sample(NETWORK, rng.randint(1, 3))
    return {"network": [{ROW_ID: row_id(rng), "person": p, "how_often": often,
                         "thoughts_on_work": thoughts, "how_they_help": helps}
                        for p, often, thoughts, helps in people],
            "involved_person": f"{people[0][0]} må gerne være med til et møde."}


def _housing(rng: random.Random, c: dict[str, Any]) -> Answers:
    return {"housing": rng.choice(HOUSING).format(town=c["town"]),
            "lives_with": rng.choice(LIVES_WITH), "transport": rng.choice(TRANSPORT)}


def _circumstances(rng: random.Random, _: dict[str, Any]) -> Answers:
    disclose = rng.random() < 0.6
    answers: Answers = {"has_used_substances": rng.random() < 0.3,
                        "has_criminal_record": rng.random() < 0.1,
                        "willing_to_disclose": disclose}
    if disclose:
        answers["disclosure_agreed"] = "At jeg har en psykisk sygdom og brug for faste pauser."
    return answers


def _income(rng: random.Random, _: dict[str, Any]) -> Answers:
    benefit = rng.choice(INCOME)
    talked = rng.random() < 0.5
    answers: Answers = {"income_sources": benefit, "benefits": benefit,
                        "manages_own_money": rng.random() < 0.85,
                        "knows_pay_effect": rng.random() < 0.4,
                        "talked_to_benefits_counsellor": talked}
    if not talked:
        answers["wants_benefits_counselling"] = rng.random() < 0.7
    return answers


# The profile's pages in the form's order, each with what fills it in.
_PAGES: tuple[tuple[str, Page], ...] = (
    ("work_goals", _goals), ("background", _background), ("work_experience", _experience),
    ("current_situation", _situation), ("personal_and_social", _personal),
    ("work_skills", _skills), ("work_habits", _habits), ("support_network", _network),
    ("housing_transport", _housing), ("circumstances", _circumstances),
    ("income_benefits", _income),
)
