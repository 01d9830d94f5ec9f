"""The employer register: registering with the duplicate offer, the type-ahead, the list,
the page's details, contact people, and merging two employers into one."""

from __future__ import annotations

import time
import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from ips_desktop.domain.employer_names import name_key
from ips_desktop.domain.enums import AuditAction, OpeningStatus
from ips_desktop.domain.errors import ValidationError
from ips_desktop.services import employers
from ips_desktop.services.employers import (
    ContactPersonInput,
    DuplicateEmployer,
    EmployerInput,
)
from ips_desktop.storage.models import (
    AuditEvent,
    CalendarEvent,
    Employer,
    EmployerContact,
    EmployerContactPerson,
    JobOpening,
    Placement,
)
from tests import backends

TODAY = date(2026, 11, 20)
VALID_CVR = "10150817"  # passes the modulus-11 check


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return backends.make_demo_template(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture
def demo(demo_template, tmp_path):
    opened = backends.open_demo_copy(demo_template, tmp_path / "copy")
    yield opened
    opened.close()


def events(ws, action: AuditAction) -> list[AuditEvent]:
    with ws.ctx.engine.connect() as conn:
        return list(conn.execute(select(AuditEvent).where(AuditEvent.action == action.value)))


def stored(ws, employer_id) -> Employer:
    with ws.ctx.engine.connect() as conn:
        return conn.execute(select(Employer).where(Employer.id == employer_id)).one()


# -- registering -----------------------------------------------------------------------------


def test_register_stores_the_employer_its_persons_and_the_folded_name(ws):
    new = employers.register_employer(ws.ctx, EmployerInput(
        " Køge Tømrer & Snedker ApS ", cvr="DK 1015 0817", industry="Byggeri",
        address="Torvet 1, 4600 Køge", phone="56 63 00 00", website="tomrer.dk",
        notes="Mester tager gerne lærlinge.", municipality="Køge"),
        [ContactPersonInput("Lone Holm", "Mester", "20 30 40 50", "lone@tomrer.dk")])
    row = stored(ws, new)
    assert row.name == "Køge Tømrer & Snedker ApS"
    assert row.name_key == name_key("Koege Toemrer og Snedker") == "koge tomrer og snedker"
    assert row.cvr == VALID_CVR
    data = employers.employer_input(ws.ctx, new)
    assert data.industry == "Byggeri" and data.municipality == "Køge"
    persons = employers.contact_persons(ws.ctx, new)
    assert [(p.name, p.role, p.email) for p in persons] == [
        ("Lone Holm", "Mester", "lone@tomrer.dk")]
    created = [e for e in events(ws, AuditAction.CREATE) if e.entity == "employer"]
    assert created[-1].entity_id == new and created[-1].details["persons"] == 1


def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(ws):
    with pytest.raises(ValidationError) as raised:
        employers.register_employer(ws.ctx, EmployerInput("  ", cvr="12345678"),
                                    [ContactPersonInput("", email="not-an-address")])
    error = raised.value
    assert error.for_field("name") == ["Skal udfyldes."]
    assert "CVR-nummer" in error.for_field("cvr")[0]
    assert error.for_field("persons[0].name") == ["Skal udfyldes."]
    assert "e-mailadresse" in error.for_field("persons[0].email")[0]
    with ws.ctx.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Employer)) == 0
        assert conn.scalar(select(func.count()).select_from(EmployerContactPerson)) == 0


def test_a_web_address_must_be_one(ws):
    for bad in ("ikke en adresse", "javascript:alert(1)", "netto", "ftp://netto.dk"):
        with pytest.raises(ValidationError) as raised:
            employers.register_employer(ws.ctx, EmployerInput("Netto", website=bad))
        assert raised.value.for_field("website"), bad
    for good in ("netto.dk", "https://www.netto.dk/job?id=1", "www.brød.dk"):
        employers.register_employer(ws.ctx, EmployerInput(good, website=good))


def test_an_empty_cvr_is_fine_and_punctuation_alone_is_no_name(ws):
    assert employers.register_employer(ws.ctx, EmployerInput("Netto"))
    with pytest.raises(ValidationError) as raised:
        employers.register_employer(ws.ctx, EmployerInput("– / ."))
    assert raised.value.for_field("name")


