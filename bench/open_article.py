"""Opening an article in the reader, until painted, against painting the same text unmarked.

Measured: `MainWindow.open_item` on the sample bulletin's first article (17
directives, 11 key phrases) followed by a synchronous repaint of the view.
Baseline, same run and widget size: `setPlainText` of the same body into a bare
QTextBrowser and a repaint. Offscreen, so the numbers are layout and painting,
not the compositor.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(rounds: int = 30) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QTextBrowser

    from bench.corpus import SAMPLES
    from desktop.core.library import Library
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow

    app = make_app()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        library = Library.open(Path(folder) / "bench.sqlite3")
        result = library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
        items = library.issue(result.issue_id).items
        window = MainWindow(library)
        window.setProperty("transient", True)
        window.resize(1400, 900)
        window.show()
        plain = QTextBrowser()
        plain.resize(window.view.size())
        plain.show()
        app.processEvents()
        measured, baseline = [], []
        for _ in range(rounds):
            for item in (items[2], items[0]):  # alternate so each open really changes the article
                started = time.perf_counter()
                window.open_item(item.id)
                window.view.viewport().repaint()
                measured.append(time.perf_counter() - started)
                started = time.perf_counter()
                plain.setPlainText(item.body)
                plain.viewport().repaint()
                baseline.append(time.perf_counter() - started)
        window.close()
        plain.close()
        library.close()
    mine, base = statistics.median(measured), statistics.median(baseline)
    p95 = sorted(measured)[int(len(measured) * 0.95) - 1]
    return {
        "median_ms": mine * 1000,
        "p95_ms": p95 * 1000,
        "baseline_ms": base * 1000,
        "ratio": mine / base,
    }


def report(result: dict) -> str:
    return (
        f"open article (sample, 17 directives): median {result['median_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms; "
        f"plain text in a bare QTextBrowser: {result['baseline_ms']:.1f} ms; ratio {result['ratio']:.1f} "
        f"(instant to the eye: under 100 ms: {'met' if result['p95_ms'] < 100 else 'MISSED'})"
    )
