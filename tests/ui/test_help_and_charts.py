"""帮助 → 使用说明 (the manual and the window's shortcuts) and the small charts (a key phrase month
by month; how many members marked each directive of a session)."""

from __future__ import annotations

import re
import tomllib

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QToolTip

from desktop.core.study.charts import markers, phrase_months
from desktop.ui.colours import contrast
from desktop.ui.dialogs.chart_dialog import ChartDialog, open_phrase_chart, open_session_chart
from desktop.ui.dialogs.help_dialog import (
    HelpDialog,
    manual_language,
    manual_path,
    shortcut_rows,
    show_help,
)
from desktop.ui.study.group import who_marked
from desktop.ui.widgets.bar_chart import GRAPHICS, BarChart, bar_colour, nice_top
from tests.conftest import ROOT
from tests.ui.test_accessible_names import nameless
from tests.ui.test_palettes import dark_palette

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"
DAYS = ("xinwenlianbo/20240126.md", "xinwenlianbo/20241016.md")


@pytest.fixture
def filled_window(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    for name in (KAIFAQU, *DAYS):
        library.import_file(samples / name)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.select_first_article()
    return win


# the manual


def test_the_help_dialog_shows_the_manual_and_is_not_modal(qtbot, window):
    dialog = show_help(window)
    assert isinstance(dialog, HelpDialog) and dialog.isVisible() and not dialog.isModal()
    text = dialog.browser.toPlainText()
    for heading in ("导入简报", "阅读要点", "划线与批注", "学习会议", "心得体会", "导出学习笔记"):
        assert heading in text
    assert "GB/T 9704" in text and "yandu backup" in text and "Ctrl+M" in text
    assert dialog.browser.openExternalLinks() is False
    assert show_help(window) is dialog  # F1 again brings the same dialog forward
    assert nameless(dialog) == []


def test_links_inside_the_manual_go_to_their_place_and_others_are_not_followed(qtbot, window):
    dialog = show_help(window)
    dialog.resize(500, 300)
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.anchorClicked.emit(QUrl("#export"))
    assert bar.value() > 0
    where = bar.value()
    before = dialog.browser.toHtml()
    for elsewhere in ("https://example.org/", "file:///etc/passwd", "other.html"):
        dialog.browser.anchorClicked.emit(QUrl(elsewhere))
    assert bar.value() == where and dialog.browser.toHtml() == before


def test_the_manual_follows_the_interface_language(qapp, qtbot, window):
    from desktop.ui import translations

    assert manual_language() == "zh_CN"
    assert manual_path("zh_CN").name == "zh_CN.html"
    assert manual_path("en_GB").name == "en.html"
    assert manual_path("fr").name == "zh_CN.html"  # no manual in that language: the Chinese one
    try:
        translations.install(qapp, "en")
        assert manual_path(manual_language()).name == "en.html"  # the catalogue says en_US
        dialog = HelpDialog(window)
        qtbot.addWidget(dialog)
        assert [dialog.tabs.tabText(n) for n in range(2)] == ["Manual", "Shortcuts"]
        assert "Exporting study notes" in dialog.browser.toPlainText()
    finally:
        translations.uninstall(qapp)
    english = manual_path("en").read_text(encoding="utf-8")
    assert "Exporting study notes" in english and "GB/T 9704" in english


def test_the_manual_is_packaged(qapp):
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "manual/*.html" in configured["tool"]["setuptools"]["package-data"]["desktop.resources"]
    assert '"manual/*.html"' in (ROOT / "packaging" / "yandu.spec").read_text(encoding="utf-8")
    assert {path.name for path in (ROOT / "resources" / "manual").glob("*.html")} == {
        "zh_CN.html",
        "en.html",
    }
    anchors = {}
    for language in ("zh_CN", "en"):
        text = manual_path(language).read_text(encoding="utf-8")
        links = re.findall(r'href="([^"]*)"', text)
        assert links and all(link.startswith("#") for link in links)  # nothing outside
        assert {link[1:] for link in links} <= set(re.findall(r'id="([^"]+)"', text))
        anchors[language] = links
    assert anchors["zh_CN"] == anchors["en"]  # the two say the same things in the same order


# the shortcuts


def test_the_shortcuts_page_lists_the_window_s_actions(qtbot, window):
    rows = shortcut_rows(window)
    keys = dict(rows)
    assert keys["导入文件"] == "Ctrl+O"
    assert keys["导入文件夹"] == "Ctrl+Shift+O"
    assert keys["批注"] == "Ctrl+M"
    assert keys["划线：重点"] == "Ctrl+1"
    assert keys["导出学习笔记"] == "Ctrl+E"
    assert "Ctrl+Y" in keys["重做"] and "Ctrl+Shift+Z" in keys["重做"]
    labels = [label for label, _ in rows]
    assert all("&" not in label and not label.endswith("…") for label in labels)
    # in the menus' order: 文件 before 编辑 before 学习
    assert labels.index("导入文件") < labels.index("查找") < labels.index("划线：重点")
    dialog = show_help(window)
    table = dialog.table
    shown = [(table.item(n, 0).text(), table.item(n, 1).text()) for n in range(table.rowCount())]
    assert shown == rows
    assert table.horizontalHeaderItem(0).text() == "功能"
    dialog.tabs.setCurrentWidget(table)
    assert nameless(dialog) == []


# the charts


def _image(widget) -> QImage:
    return widget.grab().toImage()


def _colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }


def _has(image: QImage, colour: QColor) -> bool:
    return colour.rgb() in _colours(image)