def test_the_same_name_or_cvr_is_offered_not_forced(ws):
    netto = employers.register_employer(ws.ctx, EmployerInput("Netto A/S", cvr=VALID_CVR))
    with pytest.raises(DuplicateEmployer) as by_name:
        employers.register_employer(ws.ctx, EmployerInput("NETTO"))
    assert [m.id for m in by_name.value.matches] == [netto] and not by_name.value.by_cvr
    assert "Netto" not in str(by_name.value)  # a message that may be shown has no names
    with pytest.raises(DuplicateEmployer) as by_cvr:
        employers.register_employer(ws.ctx, EmployerInput("Salling Group", cvr=VALID_CVR))
    assert by_cvr.value.by_cvr
    branch = employers.register_employer(ws.ctx, EmployerInput("Netto"), allow_duplicate=True)
    assert branch != netto
    similar = employers.similar_employers(ws.ctx, EmployerInput("netto a/s"), exclude=netto)
    assert [s.id for s in similar] == [branch]


def test_update_keeps_the_folded_name_in_step_and_audits_field_names_only(ws):
    new = employers.register_employer(ws.ctx, EmployerInput("Bageriet"))
    employers.update_employer(ws.ctx, new, EmployerInput("Østergårds Bageri", phone="12"))
    assert stored(ws, new).name_key == "ostergards bageri"
    update = [e for e in events(ws, AuditAction.UPDATE) if e.entity == "employer"][-1]
    assert update.details == {"name": True, "phone": True}
    employers.update_employer(ws.ctx, new, EmployerInput("Østergårds Bageri", phone="12"))
    assert len([e for e in events(ws, AuditAction.UPDATE) if e.entity == "employer"]) == 1
    with pytest.raises(ValidationError):
        employers.update_employer(ws.ctx, new, EmployerInput("Bageri", cvr="1"))
    assert stored(ws, new).name == "Østergårds Bageri"


def test_contact_people_are_added_changed_and_removed(ws):
    new = employers.register_employer(ws.ctx, EmployerInput("Fakta"))
    person = employers.add_contact_person(ws.ctx, new, ContactPersonInput("Åse Berg", "Leder"))
    employers.add_contact_person(ws.ctx, new, ContactPersonInput("Anders Ager"))
    assert [p.name for p in employers.contact_persons(ws.ctx, new)] == [
        "Anders Ager", "Åse Berg"]  # Danish order: Å last
    employers.update_contact_person(ws.ctx, person, ContactPersonInput("Åse Berg", "Butikschef"))
    assert employers.contact_persons(ws.ctx, new)[1].role == "Butikschef"
    employers.remove_contact_person(ws.ctx, person)
    assert [p.name for p in employers.contact_persons(ws.ctx, new)] == ["Anders Ager"]
    with pytest.raises(ValidationError):
        employers.add_contact_person(ws.ctx, new, ContactPersonInput(" "))


# -- finding ---------------------------------------------------------------------------------


def test_find_matches_folded_word_starts_in_danish_order(ws):
    for name in ("Bilhuset Østergård ApS", "Østergaard Auto", "Aabenraa Bilcenter",
                 "Zoo Vest", "Postkontoret"):
        employers.register_employer(ws.ctx, EmployerInput(name))
    def names(text: str) -> list[str]:
        return [c.name for c in employers.find_employers(ws.ctx, text)]
    assert names("ostergaard") == ["Bilhuset Østergård ApS", "Østergaard Auto"]
    assert names("bil oster") == ["Bilhuset Østergård ApS"]
    assert names("ster") == []  # a word start, not anywhere inside
    assert names("o") == ["Bilhuset Østergård ApS", "Østergaard Auto"]
    assert names("") == []
    assert names("a") == ["Østergaard Auto", "Aabenraa Bilcenter"]  # Aa is Å, after Ø
    assert len(employers.find_employers(ws.ctx, "o", limit=1)) == 1


def test_find_orders_aa_as_the_last_letter(ws):
    for name in ("Aalborg Havn", "Zealand Pharma", "Aarhus Vand"):
        employers.register_employer(ws.ctx, EmployerInput(name + " Lager"))
    assert [c.name for c in employers.find_employers(ws.ctx, "lager")] == [
        "Zealand Pharma Lager", "Aalborg Havn Lager", "Aarhus Vand Lager"]


def test_find_by_cvr_start_and_skips_merged_and_deleted(demo):
    rows = employers.employer_rows(demo.ctx)
    first = rows[0]
    hits = employers.find_employers(demo.ctx, first.cvr[:6])
    assert first.id in [h.id for h in hits]
    employers.merge_employers(demo.ctx, rows[1].id, first.id)
    assert first.id not in [h.id for h in employers.find_employers(demo.ctx, first.name)]


