"""The fidelity scale's items, anchors and scores, at each anchor's boundaries."""

from __future__ import annotations

import pytest

from ips_desktop.domain import fidelity
from ips_desktop.domain.fidelity import (
    ITEMS,
    Band,
    band,
    median_days,
    partial_total,
    score_assertive_engagement,
    score_caseload,
    score_community_based,
    score_follow_along,
    score_job_diversity,
    score_job_permanence,
    score_rapid_job_search,
    score_zero_exclusion,
    total,
)


def test_the_scale_has_15_items_numbered_in_order_eight_from_the_data() -> None:
    assert [item.number for item in ITEMS] == list(range(1, 16))
    assert len({item.key for item in ITEMS}) == 15
    assert [item.number for item in ITEMS if item.derived] == [1, 6, 8, 10, 11, 13, 14, 15]
    assert fidelity.MAX_TOTAL == 75
    assert [fidelity.BY_KEY[k].number for k in fidelity.REVIEWED] == [2, 3, 4, 5, 7, 9, 12]


def test_every_item_has_its_name_and_every_derived_item_five_anchors_and_its_mapping_in_three_languages() -> None:  # noqa: E501
    for item in ITEMS:
        assert all(getattr(item.name, lang).strip() for lang in ("da", "nb", "en")), item.key
        if item.derived:
            assert len(item.anchors) == 5, item.key
            assert item.mapping is not None
            for text in (*item.anchors, item.mapping):
                assert all(getattr(text, lang).strip() for lang in ("da", "nb", "en")), item.key
        else:
            assert item.anchors == () and item.mapping is None


@pytest.mark.parametrize(("ratio", "score"), [
    (0, 5), (25, 5), (25.01, 4), (26, 4), (40, 4), (40.5, 3), (41, 3), (60, 3),
    (61, 2), (80, 2), (80.2, 1), (81, 1), (200, 1),
])
def test_caseload_size_anchors(ratio: float, score: int) -> None:
    assert score_caseload(ratio) == score


@pytest.mark.parametrize(("out", "of", "score"), [
    (0, 40, 5), (1, 40, 4), (2, 40, 4), (3, 40, 3), (4, 40, 3), (5, 40, 2), (8, 40, 2),
    (9, 40, 1), (40, 40, 1), (1, 20, 4), (2, 20, 3), (4, 20, 2), (5, 20, 1),
])
def test_zero_exclusion_anchors(out: int, of: int, score: int) -> None:
    assert score_zero_exclusion(out, of) == score


def test_zero_exclusion_without_referrals_has_no_score() -> None:
    assert score_zero_exclusion(0, 0) is None
    with pytest.raises(ValueError):
        score_zero_exclusion(3, 2)


@pytest.mark.parametrize(("days", "score"), [
    (0, 5), (30, 5), (30.5, 4), (31, 4), (183, 4), (184, 3), (274, 3), (275, 2), (365, 2),
    (366, 1), (1000, 1),
])
def test_rapid_job_search_anchors(days: float, score: int) -> None:
    assert score_rapid_job_search(days) == score


def test_median_days_and_no_contacts() -> None:
    assert median_days([]) is None
    assert score_rapid_job_search(None) is None
    assert median_days([10, 40, 20]) == 20
    assert median_days([30, 31]) == 30.5


@pytest.mark.parametrize(("alike", "jobs", "score"), [
    (0, 100, 5), (32, 100, 5), (33, 100, 4), (1, 3, 4), (49, 100, 4), (50, 100, 3),
    (69, 100, 3), (70, 100, 2), (84, 100, 2), (85, 100, 1), (100, 100, 1),
])
def test_job_diversity_anchors(alike: int, jobs: int, score: int) -> None:
    assert score_job_diversity(alike, jobs) == score


@pytest.mark.parametrize(("permanent", "jobs", "score"), [
    (100, 100, 5), (85, 100, 5), (84, 100, 4), (70, 100, 4), (69, 100, 3), (50, 100, 3),
    (49, 100, 2), (33, 100, 2), (1, 3, 2), (32, 100, 1), (0, 100, 1),
])
def test_job_permanence_anchors(permanent: int, jobs: int, score: int) -> None:
    assert score_job_permanence(permanent, jobs) == score


@pytest.mark.parametrize(("share", "score"), [
    (100, 5), (90, 5), (89, 4), (70, 4), (69, 3), (50, 3), (49, 2), (25, 2), (24, 1), (0, 1),
])
def test_follow_along_anchors(share: int, score: int) -> None:
    assert score_follow_along(share, 100) == score


@pytest.mark.parametrize(("share", "score"), [
    (100, 5), (70, 5), (69, 4), (60, 4), (59, 3), (40, 3), (39, 2), (11, 2), (10, 1), (0, 1),
])
def test_community_based_anchors(share: int, score: int) -> None:
    assert score_community_based(share, 100) == score


@pytest.mark.parametrize(("share", "score"), [
    (100, 5), (90, 5), (89, 4), (75, 4), (74, 3), (60, 3), (59, 2), (40, 2), (39, 1), (0, 1),
])
def test_assertive_engagement_anchors(share: int, score: int) -> None:
    assert score_assertive_engagement(share, 100) == score


def test_shares_without_rows_have_no_score() -> None:
    for scorer in (score_job_diversity, score_job_permanence, score_follow_along,
                   score_community_based, score_assertive_engagement):
        assert scorer(0, 0) is None


@pytest.mark.parametrize(("points", "expected"), [
    (75, Band.GOOD), (66, Band.GOOD), (65, Band.FAIR), (56, Band.FAIR), (55, Band.NOT_IPS),
    (15, Band.NOT_IPS),
])
def test_band_follows_seed_003(points: int, expected: Band) -> None:
    assert band(points) is expected


def test_band_refuses_an_impossible_total() -> None:
    with pytest.raises(ValueError):
        band(76)


def test_total_needs_all_15_scores() -> None:
    scores: dict[str, int | None] = {item.key: 4 for item in ITEMS}
    assert total(scores) == 60
    scores["vocational_unit"] = None
    assert total(scores) is None
    assert partial_total(scores) == 56
    scores["vocational_unit"] = 6
    with pytest.raises(ValueError):
        total(scores)


def test_figures_are_written_the_languages_way() -> None:
    assert fidelity.share_text(749, 2191, "da") == "34 % (749 af 2.191)"
    assert fidelity.share_text(749, 2191, "en") == "34 % (749 of 2,191)"
    assert fidelity.figure_text("caseload_size", "en", value=23.44, count=47, extra=2.0) == \
        "23.4 participants per full-time post (47 courses, 2.0 FTE)"
    assert fidelity.figure_text("job_permanence", "nb", count=0, of=0) == "Ingen data i perioden"
