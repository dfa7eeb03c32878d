"""`yandu backup` and `yandu restore` as a user runs them, and commands refused on a damaged library."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.core.library import Library
from tests.cli.test_cli import yandu
from tests.core.store.test_backups import damage_a_middle_page

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"
CHINESE = {"LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path, samples):
    path = tmp_path / "lib.sqlite3"
    assert yandu("import", str(samples / KAIFAQU), db=path).returncode == 0
    return path


def test_backup_prints_its_path_and_restore_lists_it(db):
    [automatic] = Library.backups(db)  # the import changed the library: backed up as it closed
    run = yandu("backup", db=db)
    assert run.returncode == 0, run.stderr
    made = run.stdout.strip().removeprefix("backup: ")
    assert run.stdout.startswith("backup: ") and made.startswith(str(db.parent / "backups"))
    listed = yandu("restore", db=db)
    assert listed.returncode == 0 and listed.stderr == ""
    lines = listed.stdout.splitlines()
    assert lines[0].endswith(made)  # newest first
    # within the same second, the newer backup takes the older one's name
    assert len(lines) == 2 or made == str(automatic.path)
    backup = Library.open(made)
    try:
        assert backup.counts() == (1, 3)
    finally:
        backup.close()


def test_restore_without_backups_says_so(tmp_path):
    run = yandu("restore", db=tmp_path / "new.sqlite3")
    assert run.returncode == 0 and run.stdout.startswith("No backups of ")


@pytest.mark.parametrize(
    "command",
    [
        ["annotate", "1", "--quote", "三管三必须", "--member", "张三"],
        ["import", "KAIFAQU"],
        ["backup"],
    ],
)
def test_a_damaged_library_is_refused_by_commands_that_write_and_left_untouched(
    db, samples, command
):
    [backup] = Library.backups(db)
    damage_a_middle_page(db)
    before = digest(db)
    args = [str(samples / KAIFAQU) if word == "KAIFAQU" else word for word in command]
    run = yandu(*args, db=db, env=CHINESE)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith(f"error: {db}: 文库文件已损坏")
    assert f'yandu restore "{backup.path}"' in run.stderr
    assert digest(db) == before
    assert Library.backups(db) == [backup]


def test_a_command_that_only_reads_names_the_backup_when_it_meets_the_damage(db):
    """Reading commands skip the page-by-page check; a damaged page they read still ends in
    the message that names the backup."""
    conn = sqlite3.connect(db)
    try:
        pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'items'")]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find the pages of an article")
    finally:
        conn.close()
    with open(db, "r+b") as handle:
        handle.seek(4096 * (pages[0] - 1))
        handle.write(bytes(range(256)) * 16)
    before = digest(db)
    run = yandu("show", "1", db=db, env=CHINESE)
    assert run.returncode == 1 and run.stderr.count("\n") == 1
    assert run.stderr.startswith(f"error: {db}: 文库文件已损坏")
    assert str(Library.backups(db)[0].path) in run.stderr
    assert digest(db) == before


def test_restore_as_the_message_says_brings_the_library_back(db, tmp_path):
    """The message names the backup by its full path; restore finds the library it belongs to,
    even when the command is given no --db."""
    [backup] = Library.backups(db)
    damage_a_middle_page(db)
    damaged = db.read_bytes()
    run = yandu("restore", str(backup.path), env={"YANDU_DB": str(tmp_path / "other.sqlite3")})
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"restored: {db} from {backup.path}; the library as it was")
    [saved] = [b for b in Library.backups(db) if b.before_restore]
    assert saved.path.read_bytes() == damaged
    annotated = yandu("annotate", "1", "--quote", "三管三必须", "--member", "张三", db=db)
    assert annotated.returncode == 0, annotated.stderr
    listed = yandu("restore", db=db).stdout
    assert "(the library as it was before a restore)" in listed


def test_restore_is_refused_while_the_library_is_open_elsewhere(db):
    [backup] = Library.backups(db)
    window = Library.open(db)  # as a window holds it
    try:
        run = yandu("restore", backup.path.name, db=db, env=CHINESE)
        assert run.returncode == 1
        assert run.stderr == f"error: {db}: 文库正在研读窗口或另一个命令中打开；请先关闭，再恢复\n"
        assert window.counts() == (1, 3)
    finally:
        window.close()


def test_restore_of_a_backup_that_is_not_there(db):
    run = yandu("restore", "nope.sqlite3", db=db)
    assert run.returncode == 1 and run.stderr.count("\n") == 1
    assert run.stderr.startswith(f"error: {db.parent / 'backups' / 'nope.sqlite3'}: ")


def test_a_zero_length_library_is_refused_and_stays_empty(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.touch()
    run = yandu("issues", db=path, env=CHINESE)
    assert run.returncode == 1
    assert run.stderr == (
        f"error: {path}: 文件是空的（0 字节），不是研读的文库；要在这里新建文库，请先删除这个空文件\n"
    )
    assert path.stat().st_size == 0
