"""Export study notes: gather what the notes hold, lay them out in Word, write the file atomically."""

from __future__ import annotations

from pathlib import Path

from desktop.core.notes.content import gather
from desktop.core.notes.docx_writer import NotesWriter
from desktop.core.notes.save import save_atomically


def export_docx(
    library,
    target: Path,
    member: str | None = None,
    session_id: int | None = None,
    issue_id: int | None = None,
    group_by: str = "article",
    include: tuple[str, ...] = ("directives", "annotations", "reflections"),
    title: str | None = None,
    fonts: str = "gb",
    replace_read_only: bool = False,
) -> Path:
    """Write the notes to `target`; an earlier file marked read-only is replaced only with
    `replace_read_only` (ExportFailed `export.read_only` otherwise)."""
    content = gather(library, member, session_id, issue_id, group_by, include, title)
    document = NotesWriter(fonts).write(content)
    return save_atomically(
        Path(target), lambda path: document.save(str(path)), replace_read_only=replace_read_only
    )
