"""Changing the interface language while Yandu runs: the window is built again in the new language.

Qt's widgets keep the texts they were given; rather than teach every widget to
translate itself again, the window saves its layout, a new window is made in
the new language on the same library, opens the same article with the same
member and session (they are settings), and the old window closes. It takes
about as long as opening an article.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def rebuild(app, window, code: str):
    """The window again, in `code` ('zh_CN', 'en', 'system'); returns the new window."""
    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    window.save_layout()
    translations.uninstall(app)
    translations.install(app, code)
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "研读 Yandu"))
    fresh = MainWindow(window.library)
    fresh.relaunch = window.relaunch
    if window.property("transient"):
        fresh.setProperty("transient", True)
    if window.current_item_id is None:
        fresh.show_welcome()
    elif not fresh.select_item(window.current_item_id):
        fresh.select_first_article()
    hooked = window.errors.installed
    if hooked:
        window.errors.uninstall()
        fresh.errors.install()
    fresh.show()
    fresh.raise_()
    fresh.activateWindow()
    window.setProperty("transient", True)  # its layout is saved already: the close keeps it
    window.close()
    window.deleteLater()
    return fresh
