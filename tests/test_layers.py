"""The layers point one way: the store stores what it is given, the window talks to the library."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

DESKTOP = ROOT / "desktop"


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_the_store_imports_neither_the_library_nor_the_analysis():
    for path in (DESKTOP / "core" / "store").rglob("*.py"):
        wrong = {
            name
            for name in _imports(path)
            if name.startswith(("desktop.core.library", "desktop.core.analysis"))
        }
        assert not wrong, f"{path.name} imports {wrong}"


def test_the_window_does_not_reach_into_the_store():
    for path in (DESKTOP / "ui").rglob("*.py"):
        wrong = {name for name in _imports(path) if name.startswith("desktop.core.store")}
        assert not wrong, f"{path.relative_to(DESKTOP)} imports {wrong}"


def test_the_core_imports_no_face():
    for path in (DESKTOP / "core").rglob("*.py"):
        wrong = {
            name
            for name in _imports(path)
            if name.startswith(("desktop.ui", "desktop.cli", "PySide6"))
        }
        assert not wrong, f"{path.relative_to(DESKTOP)} imports {wrong}"
