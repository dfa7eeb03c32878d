"""The study-group commands of `yandu`: annotations, members, sessions, reflections, undo and redo."""

from __future__ import annotations

import json
from pathlib import Path


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def add_study_commands(commands, positive) -> None:
    annotate = commands.add_parser(
        "annotate", help="highlight a quote of an item, with a comment and tags"
    )
    annotate.add_argument("item", type=int, metavar="ITEM")
    annotate.add_argument("--quote", required=True, help="the exact text to highlight")
    annotate.add_argument(
        "--occurrence", type=positive, default=1, help="which occurrence of the quote (default 1)"
    )
    annotate.add_argument("--member", required=True, help="whose annotation (created if new)")
    annotate.add_argument("--comment", default="")
    annotate.add_argument("--category", help="重点, 疑问, 落实 or one of your own")
    annotate.add_argument("--color", help="a colour such as #ffd54f (default: the category's)")
    annotate.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    annotate.add_argument(
        "--session", type=int, metavar="S", help="the study session it belongs to"
    )

    listing = commands.add_parser("annotations", help="list annotations (orphans included)")
    listing.add_argument("item", type=int, nargs="?", metavar="ITEM")
    listing.add_argument("--member")
    listing.add_argument("--session", type=int)
    listing.add_argument("--json", action="store_true")

    unannotate = commands.add_parser(
        "unannotate", help="delete an annotation (undo brings it back)"
    )
    unannotate.add_argument("annotation", type=int, metavar="ID")
    unannotate.add_argument("--member", required=True, help="its author")

    for name, text in (
        ("undo", "undo the member's last annotation change"),
        ("redo", "redo what undo took back"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--member", required=True)

    members = commands.add_parser("members", help="the members of the study group")
    members.add_argument("--json", action="store_true")
    member_add = commands.add_parser("member-add", help="add a member")
    member_add.add_argument("name")
    member_add.add_argument("--color")

    sessions = commands.add_parser("sessions", help="the study sessions")
    sessions.add_argument("--json", action="store_true")
    session_add = commands.add_parser("session-add", help="record a study session (学习会)")
    session_add.add_argument("title")
    session_add.add_argument("--when", help="date and time, e.g. 2020-07-18 09:00")
    session_add.add_argument("--place")
    session_add.add_argument("--host")
    session_add.add_argument(
        "--attendee", action="append", default=[], help="a member present; repeat"
    )
    session_add.add_argument(
        "--absent", action="append", default=[], metavar="NAME:REASON", help="repeat"
    )
    session_add.add_argument(
        "--item", action="append", default=[], type=int, help="an item studied; repeat"
    )

    categories = commands.add_parser(
        "categories", help="the highlight categories (重点, 疑问, 落实, your own)"
    )
    categories.add_argument(
        "--set", nargs=2, metavar=("NAME", "COLOR"), help="add a category or recolour one"
    )
    categories.add_argument("--remove", metavar="NAME")
    categories.add_argument("--json", action="store_true")

    export = commands.add_parser("export", help="export study notes")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    docx = formats.add_parser("docx", help="study notes as a Word document in the GB/T 9704 layout")
    docx.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.docx")
    docx.add_argument("--member", help="whose notes (default: everyone's, as the session's record)")
    docx.add_argument("--session", type=int, metavar="S")
    docx.add_argument("--issue", type=int, metavar="ISSUE")
    docx.add_argument(
        "--group-by",
        choices=["article", "category"],
        default="article",
        help="how to group the comments",
    )
    docx.add_argument(
        "--title", help="default: 学习笔记 for a member, 理论学习中心组学习记录 for a session"
    )
    docx.add_argument(
        "--without",
        action="append",
        default=[],
        choices=["directives", "annotations", "reflections"],
        help="leave a part out; repeat",
    )
    docx.add_argument(
        "--fonts",
        choices=["gb", "common"],
        default="gb",
        help="gb: 仿宋_GB2312, 楷体_GB2312, 方正小标宋简体; common: 仿宋, 楷体, 宋体",
    )
    docx.add_argument("--force", action="store_true", help="replace FILE even if it is read-only")

    reflect = commands.add_parser(
        "reflect", help="write a member's reflection (心得体会) on an item or a session"
    )
    reflect.add_argument("--member", required=True)
    reflect.add_argument("--item", type=int)
    reflect.add_argument("--session", type=int)
    reflect.add_argument("--text", required=True)


def _annotation_json(a) -> dict:
    return {
        "id": a.id,
        "item_id": a.item_id,
        "member": a.member,
        "quote": a.quote,
        "comment": a.comment,
        "color": a.colour,
        "category": a.category,
        "tags": list(a.tags),
        "session": a.session_id,
        "start": a.start,
        "end": a.end,
        "orphan": a.orphan,
        "placement": a.placement,
        "item_title": a.item_title,
    }


def _cmd_annotate(library, args) -> int:
    with library.transaction():  # a new member is kept only with the annotation
        member = library.members.ensure(args.member)
        annotation = library.annotations.create_at_quote(
            args.item,
            args.quote,
            member.id,
            occurrence=args.occurrence,
            session_id=args.session,
            category=args.category,
            colour=args.color,
            comment=args.comment,
            tags=tuple(args.tag),
        )
    print(
        f"annotation {annotation.id}: {annotation.member} on item {annotation.item_id} "
        f"[{annotation.start}-{annotation.end}] “{annotation.quote}”"
    )
    return 0


def _cmd_annotations(library, args) -> int:
    filters = {}
    if args.item is not None:
        library.item(args.item)
        filters["item_id"] = args.item
    if args.member:
        filters["member_id"] = library.members.named(args.member).id
    if args.session is not None:
        filters["session_id"] = args.session
    found = library.annotations.find(**filters)
    if args.json:
        _print_json([_annotation_json(a) for a in found])
        return 0
    for a in found:
        if a.orphan:  # the text changed under it: where it was made
            where = f"orphan of item {a.item_id}" if a.item_id else f"orphan of “{a.item_title}”"
        else:
            where = f"item {a.item_id} [{a.start}-{a.end}]"
            where += " (to confirm)" if a.to_confirm else ""
        tags = " ".join(f"#{t}" for t in a.tags)
        print(f"{a.id:>5}  {a.member}  {where}  “{a.quote}”  {a.comment} {tags}".rstrip())
    return 0


def _cmd_unannotate(library, args) -> int:
    library.annotations.delete(args.annotation, library.members.named(args.member).id)
    print(
        f"annotation {args.annotation} deleted (yandu undo --member {args.member} brings it back)"
    )
    return 0


def _cmd_undo(library, args) -> int:
    member = library.members.named(args.member)
    log = library.undo_log
    touched = log.undo(member.id) if args.command == "undo" else log.redo(member.id)
    if touched is None:
        print(f"nothing to {args.command} for {member.name}")
    elif touched.skipped:
        print(f"{args.command}: annotation {touched.annotation_id} is gone; skipped")
    else:
        print(f"{args.command}: annotation {touched.annotation_id}")
    return 0


def _cmd_members(library, args) -> int:
    found = library.members.all()
    if args.json:
        _print_json([{"id": m.id, "name": m.name, "color": m.colour} for m in found])
        return 0
    for m in found:
        print(f"{m.id:>4}  {m.name}  {m.colour}")
    return 0


def _cmd_member_add(library, args) -> int:
    member = library.members.add(args.name, args.color)
    print(f"member {member.id}: {member.name}")
    return 0


def _cmd_sessions(library, args) -> int:
    found = library.sessions.all()
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "when": s.starts_at,
                    "place": s.place,
                    "host": s.host,
                    "attendees": list(s.attendees),
                    "absentees": [{"name": n, "reason": r} for n, r in s.absentees],
                    "items": list(s.item_ids),
                }
                for s in found
            ]
        )
        return 0
    for s in found:
        print(
            f"{s.id:>4}  {s.starts_at or ''}  {s.title}  ({len(s.attendees)} present, {len(s.absentees)} absent)"
        )
    return 0


