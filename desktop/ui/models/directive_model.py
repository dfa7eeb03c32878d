"""An article's directives grouped by speaker: speakers at the top level, their directives below."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.model import Directive
from desktop.ui.colours import scheme
from desktop.ui.models.two_level import TOP, Index, TwoLevelModel
from desktop.ui.plain import tip

DIRECTIVE_ROLE = Qt.ItemDataRole.UserRole + 10
MARKED_BY_ROLE = Qt.ItemDataRole.UserRole + 11  # the members who marked the directive (labels)
BAR_LIMIT = 8  # the bar of the group's marks grows to this many members, the count beyond


class DirectiveModel(TwoLevelModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str | None, list[Directive]]] = []
        self._titles: dict[str, list[str]] = {}
        self._marked: dict[tuple[int, int], list[str]] = {}

    def set_directives(
        self, directives: list[Directive], titles: dict[str, list[str]] | None = None
    ) -> None:
        self.beginResetModel()
        groups: dict[str | None, list[Directive]] = {}
        for directive in directives:
            groups.setdefault(directive.speaker, []).append(directive)
        self._groups = list(groups.items())
        self._titles = titles or {}
        self.endResetModel()

    def directives(self) -> list[Directive]:
        return [directive for _speaker, group in self._groups for directive in group]

    def set_marked(self, marked: dict[tuple[int, int], list[str]]) -> None:
        """The group's view: who marked a passage overlapping each directive, by (start, end)."""
        if marked == self._marked:
            return
        self._marked = marked
        for group in range(len(self._groups)):
            parent = self.index(group, 0)
            rows = self.child_count(group)
            if rows:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, 0, parent))

    def group_count(self) -> int:
        return len(self._groups)

    def child_count(self, group: int) -> int:
        return len(self._groups[group][1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            speaker, group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                name = speaker or self.tr("未识别发言人")
                return self.tr("%1（%2）").replace("%1", name).replace("%2", str(len(group)))
            if role == Qt.ItemDataRole.ToolTipRole and speaker:
                return tip("、".join(self._titles.get(speaker, [])) or speaker)
            return None
        directive = self._groups[index.internalId() - 1][1][index.row()]
        marked = self._marked.get((directive.start, directive.end), [])
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.tr("要求") if directive.kind == "requirement" else self.tr("表述")
            text = self.tr("%1｜%2").replace("%1", label).replace("%2", directive.text)
            if marked:  # a bar of one square per member, and the count
                bar = "■" * min(len(marked), BAR_LIMIT)
                text += "\n" + bar + " " + self.tr("%n 人划线", "", len(marked))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if marked:
                return tip(
                    directive.text
                    + "\n\n"
                    + self.tr("划线的成员：%1").replace("%1", self.tr("、").join(marked))
                )
            return tip(directive.text)
        if role == MARKED_BY_ROLE:
            return list(marked)
        if role == Qt.ItemDataRole.BackgroundRole:
            # the article's shades, from the palette: readable on a dark one too
            colours = scheme(QGuiApplication.palette())
            return (
                colours.requirement[1] if directive.kind == "requirement" else colours.statement[1]
            )
        if role == DIRECTIVE_ROLE:
            return directive
        return None
