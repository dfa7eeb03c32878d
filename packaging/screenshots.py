"""Developer tool: the README's pictures of the window, on light and dark palettes (not shipped).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUT_FOLDER]

A library in a temporary folder gets the sample bulletin, two members' highlights
of each kind with comments, and a session; the window is rendered with the light
palette, a dark one (as a dark system theme gives it) and in English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def demo_library(folder: Path):
    from desktop.core.library import Library
    from desktop.ui.app import sample_bulletin

    library = Library.open(folder / "library.sqlite3")
    issue = library.import_file(sample_bulletin()).issue_id
    item = next(i for i in library.issue(issue).items if i.kind == "article")
    zhang, li = library.members.add("张三"), library.members.add("李四")
    session = library.sessions.add(
        "党工委中心组7月学习会",
        starts_at="2020-07-20 09:00",
        attendee_ids=(zhang.id, li.id),
        item_ids=(item.id,),
    )
    for member, quote, category, comment in (
        (zhang, "坚决做到“三管三必须”", "重点", "对照本部门职责逐条落实"),
        (zhang, "一件一件抓好整改", "落实", "整改清单月底前报送"),
        (li, "最严格的要求", "疑问", "具体指哪些要求？"),
    ):
        library.annotations.create_at_quote(
            item.id, quote, member.id, session_id=session.id, category=category, comment=comment
        )
    library.reflections.save(zhang.id, "安全生产责任重于泰山。", item_id=item.id)
    return library, item.id, zhang.id, session.id


def render(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings

    from desktop.ui import translations
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow
    from tests.ui.test_palettes import dark_palette

    app = make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    written = []
    with tempfile.TemporaryDirectory() as name:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name)
        library, item_id, member_id, session_id = demo_library(Path(name))
        light = app.palette()
        for file_name, palette, language in (
            ("main-window.png", light, "zh_CN"),
            ("main-window-dark.png", dark_palette(), "zh_CN"),
            ("main-window-en.png", light, "en"),
        ):
            translations.uninstall(app)
            translations.install(app, language)
            app.setPalette(palette)
            window = MainWindow(library)
            window.setProperty("transient", True)
            window.resize(1400, 900)
            window.study.set_member(member_id)
            window.study.session_box.setCurrentIndex(window.study.session_box.findData(session_id))
            window.select_item(item_id)
            window.show()
            app.processEvents()
            target = out / file_name
            window.grab().save(str(target))
            written.append(target)
            window.close()
            window.runner.shutdown()
        library.close(backup=False)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    for path in render(folder):
        print(path)
