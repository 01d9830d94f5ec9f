"""The history's changes: one per answer, a group's cell by cell by row id."""

from __future__ import annotations

from ips_desktop.domain.form_history import ChangeKey, answer_changes, cell_key, parse_key


def test_plain_answers_change_as_a_whole_and_equal_ones_not_at_all():
    before = {"a": "x", "b": ["care", "office"], "c": True, "same": 3}
    after = {"a": "y", "b": ["care"], "c": False, "same": 3, "new": "z"}
    assert answer_changes(before, after) == [
        ("a", "x", "y"), ("b", ["care", "office"], ["care"]), ("c", True, False),
        ("new", None, "z")]
    assert answer_changes(after, after) == []


def test_a_group_changes_cell_by_cell_and_a_new_order_once():
    old = [{"row_id": "r1", "place": "Netto", "liked": True}, {"row_id": "r2", "place": "Irma"}]
    new = [{"row_id": "r2", "place": "Irma", "note": ""}, {"row_id": "r1", "place": "Netto"},
           {"row_id": "r3", "place": "Fakta"}]
    assert answer_changes({"jobs": old}, {"jobs": new}) == [
        ("jobs", ["r1", "r2"], ["r2", "r1", "r3"]),  # the empty note is no change
        ("jobs[r1].liked", True, None),
        ("jobs[r3].place", None, "Fakta"),
    ]
    assert answer_changes({"jobs": old}, {}) == [
        ("jobs[r1].liked", True, None), ("jobs[r1].place", "Netto", None),
        ("jobs[r2].place", "Irma", None)]


def test_rows_without_their_own_ids_change_as_a_whole():
    old = [{"place": "Netto"}]
    new = [{"row_id": "r1", "place": "Netto"}, {"row_id": "r1", "place": "Irma"}]
    assert answer_changes({"jobs": old}, {"jobs": new}) == [("jobs", old, new)]


def test_keys_are_read_back():
    key = cell_key("jobs", "r-1.b", "first_day")
    assert parse_key(key) == ChangeKey("jobs", "r-1.b", "first_day")
    assert parse_key("dream_job") == ChangeKey("dream_job")
    assert parse_key("odd[") == ChangeKey("odd[")
