"""The implementation plan's printout: the seed's table (agreement / responsible / deadline)."""

from __future__ import annotations

from datetime import date, datetime

from ips_desktop.reports.implementation_plan_pdf import implementation_plan_pdf
from ips_desktop.services.implementation_plan import plan, save_item
from tests.plan_support import make_lead
from tests.reports.support import all_text, flat, pages_text

TODAY = date(2026, 11, 20)
MADE = datetime(2026, 11, 20, 14, 5)


def filled(ws):
    make_lead(ws)
    save_item(ws.ctx, "target_numbers", "40 deltagere & 2 konsulenter <fuld tid>", "faelles",
              "Bo Berg", date(2027, 1, 31), None, today=TODAY)
    save_item(ws.ctx, "access", "", "faelles", "Lis Leder", date(2026, 11, 1), None,
              today=TODAY)
    save_item(ws.ctx, "referral", "Via behandler", "psykiatrien", "Åse Øst", date(2026, 9, 1),
              date(2026, 9, 3), today=TODAY)
    return plan(ws.ctx, today=TODAY)


def test_the_printout_holds_every_heading_item_and_what_was_written(ws):
    shown = filled(ws)
    pdf = implementation_plan_pdf(shown, language="da", made_at=MADE)
    text = flat(all_text(pdf))
    for section in shown.sections:
        assert flat(section.title.da) in text
    for item in shown.items():
        assert flat(item.title.da) in text, item.item
    assert "Aftale og handling" in text and "Ansvarlig" in text and "Deadline" in text
    assert "Svar: 40 deltagere & 2 konsulenter <fuld tid>" in text
    assert "Bo Berg" in text and "31.01.2027" in text
    assert "01.11.2026 Overskredet" in text  # in words, not colour alone
    assert "Udført 03.09.2026" in text and "Part: Psykiatrien" in text
    assert "Part: Kommune og Psykiatri" in text  # the seed's own word for the default
    assert "Status pr. 20.11.2026: 1 af 23 punkter udført, 1 med overskredet deadline." in text
    pages = pages_text(pdf)
    assert all("Fortroligt – indeholder personoplysninger" in flat(p) for p in pages)
    assert f"Side 1 af {len(pages)}" in flat(pages[0])


def test_the_printout_in_english(ws):
    shown = filled(ws)
    text = flat(all_text(implementation_plan_pdf(shown, language="en", made_at=MADE)))
    assert "Agreement and action" in text and "Implementation plan" in text
    assert "Agreement on target numbers" in text and "Deadline passed" in text
    assert "Party: Psychiatry" in text and "Done 03.09.2026" in text


def test_a_demo_printout_is_marked(ws):
    shown = filled(ws)
    assert "DEMO" in all_text(implementation_plan_pdf(shown, language="da", made_at=MADE,
                                                      demo=True))
    assert "DEMO" not in all_text(implementation_plan_pdf(shown, language="da", made_at=MADE))
