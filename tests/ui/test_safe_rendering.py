"""Text from an imported file reaches Qt as text: markup in it is shown, never run or loaded."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

HOSTILE = """# 《新闻联播》 (20250101)

### <img src="/tmp/yandu-planted.png">李强主持召开国务院常务会议

<p>会议指出，<img src="/tmp/yandu-planted.png">要<b>加强</b>安全生产。<a href="file:///etc/passwd">点这里</a></p>

[查看原文](file:///etc/passwd)

### 第二条新闻

<p>会议要求，要抓好落实。</p>

[查看原文](https://tv.cctv.com/2025/01/01/x"><img src="/tmp/yandu-planted.png">.shtml)
"""


def test_markup_and_local_links_from_a_file_stay_text(qtbot, window, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    result = window.library.import_file(path)
    assert not result.failed
    window.refresh()
    items = window.library.issue(result.issue_id).items
    opened: list = []
    for item in items:
        window.open_item(item.id)
        document = window.view.document()
        rendered = document.toHtml()
        assert "<img" not in rendered  # no image element: nothing loaded from disk
        assert document.toPlainText().count("file:///etc/passwd") <= 1  # shown as text at most
        anchors = [
            document.findBlock(0).begin()
        ]  # walk every fragment: only web addresses are links
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref()
                assert not href or href.startswith(("http://", "https://")), href
                iterator += 1
            block = block.next()
        assert anchors
    assert opened == []


def test_only_web_links_open(window, monkeypatch):
    from desktop.ui.widgets import article_view

    opened: list = []
    monkeypatch.setattr(article_view.QDesktopServices, "openUrl", opened.append)
    window.view._follow(QUrl("file:///etc/passwd"))
    window.view._follow(QUrl("javascript:alert(1)"))
    assert opened == []
    window.view._follow(QUrl("https://tv.cctv.com/2025/01/01/a.shtml"))
    assert opened == []  # not before the reader has seen the address
    box = window.view.findChild(QMessageBox, "open_link_box")
    assert "https://tv.cctv.com/2025/01/01/a.shtml" in box.informativeText()
    box.button(QMessageBox.StandardButton.Open).click()
    assert [url.toString() for url in opened] == ["https://tv.cctv.com/2025/01/01/a.shtml"]


PLAIN = """<img src="/tmp/yandu-planted.png">安全生产简报

李强指出,<img src="/tmp/yandu-planted.png">要<b>加强</b>安全生产监管。
"""


def test_tooltips_show_markup_as_text(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.ui.models.directive_model import DIRECTIVE_ROLE

    path = tmp_path / "hostile.txt"  # plain text keeps literal tags as its words
    path.write_text(PLAIN, encoding="utf-8")
    result = window.library.import_file(path)
    window.refresh()
    first = window.library.issue(result.issue_id).items[0]
    window.open_item(first.id)
    model = window.directive_model
    tips = []
    for row in range(model.rowCount()):
        speaker = model.index(row, 0)
        tips.append(speaker.data(Qt.ItemDataRole.ToolTipRole))
        for child in range(model.rowCount(speaker)):
            index = model.index(child, 0, speaker)
            assert index.data(DIRECTIVE_ROLE) is not None
            tips.append(index.data(Qt.ItemDataRole.ToolTipRole))
    tree_tip = window.library_model.index(0, 0, window.library_model.index(0, 0)).data(
        Qt.ItemDataRole.ToolTipRole
    )
    tips.append(tree_tip)
    assert any("&lt;img" in t for t in tips if t)  # the markup is there, escaped
    assert not any("<img" in t for t in tips if t)
