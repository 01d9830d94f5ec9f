"""The recovery-key sheet printed at first set-up, to be kept locked away."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ips_desktop.reports.pdf_base import FONT, FONT_BOLD, FONT_MONO, build_pdf, register_fonts

TEXTS = {
    "da": ("Gendannelsesnøgle til IPS Desktop",
           "Opbevar dette ark aflåst. Med nøglen kan databasen åbnes på en ny computer, "
           "eller hvis adgangskoden er glemt. Den som har arket og databasefilen, kan læse "
           "alle data.",
           "Oprettet"),
    "nb": ("Gjenopprettingsnøkkel for IPS Desktop",
           "Oppbevar dette arket innelåst. Med nøkkelen kan databasen åpnes på en ny datamaskin, "
           "eller hvis passordet er glemt. Den som har arket og databasefilen, kan lese alle data.",
           "Opprettet"),
    "en": ("IPS Desktop recovery key",
           "Keep this sheet locked away. With this key the database opens on a new computer or "
           "when the password is forgotten. Whoever holds this sheet and the database file can "
           "read all of its data.",
           "Created"),
}


def recovery_sheet_pdf(recovery_key: str, *, language: str, demo: bool,
                       created: datetime | None = None) -> bytes:
    register_fonts()  # paragraphs resolve their fonts when they are made
    title, warning, created_label = TEXTS[language]
    groups = recovery_key.split("-")
    lines = [" ".join(groups[i:i + 6]) for i in range(0, len(groups), 6)]
    story = [
        Paragraph(title, ParagraphStyle("title", fontName=FONT_BOLD, fontSize=18, leading=24)),
        Spacer(1, 6 * mm),
        Paragraph(warning, ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15)),
        Spacer(1, 10 * mm),
        *[Paragraph(line, ParagraphStyle("key", fontName=FONT_MONO, fontSize=16, leading=26))
          for line in lines],
        Spacer(1, 10 * mm),
        Paragraph(f"{created_label}: {(created or datetime.now()).strftime('%d.%m.%Y')}",
                  ParagraphStyle("meta", fontName=FONT, fontSize=10)),
    ]
    return build_pdf(story, title=title, language=language, demo=demo)
