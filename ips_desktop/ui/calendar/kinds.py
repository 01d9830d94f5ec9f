"""The colour of each kind of calendar event, and the legend that names them.

Every kind has one strong colour (the stripe at an event's left edge, the legend's
swatch, the fill of a selected event) and a pale fill made from it for the box.
Text colours are chosen by contrast (WCAG 2 relative luminance), so the words on a
box stay readable in every kind, selected or not, on a light or a dark palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ips_desktop.domain.enums import EventKind
from ips_desktop.ui.texts import event_kind_text

# Hues far apart, so seven kinds stay apart side by side and for most colour-blind users
# at least by lightness; presence days (the IPS core) get the calm green.
_BASE: dict[EventKind, str] = {
    EventKind.PRESENCE_DAY: "#0b8043",
    EventKind.TREATMENT_CONFERENCE: "#8e24aa",
    EventKind.JOINT_START_UP: "#e67c00",
    EventKind.PARTICIPANT_MEETING: "#1e6fd9",
    EventKind.EMPLOYER_MEETING: "#c2185b",
    EventKind.SUPERVISION: "#c79a00",
    EventKind.OTHER: "#616161",
}


@dataclass(frozen=True)
class KindStyle:
    """The colours one event box is painted with."""

    stripe: QColor        # the kind's own colour: left stripe, border, legend swatch
    fill: QColor          # the box
    text: QColor          # words on `fill`
    selected_fill: QColor
    selected_text: QColor


def kind_colour(kind: EventKind) -> QColor:
    return QColor(_BASE[kind])


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1..21; 4.5 is the floor for body text."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever reads better on `background`."""
    dark, light = QColor("#1b1b1b"), QColor("#ffffff")
    return dark if contrast(dark, background) >= contrast(light, background) else light


def kind_style(kind: EventKind, *, dark: bool = False) -> KindStyle:
    """The box colours for `kind`; `dark`: the palette's base is dark."""
    return _kind_style(kind, dark)


@lru_cache(maxsize=32)  # a paint asks once per box: 60 boxes, 7 answers
def _kind_style(kind: EventKind, dark: bool) -> KindStyle:
    base = kind_colour(kind)
    fill = blend(base, QColor("#202124"), 0.55) if dark else blend(base, QColor("#ffffff"), 0.82)
    text = QColor("#f1f1f1") if dark else blend(base, QColor("#000000"), 0.62)
    selected = base
    while contrast(readable_on(selected), selected) < 4.5:  # darken until words read on it
        selected = blend(selected, QColor("#000000"), 0.08)
    return KindStyle(stripe=base, fill=fill, text=text,
                     selected_fill=selected, selected_text=readable_on(selected))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class _Swatch(QWidget):
    def __init__(self, kind: EventKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(QSize(14, 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        style = kind_style(self.kind, dark=is_dark(self.palette()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(style.stripe)
        painter.setBrush(style.fill)
        painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3)
        painter.fillRect(QRectF(1, 1, 4, 12), style.stripe)


class KindLegend(QWidget):
    """Every kind in its colour with its name: a row, or a column beside the month calendar."""

    def __init__(self, parent: QWidget | None = None,
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> None:
        super().__init__(parent)
        horizontal = orientation == Qt.Orientation.Horizontal
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight if horizontal
                            else QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12 if horizontal else 4)
        self._labels: dict[EventKind, QLabel] = {}
        for kind in EventKind:
            item = QHBoxLayout()
            item.setSpacing(4)
            item.addWidget(_Swatch(kind, self))
            label = QLabel(self)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._labels[kind] = label
            item.addWidget(label)
            layout.addLayout(item)
        layout.addStretch(1)
        self.retranslate()

    def label(self, kind: EventKind) -> QLabel:
        return self._labels[kind]

    def retranslate(self) -> None:
        for kind, label in self._labels.items():
            label.setText(event_kind_text(kind))
        self.setAccessibleName(", ".join(event_kind_text(kind) for kind in EventKind))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

