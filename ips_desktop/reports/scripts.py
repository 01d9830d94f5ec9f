"""Printing names and answers in any script: right-to-left, joined, and with a font that has them.

ReportLab lays words out left to right with one font. Three things go wrong
for other scripts without help:

- Arabic and Hebrew read right to left: the letters of a word and the words
  of a line must be put in visual order. ReportLab's own support for that
  needs `rlbidi`, which is not on PyPI, so the order of the words on a line
  is worked out here (the Unicode bidi algorithm's rules at the level of
  words: UAX #9 P2–P3 for the paragraph's direction, neutrals between two
  words of one direction take it, L2 reverses the runs), one line at a time
  after the line breaks are chosen in reading order;
- Arabic letters join, and Devanagari forms conjuncts and places its vowel
  signs: HarfBuzz (`uharfbuzz`), which ReportLab calls for a paragraph whose
  style has `shaping=1`, shapes each word, and puts the letters of a
  right-to-left word in visual order;
- DejaVu has no Devanagari: such runs are set in Noto Sans Devanagari.

Text in scripts that need none of this (Latin, Greek, Cyrillic, …) prints
exactly as before, unshaped. A character that no shipped font has would
print as an empty box: `unprintable` finds it, so a front end can say so
before printing (naming the question, never the value).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

FONT_DEVANAGARI = "NotoSansDevanagari"
_DEVANAGARI = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]+")
# Scripts HarfBuzz must shape (joining, reordering, conjuncts) besides right-to-left ones.
_COMPLEX = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\ua8e0-\ua8ff]")
_SPACE = re.compile(r"(\s+)")
# Characters that are never drawn, so no font needs them.
_INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\n", "\r", "\t"}
# Unshaped widths are measured to choose line breaks; shaped text is about as wide or
# narrower (joined Arabic, conjuncts), and this margin keeps ReportLab from breaking again.
_MEASURE_MARGIN = 0.97


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def needs_script_support(text: str) -> bool:
    """True when `text` has right-to-left letters or a script that must be shaped."""
    return any(is_rtl(ch) for ch in text) or bool(_COMPLEX.search(text))


def base_direction(text: str) -> str:
    """"R" or "L": the direction of the first letter that has one (UAX #9 P2–P3); "L" if none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return "L"


def visual_order(line: str, base: str | None = None) -> str:
    """One line's words in the order they are seen from left to right.

    Inside a word the letters stay in reading order: HarfBuzz lays a
    right-to-left word out right to left itself.
    """
    tokens = [t for t in _SPACE.split(line) if t]
    if not tokens:
        return line
    base = base or base_direction(line)
    strong = [_strong(t) for t in tokens]
    resolved: list[str] = []
    for index, kind in enumerate(strong):
        if kind is None:  # a space, a number, a dash: like its neighbours if they agree
            before = next((k for k in reversed(strong[:index]) if k), None)
            after = next((k for k in strong[index + 1:] if k), None)
            kind = before if before is not None and before == after else base
        resolved.append(kind)
    if base == "L":
        levels = [0 if kind == "L" else 1 for kind in resolved]
    else:
        levels = [2 if kind == "L" else 1 for kind in resolved]
    for level in range(max(levels), 0, -1):  # UAX #9 L2
        index = 0
        while index < len(tokens):
            if levels[index] >= level:
                end = index
                while end < len(tokens) and levels[end] >= level:
                    end += 1
                tokens[index:end] = tokens[index:end][::-1]
                levels[index:end] = levels[index:end][::-1]
                index = end
            else:
                index += 1
    return "".join(_for_harfbuzz(token) for token in tokens)


_LTR_IN_RTL = {"L", "EN", "AN"}
_JOINERS = {"ES", "CS", "ET"}  # "10.5", "1,000", "50%": part of the number


def _for_harfbuzz(token: str) -> str:
    """HarfBuzz lays a word that starts in a right-to-left script out right to left whole,
    digits and Latin letters too ("كلمة10" would show "01"); such runs are handed over
    reversed, so that its reversal puts them back (they then read left to right)."""
    if base_direction(token) != "R":
        return token
    out: list[str] = []
    run: list[str] = []
    for ch in token:
        kind = unicodedata.bidirectional(ch)
        if kind in _LTR_IN_RTL or (run and kind in _JOINERS):
            run.append(ch)
            continue
        out += _closed(run)
        run = []
        out.append(ch)
    out += _closed(run)
    return "".join(out)


def _closed(run: list[str]) -> list[str]:
    """A left-to-right run reversed; separators it ends with stay where they are."""
    tail: list[str] = []
    while run and unicodedata.bidirectional(run[-1]) in _JOINERS:
        tail.insert(0, run.pop())
    return run[::-1] + tail


def _strong(token: str) -> str | None:
    if token.isspace():
        return None
    kind = base_direction(token)
    return kind if any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in token) else None


