"""The `yandu` command as a user runs it: one line per file, JSON where listed, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys


def yandu(*args, db=None, env=None):
    environment = {**os.environ, **(env or {})}
    if db is not None:  # keep the user's settings and data folders out of it
        environment.setdefault("XDG_CONFIG_HOME", str(db.parent / "config"))
        environment.setdefault("XDG_DATA_HOME", str(db.parent / "data"))
    command = [sys.executable, "-m", "desktop"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        command + list(args), capture_output=True, text=True, encoding="utf-8", env=environment
    )


def test_import_folder_reports_each_file_and_fails_for_the_bad_one(tmp_path, samples):
    folder = tmp_path / "简报"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing here")
    db = tmp_path / "lib.sqlite3"
    run = yandu("import", str(folder), db=db)
    assert run.returncode == 1
    assert run.stdout.count("\n") == 1 and "imported:" in run.stdout and "3 items" in run.stdout
    errors = run.stderr.strip().splitlines()
    assert errors == [
        line for line in errors if line.startswith(f"error: {folder / 'broken.pdf'}: ")
    ]
    assert len(errors) == 1 and "Traceback" not in run.stderr


def test_import_missing_path_is_one_line_and_nonzero(tmp_path):
    run = yandu("import", str(tmp_path / "nope.txt"), db=tmp_path / "lib.sqlite3")
    assert run.returncode == 1
    assert run.stderr == f"error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_issues_show_and_search_json(tmp_path, samples):
    db = tmp_path / "lib.sqlite3"
    assert yandu("import", str(samples / "kaifaqu-bulletin-2020-07.txt"), db=db).returncode == 0
    issues = json.loads(yandu("issues", "--json", db=db).stdout)
    assert [(i["id"], i["date"], i["items"]) for i in issues] == [(1, "2020-07", 3)]
    shown = json.loads(yandu("show", "1", "--json", db=db).stdout)
    assert set(shown) >= {"id", "title", "date", "source", "items"}
    assert [
        set(item) >= {"id", "kind", "kicker", "headline", "subhead", "paragraphs"}
        for item in shown["items"]
    ] == [True] * 3
    assert shown["items"][1]["kind"] == "caption"
    hits = json.loads(yandu("search", "三管三必须", "--json", db=db).stdout)
    assert [(h["item_id"], h["issue_id"]) for h in hits] == [(shown["items"][0]["id"], 1)]
    assert "三管三必须" in hits[0]["snippet"]


def test_show_unknown_issue(tmp_path):
    run = yandu("show", "42", db=tmp_path / "lib.sqlite3")
    assert run.returncode == 1
    assert run.stderr.startswith("error: issue 42: ") and run.stderr.count("\n") == 1


def test_yandu_db_environment_variable_chooses_the_library(tmp_path, samples):
    db = tmp_path / "from-env.sqlite3"
    env = {
        "YANDU_DB": str(db),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    run = yandu("import", str(samples / "xinwenlianbo" / "20241016.md"), env=env)
    assert run.returncode == 0 and db.exists()
    assert "14 items" in run.stdout


def test_newer_library_is_refused_with_a_message(tmp_path):
    import sqlite3

    db = tmp_path / "lib.sqlite3"
    yandu("issues", db=db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    run = yandu("issues", db=db)
    assert run.returncode == 1 and "newer Yandu" in run.stderr and "Traceback" not in run.stderr


def test_edit_corrects_title_and_date(tmp_path, samples):
    db = tmp_path / "lib.sqlite3"
    yandu("import", str(samples / "kaifaqu-bulletin-2020-07.txt"), db=db)
    assert yandu("edit", "1", "--title", "开发区报", "--date", "2020-07-20", db=db).returncode == 0
    assert json.loads(yandu("issues", "--json", db=db).stdout)[0]["title"] == "开发区报"
    bad = yandu("edit", "1", "--date", "yesterday", db=db)
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr


def test_gui_screenshot_is_a_1400x900_png(tmp_path):
    from PySide6.QtGui import QImage

    shot = tmp_path / "window.png"
    run = yandu(
        "gui",
        "--screenshot",
        str(shot),
        db=tmp_path / "lib.sqlite3",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1400, 900)
    # first start put the sample in the library
    issues = json.loads(yandu("issues", "--json", db=tmp_path / "lib.sqlite3").stdout)
    assert [i["title"] for i in issues] == ["kaifaqu-bulletin-2020-07"]


def test_directives_phrases_and_people_on_the_command_line(tmp_path, samples):
    db = tmp_path / "lib.sqlite3"
    yandu("import", str(samples / "kaifaqu-bulletin-2020-07.txt"), db=db)
    shown = json.loads(yandu("show", "1", "--json", db=db).stdout)
    bodies = {item["id"]: "\n".join(item["paragraphs"]) for item in shown["items"]}
    directives = json.loads(yandu("directives", "1", "--json", db=db).stdout)
    assert directives and all(
        set(d) == {"item_id", "start", "end", "text", "kind", "speaker", "cue", "attribution"}
        for d in directives
    )
    for d in directives:
        assert bodies[d["item_id"]][d["start"] : d["end"]] == d["text"]
    assert {d["kind"] for d in directives} == {"requirement", "statement"}
    phrases = json.loads(yandu("phrases", "--json", db=db).stdout)
    assert {"text": "三管三必须", "count": 1, "issues": 1} in phrases
    by_speaker = json.loads(yandu("directives", "--speaker", "臧晓鹏", "--json", db=db).stdout)
    assert by_speaker and all(d["speaker"] == "臧晓鹏" for d in by_speaker)
    people = json.loads(yandu("people", "--json", db=db).stdout)
    assert people[0]["name"] == "李淑侠" and people[0]["titles"] == ["开发区党工委副书记"]
    missing = yandu("directives", db=db)
    assert missing.returncode == 1 and missing.stderr.startswith("error: directives: ")


def test_search_limit_must_be_positive(tmp_path):
    run = yandu("search", "安全", "--limit", "0", db=tmp_path / "lib.sqlite3")
    assert run.returncode == 2 and "must be 1 or more" in run.stderr


def test_annotate_list_delete_undo_on_the_command_line(tmp_path, samples):
    db = tmp_path / "lib.sqlite3"
    yandu("import", str(samples / "kaifaqu-bulletin-2020-07.txt"), db=db)
    made = yandu(
        "annotate",
        "1",
        "--quote",
        "三管三必须",
        "--member",
        "张三",
        "--comment",
        "记住",
        "--tag",
        "安全",
        "--tag",
        "责任",
        "--category",
        "重点",
        db=db,
    )
    assert made.returncode == 0, made.stderr
    listed = json.loads(yandu("annotations", "1", "--json", db=db).stdout)
    assert listed == [
        {
            "id": 1,
            "item_id": 1,
            "member": "张三",
            "quote": "三管三必须",
            "comment": "记住",
            "color": "#ffd54f",
            "category": "重点",
            "tags": ["安全", "责任"],
            "session": None,
            "start": listed[0]["start"],
            "end": listed[0]["start"] + 5,
            "orphan": False,
            "placement": None,
            "item_title": None,
        }
    ]
    missing = yandu("annotate", "1", "--quote", "没有这句话", "--member", "张三", db=db)
    assert missing.returncode == 1 and missing.stderr.startswith("error: item 1: ")
    assert yandu("unannotate", "1", "--member", "张三", db=db).returncode == 0
    assert json.loads(yandu("annotations", "--json", db=db).stdout) == []
    assert "undo: annotation 1" in yandu("undo", "--member", "张三", db=db).stdout
    assert len(json.loads(yandu("annotations", "--member", "张三", "--json", db=db).stdout)) == 1
    session = yandu(
        "session-add",
        "7月学习会",
        "--when",
        "2020-07-20 09:00",
        "--host",
        "王书记",
        "--attendee",
        "张三",
        "--absent",
        "赵五:出差",
        "--item",
        "1",
        db=db,
    )
    assert session.returncode == 0
    sessions = json.loads(yandu("sessions", "--json", db=db).stdout)
    assert sessions[0]["absentees"] == [{"name": "赵五", "reason": "出差"}] and sessions[0][
        "items"
    ] == [1]
    assert (
        yandu(
            "reflect", "--member", "张三", "--session", "1", "--text", "收获很大", db=db
        ).returncode
        == 0
    )
    assert {m["name"] for m in json.loads(yandu("members", "--json", db=db).stdout)} == {
        "张三",
        "王书记",
        "赵五",
    }


def test_categories_are_editable(tmp_path):
    db = tmp_path / "lib.sqlite3"
    defaults = json.loads(yandu("categories", "--json", db=db).stdout)
    assert [c["name"] for c in defaults] == ["重点", "疑问", "落实"]
    yandu("categories", "--set", "学习", "#ce93d8", "--remove", "疑问", db=db)
    assert [c["name"] for c in json.loads(yandu("categories", "--json", db=db).stdout)] == [
        "重点",
        "落实",
        "学习",
    ]


def test_directives_why_says_what_marked_each_and_whose_it_is(tmp_path, shared):
    """--why prints the cue and how the speaker is known, in the locale's language."""
    db = tmp_path / "lib.sqlite3"
    yandu("import", str(shared / "corpus" / "reports" / "gov-work-report-2016.txt"), db=db)
    plain = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    chinese = yandu("directives", "1", "--why", db=db, env={**plain, "LANG": "zh_CN.UTF-8"}).stdout
    english = yandu("directives", "1", "--why", db=db, env={**plain, "LANG": "en_US.UTF-8"}).stdout
    numbered = chinese.split("(一)稳定和完善宏观经济政策，保持经济运行在合理区间。")[1].splitlines()
    assert numbered[1:3] == ["    为何标出：任务编号“(一)”", "    发言人：李克强（报告的署名人）"]
    assert "    Why: numbered task “(一)”" in english.splitlines()
    assert "    Speaker: 李克强 (the report's byline)" in english.splitlines()
    assert chinese.count("为何标出：") == english.count("Why: ") > 40


