"""Exchanging layers between computers: a member's file out, other members' files in, a shared folder.

No server: files travel through what an office has (a shared folder, a USB stick, e-mail).
A file in is merged whole or not at all (one transaction): every annotation by its id, the
newer `modified` winning, a tombstone deleting; placed on the article with the same content
key, or waiting for it. A file that is not an exchange file, that holds another member's
annotations, or that claims to be of one of this library's own members is refused with one
line and changes nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import YanduError
from desktop.core.exchange import webannotation as wa
from desktop.core.store import exchange as store
from desktop.core.store.connection import LibraryDb, utc_now

SUFFIX = ".jsonld"


class ExchangeRefused(YanduError):
    code = "exchange.not_valid"


@dataclass
class Merged:
    """What one file brought in."""

    path: str
    member: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return sum(n for what, n in self.counts.items() if what not in ("unchanged", "waiting"))


# out


def layer(db: LibraryDb, member_id: int, session_id: int | None = None) -> wa.Layer:
    """Everything the member wrote (in one session, if given), deletions as tombstones."""
    name, colour, member_uuid = db.execute(
        "SELECT name, colour, uuid FROM members WHERE id = ?", [member_id]
    ).fetchone()
    where, args = "a.member_id = ? AND a.target_key IS NOT NULL", [member_id]
    if session_id is not None:
        where += " AND a.session_id = ?"
        args.append(session_id)
    rows = db.execute(
        "SELECT a.uuid, a.target_key, COALESCE(i.headline, a.item_title, ''), COALESCE(s.title, ''), "
        "a.quote, a.prefix, a.suffix, COALESCE(a.start, 0), COALESCE(a.end, 1), a.category, a.comment, "
        "a.tags, a.created_at, a.updated_at, a.deleted, se.uuid "
        "FROM annotations a LEFT JOIN items i ON i.id = a.item_id "
        "LEFT JOIN issues s ON s.id = i.issue_id LEFT JOIN sessions se ON se.id = a.session_id "
        f"WHERE {where} ORDER BY a.id",
        args,
    ).fetchall()
    notes = tuple(
        store.Incoming(
            uuid=row[0],
            article_key=row[1],
            headline=row[2],
            issue_title=row[3],
            quote=row[4],
            prefix=row[5],
            suffix=row[6],
            start=row[7],
            end=max(row[8], row[7] + 1),
            category=row[9],
            comment=row[10],
            tags=tuple(json.loads(row[11] or "[]")),
            created=row[12],
            modified=row[13],
            deleted=bool(row[14]),
            session_uuid=row[15],
        )  # fmt: skip
        for row in rows
    )
    reflections = tuple(
        wa.ReflectionOut(row[0], row[1], row[2], row[3])
        for row in db.execute(
            "SELECT i.content_key, se.uuid, r.text, r.updated_at FROM reflections r "
            "LEFT JOIN items i ON i.id = r.item_id LEFT JOIN sessions se ON se.id = r.session_id "
            "WHERE r.member_id = ? AND r.text != '' AND (i.content_key IS NOT NULL OR se.uuid IS NOT NULL)"
            + (" AND r.session_id = ?" if session_id is not None else ""),
            [member_id, *([session_id] if session_id is not None else [])],
        ).fetchall()
    )
    used = {note.session_uuid for note in notes} | {r.session_uuid for r in reflections}
    sessions = tuple(
        wa.SessionOut(
            row[0],
            row[1],
            row[2],
            tuple(
                key
                for (key,) in db.execute(
                    "SELECT i.content_key FROM session_items si JOIN items i ON i.id = si.item_id "
                    "WHERE si.session_id = ? AND i.content_key IS NOT NULL ORDER BY i.id",
                    [row[3]],
                ).fetchall()
            ),
        )  # fmt: skip
        for row in db.execute("SELECT uuid, title, starts_at, id FROM sessions").fetchall()
        if row[0] in used
    )
    return wa.Layer(wa.Person(member_uuid, name, colour), notes, reflections, sessions)


def write_file(path: Path, document: dict) -> None:
    """Write atomically: a reader of the shared folder sees the old file or the new, never half."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    folder = path.parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export_layer(db: LibraryDb, member_id: int, path: Path, session_id: int | None = None) -> int:
    """Write the member's layer to `path`; how many annotations it holds."""
    found = layer(db, member_id, session_id)
    write_file(path, wa.write(found, utc_now()))
    return len(found.annotations)


