"""Two writers on one library: the second waits its turn; nothing is lost, nobody sees "locked"."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.cli.test_cli import yandu

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def _issues(folder, text: str, count: int, tag: str) -> None:
    """`count` different issues: the sample bulletin, each with its own first sentence."""
    folder.mkdir()
    for number in range(count):
        variant = f"第{number + 1}号通报（{tag}）。\n\n" + text
        (folder / f"{tag}-{number:02d}.txt").write_text(variant, encoding="utf-8")


def test_two_importers_at_once_lose_no_file(tmp_path, samples):
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    _issues(tmp_path / "a", text, 12, "甲")
    _issues(tmp_path / "b", text, 12, "乙")
    db = tmp_path / "lib.sqlite3"
    assert yandu("issues", db=db).returncode == 0  # the library exists before both start
    command = [sys.executable, "-m", "desktop", "--db", str(db), "import"]
    runs = [
        subprocess.Popen(
            [*command, str(tmp_path / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err and "error" not in err
        assert out.count("imported:") == 12
    listed = yandu("issues", "--json", db=db)
    assert len(__import__("json").loads(listed.stdout)) == 24


HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO meta (key, value) VALUES ('held', '1')")
print("holding", flush=True)
time.sleep(3)
conn.execute("COMMIT")
"""


def test_notes_wait_for_a_writer_that_holds_the_library_for_three_seconds(tmp_path, samples):
    db = tmp_path / "lib.sqlite3"
    assert yandu("import", str(samples / KAIFAQU), db=db).returncode == 0
    assert yandu("annotate", "1", "--quote", "钉钉子", "--member", "张三", db=db).returncode == 0
    for command in (
        ("reflect", "--member", "张三", "--item", "1", "--text", "等一等也要存下"),
        ("annotate", "1", "--quote", "红线", "--member", "张三", "--comment", "等锁"),
        ("undo", "--member", "张三"),
    ):
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        run = yandu(*command, db=db)
        waited = time.monotonic() - started
        holder.wait(timeout=30)
        holder.stdout.close()
        assert run.returncode == 0, (command, run.stderr)
        assert run.stderr == ""
        assert waited > 1.5  # it waited for the lock rather than failing at once
        with __import__("sqlite3").connect(db) as check:
            check.execute("DELETE FROM meta WHERE key = 'held'")
    from desktop.core.library import Library

    library = Library.open(db)
    try:
        zhang = library.members.named("张三")
        assert library.reflections.get(zhang.id, item_id=1) == "等一等也要存下"
        notes = library.annotations.find(member_id=zhang.id)
        assert [a.quote for a in notes] == ["钉钉子"]  # the second note was made, then undone
    finally:
        library.close()
