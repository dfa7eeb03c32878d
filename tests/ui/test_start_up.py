"""What the window does before its first paint, and what it leaves until after (issue 19).

Each test starts the window in a process of its own, as a user does: what PySide has created
and whether Python's collector runs depend on everything that process did before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.core.library import Library

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"

# the window opened on the library as `yandu gui` opens it; `look()` runs a moment after its
# first paint (however long the start took), then closes it
START = """
import gc, json, os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui import app
from desktop.ui import main_window
seen = {}
def worker():
    return any(thread.name.startswith("yandu-worker") for thread in threading.enumerate())
class Watched(main_window.MainWindow):
    def __init__(self, *args):
        seen["collecting while the window is built"] = gc.isenabled()
        super().__init__(*args)
    def event(self, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = True
            seen["icon at the first paint"] = not QApplication.windowIcon().isNull()
            seen["worker at the first paint"] = worker()
            QTimer.singleShot(200, lambda: look(self))
        return super().event(event)
main_window.MainWindow = Watched
def look(window):
    seen["collecting after the first paint"] = gc.isenabled()
    seen["icon after the first paint"] = not window.windowIcon().isNull()
    seen["worker after the first paint"] = worker()
    window.runner.wait_idle()
    seen["checked after the first paint"] = window.runner._library is not None
    window.close()
seen["code"] = app.run(db_path=sys.argv[1])
seen["collecting after the window closed"] = gc.isenabled()
print(json.dumps(seen))
"""

# the window's first picture (`yandu gui --screenshot`): which widget classes PySide has made
SCREENSHOT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtWidgets as widgets
from desktop.ui import app
made = {}
grab = widgets.QWidget.grab
def grabbed(self, *args):
    made.update({name: name in vars(widgets) for name in sys.argv[3:]})
    return grab(self, *args)
widgets.QWidget.grab = grabbed
code = app.run(db_path=sys.argv[1], screenshot=sys.argv[2])
print(json.dumps({"code": code, "made": made}))
"""


def _library_with_the_bulletin(tmp_path, samples):
    path = tmp_path / "library.sqlite3"
    library = Library.open(path)
    library.import_file(samples / KAIFAQU)
    library.close(backup=False)
    return path


def _run(script: str, *arguments: str, tmp_path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_the_collector_waits_for_the_first_paint_and_then_runs_as_usual(tmp_path, samples):
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(START, str(path), tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["collecting while the window is built"] is False
    assert seen["collecting after the first paint"] is True
    assert seen["collecting after the window closed"] is True


def test_the_icon_and_the_worker_wait_for_the_first_paint(tmp_path, samples):
    """The SVG icon (Qt's SVG engine, each size handed to the window system) and the worker's
    thread, with its check of every page of the library, come right after the first paint."""
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(START, str(path), tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["icon at the first paint"] is False
    assert seen["worker at the first paint"] is False
    assert seen["icon after the first paint"] is True
    assert seen["worker after the first paint"] is True
    assert seen["checked after the first paint"] is True  # the worker opened its library


# a window that takes long to build (a slow machine): what ran before its first paint
SLOW = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QTimer
from desktop.ui import app, main_window, watcher
order = []
remember = watcher.LibraryWatcher.remember
def remembered(self):
    order.append("marks read")
    remember(self)
watcher.LibraryWatcher.remember = remembered
class Slow(main_window.MainWindow):
    def __init__(self, *args):
        super().__init__(*args)
        time.sleep(0.8)  # the rest of a slow start, after the watcher is made
    def event(self, event):
        if event.type() == QEvent.Type.Paint and "painted" not in order:
            order.append("painted")
            QTimer.singleShot(1500, self.close)
        return super().event(event)
main_window.MainWindow = Slow
code = app.run(db_path=sys.argv[1])
print(json.dumps({"code": code, "order": order}))
"""


def test_the_watcher_reads_the_marks_after_the_first_paint_even_on_a_slow_start(tmp_path, samples):
    """The watcher's first read of what the window shows (10 ms, with its module) waits for the
    window's first paint, not for half a second, which a slow machine passes before painting."""
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(SLOW, str(path), tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["order"][:2] == ["painted", "marks read"]


# a window that is never painted (as one started minimised): shown, it is not
UNPAINTED = """
import gc, json, os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui import app, main_window
seen = {}
def worker():
    return any(thread.name.startswith("yandu-worker") for thread in threading.enumerate())
def look(window, when):
    seen[when] = {"worker": worker(), "icon": not QApplication.windowIcon().isNull(),
                  "collecting": gc.isenabled(), "watching": window.watcher._timer.isActive()}
class Unpainted(main_window.MainWindow):
    def show(self):  # never shown, so never painted
        QTimer.singleShot(1000, lambda: look(self, "after 1 s"))
        QTimer.singleShot(app.RESUME_AT_LATEST_MS + 800, lambda: look(self, "after the fallback"))
        QTimer.singleShot(app.RESUME_AT_LATEST_MS + 900, self.close)
        QTimer.singleShot(app.RESUME_AT_LATEST_MS + 950, QApplication.quit)  # (closed unshown)
main_window.MainWindow = Unpainted
seen["code"] = app.run(db_path=sys.argv[1])
print(json.dumps(seen))
"""


def test_a_window_never_painted_starts_its_worker_icon_and_watch_after_a_while(tmp_path, samples):
    """Started minimised, a window is not painted until it is restored: what waits for the first
    paint (the worker with its check, the icon, the collector, the watcher) starts 3 s in."""
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(UNPAINTED, str(path), tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["after 1 s"] == {
        "worker": False,
        "icon": False,
        "collecting": False,
        "watching": False,
    }
    assert seen["after the fallback"] == {
        "worker": True,
        "icon": True,
        "collecting": True,
        "watching": True,
    }


def test_a_screenshot_run_leaves_the_collector_as_it_found_it(tmp_path, samples):
    path = _library_with_the_bulletin(tmp_path, samples)
    script = SCREENSHOT + "import gc; print(json.dumps({'collecting': gc.isenabled()}))\n"
    seen = _run(script, str(path), str(tmp_path / "window.png"), tmp_path=tmp_path)
    assert seen == {"collecting": True}
    assert (tmp_path / "window.png").stat().st_size > 0


def _made_by_the_first_picture(tmp_path, samples, *names: str) -> dict[str, bool]:
    """Which of the QtWidgets classes `names` PySide had made when the window's first picture
    (`yandu gui --screenshot`) was taken."""
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(SCREENSHOT, str(path), str(tmp_path / "window.png"), *names, tmp_path=tmp_path)
    assert seen["code"] == 0
    return seen["made"]


def test_the_first_paint_does_not_make_pyside_create_every_widget_class(tmp_path, samples):
    """The window asks its views for their viewports (widths, event filters); asked plainly,
    PySide then creates every class of QtWidgets (9 ms of start-up). The window uses neither
    of these, and the first picture must not have made them."""
    made = _made_by_the_first_picture(
        tmp_path, samples, "QGraphicsView", "QCalendarWidget", "QStyle", "QTreeView"
    )
    assert made["QTreeView"] is True  # the probe sees what the window does make
    assert made["QGraphicsView"] is False
    assert made["QCalendarWidget"] is False
    assert made["QStyle"] is False  # its 13 enums: 5 ms


DIALOGS = (
    "QFileDialog",
    "QMessageBox",
    "QInputDialog",
    "QProgressDialog",
    "QDialogButtonBox",
    "QListWidget",
)


def test_the_first_paint_makes_no_dialog_class(tmp_path, samples):
    """The dialogs' classes (and their enums) are made when a dialog is first shown, not before
    the window's first picture: 2 ms of start-up, measured against the window that imported
    them with its modules."""
    made = _made_by_the_first_picture(tmp_path, samples, *DIALOGS, "QDockWidget")
    assert made["QDockWidget"] is True  # the probe sees what the window does make
    assert {name for name in DIALOGS if made[name]} == set()


# the window built, before its first paint: which of Yandu's modules were loaded, and whether
# PySide's check of each module imported after it was the direct one (desktop/ui/pyside_imports.py).
# Looked at when the window is built, not at the grab: the watcher's first read of the marks runs
# on a timer half a second later, which a loaded machine may reach before the grab.
MODULES = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from desktop.ui import app, main_window, pyside_imports
seen = {}
class Watched(main_window.MainWindow):
    def __init__(self, *args):
        super().__init__(*args)
        check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        seen["direct check"] = getattr(check, pyside_imports.MARK, False)
        seen["modules"] = sorted(name for name in sys.modules if name.startswith("desktop."))
        seen["concurrent.futures loaded"] = "concurrent.futures" in sys.modules
main_window.MainWindow = Watched
seen["code"] = app.run(db_path=sys.argv[1], screenshot=sys.argv[2])
print(json.dumps(seen))
"""


def test_the_first_paint_loads_neither_importing_nor_placing_notes_again(tmp_path, samples):
    """Importing files, placing notes again in a corrected text and reading the marks of what
    changed elsewhere are loaded when first used, not while the window is built (with their
    value classes: about 13 ms of start-up, measured against the window that loaded them with
    the library); and PySide checks each module the window loads from its file."""
    path = _library_with_the_bulletin(tmp_path, samples)
    seen = _run(MODULES, str(path), str(tmp_path / "window.png"), tmp_path=tmp_path)
    assert seen["code"] == 0
    assert seen["direct check"] is True
    loaded = set(seen["modules"])
    assert {"desktop.core.library", "desktop.ui.main_window"} <= loaded  # the probe sees them
    later = {
        "desktop.core.store.backups",  # with the first close or backup
        "desktop.core.importing",
        "desktop.core.ingest",
        "desktop.core.store.reanchoring",
        "desktop.core.text.anchoring",
        "desktop.core.changes",
    }
    assert loaded & later == set()
    assert seen["concurrent.futures loaded"] is False  # with the worker, after the first paint
