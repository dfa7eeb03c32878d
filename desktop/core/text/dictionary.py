"""jieba's dictionary as a read-only SQLite file: every word with its frequency and part of speech.

Built once from the dict.txt that jieba ships (349,046 words; with the prefixes
jieba's tokenizer also looks up, 498,113 entries; about 1.5 s and 10 MB) into
Yandu's cache folder, or carried prebuilt by a packaged Yandu
(`desktop/resources/dictionary/words.sqlite3`, made by packaging/build.py).
Opening it costs a millisecond; `words.py` looks up only the entries a text
needs. A file from another jieba or another format of this module is built again.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = "1"  # what the file holds and how; a file of another format is built again
FILE_NAME = "words.sqlite3"
_CHUNK = 500  # fragments per query (old SQLite builds allow 999 parameters)


@dataclass
class Dictionary:
    conn: sqlite3.Connection
    total: int  # the sum of all frequencies, as jieba's tokenizer needs it

    def lookup(self, fragments: Collection[str]) -> dict[str, tuple[int, str | None]]:
        """The entries among `fragments`: word -> (frequency, part of speech); a prefix of a word
        that is no word itself has frequency 0 and no part of speech. Used by one thread at a time."""
        wanted = list(fragments)
        found: dict[str, tuple[int, str | None]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for word, frequency, tag in self.conn.execute(
                f"SELECT word, freq, tag FROM words WHERE word IN ({marks})", chunk
            ):
                found[word] = (frequency, tag)
        return found


def source_dictionary() -> Path | None:
    """jieba's dict.txt, found without importing jieba."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    candidate = Path(spec.origin).parent / "dict.txt"
    return candidate if candidate.is_file() else None


def _stamp(source: Path) -> str:
    """What the dictionary file was built from: the size and time of jieba's dict.txt."""
    stat = source.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def open_dictionary() -> Dictionary:
    """The dictionary: carried by the package, else in the cache folder (built there first if it is
    missing or was built from another dict.txt), else built in memory (no cache folder)."""
    from desktop.paths import resources_dir

    bundled = resources_dir() / "dictionary" / FILE_NAME
    opened = _open(bundled, None) if bundled.is_file() else None
    if opened is not None:
        return opened
    source = source_dictionary()
    if source is None:
        raise FileNotFoundError("jieba's dictionary (dict.txt) is not installed")
    stamp = _stamp(source)
    try:
        from platformdirs import user_cache_path

        folder = user_cache_path("Yandu", appauthor=False)
        target = folder / FILE_NAME
        opened = _open(target, stamp) if target.is_file() else None
        if opened is not None:
            return opened
        folder.mkdir(parents=True, exist_ok=True)
        build(source, target)
        opened = _open(target, stamp)
        if opened is not None:
            return opened
    except (OSError, sqlite3.Error):
        log.warning("no dictionary file in the cache folder; building one in memory", exc_info=True)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(conn, source, stamp)
    return Dictionary(conn, _total(conn))


def _open(path: Path, stamp: str | None) -> Dictionary | None:
    """The dictionary at `path` if it is whole, of this format and (when `stamp` is given) built
    from that dict.txt; else None."""
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
    except sqlite3.Error:
        return None
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT or (stamp is not None and meta.get("source") != stamp):
            conn.close()
            return None
        return Dictionary(conn, int(meta["total"]))
    except (sqlite3.Error, KeyError, ValueError):
        conn.close()
        return None


def build(source: Path, target: Path) -> None:
    """Write the dictionary of `source` (jieba's dict.txt) to `target`, whole or not at all: it is
    written beside it and renamed, so that another process building it at the same time, or one
    reading it, never sees half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".words-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(temporary)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            _fill(conn, source, _stamp(source))
        finally:
            conn.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fill(conn: sqlite3.Connection, source: Path, stamp: str) -> None:
    """Read dict.txt as jieba's Tokenizer.gen_pfdict and POSTokenizer.load_word_tag read it: each
    line `word frequency tag`, the later line winning, and every prefix of a word an entry of
    frequency 0 unless it is a word itself."""
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            parts = line.strip().split(" ")
            if len(parts) < 2:
                continue
            word, frequency = parts[0], int(parts[1])
            frequencies[word] = frequency
            total += frequency
            if len(parts) >= 3:
                tags[word] = parts[2]
            for end in range(1, len(word)):
                frequencies.setdefault(word[:end], 0)
    with conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute(
            "CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL, tag TEXT) "
            "WITHOUT ROWID"
        )
        conn.executemany(
            "INSERT INTO words VALUES (?, ?, ?)",
            ((word, frequency, tags.get(word)) for word, frequency in sorted(frequencies.items())),
        )
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("format", FORMAT), ("source", stamp), ("total", str(total))],
        )


def _total(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()[0])
