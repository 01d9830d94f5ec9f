"""Overlapping events side by side: the pure layout the week grid draws from."""

from __future__ import annotations

from ips_desktop.ui.calendar.overlap import Placement, side_by_side


def test_events_apart_in_time_take_the_whole_column():
    assert side_by_side([(0, 60), (60, 120), (200, 230)]) == [Placement(0, 1, 1)] * 3


def test_two_overlapping_events_share_the_column():
    assert side_by_side([(0, 60), (30, 90)]) == [Placement(0, 1, 2), Placement(1, 1, 2)]


def test_a_chain_of_overlaps_is_one_cluster_and_reuses_a_freed_column():
    # 9-10, 9:30-10:30, 10-11: the third overlaps only the second, so it goes back to column 0
    assert side_by_side([(0, 60), (30, 90), (60, 120)]) == [
        Placement(0, 1, 2), Placement(1, 1, 2), Placement(0, 1, 2)]


def test_an_event_widens_over_columns_that_stay_free():
    long, short_a, short_b, later = (0, 120), (0, 30), (0, 30), (60, 90)
    placements = side_by_side([long, short_a, short_b, later])
    assert placements == [Placement(0, 1, 3), Placement(1, 1, 3), Placement(2, 1, 3),
                          Placement(1, 2, 3)]
    assert placements[3].left == 1 / 3 and placements[3].width == 2 / 3


def test_the_longer_of_two_same_start_events_goes_first_and_results_keep_the_input_order():
    assert side_by_side([(0, 30), (0, 90)]) == [Placement(1, 1, 2), Placement(0, 1, 2)]


def test_works_on_datetimes_and_nothing():
    from datetime import datetime

    nine, ten, eleven = (datetime(2026, 12, 2, h) for h in (9, 10, 11))
    assert side_by_side([(nine, eleven), (ten, eleven)]) == [Placement(0, 1, 2),
                                                             Placement(1, 1, 2)]
    assert side_by_side([]) == []
