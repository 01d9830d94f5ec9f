"""The demo's career profiles and employment plans: real field names, plausible, reproducible."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ips_desktop.domain.enums import FormStatus
from ips_desktop.domain.form_answers import validate_answers
from ips_desktop.domain.forms import ROW_ID, FieldType, FormSpec
from ips_desktop.services.demo import generate_demo
from ips_desktop.services.forms import load_forms
from ips_desktop.storage.models import FormResponse
from tests import backends

TODAY = date(2026, 11, 20)


def demo_forms(root: Path, password: str, seed: int = 7) -> list[tuple[str, str, dict]]:
    db = backends.new_database(root, demo=True)
    generate_demo(db.engine, size="small", seed=seed, today=TODAY)
    with db.engine.connect() as conn:
        rows = conn.execute(select(FormResponse.form_id, FormResponse.status,
                                   FormResponse.answers).where(
            FormResponse.form_id != "referral").order_by(FormResponse.id)).all()
    db.close()
    return [(form_id, status, answers) for form_id, status, answers in rows]


@pytest.fixture(scope="module")
def specs(tmp_path_factory) -> dict[str, FormSpec]:
    return load_forms(tmp_path_factory.mktemp("data")).specs


@pytest.fixture
def forms(data_dir: Path, password: str) -> list[tuple[str, str, dict]]:
    return demo_forms(data_dir, password)


def filled_sections(spec: FormSpec, answers: dict) -> int:
    return sum(1 for s in spec.sections if any(f.name in answers for f in s.fields))


def test_every_answer_is_a_question_of_the_shipped_form_and_validates(forms, specs) -> None:
    assert {form_id for form_id, _, _ in forms} == {"vocational_profile", "action_plan"}
    for form_id, status, answers in forms:
        spec = specs[form_id]
        known = {f.name for f in spec.all_fields()}
        assert set(answers) <= known, set(answers) - known
        complete = status == FormStatus.COMPLETE
        assert validate_answers(spec, answers, complete=complete, today=TODAY) == []
        for question in spec.all_fields():
            if question.type is FieldType.GROUP and question.name in answers:
                rows = answers[question.name]
                ids = [row[ROW_ID] for row in rows]
                assert rows and len(set(ids)) == len(ids)
                columns = {c.name for c in question.fields} | {ROW_ID}
                assert all(set(row) <= columns for row in rows)


def test_drafts_hold_a_few_pages_and_completed_profiles_most(forms, specs) -> None:
    profile = specs["vocational_profile"]
    drafts = [filled_sections(profile, a) for f, s, a in forms
              if f == "vocational_profile" and s == FormStatus.DRAFT]
    done = [filled_sections(profile, a) for f, s, a in forms
            if f == "vocational_profile" and s == FormStatus.COMPLETE]
    assert drafts and done
    assert all(2 <= n <= 4 for n in drafts)
    assert all(n >= 8 for n in done)
    assert all("work_goal" in a for f, _, a in forms if f == "vocational_profile")


def test_plans_have_one_to_three_sub_goals_some_reached_some_overdue(forms) -> None:
    plans = [a for f, _, a in forms if f == "action_plan"]
    assert plans and all(a["overall_goal"] for a in plans)
    counts = {len(a["sub_goals"]) for a in plans}
    assert counts == {1, 2, 3}
    rows = [row for a in plans for row in a["sub_goals"]]
    reached = [r for r in rows if "reached_on" in r]
    overdue = [r for r in rows if "reached_on" not in r
               and date.fromisoformat(r["target_date"]) < TODAY]
    assert reached and overdue
    assert all(r["reached_on"] <= TODAY.isoformat() for r in reached)


def test_the_same_seed_gives_the_same_answers_row_ids_included(tmp_path: Path,
                                                               password: str) -> None:
    assert demo_forms(tmp_path / "one", password) == demo_forms(tmp_path / "two", password)


def test_complete_plans_are_reviewed_about_quarterly_and_some_reviews_are_late(
        data_dir: Path, password: str):
    """The list's quarterly review rule has something to show in the demo: reviews on
    record, the next one due for some and overdue for others; forms carry their own dates."""
    from ips_desktop.domain.rules import RuleId
    from ips_desktop.services import caseload
    from ips_desktop.services.context import AppContext
    from ips_desktop.storage.models import PlanReview

    db = backends.new_database(data_dir, demo=True)
    summary = generate_demo(db.engine, size="small", seed=7, today=TODAY)
    try:
        with db.engine.connect() as conn:
            reviews = conn.execute(select(PlanReview.course_id, PlanReview.reviewed_on)).all()
            created = conn.execute(select(FormResponse.created_at).where(
                FormResponse.form_id != "referral")).scalars().all()
        assert summary.plan_reviews == len(reviews) > 0
        assert all(day <= TODAY for _, day in reviews)
        assert len({stamp.date() for stamp in created}) > 10  # not all made at generation
        rows = caseload.caseload(AppContext(engine=db.engine, actor_id=None, is_demo=True),
                                 today=TODAY)
        review_items = [item for row in rows for item in row.due
                        if item.rule is RuleId.PLAN_REVIEW]
        assert any(item.overdue for item in review_items)
        assert any(not item.overdue for item in review_items)
    finally:
        db.close()
