"""Qt translations: the interface is written in Chinese; `resources/translations/yandu_en.ts` holds English.

Compiling and refreshing the catalogues is a developer's job: `packaging/translations.py`.
"""

from __future__ import annotations

from desktop.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


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


def uninstall(app) -> None:
    """Remove the translators `install` put in (before installing another language's)."""
    for name in ("_qt_translator", "_yandu_translator"):
        translator = getattr(app, name, None)
        if translator is not None:
            app.removeTranslator(translator)
            setattr(app, name, None)
