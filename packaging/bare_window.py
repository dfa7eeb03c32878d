"""The bench's baseline, frozen with the same settings as Yandu: an empty window, painted."""

import os
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
os.write(2, f"\npainted {time.monotonic_ns()}\n".encode())
