"""An article's directives grouped by speaker: speakers at the top level, their directives below."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from desktop.core.model import Directive
from desktop.ui.models.two_level import TOP, Index, TwoLevelModel
from desktop.ui.plain import tip

DIRECTIVE_ROLE = Qt.ItemDataRole.UserRole + 10
REQUIREMENT_COLOUR = QColor("#fbe3a6")
STATEMENT_COLOUR = QColor("#d9e8fb")


class DirectiveModel(TwoLevelModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str | None, list[Directive]]] = []
        self._titles: dict[str, list[str]] = {}

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
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.tr("要求") if directive.kind == "requirement" else self.tr("表述")
            return self.tr("%1｜%2").replace("%1", label).replace("%2", directive.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(directive.text)
        if role == Qt.ItemDataRole.BackgroundRole:
            return REQUIREMENT_COLOUR if directive.kind == "requirement" else STATEMENT_COLOUR
        if role == DIRECTIVE_ROLE:
            return directive
        return None
