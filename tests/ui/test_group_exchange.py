"""The group's shared folder in the window: another computer's notes come in on the worker, the
status bar names whose, the directives panel shows who marked what, and the member at the
keyboard can only be one of this computer's members."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.core.library import Library
from desktop.ui.models.directive_model import DIRECTIVE_ROLE, MARKED_BY_ROLE

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"
QUOTE = "钉钉子"
SHOTS = Path("/tmp/ui16")


def item_with(library: Library, quote: str) -> int:
    issue = library.issue(library.issues()[0].id)
    return next(item.id for item in issue.items if item.id is not None and quote in item.body)


@pytest.fixture
def folder(tmp_path, samples) -> Path:
    """A shared folder holding the file of 张三 from another computer: one note on 钉钉子."""
    shared = tmp_path / "shared"
    shared.mkdir()
    other = Library.open(tmp_path / "other.sqlite3")
    try:
        other.import_file(samples / KAIFAQU)
        zhang = other.members.add("张三")
        other.annotations.create_at_quote(
            item_with(other, QUOTE), QUOTE, zhang.id, comment="另一台电脑上的批注"
        )
        other.exchange.sync(shared)
    finally:
        other.close()
    return shared


@pytest.fixture
def reading(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    mine = library.members.add("张三")  # the same name as the member on the other computer
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.select_item(item_with(library, QUOTE))
    win.study.set_member(mine.id)
    qtbot.waitUntil(lambda: win.watcher._marks is not None, timeout=3000)
    return win


def directive_rows(win):
    model = win.directive_model
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            yield model.index(row, 0, parent)


def test_sync_now_brings_in_the_other_computers_notes(qtbot, reading, folder):
    win = reading
    sync = win.named_actions["exchange_sync"]
    assert not sync.isEnabled()  # no folder chosen yet
    QSettings().setValue("exchange/folder", str(folder))
    win.shared_folder._update_enabled()
    assert sync.isEnabled()

    sync.trigger()
    qtbot.waitUntil(lambda: "张三" in win.statusBar().currentMessage(), timeout=10000)
    message = win.statusBar().currentMessage()
    assert message.startswith("共享文件夹：收到 张三 1 条"), message
    assert not win.shared_folder.syncing

    # the other computer's 张三 is a member here now, read-only, told apart from ours
    members = win.library.members.all()
    assert [m.local for m in members].count(False) == 1
    theirs = next(m for m in members if not m.local)
    ours = next(m for m in members if m.local)
    box = win.study.member_box
    offered = [box.itemData(i) for i in range(box.count())]
    assert ours.id in offered and theirs.id not in offered
    assert box.currentData() == ours.id  # still the member at the keyboard
    filters = win.study.annotations_panel.filter_member
    labels = [filters.itemText(i) for i in range(filters.count())]
    assert "张三（另一台电脑）" in labels and "张三" in labels

    # the group's view: the directive holding 钉钉子 shows one member, named in its tooltip
    def marked_rows():
        return [
            index
            for index in directive_rows(win)
            if index.data(MARKED_BY_ROLE) and QUOTE in index.data(DIRECTIVE_ROLE).text
        ]

    qtbot.waitUntil(lambda: bool(marked_rows()), timeout=5000)
    row = marked_rows()[0]
    assert row.data(MARKED_BY_ROLE) == ["张三（另一台电脑）"]
    assert "1 人划线" in row.data(Qt.ItemDataRole.DisplayRole)
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "张三（另一台电脑）" in tip
    unmarked = [i for i in directive_rows(win) if QUOTE not in i.data(DIRECTIVE_ROLE).text]
    assert unmarked and not any(i.data(MARKED_BY_ROLE) for i in unmarked)
    # drawn in the article too, in the other member's read-only layer
    assert any(a.comment == "另一台电脑上的批注" for a in win.view.annotations)

    SHOTS.mkdir(parents=True, exist_ok=True)
    win.directive_tree.scrollTo(row)
    win.grab().save(str(SHOTS / "group-exchange.png"))

    # a second sync brings nothing new, and says so
    sync.trigger()
    qtbot.waitUntil(
        lambda: win.statusBar().currentMessage() == "共享文件夹：没有新笔记", timeout=10000
    )


def test_our_members_notes_go_out_after_a_change(qtbot, reading, folder):
    win = reading
    QSettings().setValue("exchange/folder", str(folder))
    win.shared_folder._update_enabled()
    win.shared_folder._after_change.setInterval(50)  # 10 s in the window
    item_id = win.current_item_id
    body = win.view.item.body
    start = body.index("督导反馈")
    win.study.highlight("重点", (start, start + 4), comment="我的批注")
    qtbot.waitUntil(
        lambda: (
            any(p.name.startswith("研读笔记-张三-") for p in folder.iterdir())
            and len(list(folder.glob("*.jsonld"))) == 2
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: not win.shared_folder.syncing, timeout=10000)
    assert win.current_item_id == item_id


def test_a_bad_file_is_listed_not_raised(qtbot, reading, folder):
    win = reading
    (folder / "坏文件.jsonld").write_text("{not json", encoding="utf-8")
    QSettings().setValue("exchange/folder", str(folder))
    win.shared_folder._update_enabled()
    win.named_actions["exchange_sync"].trigger()
    qtbot.waitUntil(lambda: win.shared_folder.refused_box is not None, timeout=10000)
    box = win.shared_folder.refused_box
    assert "坏文件.jsonld" in box.text()
    assert "1 个文件未能合并" in win.statusBar().currentMessage()
    assert "张三" in win.statusBar().currentMessage()  # the good file was merged all the same
    box.close()


def test_an_unusable_folder_is_reported(qtbot, reading, tmp_path):
    win = reading
    QSettings().setValue("exchange/folder", str(tmp_path / "nowhere"))
    win.shared_folder._update_enabled()
    win.named_actions["exchange_sync"].trigger()
    qtbot.waitUntil(lambda: bool(win.errors.shown), timeout=10000)
    assert "共享文件夹" in win.errors.shown[0].text()
    win.errors.shown[0].close()


def test_the_folder_is_chosen_and_remembered(qtbot, reading, folder, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = reading
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder))
    win.named_actions["exchange_folder"].trigger()
    assert QSettings().value("exchange/folder") == str(folder)
    assert win.named_actions["exchange_sync"].isEnabled()
    qtbot.waitUntil(lambda: "张三" in win.statusBar().currentMessage(), timeout=10000)


def test_notes_waiting_for_their_article_are_listed(qtbot, library, tmp_path, samples, folder):
    from PySide6.QtWidgets import QListWidget

    from desktop.ui.main_window import MainWindow

    win = MainWindow(library)  # this library has no articles: the note waits
    qtbot.addWidget(win)
    win.show()
    QSettings().setValue("exchange/folder", str(folder))
    win.shared_folder._update_enabled()
    win.named_actions["exchange_sync"].trigger()
    qtbot.waitUntil(lambda: not win.shared_folder.syncing, timeout=10000)
    win.named_actions["exchange_waiting"].trigger()
    qtbot.waitUntil(lambda: getattr(win.shared_folder, "waiting_dialog", None) is not None)
    listing = win.shared_folder.waiting_dialog.findChild(QListWidget, "waiting_list")
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert len(texts) == 1 and "1 条" in texts[0] and "张三" in texts[0], texts
    win.shared_folder.waiting_dialog.close()
