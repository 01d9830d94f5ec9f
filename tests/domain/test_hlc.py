"""The hybrid logical clock: every stamp after the last, whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ips_desktop.domain import hlc

DAY_MS = 24 * 3600 * 1000
NOW = 1_796_000_000_000  # December 2026
NODE, OTHER = "0b7f2f1e", "c0ffee00"

# What a laptop's clock reads at each change: mostly forward, with jumps a day either way.
readings = st.lists(st.integers(-DAY_MS, DAY_MS).map(lambda skew: NOW + skew), min_size=1,
                    max_size=200)


@given(readings)
def test_stamps_only_go_forward_and_their_text_sorts_as_they_do(clock):
    last = hlc.start(NODE)
    made = []
    for now in clock:
        stamp = hlc.tick(last, now)
        assert hlc.parse(stamp) > hlc.parse(last)
        assert stamp > last  # the text sorts as the clock does
        made.append(stamp)
        last = stamp
    assert sorted(made) == made and len(set(made)) == len(made)


@given(st.integers(1, DAY_MS), st.integers(1, 500))
def test_a_clock_put_back_a_day_keeps_counting_from_where_it_was(behind, changes):
    last = hlc.tick(hlc.start(NODE), NOW)
    for _ in range(changes):
        stamp = hlc.tick(last, NOW - behind)
        assert stamp > last and hlc.parse(stamp).wall_ms == NOW
        last = stamp
    # The wall clock catches up: the stamps follow it again.
    assert hlc.parse(hlc.tick(last, NOW + 1)) == hlc.Stamp(NOW + 1, 0, NODE)


@given(st.integers(-DAY_MS, DAY_MS), st.integers(-DAY_MS, DAY_MS))
def test_after_seeing_a_remote_stamp_the_next_local_one_is_after_it(mine_skew, their_skew):
    """A laptop a day ahead syncs: the others' next changes still come after its changes."""
    ours = hlc.tick(hlc.start(NODE), NOW + mine_skew)
    theirs = hlc.tick(hlc.start(OTHER), NOW + their_skew)
    seen = hlc.receive(ours, theirs, NOW)
    assert seen > ours and hlc.parse(seen) > hlc.parse(theirs)
    assert hlc.parse(seen).node == NODE
    following = hlc.tick(seen, NOW)
    assert following > seen and hlc.parse(following) > hlc.parse(theirs)


@given(st.integers(0, 10**13 - 2), st.integers(0, hlc.COUNTER_MAX),
       st.integers(0, 10**13 - 2), st.integers(0, hlc.COUNTER_MAX))
def test_text_order_is_clock_order(wall_a, count_a, wall_b, count_b):
    a, b = hlc.Stamp(wall_a, count_a, NODE), hlc.Stamp(wall_b, count_b, OTHER)
    assert (str(a) < str(b)) == (a < b)
    assert hlc.parse(str(a)) == a


def test_a_full_counter_borrows_the_next_millisecond():
    full = str(hlc.Stamp(NOW, hlc.COUNTER_MAX, NODE))
    assert hlc.parse(hlc.tick(full, NOW)) == hlc.Stamp(NOW + 1, 0, NODE)


def test_the_node_is_the_database_ids_first_eight_hex_digits():
    assert hlc.node_of("0B7F2F1E-8a51-4c39-9d2f-000000000001") == "0b7f2f1e"
    assert hlc.node_of(None) == hlc.ZERO_NODE
    stamp = hlc.tick(hlc.start(hlc.node_of("0b7f2f1e-8a51")), NOW)
    assert stamp == f"{NOW:013d}-00000-0b7f2f1e" and len(stamp) <= 40
