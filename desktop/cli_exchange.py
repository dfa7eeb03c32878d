"""`yandu exchange`: members' notes between computers, as W3C Web Annotation files (issue 16)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import locale_language

LANGUAGE = locale_language()  # as the rest of the command line: Chinese or English


def add_exchange_commands(commands) -> None:
    exchange = commands.add_parser(
        "exchange", help="exchange members' notes with other computers (W3C Web Annotation files)"
    )
    verbs = exchange.add_subparsers(dest="verb", required=True, metavar="VERB")
    out = verbs.add_parser("export", help="write a member's notes to a file")
    out.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.jsonld")
    out.add_argument("--member", help="whose (default: this library's only member)")
    out.add_argument("--session", type=int, metavar="S", help="only the notes of one session")
    into = verbs.add_parser("import", help="merge other members' files into this library")
    into.add_argument("files", nargs="+", type=Path, metavar="FILE")
    folder = verbs.add_parser(
        "folder", help="write this library's members' files into a shared folder, merge the others"
    )
    folder.add_argument("folder", type=Path, metavar="DIR")
    verbs.add_parser("waiting", help="notes from other computers waiting for their bulletin")


def _cmd_exchange(library, args) -> int:
    return {"export": _export, "import": _import, "folder": _folder, "waiting": _waiting}[
        args.verb
    ](library, args)


def _export(library, args) -> int:
    from desktop.core.errors import NotFound

    if args.member is not None:
        member = library.members.named(args.member)
    else:
        own = [member for member in library.members.all() if member.local]
        if len(own) != 1:
            raise NotFound(("member", None), "cli.exchange_member")
        member = own[0]
    count = library.exchange.export(member.id, args.output, args.session)
    print(f"exported: {args.output} ({member.name}, {count} annotations)")
    return 0


def _said(merged) -> str:
    parts = [f"{n} {what}" for what, n in sorted(merged.counts.items()) if n]
    return f"merged: {merged.path} ({merged.member}: {', '.join(parts) or 'nothing'})"


def _import(library, args) -> int:
    import sys

    from desktop.core.exchange.merge import ExchangeRefused
    from desktop.core.messages import describe

    failed = 0
    for path in args.files:
        try:
            print(_said(library.exchange.merge(path)))
        except ExchangeRefused as exc:
            failed += 1
            print(f"error: {describe(exc, LANGUAGE)}", file=sys.stderr)
    return 1 if failed else 0


def _folder(library, args) -> int:
    import sys

    from desktop.core.messages import describe

    synced = library.exchange.sync(args.folder)
    for path in synced.written:
        print(f"written: {path}")
    for merged in synced.merged:
        print(_said(merged))
    for refused in synced.refused:
        print(f"error: {describe(refused, LANGUAGE)}", file=sys.stderr)
    return 1 if synced.refused else 0


def _waiting(library, args) -> int:
    for waiting in library.exchange.waiting():
        print(
            f"{waiting.count} notes ({', '.join(waiting.members)}) wait for 《{waiting.headline}》"
        )
    return 0


EXCHANGE_COMMANDS = {"exchange": _cmd_exchange}
