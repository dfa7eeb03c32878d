"""Opening an article with 300 directives and 200 annotations from 3 members, and exporting notes with
300 directives and 500 annotations.

The article is built from the real requirement sentences of the samples, put
in paragraphs that each open with a speaker, until the analysis finds 300
directives in it. Opening is measured until the view is repainted (offscreen,
1400x900), median of 20. The export baseline, same run, is pandoc converting
the same notes written as Markdown to .docx.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _requirement_sentences() -> list[str]:
    from bench.corpus import real_stories
    from desktop.core.analysis import analyse

    found = []
    for story in real_stories():
        body = story.body
        for directive in analyse(body).directives:
            text = body[directive.start : directive.end]
            if directive.kind == "requirement" and text.startswith("要") and text not in found:
                found.append(text)
    return found


def build_article(folder: Path) -> Path:
    sentences = _requirement_sentences()
    paragraphs, count = [], 0
    while count < 300:
        chunk = [sentences[(count + k) % len(sentences)] for k in range(5)]
        paragraphs.append("李淑侠强调，" + "".join(chunk))
        count += 5
    path = folder / "heavy-2026-11-28.txt"
    path.write_text(
        "坚决打赢安全生产专项整治攻坚战\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
    )
    return path


def _annotate(library, item, members, count: int, offset: int = 0) -> None:
    body = item.body
    step = max(1, len(body) // (count + 1))
    for number in range(count):
        start = (offset + number * step) % max(1, len(body) - 12)
        member = members[number % len(members)]
        library.annotations.create(
            item.id,
            start,
            start + 10,
            member.id,
            category=("重点", "疑问", "落实")[number % 3],
            comment=f"第{number + 1}条批注",
            tags=("安全",) if number % 2 else (),
        )


def run(rounds: int = 20) -> dict:
    from PySide6.QtCore import QSettings

    from desktop.core.library import Library
    from desktop.core.notes.content import gather
    from desktop.core.notes.export import export_docx
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow

    app = make_app()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        library = Library.open(folder / "heavy.sqlite3")
        issue_id = library.import_file(build_article(folder)).issue_id
        item = library.issue(issue_id).items[0]
        directives = len(library.item_directives(item.id))
        members = [library.members.add(n) for n in ("张三", "李四", "王五")]
        _annotate(library, item, members, 200)
        window = MainWindow(library)
        window.setProperty("transient", True)
        window.resize(1400, 900)
        window.show()
        window.study.reload_members()
        window.study.set_member(members[0].id)
        app.processEvents()
        window.open_item(item.id)
        times = []
        for _ in range(rounds):
            window.current_item_id = None
            started = time.perf_counter()
            window.open_item(item.id)
            window.view.viewport().repaint()
            times.append(time.perf_counter() - started)
        window.close()
        open_ms = statistics.median(times) * 1000

        _annotate(library, item, members, 300, offset=5)
        session = library.sessions.add(
            "学习会", item_ids=(item.id,), attendee_ids=tuple(m.id for m in members)
        )
        with library.db.atomic():
            library.db.execute("UPDATE annotations SET session_id = ?", [session.id])
        annotations = len(library.annotations.find(session_id=session.id))
        export_times = []
        for round_number in range(3):
            started = time.perf_counter()
            export_docx(library, folder / f"notes{round_number}.docx", session_id=session.id)
            export_times.append(time.perf_counter() - started)
        export_s = statistics.median(export_times)
        markdown = _markdown(gather(library, session_id=session.id))
        (folder / "notes.md").write_text(markdown, encoding="utf-8")
        pandoc_s = None
        if shutil.which("pandoc"):
            pandoc_times = []
            for _ in range(3):
                started = time.perf_counter()
                subprocess.run(
                    [
                        "pandoc",
                        "-f",
                        "markdown",
                        "-t",
                        "docx",
                        "-o",
                        str(folder / "pandoc.docx"),
                        str(folder / "notes.md"),
                    ],
                    check=True,
                )
                pandoc_times.append(time.perf_counter() - started)
            pandoc_s = statistics.median(pandoc_times)
        library.close()
    return {
        "directives": directives,
        "annotations_open": 200,
        "open_ms": open_ms,
        "open_met": open_ms <= 50,
        "annotations_export": annotations,
        "export_s": export_s,
        "pandoc_s": pandoc_s,
        "export_met": export_s <= 1.5 and (pandoc_s is None or export_s <= pandoc_s),
    }


def _markdown(content) -> str:
    lines = [f"# {content.title}", ""]
    lines += ["## 一、主要精神摘录", ""]
    for article in content.directives:
        lines += [f"### {article.article.name}", ""]
        for group in article.speakers:
            lines += [f"**{group.speaker or ''}：**", ""]
            lines += [d.text + "\n" for d in group.directives]
    lines += ["## 二、批注与摘录", ""]
    for group in content.annotation_groups:
        lines += [f"### {group.heading}", ""]
        for annotation in group.annotations:
            lines += [
                f"【{annotation.member}】“{annotation.quote}”",
                "",
                f"批注：{annotation.comment}",
                "",
            ]
    return "\n".join(lines)


def report(result: dict) -> str:
    pandoc = f"{result['pandoc_s']:.2f} s" if result["pandoc_s"] is not None else "not installed"
    return (
        f"open article ({result['directives']} directives, {result['annotations_open']} annotations, 3 members): "
        f"{result['open_ms']:.1f} ms (target <= 50 ms: {'met' if result['open_met'] else 'MISSED'})\n"
        f"export ({result['directives']} directives, {result['annotations_export']} annotations): "
        f"{result['export_s']:.2f} s; pandoc Markdown -> docx of the same notes: {pandoc} "
        f"(target <= 1.5 s and no slower than pandoc: {'met' if result['export_met'] else 'MISSED'})"
    )
