"""Fuzzed variants of the sample bulletins, imported one after another into one library.

Each variant is a sample (every format Yandu reads) with seeded damage: bytes
flipped, the file cut short, random bytes inserted, a stretch repeated or
removed; a .docx also has the XML inside it damaged and zipped again, a text
file is also re-encoded first. What is counted: a crash (an exception out of
the import, which must never raise for a bad file), a hang (over 5 s for one
file), a partial import (a refused file that left rows behind, or an issue with
no stories), and the library's integrity at the end.
"""

from __future__ import annotations

import io
import random
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import SAMPLES

HANG_SECONDS = 5.0


def originals() -> list[Path]:
    return sorted(
        path
        for path in SAMPLES.rglob("*")
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".docx", ".pdf")
    )


def _damage(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    kind = rng.choice(("flip", "cut", "insert", "repeat", "remove"))
    buffer = bytearray(data)
    at = rng.randrange(len(buffer))
    if kind == "flip":
        for _ in range(rng.randint(1, 32)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif kind == "cut":
        del buffer[at:]
    elif kind == "insert":
        buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 512)))
    elif kind == "repeat":
        stretch = buffer[at : at + rng.randint(1, 4096)]
        buffer[at:at] = stretch * rng.randint(2, 50)
    else:
        del buffer[at : at + rng.randint(1, 4096)]
    return bytes(buffer)


def _damage_docx(data: bytes, rng: random.Random) -> bytes:
    """The Word file's XML damaged, the zip itself intact: the reader's parser meets it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        victims = [n for n in source.namelist() if n.endswith(".xml")]
        victim = rng.choice(victims)
        for name in source.namelist():
            member = source.read(name)
            target.writestr(name, _damage(member, rng) if name == victim else member)
    return out.getvalue()


def variants(count: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """`count` (name, bytes) pairs, the same for the same seed."""
    rng = random.Random(seed)
    sources = [(path, path.read_bytes()) for path in originals()]
    for number in range(count):
        path, data = sources[number % len(sources)]
        if path.suffix == ".docx" and rng.random() < 0.5:
            damaged = _damage_docx(data, rng)
        elif path.suffix in (".txt", ".md") and rng.random() < 0.3:
            encoding = rng.choice(("gb18030", "utf-16", "big5"))
            text = data.decode("utf-8", errors="replace")
            damaged = _damage(text.encode(encoding, errors="replace"), rng)
        else:
            damaged = _damage(data, rng)
        yield f"fuzz-{number:05d}{path.suffix}", damaged


def run(folder: Path, count: int, seed: int) -> dict:
    from desktop.core.library import Library

    inputs = crashes = hangs = partial = 0
    slowest = 0.0
    library = Library.open(folder / "fuzz.sqlite3")
    try:
        for name, data in variants(count, seed):
            path = folder / name
            path.write_bytes(data)
            inputs += 1
            before = _rows(library)
            started = time.monotonic()
            try:
                result = library.import_file(path)
            except Exception:  # noqa: BLE001 - what the campaign counts
                crashes += 1
                continue
            finally:
                path.unlink()
            took = time.monotonic() - started
            slowest = max(slowest, took)
            hangs += took > HANG_SECONDS
            after = _rows(library)
            if result.failed and after != before:
                partial += 1
            elif not result.failed and _empty_issues(library):
                partial += 1
        integrity = library.db.one("PRAGMA integrity_check")
    finally:
        library.close()
    return {
        "campaign": f"fuzzed files (seed {seed})",
        "inputs": inputs,
        "crashes": crashes,
        "hangs": hangs,
        "partial imports": partial,
        "integrity failures": int(integrity != "ok"),
        "note": f"slowest file {slowest:.1f} s",
    }


def _rows(library) -> tuple:
    return tuple(
        library.db.one(f"SELECT COUNT(*) FROM {table}")
        for table in ("issues", "items", "directives", "phrases", "people")
    )


def _empty_issues(library) -> int:
    return int(
        library.db.one(
            "SELECT COUNT(*) FROM issues WHERE NOT EXISTS "
            "(SELECT 1 FROM items WHERE items.issue_id = issues.id)"
        )
    )
