"""One worker thread for library changes (imports), as Anki's taskman: widgets stay on the main thread.

The worker opens its own connection to the library (SQLite WAL lets the window
keep reading meanwhile) and reports progress through Qt signals, which Qt
delivers on the main thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop.core.store.db import open_library


class ImportWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(list)
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: list[Path]) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        # set from the main thread, read by the worker between files: a queued slot call would
        # never arrive while the worker's thread is busy in run()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            library = open_library(self.db_path)
        except Exception as exc:  # noqa: BLE001 - reported to the user, not lost
            self.failed.emit(str(exc))
            return
        try:
            results = library.import_paths(
                self.paths, progress=self.progress.emit, cancelled=self._cancel.is_set
            )
        except Exception as exc:  # noqa: BLE001 - a bug must end the import visibly, not hang the dialog
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        finally:
            library.close()
        self.finished.emit(results)


def start_import(parent: QObject, db_path: Path, paths: list[Path]) -> tuple[QThread, ImportWorker]:
    thread = QThread(parent)
    worker = ImportWorker(db_path, paths)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread, worker
