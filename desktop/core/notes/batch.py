"""Everyone's notes at once: each member's 学习笔记 and the group's 学习记录, into one folder.

The secretary's step after a session: one file per member who marked or wrote
something in its scope, named `学习笔记-<member>-<date>.docx`, and the record
`学习记录-<session>-<date>.docx`. Names are made safe for Windows and Linux
file systems.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.core.errors import ExportFailed
from desktop.core.notes.content import gather
from desktop.core.notes.docx_writer import NotesWriter
from desktop.core.notes.save import save_atomically

_UNSAFE = '\\/:*?"<>|\n\r\t'


def file_name(kind: str, who: str | None, day: date | None = None) -> str:
    """学习笔记-李明-20261202.docx (`kind` 学习笔记 or 学习记录, `who` a member or a session)."""
    stamp = (day or date.today()).strftime("%Y%m%d")
    name = "-".join(part for part in (kind, who, stamp) if part)
    safe = "".join(ch for ch in name if ch not in _UNSAFE).strip().strip(".")
    return f"{safe or 'notes'}.docx"


@dataclass(frozen=True)
class Planned:
    """One file of a batch: where it goes and whose notes it holds (None: the group's record)."""

    path: Path
    member: str | None


def plan(library, folder: Path, session_id: int | None = None, issue_id: int | None = None):
    """The files a batch export would write: the members with notes in scope, then the record."""
    session = library.sessions.get(session_id) if session_id is not None else None
    planned = []
    for member in library.members.all():
        notes = library.annotations.find(
            member_id=member.id,
            **({"session_id": session_id} if session_id is not None else {}),
            **({"issue_id": issue_id} if issue_id is not None else {}),
        )
        wrote = session is not None and bool(library.reflections.all(member.id, session_id))
        if notes or wrote:
            planned.append(Planned(folder / file_name("学习笔记", member.name), member.name))
    if not planned:
        raise ExportFailed(("export", None), "export.nothing")
    record = file_name("学习记录", session.title if session else None)
    planned.append(Planned(folder / record, None))
    return planned


def export_all(
    library,
    planned: list[Planned],
    session_id: int | None = None,
    issue_id: int | None = None,
    fonts: str = "gb",
    progress=None,
) -> list[Path]:
    """Write each planned file (atomically, as a single export does)."""
    written = []
    for number, entry in enumerate(planned):
        if progress is not None:
            progress(number, len(planned), entry.path.name)
        content = gather(
            library,
            entry.member,
            session_id,
            issue_id,
            "article" if entry.member else "category",
        )
        document = NotesWriter(fonts).write(content)

        def write(path: Path, doc=document) -> None:
            doc.save(str(path))

        written.append(save_atomically(entry.path, write))
    return written
