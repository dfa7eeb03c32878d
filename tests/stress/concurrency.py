"""Several writers on one library at once, as a study group's machines and windows meet them.

Each scenario runs real `yandu` processes (or two library connections, as two
windows have) and counts what a user would see: an error that says the library
is locked (or any failed command), and a write that was acknowledged but is not
there afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "kaifaqu-bulletin-2020-07.txt"
HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _yandu(database: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(database), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(runs: list[subprocess.Popen]) -> list[tuple[int, str, str]]:
    done = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        done.append((run.returncode, out, err))
    return done


def _variants(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir(parents=True)
    text = SAMPLE.read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"{tag}-{number:02d}.txt").write_text(
            f"第{number + 1}号（{tag}）。\n\n" + text, encoding="utf-8"
        )
    return folder


def _count(database: Path, sql: str) -> int:
    import sqlite3

    with sqlite3.connect(database) as conn:
        return int(conn.execute(sql).fetchone()[0])


def two_importers(folder: Path, files: int) -> tuple[int, int]:
    database = folder / "two.sqlite3"
    _finish([_yandu(database, "issues")])
    runs = [
        _yandu(database, "import", str(_variants(folder / name, files, name)))
        for name in ("a", "b")
    ]
    done = _finish(runs)
    shown = sum(code != 0 or "locked" in err for code, _out, err in done)
    acknowledged = sum(out.count("imported:") for _code, out, _err in done)
    lost = acknowledged - _count(database, "SELECT COUNT(*) FROM issues")
    return shown, max(0, lost) + (2 * files - acknowledged)


def held_lock(folder: Path, seconds: float) -> tuple[int, int]:
    database = folder / "held.sqlite3"
    _finish([_yandu(database, "import", str(SAMPLE))])
    _finish([_yandu(database, "annotate", "1", "--quote", "钉钉子", "--member", "张三")])
    shown = lost = 0
    for command in (
        ("reflect", "--member", "张三", "--item", "1", "--text", "等锁时写下"),
        ("annotate", "1", "--quote", "红线", "--member", "张三", "--comment", "等锁"),
        ("undo", "--member", "张三"),
    ):
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(database), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None
        holder.stdout.readline()
        [(code, _out, err)] = _finish([_yandu(database, *command)])
        holder.wait(timeout=60)
        holder.stdout.close()
        shown += code != 0 or "locked" in err
    reflection = _count(database, "SELECT COUNT(*) FROM reflections WHERE text = '等锁时写下'")
    lost += reflection != 1
    lost += _count(database, "SELECT COUNT(*) FROM annotations WHERE deleted = 0") != 1
    return shown, lost


def import_while_annotating(folder: Path, files: int, notes: int) -> tuple[int, int]:
    database = folder / "busy.sqlite3"
    _finish([_yandu(database, "import", str(SAMPLE))])
    importer = _yandu(database, "import", str(_variants(folder / "c", files, "c")))
    shown = acknowledged = 0
    for number in range(notes):
        [(code, out, err)] = _finish(
            [_yandu(database, "annotate", "1", "--quote", "钉钉子", "--member", f"成员{number}")]
        )
        shown += code != 0 or "locked" in err
        acknowledged += out.startswith("annotation ")
    [(code, out, err)] = _finish([importer])
    shown += code != 0 or "locked" in err
    lost = acknowledged - _count(database, "SELECT COUNT(*) FROM annotations")
    lost += out.count("imported:") + 1 - _count(database, "SELECT COUNT(*) FROM issues")
    return shown, max(0, lost)


def backup_and_export_while_importing(folder: Path, files: int) -> tuple[int, int]:
    """A backup and an export taken while another process imports: both succeed, the backup is a
    whole library, and the import loses nothing."""
    import sqlite3

    database = folder / "busy.sqlite3"
    _finish([_yandu(database, "import", str(SAMPLE))])
    _finish([_yandu(database, "annotate", "1", "--quote", "钉钉子", "--member", "张三")])
    importer = _yandu(database, "import", str(_variants(folder / "d", files, "d")))
    notes = folder / "笔记.docx"
    backup, export = _finish(
        [
            _yandu(database, "backup"),
            _yandu(database, "export", "docx", "-o", str(notes), "--member", "张三"),
        ]
    )
    [(code, out, err)] = _finish([importer])
    shown = sum(c != 0 or "locked" in e for c, _o, e in (backup, export, (code, out, err)))
    lost = out.count("imported:") + 1 - _count(database, "SELECT COUNT(*) FROM issues")
    lost += not notes.exists()
    made = Path(backup[1].split("backup: ", 1)[-1].strip()) if backup[0] == 0 else None
    if made is None or not made.exists():
        lost += 1
    else:
        with sqlite3.connect(made) as conn:
            lost += conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
            lost += conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] != 1
    return shown, max(0, lost)


def two_windows(folder: Path) -> tuple[int, int]:
    """Two windows on one reflection: each saves with what it loaded; neither text is lost."""
    from desktop.core.library import Library

    database = folder / "windows.sqlite3"
    first = Library.open(database)
    first.import_file(SAMPLE)
    member = first.members.ensure("张三")
    second = Library.open(database)
    try:
        loaded = first.reflections.get(member.id, item_id=1)
        first.reflections.save(member.id, "甲窗口写的", item_id=1, based_on=loaded)
        second.reflections.save(member.id, "乙窗口写的", item_id=1, based_on=loaded)
        stored = first.reflections.get(member.id, item_id=1)
    finally:
        first.close()
        second.close()
    return 0, int(not ("甲窗口写的" in stored and "乙窗口写的" in stored))


def run(folder: Path, quick: bool) -> dict:
    files, notes, seconds = (4, 4, 1.5) if quick else (12, 30, 3.0)
    started = time.monotonic()
    results = {
        "two importers at once": two_importers(folder / "1", files),
        f"a writer holding the lock {seconds:g} s": held_lock(folder / "2", seconds),
        "import while another process annotates": import_while_annotating(
            folder / "3", files, notes
        ),
        "two windows on one reflection": two_windows(folder / "4"),
        "backup and export while another process imports": backup_and_export_while_importing(
            folder / "5", files
        ),
    }
    failed = [name for name, (shown, lost) in results.items() if shown or lost]
    return {
        "campaign": "concurrency scenarios",
        "inputs": len(results),
        "lock errors shown": sum(shown for shown, _lost in results.values()),
        "acknowledged writes lost": sum(lost for _shown, lost in results.values()),
        "note": (f"failed: {json.dumps(failed, ensure_ascii=False)}; " if failed else "")
        + f"{time.monotonic() - started:.0f} s",
    }
