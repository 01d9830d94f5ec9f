"""Public holidays from the `holidays` package: Denmark's, or Norway's for a bokmål screen."""

from __future__ import annotations

from datetime import date

from ips_desktop.domain.public_holidays import public_holidays


def test_danish_christmas_and_easter_in_danish_and_english():
    da = public_holidays(date(2026, 12, 20), date(2027, 1, 3), "da")
    assert da == {date(2026, 12, 25): "Juledag", date(2026, 12, 26): "Anden juledag",
                  date(2027, 1, 1): "Nytårsdag"}
    en = public_holidays(date(2026, 12, 20), date(2027, 1, 3), "en")
    assert en[date(2026, 12, 25)] == "Christmas Day"
    easter = public_holidays(date(2027, 3, 1), date(2027, 4, 30), "da")
    assert easter[date(2027, 3, 28)] == "Påskedag"  # Easter moves: 28 March in 2027


def test_the_range_is_inclusive():
    assert list(public_holidays(date(2026, 12, 25), date(2026, 12, 25), "da")) == \
        [date(2026, 12, 25)]
    assert public_holidays(date(2026, 12, 27), date(2026, 12, 31), "da") == {}


def test_store_bededag_is_gone_after_2023():
    assert "Store bededag" in public_holidays(date(2023, 5, 5), date(2023, 5, 5), "da").values()
    assert public_holidays(date(2024, 4, 26), date(2024, 4, 26), "da") == {}


def test_norwegian_holidays_for_bokmaal():
    nb = public_holidays(date(2026, 5, 1), date(2026, 5, 31), "nb")
    assert nb[date(2026, 5, 17)] == "Grunnlovsdag"
    assert date(2026, 5, 17) not in public_holidays(date(2026, 5, 1), date(2026, 5, 31), "da")
