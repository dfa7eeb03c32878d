"""Start the window: application object, translations, the library (with the sample on first start)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from desktop import APP_ID, APP_NAME, __version__
from desktop.paths import default_library_path, icon_path, sample_bulletin


def main(argv: Sequence[str] | None = None) -> int:
    """`yandu-gui [FILE…]`: the window, importing FILEs (given to the window already open on the
    library if there is one). The entry point of the GUI script (no console on Windows)."""
    import argparse

    from desktop.logs import log_to_file

    parser = argparse.ArgumentParser(
        prog="yandu-gui",
        description="研读 Yandu: open the window; FILEs are imported, by the window already open "
        "on the library if there is one.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="files to import")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    log_to_file()
    try:
        return run(files=args.files)
    except Exception as exc:  # a bug before the window's own hook is installed: logged, one line
        from desktop.logs import log_traceback

        where = log_traceback(exc)
        print(f"error: yandu: {type(exc).__name__}: {exc} (details in {where})", file=sys.stderr)
        return 2


def make_app(*, icon: bool = True):
    """The application object, named (the settings file follows the names). The window's own
    start leaves the icon until after its first paint (`icon=False`, then `set_icon`)."""
    from PySide6.QtWidgets import QApplication

    app = cast("QApplication", QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("研读 Yandu")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if icon:
        set_icon(app)
    _prefer_simplified_chinese_font(app)
    return app


def set_icon(app) -> None:
    """The icon of every window. Drawn from SVG: Qt loads its SVG engine for it, and the window
    system is handed each size of it when a window is shown."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(icon_path())))


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
    db_path: Path | None = None,
    item_id: int | None = None,
    screenshot: Path | None = None,
    files: Sequence[Path] = (),
) -> int:
    """The window on the library at `db_path`, importing `files`. When a window is open on that
    library already, it is brought to the front and given the files (and item) instead, and this
    returns 0 at once. A screenshot run is always a window of its own and imports nothing."""
    from desktop.ui.pyside_imports import read_source_directly

    read_source_directly()  # before the window's modules are loaded: each is checked by PySide
    _hold_collection()
    try:
        return _run(Path(db_path or default_library_path()), item_id, screenshot, files)
    finally:
        _resume_collection()


_held = False  # the collector is held for start-up (_hold_collection)
# a window that is never painted (started minimised) still starts its worker, and collects
RESUME_AT_LATEST_MS = 3000


def _hold_collection() -> None:
    """Python's cycle collector waits until the window is painted.

    Start-up makes objects that live as long as the window: Qt's classes and their enums, the
    window's widgets and models. Before the first paint the collector went over them 70 times
    (9 ms) and found next to nothing to free (700 objects of 53,000); it runs once after the
    paint instead (`_resume_collection`), and as usual from then on."""
    global _held
    _held = gc.isenabled()
    gc.disable()


def _resume_collection() -> None:
    """What start-up left is collected, once, and the collector runs as usual again (only the
    first call does anything: after the window's first paint, or when `run` returns)."""
    global _held
    if _held:
        _held = False
        gc.collect()
        gc.enable()


def _run(path: Path, item_id: int | None, screenshot: Path | None, files: Sequence[Path]) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _open(path, item_id, screenshot, ())
    from desktop.ui import single_instance

    name = single_instance.server_name(path)
    wanted = single_instance.request(files, item_id)
    outcome = single_instance.hand_over(name, wanted)  # before the QApplication: no display needed
    if outcome is single_instance.Outcome.NOBODY:
        make_app(icon=False)
        served = single_instance.serve(name, wanted)
        if isinstance(served, single_instance.Outcome):
            outcome = served
        else:
            try:
                return _open(path, item_id, None, wanted.files, served)
            finally:
                if served is not None:
                    served.close()
    if outcome is single_instance.Outcome.NO_ANSWER:
        _not_answering(path)
        return 1
    return 0  # the window open on this library has the files: nothing to say


