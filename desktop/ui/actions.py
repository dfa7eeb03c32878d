"""The window's actions, registered by name (as Picard's `ui/mainwindow/actions.py`).

Each part of the window registers what it offers (`actions.add("export_notes", …)`);
menus and toolbars are then laid out from lists of names, so no part needs to know
where another's actions sit in a menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str
SEPARATOR = None


def plain_label(text: str) -> str:
    """A menu text without its accelerator and ellipsis: 导入文件(&I)… → 导入文件."""
    return re.sub(r"\(&.\)|&|…$", "", text).strip()


class Actions:
    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: Shortcut | list[Shortcut] | None = None,
        checkable: bool = False,
    ) -> QAction:
        if name in self._actions:
            raise KeyError(f"action {name} is registered twice")
        action = QAction(text, self.owner)
        action.setObjectName(name)
        if shortcuts is not None:
            keys = shortcuts if isinstance(shortcuts, list) else [shortcuts]
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.owner.addAction(action)  # its shortcut works wherever the focus is in the window
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: str) -> bool:
        return name in self._actions

    def names(self, prefix: str) -> list[str]:
        """The names that start with `prefix`, in the order they were registered."""
        return [name for name in self._actions if name.startswith(prefix)]

    def group(self, prefix: str) -> list[QAction]:
        return [self._actions[name] for name in self.names(prefix)]

    def fill(self, target: QMenu | QToolBar, names: Iterable[str | None]) -> None:
        """Add the named actions in order; None is a separator. Toolbar buttons show plain labels."""
        for name in names:
            if name is SEPARATOR:
                target.addSeparator()
                continue
            action = self._actions[name]
            target.addAction(action)
            if isinstance(target, QToolBar):
                action.setIconText(plain_label(action.text()))
