"""The command line's parser built for the one command being run parses as the whole one does."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli import COMMAND_NAMES, _command_named, _parser

ARGUMENTS = [
    [],
    ["--db", "lib.sqlite3"],
    ["--db", "import", "gui"],  # a library file named like a command
    ["--db=import", "gui"],
    ["gui", "a.docx", "--item", "3"],
    ["--db", "lib.sqlite3", "gui", "--screenshot", "window.png"],
    ["import", "简报", "新闻联播"],
    ["search", "三管三必须", "--limit", "5", "--json"],
    ["directives", "3", "--speaker", "李淑侠", "--kind", "requirement", "--why"],
    ["annotate", "28", "--quote", "三管三必须", "--member", "王芳", "--comment", "要落实"],
    ["export", "docx", "-o", "notes.docx", "--member", "王芳"],
    ["exchange", "export", "--member", "王芳", "-o", "王芳.yandu-notes"],
    ["exchange", "waiting"],
    ["restore"],
    ["member-add", "王芳"],
    ["edit", "2", "--title", "开发区报", "--date", "2020-07"],
]


def _parsed(parser: argparse.ArgumentParser, argv: list[str]) -> dict:
    return vars(parser.parse_args(argv))


@pytest.mark.parametrize("argv", ARGUMENTS, ids=lambda argv: " ".join(argv) or "(none)")
def test_the_parser_of_one_command_parses_as_the_whole_parser_does(argv):
    wanted = _command_named(argv)
    assert wanted is not None
    assert _parsed(_parser(wanted), argv) == _parsed(_parser(), argv)


def test_every_command_is_named_and_help_or_a_misspelt_command_gets_the_whole_parser():
    subparsers = next(
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(subparsers.choices) == COMMAND_NAMES
    for argv in (
        ["-h"],
        ["--version"],
        ["--db", "x", "--help"],
        ["imprt", "a.txt"],
        ["--he"],  # argparse takes an abbreviation: --help
        ["--d", "import", "gui"],  # --db import, then the window
        ["-1"],
        ["--", "import", "a.txt"],
    ):
        assert _command_named(argv) is None


def test_an_abbreviated_option_parses_as_with_the_whole_parser():
    argv = ["--d", "import", "gui"]
    assert _parsed(_parser(_command_named(argv)), argv) == _parsed(_parser(), argv)


def test_a_misspelt_command_is_told_every_command(capsys):
    with pytest.raises(SystemExit):
        _parser(_command_named(["imprt", "a.txt"])).parse_args(["imprt", "a.txt"])
    said = capsys.readouterr().err
    assert "invalid choice: 'imprt'" in said and "'import'" in said and "'annotate'" in said
