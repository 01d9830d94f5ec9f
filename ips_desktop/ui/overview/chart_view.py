"""One chart on screen: the SVG that `reports.overview_charts` draws, scaled to the width.

The chart is the same ReportLab drawing the steering printout places in the
PDF (`drawing_svg` turns it into SVG bytes), painted by QSvgRenderer at the
widget's size with its proportions kept, so it is sharp at any width and
needs no charting add-on. Its height follows its width (heightForWidth),
between a readable minimum and a maximum that leaves room for its table.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_HEIGHT = 150
MAX_HEIGHT = 260


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.svg = b""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches its text

    def set_svg(self, svg: bytes, *, name: str, description: str) -> None:
        """Show `svg`; `name` (the title) and `description` (the latest figure against its
        expectation, in a sentence) are what a screen reader says."""
        self.svg = svg
        self.renderer.load(QByteArray(svg))
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def _ratio(self) -> float:
        size = self.renderer.defaultSize()
        return size.height() / size.width() if size.width() > 0 else 0.3

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_HEIGHT, min(MAX_HEIGHT, round(width * self._ratio())))

    def sizeHint(self) -> QSize:
        return QSize(800, self.heightForWidth(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, MIN_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ratio = self._ratio()
        width = min(float(self.width()), self.height() / ratio)
        height = width * ratio
        left = (self.width() - width) / 2
        self.renderer.render(painter, QRectF(left, (self.height() - height) / 2, width, height))
        painter.end()
