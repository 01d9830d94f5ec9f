"""The fidelity self-check from the caseload data, and the team lead's reviews.

Interface first (the figures come in the next commits): the signatures and
the dataclasses (`services.fidelity_model`) are what the print and area parts
code against.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ips_desktop.domain import fidelity
from ips_desktop.domain.messages import current_language
from ips_desktop.services.context import AppContext
from ips_desktop.services.fidelity_model import (
    BasisRow,
    FidelityCheck,
    ItemScore,
    ReviewSummary,
)

REVIEW_FORM = "fidelity_review"


def fidelity_self_check(ctx: AppContext, first: date, last: date, *,
                        today: date) -> FidelityCheck:
    """The 15 items for the period `first`–`last` (team leads only; audited READ, ids only)."""
    language = current_language()
    items = tuple(ItemScore(item.key, item.number, item.name.get(language), None, "", (),
                            item.derived) for item in fidelity.ITEMS)
    return FidelityCheck(first, min(last, today), today, items, 0,
                         len(fidelity.DERIVED) * fidelity.MAX_SCORE, None, None, None,
                         ctx.is_demo)


def save_review(ctx: AppContext, first: date, last: date,
                scores: Mapping[str, tuple[int | None, str]], comment: str, *,
                today: date) -> ReviewSummary:
    """Save the team lead's scores for the reviewed items (by key: (score, comment)).

    The data-derived items are snapshotted into the review, so it reads later
    as it was saved. Validation errors name the item's key as the field.
    """
    raise NotImplementedError


def reviews(ctx: AppContext) -> list[ReviewSummary]:
    """Every saved review, newest first (the history)."""
    return []


__all__ = ["REVIEW_FORM", "BasisRow", "FidelityCheck", "ItemScore", "ReviewSummary",
           "fidelity_self_check", "reviews", "save_review"]