def test_a_file_a_folder_import_passes_over_is_said_skipped_once(tmp_path, samples):
    folder = tmp_path / "简报"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder)
    (folder / "catalogue.json").write_text('{"issues": [1, 2]}', encoding="utf-8")
    for language, reason in (
        ("en", "a data file (JSON), not a bulletin"),
        ("zh_CN", "这是数据文件（JSON），不是简报"),
    ):
        run = yandu(
            "import", str(folder), db=tmp_path / f"{language}.sqlite3", env={"LANGUAGE": language}
        )
        assert run.returncode == 0, run.stderr
        skipped = [line for line in run.stdout.splitlines() if line.startswith("skipped: ")]
        assert skipped == [f"skipped: {folder / 'catalogue.json'}: {reason}"]


def test_a_data_file_named_by_itself_is_an_error_that_says_why_without_skipped(tmp_path):
    data = tmp_path / "catalogue.json"
    data.write_text('{"issues": [1, 2]}', encoding="utf-8")
    for language, reason in (
        ("en", "a data file (JSON), not a bulletin"),
        ("zh_CN", "这是数据文件（JSON），不是简报"),
    ):
        library = tmp_path / f"{language}.sqlite3"
        run = yandu("import", str(data), db=library, env={"LANGUAGE": language})
        assert run.returncode == 1
        assert run.stderr.splitlines() == [f"error: {data}: {reason}"]
        assert run.stdout == ""
        assert "已跳过" not in run.stderr and "skipped" not in run.stderr
        listed = yandu("issues", "--json", db=library)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []  # the library untouched
