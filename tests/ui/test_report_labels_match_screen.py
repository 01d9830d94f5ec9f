"""The employer log's paper and spreadsheet say what the screen says.

reports/ may not use Qt, so reports/employer_log_texts.py holds its own copy of
the labels of modes, purposes and outcomes; this keeps that copy and the
screen's translations (ui/texts.py and the .ts files) from drifting apart.
"""

from __future__ import annotations

import pytest

from ips_desktop.domain.enums import ContactMode, ContactOutcome, ContactPurpose
from ips_desktop.reports.employer_log_texts import (
    MODES,
    OUTCOMES,
    PURPOSES,
    PURPOSES_SHORT,
    label,
)
from ips_desktop.ui.i18n import LANGUAGES, apply_language
from ips_desktop.ui.texts import (
    contact_mode_text,
    contact_outcome_text,
    contact_purpose_short_text,
    contact_purpose_text,
)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_reports_labels_are_the_screens(qapp, language):
    apply_language(language)
    try:
        for mode in ContactMode:
            assert label(MODES[mode], language) == contact_mode_text(mode)
        for purpose in ContactPurpose:
            assert label(PURPOSES[purpose], language) == contact_purpose_text(purpose)
            assert label(PURPOSES_SHORT[purpose], language) == contact_purpose_short_text(purpose)
        for outcome in ContactOutcome:
            assert label(OUTCOMES[outcome], language) == contact_outcome_text(outcome)
    finally:
        apply_language("da")
