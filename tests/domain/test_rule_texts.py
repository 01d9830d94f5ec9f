"""Every IPS warning says what clears it, in all three languages; the next phase is offered."""

from __future__ import annotations

from datetime import date

import pytest

from ips_desktop.domain.enums import Phase, next_phase
from ips_desktop.domain.messages import LANGUAGES
from ips_desktop.domain.rule_texts import (
    CONSENT_TEXTS,
    REMEDY_TEXTS,
    consent_missing,
    consent_text,
    overdue_warning,
)
from ips_desktop.domain.rules import RuleId


@pytest.mark.parametrize("rule", list(RuleId))
def test_every_rule_has_a_remedy_in_every_language(rule):
    assert set(REMEDY_TEXTS[rule]) == set(LANGUAGES)
    assert all(text.strip() for text in REMEDY_TEXTS[rule].values())


def test_the_warning_names_the_rule_the_delay_and_the_remedy():
    assert overdue_warning(RuleId.FIRST_MEETING, 3, "da") == (
        "Første møde skal holdes inden for 7 dage efter henvisning — 3 dage over fristen — "
        "registrér et møde med deltageren under Kontakter, eller udfyld 'Dato for første møde' "
        "på fanen Henvisning")
    assert overdue_warning(RuleId.PARTICIPANT_CONTACT, 1, "en").startswith(
        "Contact with the participant at least every 30 days — 1 day overdue — log a contact")


def test_consent_status_and_its_warning():
    today = date(2026, 12, 1)
    assert all(set(texts) == set(LANGUAGES) for texts in CONSENT_TEXTS.values())
    assert consent_text(date(2026, 11, 25), None, today, "da") == "Samtykke givet den 25.11.2026"
    assert not consent_missing(date(2026, 11, 25), None, today)
    assert consent_missing(None, None, today)
    assert consent_text(None, None, today, "nb").startswith("Samtykke mangler — ")
    withdrawn = date(2026, 11, 30)
    assert consent_missing(date(2026, 11, 25), withdrawn, today)
    assert "30.11.2026" in consent_text(date(2026, 11, 25), withdrawn, today, "en")
    assert not consent_missing(date(2026, 11, 25), date(2026, 12, 5), today)  # not yet


@pytest.mark.parametrize(("now", "offered"), [
    (Phase.REFERRED, Phase.ENGAGED), (Phase.ENGAGED, Phase.JOB_SEARCH),
    (Phase.JOB_SEARCH, Phase.IN_JOB_OR_EDUCATION),
    (Phase.IN_JOB_OR_EDUCATION, Phase.FOLLOW_ALONG),
    (Phase.FOLLOW_ALONG, Phase.JOB_SEARCH)])
def test_the_next_phase(now, offered):
    assert next_phase(now) is offered
