"""Merging a study group's notes: 30 members' files of 200 annotations each, into one library.

The files are real exports: one member annotates the sample bulletins 200 times (quotes taken
along their directives and phrases) and exports; each of the 30 members' files is that export
with the member's own identity and the annotations' own ids, as 30 computers would write them.
Measured: `library.exchange.merge` of all 30 into a library holding the same bulletins (every
annotation placed by content key and re-anchored). Target: under 2 seconds. Also printed: the
second pass over the same files (nothing changes), as the shared folder's reading at every start.
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from pathlib import Path

from bench.corpus import SAMPLES
from desktop.core.library import Library

FILES = ["kaifaqu-bulletin-2020-07.txt", "xinwenlianbo/20240126.md", "xinwenlianbo/20241016.md"]


def _template(folder: Path, per_member: int) -> dict:
    library = Library.open(folder / "source.sqlite3")
    library.import_paths([SAMPLES / name for name in FILES])
    member = library.members.add("模板")
    made = 0
    items = library.db.execute("SELECT id, body FROM items WHERE length(body) > 200").fetchall()
    while made < per_member:
        for item_id, body in items:
            if made == per_member:
                break
            at = (made * 37) % (len(body) - 12)
            library.annotations.create(item_id, at, at + 8, member.id, comment=f"批注{made}")
            made += 1
    path = folder / "template.jsonld"
    library.exchange.export(member.id, path)
    library.close()
    return json.loads(path.read_text("utf-8"))


def _member_file(template: dict, number: int, folder: Path) -> Path:
    member = f"urn:uuid:{uuid.uuid4()}"
    document = json.loads(json.dumps(template))
    document["id"] = f"{member}:notes"
    document["creator"].update(id=member, name=f"成员{number:02d}")
    for annotation in document["first"]["items"]:
        annotation["id"] = f"urn:uuid:{uuid.uuid4()}"
        annotation["creator"] = member
    path = folder / f"member-{number:02d}.jsonld"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def run(members: int = 30, per_member: int = 200) -> dict:
    with tempfile.TemporaryDirectory(prefix="yandu-bench-exchange-") as name:
        folder = Path(name)
        template = _template(folder, per_member)
        paths = [_member_file(template, n, folder) for n in range(members)]
        library = Library.open(folder / "secretary.sqlite3")
        library.import_paths([SAMPLES / name for name in FILES])
        started = time.perf_counter()
        merged = [library.exchange.merge(path) for path in paths]
        first = time.perf_counter() - started
        started = time.perf_counter()
        for path in paths:
            library.exchange.merge(path)
        again = time.perf_counter() - started
        placed = library.db.one(
            "SELECT COUNT(*) FROM annotations WHERE item_id IS NOT NULL AND orphan = 0"
        )
        library.close()
    return {
        "members": members,
        "annotations": sum(m.counts.get("added", 0) for m in merged),
        "placed": placed,
        "first_s": first,
        "again_s": again,
        "met": first < 2.0,
    }


def report(result: dict) -> str:
    return (
        f"exchange: {result['members']} members' files, {result['annotations']} annotations "
        f"({result['placed']} placed) merged in {result['first_s']:.2f} s (target < 2 s, "
        f"{'met' if result['met'] else 'MISSED'}); read again, nothing to change: "
        f"{result['again_s']:.2f} s"
    )


if __name__ == "__main__":
    print(report(run()))
