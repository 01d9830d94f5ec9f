"""The supervision list says "samtykke trukket tilbage" for a course whose consent was
withdrawn, apart from "mangler", on the screen, in the PDF and in the spreadsheet."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook
from sqlalchemy import update
from sqlalchemy.orm import Session

from ips_desktop.reports.supervision_pdf import supervision_pdf
from ips_desktop.reports.supervision_xlsx import supervision_xlsx
from ips_desktop.services import consents
from ips_desktop.services.supervision import supervision_list
from ips_desktop.storage.models import Consent
from ips_desktop.ui.supervision.cells import SupervisionCells
from tests.reports.support import all_text
from tests.supervision_data import TODAY, WEEK, build_team

WITHDRAWN_ON = date(2026, 11, 12)


def listing_with_one_withdrawn_and_one_missing(ws):
    team = build_team(ws.ctx)
    consents.record_withdrawal(ws.ctx, team.courses["ida"], WITHDRAWN_ON, today=TODAY)
    with Session(ws.ctx.engine) as session, session.begin():  # jens: never given
        session.execute(update(Consent).where(Consent.course_id == team.courses["jens"])
                        .values(deleted_at=datetime(2026, 11, 17).astimezone()))
    listing = supervision_list(ws.ctx, WEEK, today=TODAY)
    rows = {r.course_id: r for r in listing.rows}
    return team, listing, rows[team.courses["ida"]], rows[team.courses["jens"]]


def test_a_withdrawn_consent_is_said_as_such_on_the_screen(ws, qapp):
    _team, _listing, ida, jens = listing_with_one_withdrawn_and_one_missing(ws)
    assert ida.consent_missing and ida.consent_withdrawn_on == WITHDRAWN_ON
    assert jens.consent_missing and jens.consent_withdrawn_on is None
    cells = SupervisionCells()
    assert cells.flags(ida).endswith("Samtykke trukket tilbage")
    assert cells.flags(jens).endswith("Samtykke mangler")
    assert "12.11.2026" in (cells.flags_tip(ida, TODAY) or "")


def test_the_pdf_and_the_spreadsheet_say_withdrawn(ws):
    team, listing, _ida, _jens = listing_with_one_withdrawn_and_one_missing(ws)
    text = all_text(supervision_pdf(listing, language="da", made_at=datetime(2026, 11, 18, 9)))
    ida_at = text.index(team.names["ida"])
    assert "samtykke trukket tilbage" in text[ida_at:ida_at + 200]
    jens_at = text.index(team.names["jens"])
    assert "samtykke mangler" in text[jens_at:jens_at + 200]
    sheet = load_workbook(io.BytesIO(supervision_xlsx(listing, language="da",
                                                      made_at=datetime(2026, 11, 18, 9))))
    cells = [str(c.value) for ws_ in sheet.worksheets for r in ws_.iter_rows() for c in r
             if c.value is not None]
    assert "samtykke trukket tilbage 12.11.2026" in cells
