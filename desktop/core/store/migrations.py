"""The library's schema, as numbered migrations (sqlite-utils `Migrations`).

Add a migration by appending a function; never edit one that has shipped.
`SCHEMA_VERSION` (store/db.py, so that opening a library need not load this
module) is how many there are: a library whose `user_version` is higher was
written by a newer Yandu and is refused.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("yandu")


@migrations(name="0001_issues_items_search")
def m0001(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,
            source TEXT,
            source_name TEXT,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            edited INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            updated_at TEXT
        );
        CREATE INDEX issues_date ON issues(date);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE INDEX issues_source_name ON issues(source_name);
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('article', 'caption', 'brief')),
            kicker TEXT,
            headline TEXT,
            subhead TEXT,
            body TEXT NOT NULL,
            source_url TEXT
        );
        CREATE INDEX items_issue ON items(issue_id, position);
        -- overlapping character bigrams (see store/search.py), contentless: the text lives in items
        CREATE VIRTUAL TABLE item_grams USING fts5(grams, content='', prefix='1', tokenize='unicode61 remove_diacritics 0');
        """
    )


@migrations(name="0002_analysis")
def m0002(db: Database) -> None:
    db.executescript(
        """
        ALTER TABLE items ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX items_analysis ON items(analysis_version);
        CREATE TABLE directives (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('requirement', 'statement')),
            speaker TEXT
        );
        CREATE INDEX directives_item ON directives(item_id, start);
        CREATE INDEX directives_speaker ON directives(speaker);
        CREATE TABLE phrases (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX phrases_item ON phrases(item_id);
        CREATE INDEX phrases_text ON phrases(text);
        CREATE TABLE people (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            titles TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (item_id, name)
        );
        CREATE INDEX people_name ON people(name);
        """
    )


@migrations(name="0003_members_sessions_annotations")
def m0003(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            colour TEXT NOT NULL DEFAULT '#e8a33d',
            created_at TEXT NOT NULL
        );
        CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            colour TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO categories (name, colour, position) VALUES
            ('重点', '#ffd54f', 0), ('疑问', '#90caf9', 1), ('落实', '#a5d6a7', 2);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            starts_at TEXT,
            place TEXT,
            host_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE session_members (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            present INTEGER NOT NULL DEFAULT 1,
            reason TEXT,
            PRIMARY KEY (session_id, member_id)
        );
        CREATE TABLE session_items (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            PRIMARY KEY (session_id, item_id)
        );
        -- an annotation outlives its item: ON DELETE SET NULL leaves it as an orphan with its quote
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
            issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
            member_id INTEGER NOT NULL REFERENCES members(id),
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            category TEXT,
            colour TEXT,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER,
            end INTEGER,
            orphan INTEGER NOT NULL DEFAULT 0,
            comment TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            deleted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX annotations_item ON annotations(item_id, deleted);
        CREATE INDEX annotations_member ON annotations(member_id);
        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX reflections_owner ON reflections(member_id, item_id, session_id);
        -- the undo log: each annotation change with the row before and after it
        CREATE TABLE operations (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            annotation_id INTEGER NOT NULL,
            before TEXT,
            after TEXT,
            undone INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX operations_member ON operations(member_id, undone, id);
        """
    )


@migrations(name="0004_fts_automerge")
def m0004(db: Database) -> None:
    # fewer, larger index merges while importing: about 5% faster imports, searches unchanged
    # (measured on 700 files of the benchmark corpus)
    db.execute("INSERT INTO item_grams(item_grams, rank) VALUES ('automerge', 16)")


@migrations(name="0005_directive_cues")
def m0005(db: Database) -> None:
    # why each directive was marked and how its speaker is known (analysis version 3 fills them)
    db.executescript(
        """
        ALTER TABLE directives ADD COLUMN cue TEXT NOT NULL DEFAULT '';
        ALTER TABLE directives ADD COLUMN attribution TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="0006_annotation_placement")
def m0006(db: Database) -> None:
    # how re-anchoring placed a note (moved, fuzzy: to confirm; confirmed), the words it was
    # made on before a fuzzy placement changed them, and the title of the article an orphan
    # was made on, for when the article itself is gone
    db.executescript(
        """
        ALTER TABLE annotations ADD COLUMN placement TEXT;
        ALTER TABLE annotations ADD COLUMN previous_quote TEXT;
        ALTER TABLE annotations ADD COLUMN item_title TEXT;
        """
    )