def _not_answering(path: Path) -> None:
    """A window holds the library's socket but does not answer (it hangs): say so where the
    user looks, the terminal and, on a screen, a message box."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import translations

    app = make_app()
    translations.install(app, QSettings().value("language"))

    # the name Qt adds to every window title, in the window's language
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "研读 Yandu"))
    text = QCoreApplication.translate(
        "app",
        "研读已经打开了这个文库，但那个窗口没有响应：请等它响应，或者关闭它（必要时结束它的进程）后再打开。",
    )
    print(f"error: {path}: {text}", file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.warning(None, "研读 Yandu", text)


def _open(
    path: Path,
    item_id: int | None,
    screenshot: Path | None,
    files: Sequence[Path],
    server=None,
) -> int:
    from PySide6.QtCore import QSettings

    from desktop.core.errors import YanduError
    from desktop.core.library import Library
    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    app = make_app(icon=False)
    translations.install(app, QSettings().value("language"))
    from PySide6.QtCore import QCoreApplication

    # the name Qt adds to every window title, in the window's language
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "研读 Yandu"))
    library = window = None
    try:
        # the header and schema are checked here (under a millisecond); every page is read by the
        # worker when it opens its connection after the first paint (0.5 s for 800 MB), and the
        # worker is where the window writes
        library = Library.open(path, verify=False)
        first_start = False
        if not library.read_only:
            first_start = library.ensure_sample(sample_bulletin()) is not None
        if screenshot is not None and library.stale_analysis() and not library.read_only:
            library.reanalyse()  # a picture of the window shows the analysis as it is now
        window = MainWindow(library)
        if library.read_only:
            _show_read_only(window)
        if item_id is not None and not window.select_item(item_id):
            print(f"error: item {item_id}: no such item in the library", file=sys.stderr)
            return 1
        if item_id is None and first_start and screenshot is None:
            window.show_welcome()  # how to import, mark and export; the sample is in the list
        elif item_id is None:
            last = QSettings().value("reader/item")
            if screenshot is not None or last is None or not window.select_item(int(str(last))):
                window.select_first_article()
    except YanduError as exc:  # a library that cannot be opened: say so where the user looks
        set_icon(app)  # (its messages come before any window)
        error = _not_opened(exc, library, window, path)
        if _refuse(error, screenshot is not None, path):  # restored from a backup: open that
            return _open(path, item_id, screenshot, files, server)
        return 1
    if screenshot is not None:
        return _screenshot(app, window, library, screenshot)
    window.errors.install()  # from here on, no error ends up only on stderr
    runner = window.runner
    runner.hold()  # what is queued before the first paint starts after it

    def painted() -> None:
        """What the first paint does not wait for: the worker's thread, with its check of the
        library first, then the work queued behind it; the icon; the collector."""
        runner.release()
        set_icon(app)
        _resume_collection()

    from desktop.ui.first_paint import after_first_paint

    after_first_paint(window, painted, RESUME_AT_LATEST_MS)
    window.show()
    refused: list[YanduError] = []
    _check_on_worker(window, library.read_only, refused)
    current = {"window": window}  # 视图 → 界面语言 builds the window again (language.py)

    def relaunch(code: str) -> None:
        from desktop.ui.language import rebuild

        fresh = current["window"] = rebuild(app, current["window"], code)
        _backup_daily(fresh)
        if not library.read_only:
            fresh.shared_folder.start()

    window.relaunch = relaunch
    _backup_daily(window)
    if server is not None:  # later starts of Yandu on this library come to this window
        server.set_handler(lambda wanted: _received(current["window"], wanted))
    if files:
        window.receive(list(files))
    code = app.exec()
    window = current["window"]
    window.errors.uninstall()
    if refused:  # the worker found the library damaged: nothing was written to it
        if server is not None:
            server.set_handler(None)  # later starts wait for the window on the restored library
        library.close(backup=False)
        if _refuse(refused[0], False, path):
            return _open(path, item_id, screenshot, files, server)
        return 1
    if server is not None:  # closing (and backing up) takes a moment: a new start opens its own
        server.close()
    library.close()
    return code


def _received(window, wanted) -> None:
    """A later start's request: the window comes to the front, imports its files, opens its item."""
    wanted.apply_activation()
    window.receive(list(wanted.files), wanted.item_id)