def test_find_is_fast_among_1500_employers(ws):
    with ws.ctx.engine.begin() as conn:
        conn.execute(Employer.__table__.insert(), [
            {"id": uuid.uuid4(), "name": f"Virksomhed {i} Østergård", "name_key":
             name_key(f"Virksomhed {i} Østergård"), "created_at": datetime.now(),
             "updated_at": datetime.now()} for i in range(1500)])
    employers.find_employers(ws.ctx, "v")  # warm: the first query compiles the statement
    started = time.perf_counter()
    for text in ("v", "vi", "vir", "virk 1", "ostergard"):
        assert employers.find_employers(ws.ctx, text)
    assert (time.perf_counter() - started) / 5 < 0.075


# -- the list and the page ---------------------------------------------------------------


def test_rows_count_what_the_tables_hold(demo):
    rows = employers.employer_rows(demo.ctx)
    with demo.ctx.engine.connect() as conn:
        assert len(rows) == conn.scalar(select(func.count()).select_from(Employer).where(
            Employer.deleted_at.is_(None)))
        busiest = max(rows, key=lambda r: r.contacts)
        assert busiest.contacts == conn.scalar(select(func.count()).where(
            EmployerContact.employer_id == busiest.id, EmployerContact.deleted_at.is_(None)))
        assert busiest.last_contact == conn.scalar(select(
            func.max(EmployerContact.contact_date)).where(
                EmployerContact.employer_id == busiest.id))
        placed = sum(r.placements for r in rows)
        assert placed == conn.scalar(select(func.count()).select_from(Placement).where(
            Placement.employer_id.is_not(None), Placement.deleted_at.is_(None)))
    assert sum(r.contacts for r in rows) > 0
    searched = employers.employer_rows(demo.ctx, search=busiest.name.split()[0])
    assert busiest.id in [r.id for r in searched] and len(searched) < len(rows)


def test_detail_says_who_in_the_team_knows_the_employer(demo):
    busiest = max(employers.employer_rows(demo.ctx), key=lambda r: r.contacts)
    detail = employers.employer_detail(demo.ctx, busiest.id)
    assert detail.data.name == busiest.name and detail.merged_into is None
    assert sum(k.contacts for k in detail.known_by) == busiest.contacts
    assert detail.known_by[0].last_contact == busiest.last_contact
    assert all(k.initials for k in detail.known_by)


def test_page_read_is_audited_with_ids_and_counts(ws):
    new = employers.register_employer(ws.ctx, EmployerInput("Rema 1000"))
    employers.record_page_read(ws.ctx, new, contacts=3, placements=1, openings=0)
    read = events(ws, AuditAction.READ)[-1]
    assert read.entity == "employer" and read.entity_id == new
    assert read.details == {"contacts": 3, "placements": 1, "openings": 0}


# -- merging ---------------------------------------------------------------------------------


