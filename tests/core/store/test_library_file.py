"""The library file: WAL, foreign keys, migrations, a backup before upgrading, refusal of a newer one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from desktop.core.errors import LibraryError, LibraryTooNew
from desktop.core.library import Library
from desktop.core.store import db as store_db
from desktop.core.store.db import SCHEMA_VERSION
from desktop.core.store.migrations import migrations
from tests.conftest import ROOT, message


def test_new_library_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3")
    try:
        conn = library.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        applied = migrations.applied(Database(library.db.conn, execute_plugins=False))
        assert [m.name for m in applied] == [m.name for m in migrations._migrations]
        assert library.backup_path is None  # nothing to back up in a new library
    finally:
        library.close()


def test_the_schema_version_counts_the_migrations():
    """Opening an up-to-date library skips the migrations: the version must say how many there are."""
    assert SCHEMA_VERSION == len(migrations._migrations)


def test_deleting_an_issue_deletes_its_items(tmp_path, samples):
    library = Library.open(tmp_path / "lib.sqlite3")
    try:
        issue_id = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt").issue_id
        with library.db.atomic():
            library.db.execute("DELETE FROM issues WHERE id = ?", [issue_id])
        assert library.db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 0
    finally:
        library.close()


def test_library_from_a_newer_yandu_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "lib.sqlite3"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNew) as caught:
        Library.open(path)
    assert "newer Yandu" in message(caught.value)
    assert path.read_bytes() == before


def test_an_older_library_is_backed_up_then_upgraded(tmp_path, samples, monkeypatch):
    path = tmp_path / "lib.sqlite3"
    library = Library.open(path)
    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    library.close()

    def m9999_add_a_column(db):
        db.execute("ALTER TABLE issues ADD COLUMN note TEXT")

    monkeypatch.setattr(
        migrations,
        "_migrations",
        [*migrations._migrations, migrations._Migration("9999_note", m9999_add_a_column)],
    )
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    upgraded = Library.open(path)
    try:
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        columns = [row[1] for row in upgraded.db.execute("PRAGMA table_info(issues)")]
        assert "note" in columns
        assert upgraded.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        backup = sqlite3.connect(upgraded.backup_path)
        assert backup.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert backup.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 3
        backup.close()
    finally:
        upgraded.close()


def test_a_file_that_is_not_a_library_gets_a_clear_message(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LibraryError) as caught:
        Library.open(path)
    assert str(path) == caught.value.subject


def test_an_up_to_date_library_is_read_and_written_without_loading_sqlite_utils(tmp_path, samples):
    """sqlite-utils (0.1 s to import) is for the migrations: the window starts without it."""
    path = tmp_path / "lib.sqlite3"
    library = Library.open(path)
    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    library.close()
    script = f"""
import sys
from desktop.core.library import Library
library = Library.open({str(path)!r})
[summary] = library.issues()
item = library.issue(summary.id).items[0]
assert library.item_directives(item.id) and library.annotations.find(item_id=item.id) == []
print("sqlite_utils" in sys.modules)
member = library.members.add("张三")
library.annotations.create_at_quote(item.id, "三管三必须", member.id)
print("sqlite_utils" in sys.modules, len(library.annotations.find(item_id=item.id)))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split("\n")[:2] == ["False", "False 1"]


def test_sqlite_utils_plugins_installed_beside_yandu_do_not_touch_the_library(tmp_path, samples):
    from sqlite_utils import hookimpl
    from sqlite_utils.plugins import pm

    prepared = []

    class Plugin:
        @hookimpl
        def prepare_connection(self, conn):
            prepared.append(conn)

    pm.register(Plugin(), name="yandu-test-plugin")
    try:
        library = Library.open(tmp_path / "lib.sqlite3")
        library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
        library.close()
    finally:
        pm.unregister(name="yandu-test-plugin")
    assert prepared == []
