"""Shared by the printout tests: reading a PDF's text back, a sample form, a sample referral."""

from __future__ import annotations

import io
import unicodedata
import uuid
from datetime import date, datetime
from typing import Any

from pypdf import PdfReader

from ips_desktop.domain.form_parser import parse_form
from ips_desktop.domain.forms import (
    Choice,
    FieldType,
    FormField,
    FormSpec,
    Relevance,
    Section,
    Text,
)
from ips_desktop.paths import forms_dir
from ips_desktop.services import consultants, referrals
from ips_desktop.services.printing import ReferralPrint

REFERRAL_TEXT = (forms_dir() / "referral.toml").read_text(encoding="utf-8")
PRINTED_AT = datetime(2026, 11, 23, 14, 5)
TODAY = date(2026, 11, 23)

# Names in the scripts the consultants meet, and Latin with unusual diacritics.
NAMES = ["Αλέξανδρος Παπαδόπουλος", "Юлия Смирнова", "Nguyễn Thị Hương", "Łukasz Żółć",
         "Øystein Ærø", "Zoë Brontë"]


def flat(text: str) -> str:
    """NFC, every run of white space one space: how a label compares with extracted text."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pages_text(pdf: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def referral_spec() -> FormSpec:
    return parse_form(REFERRAL_TEXT, "referral.toml")


def t(da: str, en: str = "") -> Text:
    return Text(da=da, nb="", en=en)


# A form with every kind of question, for what referral.toml does not (yet) use.
SAMPLE = FormSpec(
    id="sample", version="7", title=t("Prøveskema", "Sample form"), sections=(
        Section("person", t("Om personen", "About the person"), (
            FormField("name", FieldType.TEXT, t("Fulde navn", "Full name"), required=True),
            FormField("born", FieldType.DATE, t("Fødselsdato", "Date of birth")),
            FormField("works", FieldType.YES_NO, t("Er i arbejde nu", "Works now")),
            FormField("employer", FieldType.TEXT, t("Hvor arbejder personen?"),
                      relevant=Relevance("works", True)),
            FormField("hours", FieldType.INTEGER, t("Timer om ugen"),
                      relevant=Relevance("works", True)),
            FormField("hours_note", FieldType.TEXT, t("Bemærkning til timerne"),
                      relevant=Relevance("hours")),
        ), help=t("Oplysninger om personen.")),
        Section("wishes", t("Ønsker", "Wishes"), (
            FormField("goal", FieldType.CHOICE, t("Mål", "Goal"), choices=(
                Choice("job", t("Ordinært job", "Competitive job")),
                Choice("education", t("Uddannelse", "Education")),
                Choice("old", t("Skånejob (udgået)"), disabled=True),
            )),
            FormField("trades", FieldType.MULTI_CHOICE, t("Brancher", "Trades"), choices=(
                Choice("care", t("Pleje og omsorg", "Care")),
                Choice("crafts", t("Håndværk", "Crafts")),
                Choice("office", t("Kontor", "Office")),
            )),
            FormField("motivation", FieldType.RATING, t("Lyst til at arbejde"),
                      min_value=1, max_value=5),
            FormField("story", FieldType.LONG_TEXT, t("Personens egne ord")),
            FormField("jobs", FieldType.GROUP, t("Tidligere job", "Previous jobs"), fields=(
                FormField("place", FieldType.TEXT, t("Arbejdsplads", "Workplace")),
                FormField("from_date", FieldType.DATE, t("Fra", "From")),
                FormField("liked", FieldType.YES_NO, t("Var glad for det", "Liked it")),
            )),
        )),
    ))

SAMPLE_ANSWERS: dict[str, Any] = {
    "name": "Søren Ærbødig Åkjær",
    "born": "1990-01-31",
    "works": True,
    "employer": "<Ole & Co> ApS",
    "hours": 15,
    "goal": "education",
    "trades": ["care", "office"],
    "motivation": 4,
    "story": "Jeg vil gerne lære noget nyt.\n\nHelst på en lille arbejdsplads – ikke for stor.",
    "jobs": [
        {"row_id": "r1", "place": "Føtex i Køge", "from_date": "2015-08-01", "liked": True},
        {"row_id": "r2", "place": "Bageriet Ø", "from_date": "2018-02-15", "liked": False},
    ],
}


def register(ws, *, name: str = "Øystein Ærø", consultant_id: uuid.UUID | None = None,
             extra: dict[str, Any] | None = None, spec: FormSpec | None = None) -> uuid.UUID:
    """A referral registered through the service, as the referral dialog does it."""
    spec = spec or referral_spec()
    answers = referral_answers(name, consultant_id or ws.ctx.actor_id) | (extra or {})
    return referrals.register_referral(ws.ctx, spec, answers, today=TODAY)


def referral_answers(name: str, consultant_id: uuid.UUID | None) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "name": name,
        "cpr": "010190-1234",
        "phone": "+45 12 34 56 78",
        "referral_date": "2026-11-02",
        "psychiatry_unit": "Psykiatrisk ambulatorium Køge",
        "clinician": "Overlæge Åse Ødegård",
        "date_received": "2026-11-03",
        "job_preferences": "Vil gerne arbejde udendørs, gerne med dyr; ikke i storbyen.",
        "medications": [
            {"row_id": "m1", "medication": "Quetiapin 200 mg",
             "side_effects": "Træthed om morgenen"},
            {"row_id": "m2", "medication": "Sertralin 50 mg", "side_effects": "Uro i kroppen"},
        ],
        "medication_notes": "Tager medicinen om aftenen.",
        "substance_use": "Cannabis i weekenderne; ønsker at stoppe.",
        "criminal_record": "Betinget dom for butikstyveri i 2019.",
        "other_information": "Har kørekort og egen bil. Bor i Ølby.",
        "consent_given_on": "2026-11-02",
        "consent_scope": "Udveksling af oplysninger mellem psykiatrien og jobcentret.",
    }
    if consultant_id is not None:
        answers["consultant"] = str(consultant_id)
    return answers


def new_consultant(ws, name: str, initials: str, municipality: str) -> uuid.UUID:
    return consultants.create_consultant(ws.ctx, consultants.ConsultantInput(
        name, initials, municipality, 1.0)).id


def sample_print(spec: FormSpec, answers: dict[str, Any] | None, *, demo: bool = False,
                 **more: Any) -> ReferralPrint:
    return ReferralPrint(spec=spec, answers=answers, municipality="Køge",
                         psychiatry_unit="Psykiatrisk ambulatorium Køge", is_demo=demo,
                         printed_at=PRINTED_AT, **more)
