"""The `yandu` command: parses arguments, calls the core, prints. See DESIGN.md for the contract.

Errors are one line on stderr, `error: <subject>: <what is wrong>`, with a
non-zero exit; an unexpected failure writes its traceback to the log file and
still prints only one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli_exchange import EXCHANGE_COMMANDS, add_exchange_commands
from desktop.cli_study import STUDY_COMMANDS, add_study_commands
from desktop.core.errors import YanduError
from desktop.core.messages import (
    describe,
    locale_language,
    message_text,
    subject_text,
    translator,
)
from desktop.logs import log_to_file, log_traceback
from desktop.paths import default_library_path

LANGUAGE = locale_language()  # error messages follow the locale: Chinese or English


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


class _NotBuilt:
    """A command's parser that `_parser` does not build: every call on it does nothing."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


class _Commands:
    """The subcommands' parsers, of which only `wanted` is built when it is given: argparse makes
    each parser with its own -h and looks up gettext's catalogues for it, and all 30 of them took
    8 ms of every run (a tenth of the window's own start-up)."""

    def __init__(self, subparsers, wanted: str | None) -> None:
        self.subparsers = subparsers
        self.wanted = wanted

    def add_parser(self, name: str, **kwargs):
        if self.wanted is None or name == self.wanted:
            return self.subparsers.add_parser(name, **kwargs)
        return _NotBuilt()


def _command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, if it can be told before parsing (the window when none is named);
    None where the whole parser is wanted: a word that is no command (the message then lists them
    all), and any option before the command but `--db` in full: help, the version, an
    abbreviation argparse would accept (`--d`, `--he`) or a mistake."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg == "--db":
            takes_value = True
        elif arg.startswith("--db="):
            continue
        elif arg.startswith("-"):
            return None
        else:
            return arg if arg in COMMAND_NAMES else None
    return "gui"


def _parser(wanted: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: of every command, or with only `wanted`'s parser built."""
    parser = argparse.ArgumentParser(
        prog="yandu",
        description="研读 Yandu: read, mark and take study notes on bulletins. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"yandu {__version__}")
    parser.add_argument(
        "--db", type=Path, help="library file (default: $YANDU_DB or the user data folder)"
    )
    commands = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), wanted)

    gui = commands.add_parser(
        "gui",
        help="open the window and import FILEs (or render it to a PNG with --screenshot)",
        description="Open the window and import FILEs. When a window is open on the library "
        "already, it comes to the front and imports them instead.",
    )
    gui.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="bulletin files or folders to import"
    )
    gui.add_argument("--item", type=int, help="open this item")
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window offscreen to FILE and exit",
    )

    imp = commands.add_parser("import", help="import bulletin files or folders")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    issues = commands.add_parser("issues", help="list the issues in the library")
    issues.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="show an issue with its items")
    show.add_argument("issue", type=int, metavar="ISSUE")
    show.add_argument("--json", action="store_true")

    search = commands.add_parser("search", help="search headlines and text, from one character up")
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit", type=_positive, default=50, help="at most this many hits (default 50)"
    )
    search.add_argument("--json", action="store_true")

    directives = commands.add_parser(
        "directives", help="the directives of an issue, or of one speaker across the library"
    )
    directives.add_argument("issue", type=int, nargs="?", metavar="ISSUE")
    directives.add_argument("--speaker", help="every directive of this person, across the library")
    directives.add_argument("--kind", choices=["requirement", "statement"])
    directives.add_argument(
        "--why", action="store_true", help="say why each was marked and how its speaker is known"
    )
    directives.add_argument("--json", action="store_true")

    phrases = commands.add_parser(
        "phrases", help="the quoted formulations (“三管三必须”) and how often they recur"
    )
    phrases.add_argument("issue", type=int, nargs="?", metavar="ISSUE")
    phrases.add_argument("--json", action="store_true")

    people = commands.add_parser(
        "people", help="the people named, with their titles and how many directives"
    )
    people.add_argument("issue", type=int, nargs="?", metavar="ISSUE")
    people.add_argument("--json", action="store_true")

    commands.add_parser(
        "analyse", help="re-run the directive analysis on items analysed by an older version"
    )

    add_study_commands(commands, _positive)
    add_exchange_commands(commands)

    edit = commands.add_parser("edit", help="correct an issue's title or date")
    edit.add_argument("issue", type=int, metavar="ISSUE")
    edit.add_argument("--title")
    edit.add_argument("--date", help="YYYY-MM-DD, YYYY-MM or YYYY")

    commands.add_parser("backup", help="back up the library now (into backups/ beside it)")
    restore = commands.add_parser(
        "restore", help="list the library's backups, or replace the library by one"
    )
    restore.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="a backup's path or name; its library is the one it was made of, unless --db says",
    )
    return parser


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_result(result) -> None:
    if (
        result.status == "skipped"
    ):  # no bulletin in a folder (a photo, a spreadsheet): said, not an error
        print(f"skipped: {_skipped_text(result.problem)}", flush=True)
    elif result.problem is not None:
        from desktop.core.importing import SKIPS

        # a file named by itself that is no bulletin failed: the line says why, not "skipped"
        told = result.problem.code in SKIPS
        text = _skipped_text(result.problem) if told else describe(result.problem, LANGUAGE)
        print(f"error: {text}", file=sys.stderr, flush=True)
    else:
        skipped = f", {result.skipped} junk stories skipped" if result.skipped else ""
        print(
            f"{result.status}: {result.path} -> issue {result.issue_id} 《{result.title}》, "
            f"{result.item_count} items{skipped}",
            flush=True,
        )