def _not_opened(error, library, window, path: Path):
    """Close what was opened; a damaged page met while opening is worded with its backup."""
    from desktop.core.errors import YanduError
    from desktop.core.library import Library

    if window is not None:
        window.runner.shutdown()
    if library is not None:
        library.close(backup=False)
    if error.code != "storage.corrupt":
        return error
    try:  # reading every page, the library is refused with the backup to restore named
        Library.open(path).close(backup=False)
    except YanduError as found:
        return found
    return error


def _check_on_worker(window, read_only: bool, refused: list) -> None:
    """The worker's first job: it opens its own connection, reading every page first. The work
    asked of it waits behind this; a library found damaged closes the window, and `run` then
    offers its backup."""
    from desktop.core.errors import LibraryError

    def checked(_nothing) -> None:
        # (a window closed before its first paint has its check done as its worker shuts down)
        if not read_only and not window.runner.closed:
            window.reanalyse_in_background()
            window.shared_folder.start()  # the group's shared folder, after the analysis

    def failed(error: BaseException) -> None:
        if isinstance(error, LibraryError):
            refused.append(error)
            window.close()
        else:
            window.errors.report(error)

    window.runner.submit(lambda library, job: None, done=checked, failed=failed)


def _backup_daily(window) -> None:
    """While a window stays open for days, its library is backed up once a day it changes (the
    worker makes the changes, so it knows)."""
    from PySide6.QtCore import QTimer

    def due() -> None:
        try:
            window.runner.submit(lambda library, job: library.backup_if_due())
        except RuntimeError:  # the worker has stopped: the window is closing, and backs up then
            pass

    timer = QTimer(window)
    timer.timeout.connect(due)
    timer.start(3600 * 1000)


def _show_read_only(window) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    label = QLabel(QCoreApplication.translate("app", "只读"))
    label.setToolTip(
        QCoreApplication.translate(
            "app", "这个文库不能写入（只读的文件、文件夹或介质）：可以阅读和导出，不能导入或批注"
        )
    )
    window.statusBar().addPermanentWidget(label)


_RESTORABLE = ("library.damaged_backup_available", "library.empty_backup_available")


def _refuse(error, quiet: bool, path: Path | None = None) -> bool:
    """Say why the library cannot be opened, and offer its newest good backup if it names one.
    True when the library was restored (the caller opens it again)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.errors import YanduError
    from desktop.core.library import Library
    from desktop.ui.errors import problem_text

    text = problem_text(error)
    print(f"error: {text}", file=sys.stderr)
    if quiet:
        return False
    backup = error.params.get("backup") if error.code in _RESTORABLE else None
    box = QMessageBox(QMessageBox.Icon.Critical, "研读 Yandu", text)
    restore = None
    if backup and path is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "app", "“从备份恢复”会先把现在的文库文件另存到备份文件夹，再用这份备份替换它。"
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("app", "从备份恢复"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is None or box.clickedButton() is not restore or path is None or not backup:
        return False
    try:
        restored, saved = Library.restore(path, backup)
    except YanduError as exc:
        QMessageBox.critical(None, "研读 Yandu", problem_text(exc))
        return False
    QMessageBox.information(
        None,
        "研读 Yandu",
        QCoreApplication.translate("app", "已用这份备份恢复文库：\n%1\n\n恢复前的文库另存为：\n%2")
        .replace("%1", str(restored))
        .replace("%2", str(saved or "—")),
    )
    return True


def _screenshot(app, window, library, screenshot: Path) -> int:
    window.setProperty("transient", True)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    picture = window.grab()
    if os.environ.get("YANDU_REPORT_PAINTED"):  # bench/packaged_startup.py: when it was painted
        import time

        os.write(2, f"\npainted {time.monotonic_ns()}\n".encode())
    ok = picture.save(str(screenshot))
    window.close()
    library.close()
    if not ok:
        print(f"error: {screenshot}: cannot write the screenshot", file=sys.stderr)
        return 1
    return 0