def _cmd_session_add(library, args) -> int:
    with library.transaction():  # the members it names are kept only with the session
        return _add_session(library, args)


def _add_session(library, args) -> int:
    absentees = []
    for entry in args.absent:
        name, _, reason = entry.partition(":")
        absentees.append((library.members.ensure(name).id, reason))
    session = library.sessions.add(
        args.title,
        starts_at=args.when,
        place=args.place,
        host_id=library.members.ensure(args.host).id if args.host else None,
        attendee_ids=tuple(library.members.ensure(name).id for name in args.attendee),
        absentees=tuple(absentees),
        item_ids=tuple(args.item),
    )
    print(f"session {session.id}: {session.title}")
    return 0


def _cmd_reflect(library, args) -> int:
    with library.transaction():
        member = library.members.ensure(args.member)
        library.reflections.save(member.id, args.text, item_id=args.item, session_id=args.session)
    print("saved")
    return 0


def _cmd_export(library, args) -> int:
    from desktop.core.notes.export import export_docx

    include = tuple(
        part for part in ("directives", "annotations", "reflections") if part not in args.without
    )
    written = export_docx(
        library,
        args.output,
        member=args.member,
        session_id=args.session,
        issue_id=args.issue,
        group_by=args.group_by,
        include=include,
        title=args.title,
        fonts=args.fonts,
        replace_read_only=args.force,
    )
    print(f"exported: {written}")
    return 0


def _cmd_categories(library, args) -> int:
    if args.set:
        library.categories.set(args.set[0], args.set[1])
    if args.remove:
        library.categories.remove(args.remove)
    found = library.categories.all()
    if args.json:
        _print_json([{"name": c.name, "color": c.colour} for c in found])
    else:
        for category in found:
            print(f"{category.name}  {category.colour}")
    return 0


STUDY_COMMANDS = {
    "categories": _cmd_categories,
    "export": _cmd_export,
    "annotate": _cmd_annotate,
    "annotations": _cmd_annotations,
    "unannotate": _cmd_unannotate,
    "undo": _cmd_undo,
    "redo": _cmd_undo,
    "members": _cmd_members,
    "member-add": _cmd_member_add,
    "sessions": _cmd_sessions,
    "session-add": _cmd_session_add,
    "reflect": _cmd_reflect,
}
