"""Start the window: application object, translations, the library (with the sample on first start)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_ID, APP_NAME, __version__
from desktop.paths import default_library_path, sample_bulletin


def make_app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("研读 Yandu")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    _prefer_simplified_chinese_font(app)
    return app


def _prefer_simplified_chinese_font(app) -> None:
    """Without this, fontconfig may fall back to a Japanese CJK face and draw Japanese glyph forms."""
    from PySide6.QtGui import QFontDatabase

    families = set(QFontDatabase.families())
    for family in (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "Microsoft YaHei",
        "PingFang SC",
        "WenQuanYi Micro Hei",
    ):
        if family in families:
            font = app.font()
            font.setFamily(family)
            app.setFont(font)
            return


def run(
    db_path: Path | None = None, item_id: int | None = None, screenshot: Path | None = None
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from desktop.core.errors import YanduError
    from desktop.core.library import Library
    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    app = make_app()
    translations.install(app, QSettings().value("language"))
    try:
        library = Library.open(db_path or default_library_path())
        library.ensure_sample(sample_bulletin())
    except YanduError as exc:  # a library that cannot be opened: say so where the user looks
        _refuse(exc, screenshot is not None)
        return 1
    if screenshot is not None and library.stale_analysis():
        library.reanalyse()  # a picture of the window shows the analysis as it is now
    window = MainWindow(library)
    if screenshot is None:
        window.errors.install()  # from here on, no error ends up only on stderr
    if item_id is not None and not window.select_item(item_id):
        print(f"error: item {item_id}: no such item in the library", file=sys.stderr)
        return 1
    if item_id is None:
        last = QSettings().value("reader/item")
        if screenshot is not None or last is None or not window.select_item(int(str(last))):
            window.select_first_article()
    if screenshot is not None:
        return _screenshot(app, window, library, screenshot)
    window.show()
    window.reanalyse_in_background()
    code = app.exec()
    window.errors.uninstall()
    library.close()
    return code


def _refuse(error, quiet: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.errors import problem_text

    text = problem_text(error)
    print(f"error: {text}", file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, "研读 Yandu", text)


def _screenshot(app, window, library, screenshot: Path) -> int:
    window.setProperty("transient", True)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    ok = window.grab().save(str(screenshot))
    window.close()
    library.close()
    if not ok:
        print(f"error: {screenshot}: cannot write the screenshot", file=sys.stderr)
        return 1
    return 0
