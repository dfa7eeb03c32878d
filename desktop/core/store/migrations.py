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


@migrations(name="0007_exchange", transactional=False)
def m0007(db: Database) -> None:
    """Identities that travel between computers (issue 16).

    A member gets a UUID, made where they work, and an origin: NULL for a member of this
    library, 'exchange' for one whose layer came in a file (read-only here). Names become
    labels: two computers' 张三 are two people, so a name is unique only among this library's
    own members. That takes rebuilding `members` (SQLite cannot drop a UNIQUE constraint),
    with foreign keys off as SQLite's procedure for it says, in one transaction. Sessions
    get a UUID; an article gets its content key (`core/exchange/keys.py`), by which the
    same article imported on another computer is found; an annotation records the key of
    its article and whether it waits for that article to be imported.
    """
    import uuid

    from desktop.core.exchange.keys import article_key

    columns = {row[1] for row in db.execute("PRAGMA table_info(members)").fetchall()}
    if "uuid" in columns:  # done already: the record of it was not written before a crash
        return
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "CREATE TABLE members_new (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
            "name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#e8a33d', created_at TEXT NOT NULL, "
            "origin TEXT)"
        )
        for member_id, name, colour, created in db.execute(
            "SELECT id, name, colour, created_at FROM members"
        ).fetchall():
            db.execute(
                "INSERT INTO members_new (id, uuid, name, colour, created_at) VALUES (?, ?, ?, ?, ?)",
                [member_id, str(uuid.uuid4()), name, colour, created],
            )
        db.execute("DROP TABLE members")
        db.execute("ALTER TABLE members_new RENAME TO members")
        db.execute("CREATE UNIQUE INDEX members_local_name ON members(name) WHERE origin IS NULL")
        db.execute("ALTER TABLE sessions ADD COLUMN uuid TEXT")
        for (session_id,) in db.execute("SELECT id FROM sessions").fetchall():
            db.execute("UPDATE sessions SET uuid = ? WHERE id = ?", [str(uuid.uuid4()), session_id])
        db.execute("CREATE UNIQUE INDEX sessions_uuid ON sessions(uuid)")
        db.execute("ALTER TABLE items ADD COLUMN content_key TEXT")
        for item_id, headline, body in db.execute(
            "SELECT id, headline, body FROM items"
        ).fetchall():
            db.execute(
                "UPDATE items SET content_key = ? WHERE id = ?",
                [article_key(headline, body), item_id],
            )
        db.execute("CREATE INDEX items_content_key ON items(content_key)")
        db.execute("ALTER TABLE annotations ADD COLUMN target_key TEXT")
        db.execute("ALTER TABLE annotations ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0")
        db.execute(
            "UPDATE annotations SET target_key = "
            "(SELECT content_key FROM items WHERE items.id = annotations.item_id)"
        )
        db.execute("CREATE INDEX annotations_waiting ON annotations(target_key) WHERE waiting = 1")
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign keys broken by the members rebuild: {problems[:3]}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@migrations(name="0008_trash")
def m0008(db: Database) -> None:
    # an issue deleted in the window goes to the 回收站 first: it stays whole (its items, and
    # the notes on them) until the trash is emptied, so it can be put back
    db.executescript(
        """
        ALTER TABLE issues ADD COLUMN trashed_at TEXT;
        CREATE INDEX issues_trashed ON issues(trashed_at) WHERE trashed_at IS NOT NULL;
        """
    )
