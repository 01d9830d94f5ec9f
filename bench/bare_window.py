"""The floor of a frozen start-up: a script that only opens a QWidget, then quits.

Built once by PyInstaller into .bench/bare-window (bench/frozen_startup.py), so
the frozen app is timed beside the least a frozen Qt window costs here.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("bare window")
window.resize(480, 320)
window.show()
QTimer.singleShot(2000, app.quit)  # the parent stops timing at the window's map
sys.exit(app.exec())
