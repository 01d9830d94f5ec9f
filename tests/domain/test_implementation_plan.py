"""The shipped implementation plan holds every heading and item of seed 000, as the seed says.

The seed's table is read here from a copy (tests/fixtures): each row is
tab-separated HTML cells; a row whose first cell ends in "Skriv svaret her"
is an agreement (its title, then its italic question and help paragraphs,
then the party), any other row with text in its first cell is a heading.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from ips_desktop.domain.forms import FormError
from ips_desktop.domain.implementation_plan import Party, parse_plan
from ips_desktop.paths import forms_dir

SEED = Path(__file__).parents[1] / "fixtures" / "seed_000_implementation_plan.txt"
PLAN = (forms_dir() / "implementation_plan.toml").read_text(encoding="utf-8")
# The seed's own words for a party, and the party they mean.
SEED_PARTIES = {"Kommune": Party.KOMMUNE, "Psykiatrien": Party.PSYKIATRIEN,
                "Fælles": Party.FAELLES, "Kommune og Psykiatri": Party.FAELLES}


def plain(fragment: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", fragment))
    # The seed writes "kordinator" once or twice; the plan spells it "koordinator".
    return re.sub(r"\s+", " ", text).strip().replace("kordinator", "koordinator")


@dataclass
class SeedItem:
    heading: str
    title: str
    paragraphs: list[str]  # the italic question and help texts, in order
    party: str  # as written ("" where the seed leaves it blank)


def seed_table() -> tuple[list[str], list[SeedItem]]:
    headings: list[str] = []
    items: list[SeedItem] = []
    in_table = False
    for row in SEED.read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        first = cells[0]
        if plain(first).startswith("Aftale og handling"):
            in_table = True
            continue
        if not in_table or not plain(first) or plain(first).startswith("---"):
            continue
        if "Skriv svaret her" in first:
            title = plain(first.split("<i>", 1)[0])
            paragraphs = [plain(p) for p in re.findall(r"<i>(.*?)</i>", first)]
            party = plain(cells[1]) if len(cells) > 1 else ""
            items.append(SeedItem(headings[-1], title, paragraphs, party))
        else:
            headings.append(plain(first))
    return headings, items


def test_the_seed_is_read_as_expected():
    headings, items = seed_table()
    assert len(headings) == 5 and len(items) == 22
    assert items[0].title == "Aftale om målgruppe"
    assert items[0].party == "Kommune og Psykiatri"


def test_every_heading_of_the_seed_is_a_section_in_its_order():
    spec = parse_plan(PLAN, "implementation_plan.toml")
    headings, _ = seed_table()
    titles = [section.title.da for section in spec.sections]
    assert titles[:len(headings)] == headings
    # The seed's introduction asks for a responsible and a deadline for following the plan up.
    assert titles[len(headings):] == ["Opfølgning på implementeringsplanen"]
    follow_up = spec.item("plan_follow_up")
    assert follow_up is not None and follow_up.party is Party.FAELLES
    assert "ansvarlig og deadline for opfølgning" in follow_up.help.da


def test_every_item_of_the_seed_is_in_the_plan_with_its_words_and_party():
    spec = parse_plan(PLAN, "implementation_plan.toml")
    _, seed_items = seed_table()
    ours = [(section.title.da, item) for section in spec.sections for item in section.items]
    assert len(ours) == len(seed_items) + 1
    for seed_item, (heading, item) in zip(seed_items, ours, strict=False):
        assert heading == seed_item.heading
        assert item.title.da == seed_item.title
        help_paragraphs = item.help.da.split("\n") if item.help else []
        assert [item.question.da, *help_paragraphs] == seed_item.paragraphs, item.name
        if seed_item.party:  # blank in the seed for two municipal items: see the toml
            assert item.party is SEED_PARTIES[seed_item.party], item.name
            assert item.party_text("da") == seed_item.party, item.name
        else:
            assert item.party is Party.KOMMUNE


def test_every_text_is_in_three_languages():
    spec = parse_plan(PLAN, "implementation_plan.toml")
    texts = [spec.title, spec.intro] + [s.title for s in spec.sections]
    for item in spec.items():
        texts += [item.title, item.question] + [t for t in (item.help, item.party_label) if t]
    for text in texts:
        assert text is not None and text.da and text.nb and text.en
        assert text.nb != text.da or text.da in ("Implementeringsplan",) \
            or text.da.startswith("Psykiatrien")


@pytest.mark.parametrize(("old", "new", "said"), [
    ('party = "kommune"', 'party = "begge"', 'the party "begge"'),
    ("question.da", "questoin.da", 'did you mean "question"'),
    ('name = "referral"', 'name = "target_numbers"', "is used twice"),
    ('title.da = "Aftale om måltal"', 'title.xx = "Aftale om måltal"', "unknown language"),
])
def test_a_broken_file_names_its_line_and_problem(old, new, said):
    at = next(n for n, raw in enumerate(PLAN.splitlines(), 1) if raw.startswith(old))
    with pytest.raises(FormError) as raised:
        parse_plan(PLAN.replace(old, new, 1), "plan.toml")
    found = [(raised.value.line, raised.value.problem)] + [
        (int(extra.split(":")[0].removeprefix("line ")), extra.split(":", 1)[1])
        for extra in raised.value.extra]
    assert [line for line, problem in found if said in problem] == [at], found


def test_not_toml_at_all_names_the_line():
    with pytest.raises(FormError) as raised:
        parse_plan('id = "x"\nversion = 1 2\n', "plan.toml")
    assert raised.value.line == 2