def test_merging_keeps_every_contact_person_placement_and_opening(demo):
    rows = sorted(employers.employer_rows(demo.ctx), key=lambda r: -r.contacts)
    keep, away = rows[0], next(r for r in rows[1:] if r.placements)
    with demo.ctx.engine.begin() as conn:
        away_row = conn.execute(select(Employer).where(Employer.id == away.id)).one()
        conn.execute(JobOpening.__table__.insert(), [{
            "id": uuid.uuid4(), "employer_id": away.id, "title": "Lagermedarbejder",
            "status": OpeningStatus.OPEN.value, "found_on": TODAY,
            "created_at": datetime.now(), "updated_at": datetime.now()}])
        conn.execute(CalendarEvent.__table__.insert(), [{
            "id": uuid.uuid4(), "employer_id": away.id, "kind": "employer_meeting",
            "title": "Møde", "starts_at": datetime(2026, 11, 23, 10), "exdates": [],
            "ends_at": datetime(2026, 11, 23, 11), "created_at": datetime.now(),
            "updated_at": datetime.now()}])
        conn.execute(Employer.__table__.update().where(Employer.id == keep.id)
                     .values(website=None, notes="Kendt."))
        conn.execute(Employer.__table__.update().where(Employer.id == away.id)
                     .values(website="away.dk", notes="Ring før kl. 9."))

    def ids(model, employer_id):
        with demo.ctx.engine.connect() as conn:
            return set(conn.scalars(select(model.id).where(model.employer_id == employer_id,
                                                           model.deleted_at.is_(None))))

    before = {model: (ids(model, keep.id), ids(model, away.id)) for model in (
        EmployerContact, EmployerContactPerson, Placement, JobOpening, CalendarEvent)}
    result = employers.merge_employers(demo.ctx, keep.id, away.id)

    for model, (kept_ids, away_ids) in before.items():
        assert ids(model, keep.id) == kept_ids | away_ids, model.__name__
        assert ids(model, away.id) == set()
    assert result.kept == keep.id
    assert (result.contacts, result.persons, result.placements, result.openings) == (
        len(before[EmployerContact][1]), len(before[EmployerContactPerson][1]),
        len(before[Placement][1]), len(before[JobOpening][1]))
    assert result.contacts == away.contacts > 0
    merged = stored(demo, away.id)
    assert merged.deleted_at is not None and merged.merged_into_id == keep.id
    kept_data = employers.employer_input(demo.ctx, keep.id)
    assert kept_data.website == "away.dk"  # an empty field filled from the one merged away
    assert kept_data.notes == "Kendt.\n\nRing før kl. 9."
    assert away_row.name not in [r.name for r in employers.employer_rows(demo.ctx)] or \
        away_row.name == keep.name
    after = {r.id: r for r in employers.employer_rows(demo.ctx)}
    assert after[keep.id].contacts == keep.contacts + away.contacts
    # The old id still leads to the kept employer.
    detail = employers.employer_detail(demo.ctx, away.id)
    assert detail.id == keep.id and detail.merged_into == keep.id
    audit_event = events(demo, AuditAction.MERGE)[-1]
    assert audit_event.entity_id == keep.id
    assert audit_event.details["merged"] == str(away.id)
    assert audit_event.details["contacts"] == result.contacts
    assert all(not isinstance(v, str) or v == str(away.id)
               for v in audit_event.details.values())


def test_merge_refuses_itself_and_the_merged_away(demo):
    rows = employers.employer_rows(demo.ctx)
    with pytest.raises(ValueError):
        employers.merge_employers(demo.ctx, rows[0].id, rows[0].id)
    employers.merge_employers(demo.ctx, rows[0].id, rows[1].id)
    with pytest.raises(LookupError):
        employers.merge_employers(demo.ctx, rows[2].id, rows[1].id)
    assert len(events(demo, AuditAction.MERGE)) == 1


def test_the_company_form_typed_or_half_typed_does_not_hide_the_employer(ws):
    netto = employers.register_employer(ws.ctx, EmployerInput("Netto A/S"))
    for typed in ("Netto A/S", "netto a", "netto ap", "NETTO as", "netto & co"[:5]):
        assert [c.id for c in employers.find_employers(ws.ctx, typed)] == [netto], typed
    assert employers.find_employers(ws.ctx, "netto køge") == []
    assert employers.query_words("As Sko ApS") == ["as", "sko"]  # a first word is a name


def test_an_edit_made_over_an_older_read_is_refused_in_every_language(ws):
    from ips_desktop.domain import messages
    from ips_desktop.services.problems import storage_problem
    from ips_desktop.storage.errors import ChangedMeanwhile

    shop = employers.register_employer(ws.ctx, EmployerInput("Bageriet", phone="1"))
    read = employers.employer_input(ws.ctx, shop)
    employers.update_employer(ws.ctx, shop, EmployerInput(**{**read.__dict__, "phone": "2"}))
    with pytest.raises(ChangedMeanwhile) as refused:
        employers.update_employer(ws.ctx, shop, EmployerInput(**{**read.__dict__,
                                                                 "notes": "Ny note"}))
    assert storage_problem(refused.value) is refused.value and refused.value.exit_code == 59
    said = {}
    for language in ("da", "nb", "en"):
        messages.set_language(language)
        said[language] = messages.error_message(refused.value)
    assert "ændret i mellemtiden" in said["da"] and "endret i mellomtiden" in said["nb"]
    assert "changed meanwhile" in said["en"] and "Reload" in said["en"]
    stored = employers.employer_input(ws.ctx, shop)
    assert (stored.phone, stored.notes) == ("2", "")  # nothing of the refused edit
    # Read again, the same edit goes through.
    employers.update_employer(ws.ctx, shop, EmployerInput(**{**stored.__dict__,
                                                             "notes": "Ny note"}))
    assert employers.employer_input(ws.ctx, shop).notes == "Ny note"