# how a skip's message begins (messages.py: the window lists it as it is)
_SKIPPED_LEADS = ("skipped: ", "已跳过：")


def _skipped_text(problem) -> str:
    """`path: why` for a file an import passed over, without the message's own "skipped": a
    folder's line says "skipped:" once, a file named by itself is an error."""
    words = translator(LANGUAGE)
    message = message_text(problem.code, problem.params, words)
    for lead in _SKIPPED_LEADS:
        message = message.removeprefix(lead)
    return f"{subject_text(problem.subject, words)}: {message}"


def _page_line(_index: int, _total: int, path: str, pages: tuple[int, int] | None = None) -> None:
    """A scanned PDF read page by page: one line on a terminal, rewritten as it goes."""
    if pages is not None and sys.stderr.isatty():
        end = "\n" if pages[0] == pages[1] else ""
        said = "文字识别" if LANGUAGE.startswith("zh") else "OCR"
        print(f"\r{said}: {path}: {pages[0]}/{pages[1]}", end=end, file=sys.stderr, flush=True)


def _cmd_import(library, args) -> int:
    results = library.import_paths(args.paths, progress=_page_line, on_result=_print_result)
    return 1 if any(result.failed for result in results) else 0


def _cmd_issues(library, args) -> int:
    rows = library.issues()
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "date": r.date,
                    "source": r.source,
                    "format": r.format,
                    "items": r.item_count,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("The library is empty. Import bulletins with: yandu import FILE_OR_FOLDER")
    for r in rows:
        print(f"{r.id:>5}  {r.date or '----------':<10}  {r.title}  ({r.item_count} items)")
    return 0


def _cmd_show(library, args) -> int:
    issue = library.issue(args.issue)
    if args.json:
        _print_json(
            {
                "id": issue.id,
                "title": issue.title,
                "date": issue.date,
                "source": issue.source,
                "items": [
                    {
                        "id": item.id,
                        "kind": item.kind,
                        "kicker": item.kicker,
                        "headline": item.headline,
                        "subhead": item.subhead,
                        "paragraphs": list(item.paragraphs),
                        "source_url": item.source_url,
                    }
                    for item in issue.items
                ],
            }
        )
        return 0
    print(f"{issue.title}  {issue.date or ''}\n{issue.source or ''}")
    for item in issue.items:
        print(f"\n[{item.id}] {item.kind}")
        for line in (item.kicker, item.headline, item.subhead):
            if line:
                print(f"  {line}")
        for paragraph in item.paragraphs:
            print(f"\n    {paragraph}")
    return 0