def font_runs(escaped: str) -> str:
    """Paragraph markup with every Devanagari run set in the font that has it."""
    return _DEVANAGARI.sub(lambda m: f'<font name="{FONT_DEVANAGARI}">{m.group(0)}</font>',
                           escaped)


def unprintable(text: str) -> bool:
    """True when some character of `text` is in none of the fonts a printout uses."""
    from ips_desktop.reports.pdf_base import FONT, register_fonts

    register_fonts()
    regular = _cmap(FONT)
    devanagari = _cmap(FONT_DEVANAGARI)
    for ch in unicodedata.normalize("NFC", text):
        if ch in _INVISIBLE or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        if ord(ch) not in regular and ord(ch) not in devanagari:
            return True
    return False


@cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@cache
def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with HarfBuzz shaping on (only for text that needs it)."""
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def _width(token: str, style: ParagraphStyle) -> float:
    total = 0.0
    for piece in _DEVANAGARI.split(token):
        total += pdfmetrics.stringWidth(piece, style.fontName, style.fontSize)
    for piece in _DEVANAGARI.findall(token):
        total += pdfmetrics.stringWidth(piece, FONT_DEVANAGARI, style.fontSize)
    return total


def break_lines(text: str, style: ParagraphStyle, width: float) -> Iterator[str]:
    """The lines `text` fills at `width`, in reading order (a word wider than a line
    stands alone on its own)."""
    room = width * _MEASURE_MARGIN
    space = pdfmetrics.stringWidth(" ", style.fontName, style.fontSize)
    for hard_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line: list[str] = []
        used = 0.0
        for word in hard_line.split():
            wide = _width(word, style)
            if line and used + space + wide > room:
                yield " ".join(line)
                line, used = [], 0.0
            used += (space if line else 0.0) + wide
            line.append(word)
        yield " ".join(line)


class ScriptParagraph(Flowable):
    """A paragraph of plain text in any script: lines chosen in reading order, each line's
    words put in visual order, shaped by HarfBuzz, Devanagari in its own font.

    It becomes an ordinary shaped Paragraph once its width is known (at wrap),
    which then draws and splits across pages as any paragraph does.
    """

    def __init__(self, text: str, style: ParagraphStyle, escape: Any,
                 bulletText: str | None = None) -> None:
        super().__init__()
        self.text = unicodedata.normalize("NFC", text)
        self.style = style
        self.escape = escape
        self.bulletText = bulletText
        self._inner: Paragraph | None = None
        self._width: float | None = None

    def _paragraph(self, width: float) -> Paragraph:
        if self._inner is None or self._width != width:
            base = base_direction(self.text)
            lines = [font_runs(self.escape(visual_order(line, base)))
                     for line in break_lines(self.text, self.style, width)]
            self._inner = Paragraph("<br/>".join(lines), shaped_style(self.style),
                                    bulletText=self.bulletText)
            self._width = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self._paragraph(availWidth).wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None, "drawn before it was wrapped"
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)