def test_a_phrase_chart_draws_its_months(qtbot, filled_window):
    library = filled_window.library
    months = phrase_months(library, "三管三必须")
    assert months[0] == ("2020-07", 1) and months[-1] == ("2024-01", 1)
    dialog = open_phrase_chart(filled_window, library, "三管三必须")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    chart = dialog.chart
    assert chart.rows == months and chart.orientation == Qt.Orientation.Vertical
    assert "三管三必须" in dialog.windowTitle() and chart.accessibleName() == dialog.windowTitle()
    assert "2020-07：1" in chart.accessibleDescription()
    image = _image(chart)
    assert len(_colours(image)) > 3  # not blank: background, bars, axis, text
    assert _has(image, bar_colour(chart.palette()))
    bars = chart.bars()
    assert bars[0].height() > 0 and bars[1].height() == 0  # 2020-08: none
    assert bars[0].height() == bars[-1].height()
    assert nameless(dialog) == []


def test_a_session_chart_counts_two_members_on_one_directive(qtbot, filled_window):
    library = filled_window.library
    item = library.issue(library.issues()[-1].id).items[0]  # the sample bulletin, the oldest
    directives = library.item_directives(item.id)
    zhang, li = library.members.add("张三"), library.members.add("李四")
    session = library.sessions.add("7月学习会", item_ids=(item.id,))
    target = directives[1]
    library.annotations.create(item.id, target.start, target.end, zhang.id, session_id=session.id)
    library.annotations.create(
        item.id, target.start + 2, target.start + 6, li.id, session_id=session.id
    )
    dialog = open_session_chart(filled_window, library, session.id)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    chart = dialog.chart
    assert chart.orientation == Qt.Orientation.Horizontal
    assert len(chart.rows) == len(directives)
    assert [value for _, value in chart.rows][:3] == [0, 2, 0]
    assert "7月学习会" in dialog.windowTitle()
    image = _image(chart)
    assert len(_colours(image)) > 3 and _has(image, bar_colour(chart.palette()))
    bars = chart.bars()
    assert bars[1].width() > 0 and bars[0].width() == 0
    # hovering over the bar says the whole directive and its count
    slot = chart.slots()[1]
    at = slot.center().toPoint()
    chart.event(QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    assert target.text[-10:] in QToolTip.text() and "：2" in QToolTip.text()
    QToolTip.hideText()


def test_the_core_counts_as_the_directives_panel_does(qtbot, library, samples):
    """core/study/charts.markers and the 要点 panel's who_marked agree on the same notes."""
    library.import_file(samples / KAIFAQU)
    item = library.issue(library.issues()[0].id).items[0]
    directives = library.item_directives(item.id)
    members = [library.members.add(name) for name in ("张三", "李四", "王五")]
    for n, directive in enumerate(directives[:6]):
        for member in members[: n % 3 + 1]:
            library.annotations.create(item.id, directive.start, directive.start + 3, member.id)
    notes = library.annotations.find(item_id=item.id)
    labels = {member.id: member.name for member in members}
    named = who_marked(directives, notes, labels)
    counted = markers(directives, notes)
    assert {key: [labels[m] for m in ids] for key, ids in counted.items()} == named


def test_the_chart_reads_on_a_dark_palette(qtbot, filled_window):
    dialog = ChartDialog(filled_window).for_phrase(filled_window.library, "三管三必须")
    qtbot.addWidget(dialog)
    chart = dialog.chart
    chart.setPalette(dark_palette())
    chart.resize(500, 240)
    palette = chart.palette()
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(bar_colour(palette), base) >= GRAPHICS
    image = _image(chart)
    assert image.pixelColor(2, 2) == base  # the dark background
    assert _has(image, bar_colour(palette))
    # a highlight too close to the base is made to stand out
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#262626"))
    assert contrast(bar_colour(palette), base) >= GRAPHICS


def test_an_empty_chart_says_so(qtbot, library):
    dialog = ChartDialog().for_phrase(library, "没有这个提法")
    qtbot.addWidget(dialog)
    assert dialog.chart.rows == [] and dialog.chart.bars() == []
    assert dialog.chart.accessibleDescription() == dialog.chart.empty_text
    assert len(_colours(_image(dialog.chart))) > 1  # the words are drawn


def test_the_axis_steps_are_round():
    assert nice_top(0) == (1, 1) and nice_top(3) == (3, 1)
    assert nice_top(7) == (8, 2) and nice_top(23) == (25, 5) and nice_top(180) == (200, 50)


def test_a_long_series_of_columns_does_not_crowd_its_labels(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_data([(f"2020-{n % 12 + 1:02d}", n % 4) for n in range(60)])
    assert len(_colours(_image(chart))) > 3
    assert chart.index_at(chart.slots()[5].center()) == 5
    assert chart.index_at(QPoint(-5, -5).toPointF()) is None


# reached from the window's menus


def test_f1_opens_the_manual_from_the_help_menu(qtbot, window):
    action = window.named_actions["help"]
    assert action.shortcut().toString() == "F1"
    help_menu = window.menuBar().actions()[-1].menu()
    assert action in help_menu.actions()
    action.trigger()
    assert isinstance(window.help_dialog, HelpDialog) and window.help_dialog.isVisible()
    window.help_dialog.close()


def test_the_session_chart_and_the_phrase_chart_open_from_the_window(qtbot, filled_window):
    win = filled_window
    library = win.library
    item = library.issue(library.issues()[-1].id).items[0]
    session = library.sessions.add("7月学习会", item_ids=(item.id,))
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(win.study.session_box.findData(session.id))
    win.named_actions["session_chart"].trigger()
    assert "7月学习会" in win.study.chart.windowTitle()
    win.study.chart.close()
    win.select_item(item.id)
    start, end, phrase = win.view.phrases[0]
    assert win.study.editing.phrase_at(start) == phrase
    win.study.editing.phrase_chart(phrase)
    assert phrase in win.study.editing.chart.windowTitle()
    win.study.editing.chart.close()