def _cmd_search(library, args) -> int:
    hits = library.search(args.query, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "item_id": h.item_id,
                    "issue_id": h.issue_id,
                    "headline": h.headline,
                    "snippet": h.snippet,
                    "issue_title": h.issue_title,
                    "issue_date": h.issue_date,
                    "hits": h.hits,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(f"No article contains “{args.query}”.")
    for h in hits:
        print(
            f"[{h.item_id}] {h.issue_date or ''} 《{h.issue_title}》 {h.headline or ''}\n    {h.snippet}"
        )
    return 0


def _fresh_analysis(library) -> None:
    stale = library.stale_analysis()
    if stale:
        print(
            f"note: analysing {stale} items with the current analysis…", file=sys.stderr, flush=True
        )
        library.reanalyse()


def _cmd_directives(library, args) -> int:
    if args.issue is None and not args.speaker:
        raise YanduError(("directives", None), "cli.directives_scope")
    _fresh_analysis(library)
    found = (
        library.speaker_directives(args.speaker)
        if args.issue is None
        else library.directives(args.issue)
    )
    if args.issue is not None and args.speaker:
        found = [d for d in found if d.speaker == args.speaker]
    if args.kind:
        found = [d for d in found if d.kind == args.kind]
    if args.json:
        _print_json(
            [
                {
                    "item_id": d.item_id,
                    "start": d.start,
                    "end": d.end,
                    "text": d.text,
                    "kind": d.kind,
                    "speaker": d.speaker,
                    "cue": d.cue,
                    "attribution": d.attribution,
                }
                for d in found
            ]
        )
        return 0
    if not found:
        print("No directives found.")
    for d in found:
        label = "要求" if d.kind == "requirement" else "表述"
        print(f"[{d.item_id}:{d.start}-{d.end}] {label} {d.speaker or '—'}: {d.text}")
        if args.why:
            from desktop.core.explain import why

            for line in why(d, LANGUAGE):
                print(f"    {line}")
    return 0


def _cmd_phrases(library, args) -> int:
    _fresh_analysis(library)
    counts = library.phrases(args.issue)
    if args.json:
        _print_json([{"text": p.text, "count": p.count, "issues": p.issues} for p in counts])
        return 0
    for p in counts:
        print(f"{p.count:>5}  {p.issues:>4} issues  “{p.text}”")
    return 0


def _cmd_people(library, args) -> int:
    _fresh_analysis(library)
    found = library.people(args.issue)
    if args.json:
        _print_json(
            [
                {
                    "name": p.name,
                    "titles": list(p.titles),
                    "directives": p.directives,
                    "issues": p.issues,
                }
                for p in found
            ]
        )
        return 0
    for p in found:
        print(f"{p.name}  {'、'.join(p.titles)}  ({p.directives} directives in {p.issues} issues)")
    return 0


def _cmd_analyse(library, args) -> int:
    done = library.reanalyse()
    print(f"analysed {done} items")
    return 0


def _cmd_edit(library, args) -> int:
    issue = library.edit_issue(args.issue, title=args.title, date=args.date)
    print(f"issue {issue.id}: 《{issue.title}》 {issue.date or ''}")
    return 0


def _cmd_backup(library, args) -> int:
    print(f"backup: {library.backup()}")
    return 0


def _cmd_restore(args) -> int:
    """Without opening the library: a damaged one is what it is for."""
    from desktop.core.library import Library

    library_path = args.db or default_library_path()
    if args.file is None:
        found = Library.backups(library_path)
        if not found:
            print(f"No backups of {library_path} yet.")
        for backup in found:
            kind = "  (the library as it was before a restore)" if backup.before_restore else ""
            size = f"{backup.size / 1e6:.1f} MB"
            print(f"{backup.made:%Y-%m-%d %H:%M:%S}  {size:>9}  {backup.path}{kind}")
        return 0
    if args.db is None:  # a backup says whose it is: `yandu restore PATH` as the message words it
        library_path = Library.backup_owner(args.file) or library_path
    restored, saved = Library.restore(library_path, args.file)
    kept = f"; the library as it was is kept as {saved}" if saved else ""
    print(f"restored: {library_path} from {restored}{kept}")
    return 0


def _damage_with_backup(path: Path, error: YanduError) -> YanduError:
    """The refusal that reads every page, which names the backup to restore."""
    from desktop.core.library import Library

    try:
        Library.open(path).close(backup=False)
    except YanduError as found:
        return found
    return error


def _cmd_gui(args) -> int:
    from desktop.ui.app import run

    return run(
        db_path=args.db,
        item_id=getattr(args, "item", None),
        screenshot=getattr(args, "screenshot", None),
        files=getattr(args, "files", None) or (),
    )


COMMANDS = {
    **STUDY_COMMANDS,
    **EXCHANGE_COMMANDS,
    "import": _cmd_import,
    "issues": _cmd_issues,
    "show": _cmd_show,
    "search": _cmd_search,
    "edit": _cmd_edit,
    "directives": _cmd_directives,
    "phrases": _cmd_phrases,
    "people": _cmd_people,
    "analyse": _cmd_analyse,
    "backup": _cmd_backup,
}
COMMAND_NAMES = {*COMMANDS, "gui", "restore"}  # restore and the window are run apart
# commands that only read: they skip reading every page first (0.5 s on an 800 MB library);
# the others may write, and a damaged library must be refused before they do
READS = {"issues", "show", "search", "annotations", "members", "sessions"}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in (
            "utf-8",
            "utf8",
        ):
            stream.reconfigure(encoding="utf-8", errors="replace")
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(_command_named(arguments))
    args = parser.parse_args(arguments)
    if args.command == "gui" and args.files and args.screenshot:
        parser.error("a screenshot run imports nothing: import the files first (yandu import)")
    log_to_file()
    try:
        if args.command in (None, "gui"):
            return _cmd_gui(args)
        if args.command == "restore":
            return _cmd_restore(args)
        from desktop.core.library import Library

        if args.command == "import":  # a folder's readers start while the library opens
            from desktop.core.importing import start_readers

            start_readers(args.paths)
        library = Library.open(args.db or default_library_path(), verify=args.command not in READS)
        try:
            return COMMANDS[args.command](library, args)
        finally:
            library.close()
    except YanduError as exc:
        if exc.code == "storage.corrupt":  # a damaged page met while reading: name the backup
            exc = _damage_with_backup(args.db or default_library_path(), exc)
        print(f"error: {describe(exc, LANGUAGE)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `yandu issues | head`: the reader left, nothing to say
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback for the report, show one line
        where = log_traceback(exc)
        bug = YanduError("yandu", "bug", detail=f"{type(exc).__name__}: {exc}", log=str(where))
        print(f"error: {describe(bug, LANGUAGE)}", file=sys.stderr)
        return 2
