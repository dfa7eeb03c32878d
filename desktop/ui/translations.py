"""Qt translations: the interface is written in Chinese; `resources/translations/yandu_en.ts` holds English.

`python -m desktop.ui.translations build` compiles .ts to .qm (run by `make`);
`python -m desktop.ui.translations update` refreshes the .ts from the sources (lupdate).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


def _tool(name: str) -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    return str(bundled) if bundled.exists() else f"pyside6-{name}"


def build() -> None:
    import subprocess  # build and update are developer tools: the window need not load subprocess

    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    import subprocess

    sources = sorted(str(p) for p in (Path(__file__).parent).rglob("*.py"))
    for language in ("en",):
        ts = TRANSLATIONS / f"yandu_{language}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)


def install(app, language: str | None) -> str:
    """Load the translator for `language` ('zh_CN', 'en', or None for the system's). Returns the one in use."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if not language or language == "system":
        language = "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    if language.startswith("zh"):
        # Yandu's own text is Chinese already; Qt's (OK, Cancel, file dialogs) needs its catalogue
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            app._qt_translator = qt
        return "zh_CN"
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"yandu_{language}.qm")):
        app.installTranslator(translator)
        app._yandu_translator = translator  # keep it alive
    return language


if __name__ == "__main__":
    {"build": build, "update": update}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
