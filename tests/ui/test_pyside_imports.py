"""PySide's check of each module imported after it, answered from the module's file
(desktop/ui/pyside_imports.py): the same answer as PySide's own, for every kind of module."""

from __future__ import annotations

import importlib.util
import os
import sys
import types

import PySide6.QtCore  # noqa: F401 - PySide's check is set up with QtCore

import desktop.ui.main_window  # noqa: F401 - many modules loaded, with and without PySide6
from desktop.ui import pyside_imports


def _pyside_check():
    """PySide's own check (a window started in this process put the direct one in its place)."""
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    return getattr(check, "__wrapped__", check)


def _module_from(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_direct_check_answers_as_pyside_for_every_module_loaded():
    original = _pyside_check()
    direct = pyside_imports.uses_pyside(original)
    modules = [module for module in list(sys.modules.values()) if module is not None]
    answers = {module.__name__: direct(module) for module in modules}
    assert answers == {module.__name__: original(module) for module in modules}
    # both kinds are among them: the window's modules name PySide6, the standard library's not
    assert answers["desktop.ui.main_window"] is True
    assert answers["json"] is False
    assert answers["sys"] is False  # built in: no file, PySide's own check answers


def test_files_in_a_declared_encoding_in_none_and_gone(tmp_path):
    original = _pyside_check()
    direct = pyside_imports.uses_pyside(original)
    sources = {
        "declared": ("# -*- coding: gbk -*-\n# 用 PySide6 画窗口\nVALUE = 1\n", "gbk"),
        "plain": ("# -*- coding: gbk -*-\n# 学习笔记\nVALUE = 2\n", "gbk"),
        # not UTF-8 and no declaration: Python finds no source text in it, PySide no PySide6
        "undeclared": ("# 用 PySide6 画窗口\nVALUE = 3\n", "gbk"),
        "gone": ("import sys  # PySide6 later\n", "utf-8"),
    }
    modules = []
    for name, (text, encoding) in sources.items():
        path = tmp_path / f"{name}.py"
        path.write_bytes(text.encode(encoding))
        modules.append(_module_from(path, f"yandu_test_{name}"))
    (tmp_path / "gone.py").unlink()
    for module in modules:
        assert direct(module) == original(module), module.__name__
    assert [direct(module) for module in modules] == [True, False, False, False]


def test_putting_it_in_place_twice_wraps_once():
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    try:
        assert pyside_imports.read_source_directly() is True
        first = feature._mod_uses_pyside
        assert pyside_imports.read_source_directly() is True
        assert feature._mod_uses_pyside is first
        assert getattr(first, pyside_imports.MARK) is True
    finally:
        feature._mod_uses_pyside = original


def test_a_module_with_its_file_on_disk_never_needs_pysides_own_check():
    original = _pyside_check()
    asked = []
    direct = pyside_imports.uses_pyside(lambda module: asked.append(module) or original(module))
    on_disk = [
        module
        for module in list(sys.modules.values())
        if isinstance(getattr(module, "__file__", None), str)
        and module.__file__.endswith(".py")
        and os.path.exists(module.__file__)
    ]
    assert len(on_disk) > 100
    answers = [direct(module) for module in on_disk]
    assert asked == [] and any(answers) and not all(answers)


class _ArchiveLoader:
    """A loader like a frozen build's: the source (or None) from its archive, no file on disk."""

    def __init__(self, source):
        self.source = source

    def get_source(self, name):
        if isinstance(self.source, Exception):
            raise self.source
        return self.source


def test_a_frozen_module_is_answered_from_its_loader_as_pyside_would(tmp_path):
    original = _pyside_check()
    asked = []
    direct = pyside_imports.uses_pyside(lambda module: asked.append(module) or original(module))
    sources = {
        "names_it": "from PySide6.QtWidgets import QWidget\n",
        "does_not": "import json\n",
        "no_source": None,
        "unreadable": ImportError("no source in the archive"),
    }
    modules = []
    for name, source in sources.items():
        module = types.ModuleType(f"yandu_frozen_{name}")
        module.__file__ = str(tmp_path / "_internal" / f"{name}.py")  # not there, as when frozen
        module.__loader__ = _ArchiveLoader(source)
        modules.append(module)
    answers = [direct(module) for module in modules]
    assert answers == [original(module) for module in modules] == [True, False, False, False]
    assert asked == []
