"""Noticing that nobody is at the keyboard, so the window can lock itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        self.restart()

    def interval(self) -> int:
        return self._timer.interval()

    def restart(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
