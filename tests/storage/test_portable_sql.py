"""The SQL the services share across engines gives the same answers on SQLite and PostgreSQL.

Each test runs in both passes of `make test`: folded search, the reader's
alphabetical order, ids and days as stored text, timestamps as UTC instants,
JSON compared in SQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import String, literal, select, union_all

from ips_desktop.domain.messages import set_language
from ips_desktop.domain.text_search import fold
from ips_desktop.services.collation import sort_key as icu_sort_key
from ips_desktop.services.context import unit_of_work
from ips_desktop.storage import sql_functions
from ips_desktop.storage.models import AuditEvent, Consultant, FidelityReview, Setting

NAMES = ["Søren Østergård", "Åse Aagaard", "Ærø Bæk", "Łukasz Żółć", "José Núñez",
         "Straße", "ΟΔΥΣΣΕΥΣ", "Nguyễn Thị Minh", "محمد", "שָׁלוֹם", "देवनागरी",
         "ﬁne", "Œuvre", "Þór Ðoe", "İstanbul", "Noemi", "", "a\u0301b"]


def _texts(rows: list[str]):
    """The texts as a subquery with one column `t` (SQLite has no VALUES … AS v (t))."""
    return union_all(*(select(literal(t, String).label("t")) for t in rows)).subquery("v")


def _fold_in_sql(engine, texts: list[str]) -> list[str]:
    out: list[str] = []
    with engine.connect() as conn:
        for start in range(0, len(texts), 400):  # SQLite: 500 selects in a compound at most
            chunk = _texts(texts[start:start + 400])
            out += conn.execute(select(sql_functions.folded(chunk.c.t))).scalars().all()
    return out


def test_folded_search_text_is_the_domains_fold_for_names_and_every_letter(ws):
    """Every character up to U+2FFF (letters, marks, ligatures, other scripts) folds
    in SQL exactly as domain.text_search.fold does in Python."""
    sweep = [chr(c) + "x" + chr(c).upper() for c in range(0x20, 0x3000)
             if not 0xD800 <= c <= 0xDFFF]
    texts = NAMES + sweep
    assert _fold_in_sql(ws.ctx.engine, texts) == [fold(t) for t in texts]


def test_folded_keeps_null(ws):
    with ws.ctx.engine.connect() as conn:
        assert conn.execute(select(sql_functions.folded(None))).scalar() is None


def test_sort_key_orders_as_the_readers_language(ws):
    names = ["Aase", "Zofie", "Åge", "anders", "Øster", "Ærø", "Łukasz", "Émile", "Bo"]
    for language in ("da", "nb", "en"):
        set_language(language)
        chunk = _texts(names)
        key = sql_functions.sort_key(chunk.c.t)
        with ws.ctx.engine.connect() as conn:
            found = conn.execute(select(chunk.c.t).order_by(key)).scalars().all()
        assert found == sorted(names, key=icu_sort_key(language)), language
    set_language("da")


def test_a_sort_value_read_back_compares_with_its_key(ws):
    """The keyset cursor: the rows after a value read from the key column."""
    names = ["Aase", "Åge", "Anders", "Øster", "Bo"]
    chunk = _texts(names)
    key = sql_functions.sort_key(chunk.c.t)
    with ws.ctx.engine.connect() as conn:
        rows = conn.execute(select(chunk.c.t, key).order_by(key)).all()
        after = conn.execute(select(chunk.c.t).where(
            key > sql_functions.sort_value(rows[1][1], like=key)).order_by(key)).scalars().all()
    assert [r[0] for r in rows] == ["Anders", "Bo", "Øster", "Åge", "Aase"]
    assert after == ["Øster", "Åge", "Aase"]


def test_ids_days_and_times_as_stored_text(ws):
    """The text SQLite stores (32 hex digits, ISO days, UTC digits), on either engine."""
    made = ws.ctx.actor_id
    with ws.ctx.engine.connect() as conn:
        row = conn.execute(select(
            sql_functions.stored_text(Consultant.id),
            sql_functions.stored_text(Consultant.created_at)).where(Consultant.id == made)).one()
        day = conn.execute(select(sql_functions.stored_text(
            select(FidelityReview.reviewed_on).limit(1).scalar_subquery()))).scalar()
    assert row[0] == made.hex
    stamp = datetime.strptime(row[1], "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)
    assert abs(stamp - datetime.now(UTC)) < timedelta(minutes=5)
    assert day is None  # NULL stays NULL


def test_a_time_written_with_an_offset_is_the_same_instant_read_back_in_utc(ws):
    copenhagen_winter = timezone(timedelta(hours=1))
    at = datetime(2026, 1, 5, 9, 30, tzinfo=copenhagen_winter)
    with unit_of_work(ws.ctx) as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).first()
        event_id = event.id
        setting = Setting(key="probe", value="x", created_at=at)
        session.add(setting)
    with unit_of_work(ws.ctx) as session:
        read = session.scalars(select(Setting).where(Setting.key == "probe")).one()
        assert read.created_at == at and read.created_at.tzinfo == UTC
        assert read.created_at.hour == 8
        assert session.get(AuditEvent, event_id).at.tzinfo == UTC
        # a naive bound time is taken as UTC, as SQLite hands one back
        assert session.scalar(select(Setting.key).where(
            Setting.created_at == datetime(2026, 1, 5, 8, 30))) == "probe"


def test_json_columns_compare_in_sql(ws):
    with unit_of_work(ws.ctx) as session:
        for answers in ({"item_1": 4, "why": "godt"}, {"item_1": 2}):
            session.add(FidelityReview(
                reviewed_on=date(2026, 11, 1), period_start=date(2026, 1, 1),
                period_end=date(2026, 10, 31), form_id="fidelity", form_version="1",
                answers=answers, derived={}, total=0, reviewed_by=ws.ctx.actor_id))
    with unit_of_work(ws.ctx) as session:
        found = session.scalars(select(FidelityReview.answers).where(
            FidelityReview.answers == {"item_1": 2})).all()
    assert found == [{"item_1": 2}]
