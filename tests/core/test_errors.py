"""Errors: every code has words in Chinese and English, SQLite's known failures are ours, the CLI follows the locale."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from desktop.core.errors import Bug, LibraryBusy, StorageError
from desktop.core.library import Library
from desktop.core.messages import MESSAGES, SUBJECTS, describe, english, locale_language
from tests.conftest import ROOT, message

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def test_every_message_has_english_with_the_same_fields():
    catalogue = english()
    for code, chinese in {**MESSAGES, **SUBJECTS}.items():
        assert catalogue.get(chinese), f"{code} has no English"
        fields = sorted(re.findall(r"{(\w*)}", chinese))
        assert sorted(re.findall(r"{(\w*)}", catalogue[chinese])) == fields, code


def test_every_code_raised_in_the_sources_has_words():
    raised = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'code = "[a-z_.]+"', "", text)  # a class's default, always given words
        raised |= set(
            re.findall(
                r"""["']((?:import|docx|pdf|library|storage|issue|item|member|"""
                r"""session|annotation|export|cli)\.[a-z_]+)["']""",
                text,
            )
        )
    assert raised and raised <= set(MESSAGES), raised - set(MESSAGES)


def test_a_full_disk_is_a_known_error_in_chinese_and_english_and_leaves_the_library_as_it_was(
    library, samples
):
    library.import_file(samples / "xinwenlianbo" / "20240126.md")
    before = library.counts()
    pages = library.db.one("PRAGMA page_count")
    library.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL from here
    with pytest.raises(StorageError) as caught:
        library.import_file(samples / KAIFAQU)
    error = caught.value
    assert error.code == "storage.full" and error.fatal
    assert describe(error, "zh") == f"{library.path}: 磁盘已满，文库无法写入；请清理磁盘空间后再试"
    assert (
        message(error)
        == "the disk is full and the library cannot be written; free some space and try again"
    )
    assert library.counts() == before
    member = library.members.add("张三")  # fits in a page the library has
    item_id = library.issue(library.issues()[0].id).items[0].id
    with pytest.raises(StorageError) as again:  # a long reflection needs more: it says why
        library.reflections.save(member.id, "学习体会。" * 20000, item_id=item_id)
    assert again.value.code == "storage.full"


def test_a_library_held_by_another_program_is_busy_not_a_crash(tmp_path, samples):
    path = tmp_path / "lib.sqlite3"
    library = Library.open(path)
    library.db.execute("PRAGMA busy_timeout = 100")
    other = Library.open(path)
    try:
        other.db.execute("BEGIN IMMEDIATE")  # another process is writing and does not let go
        with pytest.raises(LibraryBusy) as caught:
            library.members.add("张三")
        assert "in use by another program" in message(caught.value) and not caught.value.fatal
        result = library.import_file(samples / KAIFAQU)  # an import fails that file, not the batch
        assert result.failed and result.problem.code == "storage.busy"
    finally:
        other.db.execute("ROLLBACK")
        other.close()
        library.close()


def test_an_unforeseen_sqlite_error_is_a_bug_that_names_the_log(library):
    with pytest.raises(Bug) as caught:
        library.db.execute("SELECT * FROM no_such_table")
    assert "yandu.log" in message(caught.value) and "no_such_table" in message(caught.value)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "C"}, "zh"),
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_the_locale(environ, language):
    assert locale_language(environ) == language


def test_the_command_line_speaks_chinese_in_a_chinese_locale(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env |= {"LANG": "zh_CN.UTF-8", "YANDU_DB": str(tmp_path / "lib.sqlite3")}
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "show", "42"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 1
    assert run.stderr == "error: 第 42 期: 文库中没有这一期；`yandu issues` 列出全部各期\n"
