"""The library as a two-level Qt model: issues (newest first), each with its items. Rows hold ids.

Issues are read a page at a time as the list scrolls (Qt's canFetchMore/fetchMore),
so a library of ten years of daily issues opens as fast as one of a month.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt

from desktop.core.errors import NotFound
from desktop.core.library import Library
from desktop.core.model import IssueSummary, Item
from desktop.ui.models.two_level import TOP, Index, TwoLevelModel
from desktop.ui.plain import tip

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200  # issues read at a time: more than a tall window shows
# every role data() answers (a role added there goes here too)
_ANSWERED = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ITEM_ID_ROLE, ISSUE_ID_ROLE}
)


class LibraryModel(TwoLevelModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._issues: list[IssueSummary] = []
        self._items: dict[int, tuple[Item, ...]] = {}
        self._counts = (0, 0)  # issues and articles in the library; `reload` reads them
        self._complete = True  # the last page has been read

    def reload(self) -> None:
        self.beginResetModel()
        self._counts = self.library.counts()
        self._issues = self.library.issues(limit=PAGE)
        self._complete = len(self._issues) < PAGE
        self._items = {}
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._read_more(PAGE)

    def _read_more(self, limit: int | None) -> None:
        """The next `limit` issues (None: all the rest), after the last one read."""
        more = self.library.issues(limit=limit, after=self._issues[-1] if self._issues else None)
        self._complete = limit is None or len(more) < limit
        if more:
            self.beginInsertRows(
                QModelIndex(), len(self._issues), len(self._issues) + len(more) - 1
            )
            self._issues += more
            self.endInsertRows()

    def _items_of(self, row: int) -> tuple[Item, ...]:
        issue_id = self._issues[row].id
        if issue_id not in self._items:
            self._items[issue_id] = self.library.issue(issue_id).items
        return self._items[issue_id]

    # structure

    def group_count(self) -> int:
        return len(self._issues)

    def child_count(self, group: int) -> int:
        return self._issues[group].item_count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:  # most of what a view asks (font, colours, icon…): Qt's own
            return None
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            issue = self._issues[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{issue.date or ''}  {issue.title}".strip()
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip(issue.source)
            if role == ISSUE_ID_ROLE:
                return issue.id
            return None
        items = self._items_of(index.internalId() - 1)
        if index.row() >= len(items):
            return None
        item = items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(item, self.tr("图片说明"), self.tr("简讯"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(item.headline or (item.paragraphs[0][:80] if item.paragraphs else None))
        if role == ITEM_ID_ROLE:
            return item.id
        if role == ISSUE_ID_ROLE:
            return item.issue_id
        return None

    def item_index(self, item_id: int, issue_id: int | None = None) -> QModelIndex:
        """The index of an item; with its issue id only that issue's items are loaded."""
        if issue_id is None:
            try:
                issue_id = self.library.item(item_id).issue_id
            except NotFound:  # gone: a corrected issue no longer has the story
                return QModelIndex()
        rows = [row for row, issue in enumerate(self._issues) if issue.id == issue_id]
        if not rows and self.canFetchMore():  # an older issue: read the rest of the list at once
            self._read_more(None)
            rows = [row for row, issue in enumerate(self._issues) if issue.id == issue_id]
        for row in rows:
            for child_row, item in enumerate(self._items_of(row)):
                if item.id == item_id:
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    def counts(self) -> tuple[int, int]:
        return self._counts


def item_label(item: Item, caption: str, brief: str) -> str:
    text = item.headline or (item.paragraphs[0][:28] + "…" if item.paragraphs else "")
    prefix = {"caption": caption, "brief": brief}.get(item.kind)
    return f"{prefix}  {text}" if prefix else text
