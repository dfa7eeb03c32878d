"""The library's schema, as numbered migrations (sqlite-utils `Migrations`).

Add a migration by appending a function; never edit one that has shipped.
`SCHEMA_VERSION` is how many there are: a library whose `user_version` is
higher was written by a newer Yandu and is refused.
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


SCHEMA_VERSION = len(migrations._migrations)
