"""Hostile files, each imported by a real `yandu import` as a user would run it.

The kinds the reliability issue found (zip bombs, a Word file of half a million
paragraphs, an element with 200,000 attributes, HTML nested 100,000 deep, a text
of over 10 MB in one node, a PDF of 50,000 pages or one page that draws
megabytes, entities that read a file outside or multiply, a folder whose links
lead out of it, names that would forge lines on a terminal), at the sizes found
(--quick: smaller, for CI). Each must be refused in one line or imported, in
under 5 s and under 400 MB (the command's peak or its reader process's, from
wait4), without a traceback, leaving nothing behind when refused, and reading
nothing outside what it was given (a marker kept outside never reaches the
library or the terminal).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from tests.conftest import SAMPLES
from tests.hostile_files import (
    BULLETIN,
    PARAGRAPH,
    PDF,
    MiB,
    billion_laughs,
    declare_size,
    document,
    docx_with,
    external_entity_docx,
    many_attributes,
    nested,
    pdf_of_pages,
    repeated,
    styles,
)

SECONDS = 5.0
MEGABYTES = 400
MARKER = "机密标记甲乙丙丁"
WALL = "要坚持稳中求进工作总基调。"


def _bomb(megabytes: int) -> Callable[[Path, Path], Path]:
    def build(folder: Path, secret: Path) -> Path:
        body = document(SAMPLES, repeated(PARAGRAPH, megabytes))
        return docx_with(folder / "bomb.docx", SAMPLES, {"word/document.xml": body})

    return build


def _styles_bomb(megabytes: int) -> Callable[[Path, Path], Path]:
    def build(folder: Path, secret: Path) -> Path:
        return docx_with(folder / "styles.docx", SAMPLES, {"word/styles.xml": styles(megabytes)})

    return build


def _paragraphs(count: int) -> Callable[[Path, Path], Path]:
    def build(folder: Path, secret: Path) -> Path:
        body = (PARAGRAPH.replace("要坚持", f"第{n}条") for n in range(count))
        return docx_with(
            folder / "long.docx", SAMPLES, {"word/document.xml": document(SAMPLES, body)}
        )

    return build


def _lying_directory(folder: Path, secret: Path) -> Path:
    body = document(SAMPLES, repeated(PARAGRAPH, 200))
    path = docx_with(folder / "liar.docx", SAMPLES, {"word/document.xml": body})
    head = b"".join(islice(document(SAMPLES, repeated(PARAGRAPH, 1)), 2))[:1024]
    declare_size(path, b"word/document.xml", 1024, zlib.crc32(head))
    return path


def _album(folder: Path, secret: Path) -> Path:
    noise = bytes(b"ACGT"[n % 4] for n in range(256))
    photos = {
        f"word/media/image{n}.png": (os.urandom(MiB).translate(noise) for _ in range(30))
        for n in range(5)
    }
    return docx_with(folder / "album.docx", SAMPLES, photos)


def _text(name: str, text: Callable[[], str]) -> Callable[[Path, Path], Path]:
    def build(folder: Path, secret: Path) -> Path:
        path = folder / name
        path.write_text(text(), "utf-8")
        return path

    return build


def _pages(count: int, declared: int | None = None) -> Callable[[Path, Path], Path]:
    def build(folder: Path, secret: Path) -> Path:
        return pdf_of_pages(folder / f"pages-{count}.pdf", count, declared)

    return build


def _drawing(folder: Path, secret: Path) -> Path:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter(clone_from=SAMPLES / PDF)
    font = next(iter(writer.pages[0]["/Resources"]["/Font"]))
    drawing = DecodedStreamObject()
    drawing.set_data(f"BT {font} 12 Tf 10 10 Td <0001> Tj ET\n".encode() * 200_000)
    writer.pages[0].replace_contents(drawing.flate_encode())
    path = folder / "drawing.pdf"
    writer.write(path)
    return path


def _external_entity(folder: Path, secret: Path) -> Path:
    return external_entity_docx(folder / "xxe.docx", SAMPLES, secret)


def _links_out(folder: Path, secret: Path) -> Path:
    shared = folder / "共享文件夹"
    shared.mkdir()
    (shared / BULLETIN).write_bytes((SAMPLES / BULLETIN).read_bytes())
    (shared / "passwd.txt").symlink_to(secret)
    (shared / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    (shared / "loop").symlink_to(shared, target_is_directory=True)
    return shared


def _forged_names(folder: Path, secret: Path) -> Path:
    named = folder / "名字"
    named.mkdir()
    forged = "x.pdf\nerror: everything: was deleted\x1b[2K\x1b[1A.txt"
    (named / forged).write_bytes((SAMPLES / BULLETIN).read_bytes())
    (named / "bad\rname\x07.pdf").write_bytes(b"%PDF-1.4 nothing here")
    return named


def kinds(quick: bool) -> list[tuple[str, Callable[[Path, Path], Path]]]:
    """(what it is, how to build it): at the sizes the issue found, or smaller for CI."""
    big = 64 if quick else 1024
    found = [
        (f"docx: {big} MB document.xml zipped", _bomb(big)),
        (f"docx: {big} MB styles.xml zipped", _styles_bomb(big)),
        ("docx: a part 1000 to 1", _bomb(20)),
        ("docx: a zip directory that lies", _lying_directory),
        (f"docx: {100 if quick else 500}k paragraphs", _paragraphs(100_000 if quick else 500_000)),
        ("docx: an entity reading a file outside", _external_entity),
        (
            f"html: {50 if quick else 200}k attributes",
            _text("attributes.html", lambda: many_attributes(50_000 if quick else 200_000)),
        ),
        ("html: nested 100,000 deep", _text("deep.html", lambda: nested(100_000))),
        (
            "html: 11 MB in one text node",
            _text("wall.html", lambda: f"<html><body><p>{WALL * 300_000}</p></body></html>"),
        ),
        ("html: entities that multiply", _text("laughs.html", billion_laughs)),
        ("md: 11 MB in one paragraph", _text("wall.md", lambda: "### 标题\n\n" + WALL * 300_000)),
        (f"pdf: {5 if quick else 50},000 pages", _pages(5_000 if quick else 50_000)),
        ("pdf: a page tree that understates", _pages(2_000 if quick else 5_000, declared=1)),
        ("pdf: a page that draws 8 MB", _drawing),
        ("folder: links out of it", _links_out),
        ("folder: names with newlines and escapes", _forged_names),
    ]
    if not quick:
        found.append(("docx: parts that together unpack to 150 MB", _album))
    return found


# A process's peak (wait4's ru_maxrss) starts from its parent's size when it was forked, and the
# campaign's own process is large by now. So the imports are started by this small launcher,
# started fresh: what it reports is the import's own peak, or its reader process's.
LAUNCHER = """
import json, os, subprocess, sys, threading, time
for line in sys.stdin:
    command, environment, out, err = json.loads(line)
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=environment)
        timer = threading.Timer(60, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = code = os.waitstatus_to_exitcode(status)
    print(json.dumps([time.monotonic() - started, usage.ru_maxrss // 1024, code]), flush=True)
"""


class Launcher:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()

    def run(self, database: Path, target: Path) -> tuple[float, int, int, str, str]:
        """`yandu import target`: seconds, peak resident MB, exit code, stdout, stderr."""
        environment = {
            **os.environ,
            "XDG_CONFIG_HOME": str(database.parent / "config"),
            "XDG_DATA_HOME": str(database.parent / "data"),
            "XDG_STATE_HOME": str(database.parent / "state"),
        }
        out, err = database.parent / "out.txt", database.parent / "err.txt"
        command = [sys.executable, "-m", "desktop", "--db", str(database), "import", str(target)]
        assert self.process.stdin is not None and self.process.stdout is not None
        request = [command, environment, str(out), str(err)]
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        seconds, megabytes, code = json.loads(self.process.stdout.readline())
        stdout = out.read_bytes().decode("utf-8", "replace")
        stderr = err.read_bytes().decode("utf-8", "replace")
        return seconds, megabytes, code, stdout, stderr


def run(folder: Path, quick: bool = False) -> dict:
    import sqlite3

    outside = folder / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(f"{MARKER}\n\n要严格保密，{MARKER}不得外传。\n", "utf-8")
    made = folder / "files"
    made.mkdir()
    inputs = crashes = hangs = heavy = partial = integrity = leaks = 0
    slowest, biggest = ("", 0.0), ("", 0)
    launcher = Launcher()
    for number, (what, build) in enumerate(kinds(quick)):
        place = made / f"{number:02d}"
        place.mkdir()
        target = build(place, secret)
        database = place / "library.sqlite3"
        inputs += 1
        seconds, megabytes, code, stdout, stderr = launcher.run(database, target)
        errors = [line for line in stderr.splitlines() if line.strip()]
        failed_lines = [line for line in errors if line.startswith("error: ")]
        crashed = "Traceback" in stderr or code not in (0, 1) or len(failed_lines) != len(errors)
        crashes += crashed
        hangs += seconds > SECONDS
        heavy += megabytes > MEGABYTES
        if seconds > slowest[1]:
            slowest = (what, seconds)
        if megabytes > biggest[1]:
            biggest = (what, megabytes)
        if database.exists():
            with sqlite3.connect(database) as conn:
                integrity += conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
                issues = conn.execute("SELECT COUNT(*) FROM issues").fetchone()[0]
                imported = stdout.count("imported: ")
                partial += issues != imported
            stored = b"".join(
                path.read_bytes() for path in place.glob("library.sqlite3*") if path.is_file()
            )
        else:
            stored = b""
        leaks += MARKER.encode() in stored or MARKER in stdout + stderr
        print(
            f"  {what}: exit {code}, {seconds:.1f} s, {megabytes} MB"
            + (f" — {errors[0][:160]}" if errors else ""),
            file=sys.stderr,
            flush=True,
        )
    launcher.close()
    return {
        "campaign": "hostile files",
        "inputs": inputs,
        "crashes": crashes,
        "hangs": hangs,
        "over 400 MB": heavy,
        "partial imports": partial,
        "integrity failures": integrity,
        "read outside": leaks,
        "note": f"slowest {slowest[1]:.1f} s ({slowest[0]}); largest {biggest[1]} MB ({biggest[0]})",
    }