# in


def merge_file(db: LibraryDb, path: Path) -> Merged:
    """Merge one member's file into the library, all or nothing. Raises ExchangeRefused."""
    shown = str(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        found = wa.read(document)
    except wa.NotTheirs as exc:
        name = document.get("creator", {}).get("name", "?") if isinstance(document, dict) else "?"
        raise ExchangeRefused(shown, "exchange.not_theirs", member=name, detail=str(exc)) from None
    except (wa.Unfit, ValueError, UnicodeDecodeError) as exc:
        raise ExchangeRefused(shown, "exchange.not_valid", detail=str(exc)[:200]) from None
    except OSError as exc:
        raise ExchangeRefused(
            shown, "exchange.not_valid", detail=exc.strerror or str(exc)
        ) from None
    return merge_layer(db, found, shown)


def merge_layer(db: LibraryDb, found: wa.Layer, shown: str) -> Merged:
    merged = Merged(shown, found.member.name)
    with db.atomic():
        member_id = store.exchange_member(
            db, found.member.uuid, found.member.name, found.member.colour
        )
        if member_id is None:
            raise ExchangeRefused(shown, "exchange.own_member", member=found.member.name)
        sessions = {
            s.uuid: store.session_by_uuid(db, s.uuid, s.title, s.starts_at) for s in found.sessions
        }
        for session in found.sessions:
            for key in session.article_keys:
                db.execute(
                    "INSERT OR IGNORE INTO session_items (session_id, item_id) "
                    "SELECT ?, id FROM items WHERE content_key = ?",
                    [sessions[session.uuid], key],
                )
        for note in found.annotations:
            try:
                what = store.merge_annotation(
                    db, member_id, note, sessions.get(note.session_uuid or "")
                )
            except ValueError as exc:  # its id is another member's note here
                raise ExchangeRefused(
                    shown, "exchange.not_theirs", member=found.member.name, detail=str(exc)
                ) from None
            merged.counts[what] = merged.counts.get(what, 0) + 1
        for reflection in found.reflections:
            session_id = sessions.get(reflection.session_uuid or "")
            if reflection.session_uuid and session_id is None:
                continue
            what = store.merge_reflection(
                db, member_id, reflection.article_key, session_id, reflection.text,
                reflection.modified,
            )  # fmt: skip
            merged.counts[f"reflection {what}"] = merged.counts.get(f"reflection {what}", 0) + 1
    return merged


# a shared folder


def own_file(folder: Path, name: str, member_uuid: str) -> Path:
    safe = "".join(ch for ch in name if ch.isalnum()) or "member"
    return folder / f"研读笔记-{safe}-{member_uuid[:8]}{SUFFIX}"


def write_own(db: LibraryDb, folder: Path) -> list[Path]:
    """Each of this library's members who wrote anything, in their file in the folder."""
    written = []
    for member_id, name, member_uuid in db.execute(
        "SELECT id, name, uuid FROM members m WHERE origin IS NULL AND (EXISTS "
        "(SELECT 1 FROM annotations a WHERE a.member_id = m.id) OR EXISTS "
        "(SELECT 1 FROM reflections r WHERE r.member_id = m.id AND r.text != ''))"
    ).fetchall():
        path = own_file(folder, name, member_uuid)
        export_layer(db, member_id, path)
        written.append(path)
    return written


@dataclass
class Synced:
    written: list[Path]
    merged: list[Merged]
    refused: list[ExchangeRefused]


def sync_folder(db: LibraryDb, folder: Path) -> Synced:
    """Write this library's members' files into `folder`, merge everyone else's from it."""
    if not folder.is_dir():
        raise ExchangeRefused(str(folder), "exchange.folder_unusable", reason="not a folder")
    try:
        written = write_own(db, folder)
    except OSError as exc:
        raise ExchangeRefused(
            str(folder), "exchange.folder_unusable", reason=exc.strerror or str(exc)
        ) from None
    ours = {path.name for path in written}
    merged, refused = [], []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name in ours or path.name.startswith("."):
            continue
        try:
            merged.append(merge_file(db, path))
        except ExchangeRefused as exc:
            if exc.code != "exchange.own_member":  # our own file, written by an earlier run
                refused.append(exc)
    return Synced(written, merged, refused)
