"""The shipped career profile and employment plan: the seed's questions, in three languages.

The questions come from seed 002's example forms (and seed 001's list of what
psychiatry tells the consultant); these tests hold the file to the names the
app, the printout and the demo rely on, and to the IPS rules the comments in
the files name: nothing screens eligibility, almost nothing is required.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ips_desktop.domain.form_answers import relevant_names, validate_answers
from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import LANGUAGES, FieldType, FormSpec, Relevance, Text
from ips_desktop.services.forms import load_forms

FORMS = Path(__file__).resolve().parents[2] / "forms"
TODAY = date(2026, 11, 20)

PROFILE_SECTIONS = ["work_goals", "background", "work_experience", "current_situation",
                    "personal_and_social", "work_skills", "work_habits", "support_network",
                    "housing_transport", "circumstances", "income_benefits"]
SOURCES = ["person", "treatment_team", "record", "network", "former_employers", "other"]
# Where each question the issue lists lives (section -> names), groups with their columns.
PROFILE_QUESTIONS = {
    "work_goals": ["dream_job", "work_goal"],
    "background": ["last_school", "highest_education"],
    "work_experience": ["has_work_experience", "jobs"],
    "current_situation": ["symptoms", "early_signs", "bad_day_signs", "coping_strategies",
                          "triggers_warning_signs", "takes_medication", "medications",
                          "medication_changes",
                          "physical_health", "has_physical_limitations",
                          "physical_limitations", "days_per_week", "hours_per_day"],
    "personal_and_social": ["can_wash", "has_work_clothes", "work_clothes_needed",
                            "social_skills"],
    "work_skills": ["job_search_before", "specific_skills", "good_at", "strengths_resources",
                    "interests", "daily_routine", "work_appeals", "work_dislikes",
                    "return_worries", "meaning_personal", "meaning_financial",
                    "meaning_social"],
    "work_habits": ["past_absence", "stressors"],
    "support_network": ["network", "involved_person"],
    "housing_transport": ["housing", "lives_with", "transport"],
    "circumstances": ["has_used_substances", "others_worried_about_use", "substance_use_note",
                      "has_criminal_record", "criminal_record_note", "willing_to_disclose",
                      "disclosure_agreed"],
    "income_benefits": ["income_sources", "benefits", "manages_own_money", "knows_pay_effect",
                        "talked_to_benefits_counsellor", "wants_benefits_counselling"],
}
PROFILE_GROUPS = {
    "jobs": ["workplace", "job_title", "first_day", "last_day", "hours_per_week", "tasks",
             "reason_left", "liked_best", "found_hard"],
    "medications": ["medication", "when_taken", "side_effects_at_work"],
    "network": ["person", "how_often", "thoughts_on_work", "how_they_help"],
}
PLAN_GROUP = ["sub_goal", "activities", "responsible", "target_date", "reached_on"]


def load(name: str) -> FormSpec:
    return parse_form((FORMS / f"{name}.toml").read_text(encoding="utf-8"), f"{name}.toml")


@pytest.fixture(scope="module")
def profile() -> FormSpec:
    return load("vocational_profile")


@pytest.fixture(scope="module")
def plan() -> FormSpec:
    return load("action_plan")


def every_text(spec: FormSpec) -> Iterator[tuple[str, Text]]:
    yield "title", spec.title
    for section in spec.sections:
        yield section.name, section.title
        if section.help:
            yield section.name, section.help
        for question in section.fields:
            for item in (question, *question.fields):
                yield item.name, item.label
                if item.help:
                    yield item.name, item.help
                for choice in item.choices:
                    yield f"{item.name}.{choice.name}", choice.label


def test_both_forms_parse_with_their_ids_and_load_beside_the_referral(tmp_path, profile, plan):
    assert (profile.id, profile.version) == ("vocational_profile", "1")
    assert (plan.id, plan.version) == ("action_plan", "1")
    catalog = load_forms(tmp_path / "data")
    assert catalog.problems == []
    assert {"referral", "vocational_profile", "action_plan"} <= set(catalog.specs)
    assert catalog.specs["vocational_profile"].source_hash == profile.source_hash


def test_titles_follow_the_glossary(profile, plan):
    assert profile.title == Text("Karriereprofil", "Yrkesprofil", "Career profile")
    assert plan.title == Text("Handleplan", "Individuell handlingsplan", "Employment plan")


@pytest.mark.parametrize("name", ["vocational_profile", "action_plan"])
def test_every_text_is_in_all_three_languages(name):
    missing = [(where, lang) for where, text in every_text(load(name))
               for lang in LANGUAGES if not getattr(text, lang).strip()]
    assert missing == []


def test_profile_has_the_issues_sections_and_questions_in_order(profile):
    assert [s.name for s in profile.sections] == PROFILE_SECTIONS
    for section in profile.sections:
        asked = [f.name for f in section.fields]
        assert asked == [*PROFILE_QUESTIONS[section.name], f"{section.name}_sources"]


def test_profile_groups_have_the_issues_columns(profile):
    for group, columns in PROFILE_GROUPS.items():
        question = profile.field(group)
        assert question is not None and question.type is FieldType.GROUP
        assert [c.name for c in question.fields] == columns
    jobs = {c.name: c for c in profile.field("jobs").fields}
    assert jobs["first_day"].type is jobs["last_day"].type is FieldType.DATE
    assert jobs["hours_per_week"].type is FieldType.INTEGER


def test_every_profile_section_asks_its_sources(profile):
    for section in profile.sections:
        sources = section.fields[-1]
        assert sources.name == f"{section.name}_sources"
        assert sources.type is FieldType.MULTI_CHOICE
        assert sources.label.da == "Kilder"
        assert [c.name for c in sources.choices] == SOURCES
        assert not sources.required


def test_plan_has_the_overall_goal_and_sub_goals_and_nothing_the_app_fills(plan):
    assert [s.name for s in plan.sections] == ["goal", "sub_goals"]
    assert [f.name for f in plan.all_fields()] == ["overall_goal", "sub_goals"]
    assert [c.name for c in plan.field("sub_goals").fields] == PLAN_GROUP
    # completion, review and job-search dates are stamped by the app, not typed
    assert plan.stored_fields() == {}
    assert all(f.type is not FieldType.DATE for f in plan.all_fields())


@pytest.mark.parametrize(("name", "required"), [("vocational_profile", ["work_goal"]),
                                                ("action_plan", ["overall_goal"])])
def test_only_the_goal_is_required_so_the_form_never_holds_up_the_job_search(name, required):
    spec = load(name)
    marked = [item.name for f in spec.all_fields() for item in (f, *f.fields) if item.required]
    assert marked == required
    goal = required[0]
    assert validate_answers(spec, {}, complete=False, today=TODAY) == []
    assert [e.field for e in validate_answers(spec, {}, complete=True, today=TODAY)] == [goal]
    assert validate_answers(spec, {goal: "Lager"}, complete=True, today=TODAY) == []


@pytest.mark.parametrize("name", ["vocational_profile", "action_plan"])
def test_no_question_screens_eligibility_or_readiness(name):
    words = re.compile(r"\begnet|\begnethed|\bparat|readiness|eligib|klar til|\bready\b|screen|"
                       r"udeluk(?!ker aldrig)|utelukk(?!er aldri)|exclud(?!e anyone)",
                       re.IGNORECASE)
    found = [(where, lang) for where, text in every_text(load(name)) for lang in LANGUAGES
             if words.search(where) or words.search(getattr(text, lang))]
    assert found == []


def test_benefits_are_the_jobcenters_in_danish_and_navs_in_norwegian(profile):
    texts = list(every_text(profile))
    assert [w for w, t in texts if "NAV" in t.da or "NAV" in t.en] == []
    assert {w for w, t in texts if "NAV" in t.nb} == {"benefits", "knows_pay_effect"}
    assert "jobcent" in profile.field("benefits").label.da


def test_follow_up_questions_show_only_when_their_answer_calls_for_them(profile):
    follow_ups = {
        "physical_limitations": Relevance("has_physical_limitations", True),
        "work_clothes_needed": Relevance("has_work_clothes", False),
        "substance_use_note": Relevance("has_used_substances", True),
        "criminal_record_note": Relevance("has_criminal_record", True),
        "disclosure_agreed": Relevance("willing_to_disclose", True),
        "wants_benefits_counselling": Relevance("talked_to_benefits_counsellor", False),
        "medication_changes": Relevance("medications"),
        "jobs": Relevance("has_work_experience", True),
        "medications": Relevance("takes_medication", True),
    }
    assert {f.name: f.relevant for f in profile.all_fields() if f.relevant} == follow_ups
    shown = relevant_names(profile, {})
    assert shown.isdisjoint(follow_ups)
    answers = {"has_physical_limitations": True, "has_work_clothes": False,
               "talked_to_benefits_counsellor": True, "takes_medication": True,
               "has_work_experience": True,
               "medications": [{"row_id": "m1", "medication": "Abilify"}]}
    shown = relevant_names(profile, answers)
    assert {"physical_limitations", "work_clothes_needed", "medication_changes", "jobs",
            "medications"} <= shown
    assert "wants_benefits_counselling" not in shown
    # no medication: neither the table nor the question about changes in it is asked,
    # even with rows left from before (a chain: changes hang on the table)
    shown = relevant_names(profile, answers | {"takes_medication": False})
    assert shown.isdisjoint({"medications", "medication_changes"})


def test_a_filled_in_profile_and_plan_validate_as_complete(profile, plan):
    profile_answers = {
        "work_goal": "Lagerarbejde om formiddagen", "days_per_week": 4, "hours_per_day": 5,
        "physical_health": "good", "has_physical_limitations": False,
        "work_goals_sources": ["person", "treatment_team"], "has_work_experience": True,
        "jobs": [{"row_id": "j1", "workplace": "Netto, Køge", "job_title": "Butiksassistent",
                  "first_day": "2019-03-01", "last_day": "2021-06-30", "hours_per_week": 25,
                  "reason_left": "Blev indlagt", "liked_best": "Kollegerne",
                  "found_hard": "Travle fredage"}],
        "network": [{"row_id": "n1", "person": "Min søster", "how_often": "Hver uge"}],
    }
    assert validate_answers(profile, profile_answers, complete=True, today=TODAY) == []
    plan_answers = {"overall_goal": "Fast job på lager", "sub_goals": [
        {"row_id": "s1", "sub_goal": "Opdatere CV", "responsible": "IPS-konsulenten",
         "target_date": "2026-12-01"},
        {"row_id": "s2", "sub_goal": "Besøge to virksomheder", "target_date": "2026-12-15",
         "reached_on": "2026-12-10"}]}
    assert validate_answers(plan, plan_answers, complete=True, today=TODAY) == []
    wrong = validate_answers(profile, {"days_per_week": 9}, complete=True, today=TODAY)
    assert {e.field for e in wrong} == {"work_goal", "days_per_week"}
