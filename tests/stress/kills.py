"""SIGKILL at random moments while a process writes, then an audit of every acknowledged write.

The writer (a child process using the library as the window does) highlights,
comments, writes reflections, undoes and imports in a loop. Before each write it
prints what it will write (TRY), after the commit returns what it wrote (ACK).
The parent kills it at a random moment, opens the library, runs SQLite's
integrity check and checks every acknowledged write: a note acknowledged is
there with its last acknowledged comment (or one tried after it), a reflection
holds its last acknowledged text (or one tried after it), an imported issue is
there whole.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SAMPLES

WRITER = r"""
import json, random, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from desktop.core.library import Library

library = Library.open(Path(sys.argv[1]))
rng = random.Random(int(sys.argv[2]))
samples = Path(sys.argv[4])
member = library.members.ensure("压力测试")
items = [item.id for issue in library.issues() for item in library.issue(issue.id).items
         if item.body]

def say(*fields):
    print(json.dumps(fields, ensure_ascii=False), flush=True)

tag = sys.argv[2]  # values unique across writers: "r<writer>-<step>"
step = 0
while True:
    step += 1
    kind = rng.choice(("note", "comment", "reflect", "undo", "import"))
    if kind == "note" or not items:
        item = rng.choice(items)
        body = library.item(item).body
        start = rng.randrange(0, max(1, len(body) - 10))
        say("TRY", "note", step)
        note = library.annotations.create(item, start, start + 5, member.id, comment=f"c{tag}-{step}")
        say("ACK", "note", note.id, f"c{tag}-{step}")
    elif kind == "comment":
        notes = library.annotations.find(member_id=member.id)
        if notes:
            note = rng.choice(notes)
            # what the note held before is said too: its creation may have been committed
            # by a writer killed before it could acknowledge it, and an undo can bring it back
            say("TRY", "comment", note.id, f"e{tag}-{step}", note.comment)
            library.annotations.update(note.id, member.id, comment=f"e{tag}-{step}")
            say("ACK", "comment", note.id, f"e{tag}-{step}")
    elif kind == "reflect":
        item = rng.choice(items)
        say("TRY", "reflect", item, f"r{tag}-{step}", library.reflections.get(member.id, item_id=item))
        library.reflections.save(member.id, f"r{tag}-{step}", item_id=item)
        say("ACK", "reflect", item, f"r{tag}-{step}")
    elif kind == "undo":
        say("TRY", "undo", step)
        library.undo_log.undo(member.id)
        say("ACK", "undo", step)
    else:
        text = (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
        path = Path(sys.argv[1]).parent / f"kill-{tag}-{step}.txt"
        path.write_text(f"第{tag}-{step}期压力测试。\n\n" + text, encoding="utf-8")
        say("TRY", "import", step)
        result = library.import_file(path)
        say("ACK", "import", result.issue_id, result.item_count)
"""


def _audit(library, lines: list[list]) -> list[str]:
    """The acknowledged writes that are missing or hold a value never written, described."""
    lost: list[str] = []
    allowed: dict[int, set] = {}  # per note: the comments it may hold now
    ever: dict[int, set] = {}  # per note: every comment it was given
    reflections: dict[int, set] = {}
    for fields in lines:
        state, kind = fields[0], fields[1]
        if kind == "note" and state == "ACK":
            allowed[fields[2]] = {fields[3]}
            ever[fields[2]] = {fields[3]}
        elif kind == "comment":
            note, value = fields[2], fields[3]
            if state == "ACK":
                allowed[note] = set()
            if state == "TRY" and note not in allowed:  # a note never acknowledged: a write
                allowed[note] = {fields[4]}  # tried on it may not have happened
            allowed.setdefault(note, set()).add(value)
            ever.setdefault(note, set()).add(value)
            if state == "TRY":
                ever[note].add(fields[4])  # the value it held when read
        elif kind == "undo":  # an undo takes some note back to any value it had
            for note in allowed:
                allowed[note] |= ever[note]
        elif kind == "reflect":
            place, value = fields[2], fields[3]
            if state == "ACK":
                reflections[place] = set()
            elif place not in reflections:  # never acknowledged: the try may not have happened
                reflections[place] = {fields[4]}
            reflections.setdefault(place, set()).add(value)
        elif kind == "import" and state == "ACK":
            issue, count = fields[2], fields[3]
            stored = library.db.one("SELECT COUNT(*) FROM items WHERE issue_id = ?", [issue])
            if stored != count:
                lost.append(f"issue {issue}: {stored} items stored, {count} acknowledged")
    member = library.members.ensure("压力测试")
    for note_id, values in allowed.items():
        row = library.db.execute(
            "SELECT comment FROM annotations WHERE id = ?", [note_id]
        ).fetchone()
        if row is None or row[0] not in values:
            held = "gone" if row is None else repr(row[0])
            lost.append(f"note {note_id}: {held}, acknowledged {sorted(values)}")
    for item, values in reflections.items():
        held = library.reflections.get(member.id, item_id=item)
        if held not in values:
            lost.append(f"reflection on item {item}: {held!r}, acknowledged {sorted(values)}")
    return lost


def run(folder: Path, kills: int, seed: int) -> dict:
    from desktop.core.library import Library

    database = folder / "kills.sqlite3"
    library = Library.open(database)
    library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
    library.close()
    rng = random.Random(seed)
    root = str(Path(__file__).resolve().parents[2])
    integrity = acknowledged = 0
    lost: list[str] = []
    history: list[list] = []
    for number in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(database), str(seed * 1000 + number), root,
             str(SAMPLES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        time.sleep(0.3 + rng.random() * 1.2)  # start-up, then some writes
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        for line in out.splitlines():
            try:
                history.append(json.loads(line))
            except json.JSONDecodeError:
                pass  # the line the kill cut short
        acknowledged = sum(1 for fields in history if fields[0] == "ACK")
        library = Library.open(database)
        try:
            integrity += library.db.one("PRAGMA integrity_check") != "ok"
            lost = _audit(library, history)
        finally:
            library.close()
    return {
        "campaign": f"SIGKILL during writes (seed {seed})",
        "inputs": kills,
        "integrity failures": integrity,
        "acknowledged writes lost": len(lost),
        "note": f"{acknowledged} writes acknowledged" + "".join(f"; {what}" for what in lost),
    }
