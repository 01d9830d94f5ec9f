"""What a new form version changes, and moving answers to it without dropping any."""

from __future__ import annotations

from ips_desktop.domain.form_versions import (
    FormChanges,
    answers_not_in,
    changes_between,
    move_answers,
    question_at,
)
from tests.services.draft_support import PROFILE_V1, PROFILE_V2, spec


def test_the_changes_of_a_new_version_are_listed():
    old, new = spec(PROFILE_V1), spec(PROFILE_V2)
    changes = changes_between(old, new)
    assert changes == FormChanges(added=("wants_support", "jobs.hours"),
                                  removed=("fax_number",),
                                  renamed=(("last_school", "school"),),
                                  retired_choices=(("education", "primary"),))
    assert changes and not changes_between(old, old)
    assert changes_between(new, new) == FormChanges()
    column = question_at(new, "jobs.hours")
    assert column is not None and column.label.da == "Timer om ugen"
    assert question_at(old, "fax_number") is not None and question_at(new, "fax_number") is None


def test_a_renamed_group_keeps_its_columns_and_a_changed_type_is_named():
    old = spec(PROFILE_V1)
    new = spec(PROFILE_V1.replace('version = "1"', 'version = "3"')
               .replace('name = "jobs"', 'name = "work"\nrenamed_from = "jobs"')
               .replace('name = "job_now"\ntype = "text"', 'name = "job_now"\ntype = "long_text"'))
    changes = changes_between(old, new)
    assert changes.renamed == (("jobs", "work"),)
    assert (changes.added, changes.removed, changes.retyped) == ((), (), ("job_now",))


def test_moving_carries_renamed_answers_and_keeps_removed_ones():
    answers = {"dream_job": "Gartner", "last_school": "Køge Gymnasium", "fax_number": "1234",
               "education": "primary", "from_a_much_older_version": "kept"}
    moved = move_answers(spec(PROFILE_V2), answers)
    assert moved == {"dream_job": "Gartner", "school": "Køge Gymnasium", "fax_number": "1234",
                     "education": "primary", "from_a_much_older_version": "kept"}
    assert answers["last_school"] == "Køge Gymnasium"  # the caller's dict is left alone


def test_the_answers_a_version_does_not_ask_are_found_in_order():
    answers = {"fax_number": "1234", "dream_job": "Gartner", "gone": "", "older": "x"}
    assert answers_not_in(spec(PROFILE_V2), answers) == {"fax_number": "1234", "older": "x"}
    assert answers_not_in(spec(PROFILE_V1), answers) == {"older": "x"}
