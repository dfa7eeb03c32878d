"""Backups and recovery: the rolling policy, pruning, damaged and empty libraries refused
untouched with the backup named, restoring one, and a library that can only be read."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.library import Library
from desktop.core.store import backups
from tests.conftest import ROOT, message

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def day(month: int, date: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, date, hour, minute)


def opened(path: Path, when: datetime) -> Library:
    library = Library.open(path)
    library.clock = lambda: when
    return library


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def items_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    finally:
        conn.close()


def damage_a_middle_page(path: Path) -> None:
    """Garbage over a page in the middle of a closed library (its log folded in)."""
    assert not path.with_name(path.name + "-wal").exists()
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as handle:
        handle.seek(4096 * (pages // 2))
        handle.write(bytes(range(256)) * 16)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:  # the damage is real: SQLite's own check finds it
        assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    finally:
        conn.close()


@pytest.fixture
def stocked(tmp_path, samples) -> Path:
    """A library holding the sample bulletin, backed up once on 1 May."""
    path = tmp_path / "library.sqlite3"
    library = opened(path, day(5, 1))
    library.import_file(samples / KAIFAQU)
    library.close()
    return path


# the rolling policy


def test_a_library_that_changed_is_backed_up_when_closed_and_one_that_did_not_is_not(stocked):
    [made] = Library.backups(stocked)
    assert made.path == stocked.parent / "backups" / "library.sqlite3-2026-05-01-100000.sqlite3"
    assert items_in(made.path) == 3 and not made.before_restore
    opened(stocked, day(5, 2)).close()  # only read
    assert len(Library.backups(stocked)) == 1
    library = opened(stocked, day(5, 2, 11))
    library.members.add("张三")
    library.close()
    assert [b.made for b in Library.backups(stocked)] == [day(5, 2, 11), day(5, 1)]


def test_at_most_one_backup_a_day_while_the_library_keeps_changing(stocked):
    library = opened(stocked, day(5, 2, 9))
    try:
        assert library.backup_if_due() is None  # a new day, but nothing changed yet
        library.members.add("张三")
        first = library.backup_if_due()
        assert first is not None and first.name == "library.sqlite3-2026-05-02-090000.sqlite3"
        library.members.add("李四")
        library.clock = lambda: day(5, 2, 17)
        assert library.backup_if_due() is None  # one a day
        library.clock = lambda: day(5, 3, 8)
        assert library.backup_if_due() is not None  # the next day, changed since
        library.clock = lambda: day(5, 3, 18)
    finally:
        library.close()  # nothing changed since this morning's: no backup at close
    assert [b.made for b in Library.backups(stocked)] == [day(5, 3, 8), day(5, 2, 9), day(5, 1)]
    library = opened(stocked, day(5, 3, 19))
    library.members.add("王五")
    library.close()  # changed since the last backup: one as it closes, the day's second
    assert Library.backups(stocked)[0].made == day(5, 3, 19)


def test_closing_again_within_a_quarter_of_an_hour_adds_no_backup(stocked):
    """A script running one command after another does not copy the library after each."""
    for minute in (5, 10, 20):
        library = opened(stocked, day(5, 1, 10, minute))
        library.members.add(f"成员{minute}")
        library.close()
    assert [b.made for b in Library.backups(stocked)] == [day(5, 1, 10, 20), day(5, 1)]


def test_yandu_backup_makes_one_now_with_everything_in_it(stocked):
    library = opened(stocked, day(6, 3, 8, 30))
    try:
        made = library.backup()
    finally:
        library.close()
    assert made.name == "library.sqlite3-2026-06-03-083000.sqlite3"
    assert items_in(made) == 3
    check = Library.open(made)  # a backup is a library
    try:
        assert check.counts() == (1, 3)
    finally:
        check.close()
    assert not list(made.parent.glob(".*.tmp"))


def test_the_seven_newest_and_the_newest_of_each_month_are_kept(stocked):
    folder = backups.folder(stocked)
    before_restore = folder / "library.sqlite3-2026-01-01-000000-before-restore.sqlite3"
    shutil.copyfile(stocked, before_restore)
    stale = folder / ".library.sqlite3-2026-01-02-000000.sqlite3.tmp"
    stale.write_bytes(b"a backup that was killed")
    os.utime(stale, (0, 0))
    library = Library.open(stocked)
    try:  # one backup a day from 20 January to 15 April, besides the one of 1 May
        when = datetime(2026, 1, 20, 10)
        while when <= datetime(2026, 4, 15, 10):
            library.clock = lambda when=when: when
            library.backup()
            when += timedelta(days=1)
        library.clock = lambda: datetime(2026, 5, 2, 10)
        library.backup()
    finally:
        library.close()
    left = [(b.made.strftime("%m-%d"), b.before_restore) for b in Library.backups(stocked)]
    assert left == [
        ("05-02", False),  # the seven newest
        ("05-01", False),
        ("04-15", False),
        ("04-14", False),
        ("04-13", False),
        ("04-12", False),
        ("04-11", False),
        ("03-31", False),  # the newest of March, February and January
        ("02-28", False),
        ("01-31", False),
        ("01-01", True),  # a copy made before a restore is never pruned
    ]
    assert not stale.exists()


# damaged and empty libraries


def test_garbage_over_a_middle_page_is_refused_untouched_naming_the_backup(stocked):
    damage_a_middle_page(stocked)
    before = digest(stocked)
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked)
    [backup] = Library.backups(stocked)
    assert caught.value.code == "library.damaged_backup_available"
    assert caught.value.params["backup"] == str(backup.path)
    words = message(caught.value, "zh")
    assert "已损坏" in words and str(backup.path) in words and "yandu restore" in words
    assert digest(stocked) == before
    assert Library.backups(stocked) == [backup]  # and no backup made of the damaged file


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(stocked):
    library = opened(stocked, day(5, 3))
    library.members.add("张三")
    library.close()
    newest, older = Library.backups(stocked)
    damage_a_middle_page(newest.path)
    damage_a_middle_page(stocked)
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked)
    assert caught.value.params["backup"] == str(older.path)


def test_a_library_due_for_an_upgrade_is_read_through_before_it_is_written(stocked):
    """The window opens without reading every page, but an upgrade writes: it checks first."""
    conn = sqlite3.connect(stocked)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    damage_a_middle_page(stocked)
    before = digest(stocked)
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked, verify=False)
    assert caught.value.code == "library.damaged_backup_available"
    assert digest(stocked) == before


def test_a_zero_length_file_is_not_a_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.touch()
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert caught.value.code == "library.empty_file"
    assert "空的" in message(caught.value, "zh")
    assert path.stat().st_size == 0  # no tables were created in it


def test_a_library_emptied_by_accident_names_its_backup(stocked):
    stocked.write_bytes(b"")
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked)
    assert caught.value.code == "library.empty_backup_available"
    assert caught.value.params["backup"] == str(Library.backups(stocked)[0].path)
    assert stocked.stat().st_size == 0


def test_a_library_cut_short_is_damaged(stocked):
    with open(stocked, "r+b") as handle:
        handle.truncate(stocked.stat().st_size - 1000)
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked, verify=False)  # the header alone says so
    assert caught.value.code == "library.damaged_backup_available"


def test_a_header_overwritten_with_backups_beside_is_a_damaged_library(stocked):
    with open(stocked, "r+b") as handle:
        handle.write(b"\0" * 100)
    with pytest.raises(LibraryError) as caught:
        Library.open(stocked, verify=False)
    assert caught.value.code == "library.damaged_backup_available"


# restoring


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(stocked):
    [backup] = Library.backups(stocked)
    damage_a_middle_page(stocked)
    damaged = stocked.read_bytes()
    restored, saved = Library.restore(stocked, backup.path.name, now=day(5, 4))
    assert restored == backup.path
    assert saved is not None and saved.name.endswith("-before-restore.sqlite3")
    assert saved.read_bytes() == damaged
    library = Library.open(stocked)
    try:
        assert library.counts() == (1, 3)
    finally:
        library.close()
    assert backup.path.exists()  # the backup stays, for another time


def test_restore_is_refused_while_the_library_is_open(stocked):
    [backup] = Library.backups(stocked)
    library = Library.open(stocked)
    try:
        before = digest(stocked)
        with pytest.raises(LibraryError) as caught:
            Library.restore(stocked, backup.path)
        assert caught.value.code == "library.restore_in_use"
        assert digest(stocked) == before
        assert library.counts() == (1, 3)
    finally:
        library.close()
    assert [b.path for b in Library.backups(stocked)] == [backup.path]  # nothing saved either


def test_restore_refuses_a_damaged_backup_and_one_that_is_not_there(stocked):
    [backup] = Library.backups(stocked)
    damage_a_middle_page(backup.path)
    with pytest.raises(LibraryError) as caught:
        Library.restore(stocked, backup.path)
    assert caught.value.code == "library.backup_damaged"
    with pytest.raises(LibraryError) as missing:
        Library.restore(stocked, "library.sqlite3-2020-01-01-000000.sqlite3")
    assert missing.value.code == "library.backup_not_found"
    assert items_in(stocked) == 3


# a library that can only be read


def run_read_only(target: Path, code: str) -> subprocess.CompletedProcess:
    """Run `code` in a Python for which `target` (a file or a folder) cannot be written.

    Not as root: by permissions. As root, whom permissions do not stop: a read-only bind
    mount in a mount namespace of its own, as a read-only medium is. Skips when neither works.
    """
    command = [sys.executable, "-c", code]
    if os.geteuid() != 0:
        files = [target, *target.iterdir()] if target.is_dir() else [target]
        modes = {path: path.stat().st_mode for path in files}
        for path in files:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: nothing makes a file read-only for root")
    mount = (
        'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" || exit 97; shift; exec "$@"'
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", mount, "sh", str(target), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if done.returncode == 97 or "unshare:" in done.stderr:
        pytest.skip(f"no read-only mount here: {done.stderr.strip()}")
    return done


READ_AND_TRY_TO_WRITE = """
import json, sys
from desktop.core.errors import StorageError
from desktop.core.library import Library
library = Library.open(sys.argv[1] if len(sys.argv) > 1 else {path!r})
found = {{"read_only": library.read_only, "counts": list(library.counts())}}
found["hits"] = len(library.search("三管三必须"))
try:
    library.members.add("张三")
except StorageError as exc:
    found["write"] = exc.code
library.close()
print(json.dumps(found))
"""


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_library_opens_for_reading_and_refuses_writes(stocked, what):
    target = stocked.parent if what == "folder" else stocked
    before = digest(stocked)
    done = run_read_only(target, READ_AND_TRY_TO_WRITE.format(path=str(stocked)))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found == {
        "read_only": True,
        "counts": [1, 3],
        "hits": 1,
        "write": "storage.read_only",
    }
    assert digest(stocked) == before
    assert len(Library.backups(stocked)) == 1  # a library that cannot change is not backed up
    library = Library.open(stocked)  # writable again, it is as it was: no lock files in the way
    try:
        library.members.add("张三")
    finally:
        library.close()
