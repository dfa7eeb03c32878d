"""批注: the annotations of the article (or of every article), filtered by member, category and tag."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Annotation, Category, Member
from desktop.ui.models.annotation_model import ANNOTATION_ROLE, AnnotationModel
from desktop.ui.plain import category_name
from desktop.ui.widgets.wrapping_delegate import WrappingDelegate

ALL = -1


class AnnotationsPanel(QDockWidget):
    open_requested = Signal(object)  # an Annotation to show in its article
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    settle_requested = Signal(object, bool)  # a note re-anchoring moved onto changed words: right?
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("批注"), parent)
        self.setObjectName("annotations_dock")
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("本文"), "item")
        self.scope_box.addItem(self.tr("全部文章"), "all")
        self.filter_member = QComboBox()
        self.filter_category = QComboBox()
        self.filter_tag = QLineEdit()
        self.filter_tag.setAccessibleName(self.tr("按标签筛选"))
        self.filter_tag.setPlaceholderText(self.tr("标签"))
        for widget in (self.scope_box, self.filter_member, self.filter_category):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # not cut off
            widget.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
            filters.addWidget(widget)
        self.filter_tag.textChanged.connect(lambda _text: self.filters_changed.emit())
        filters.addWidget(self.filter_tag)
        layout.addLayout(filters)
        self.model = AnnotationModel(self)
        self.list = QListView()
        self.list.setObjectName("annotation_list")
        self.list.setAccessibleName(self.tr("批注列表"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        edit = QPushButton(self.tr("编辑批注"))
        edit.clicked.connect(lambda: self._selected_then(self.edit_requested))
        remove = QPushButton(self.tr("删除"))
        remove.clicked.connect(lambda: self._selected_then(self.delete_requested))
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        # after a corrected issue, a note placed on changed words waits for its member's answer
        settle = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("位置正确"))
        self.confirm_button.setToolTip(
            self.tr("原文有改动，这条批注移到了改动后的文字上：位置没错")
        )
        self.confirm_button.clicked.connect(lambda: self._settle(True))
        self.reject_button = QPushButton(self.tr("位置不对"))
        self.reject_button.setToolTip(self.tr("不放在这里：保留批注和原来的文字，标为“原文已改动”"))
        self.reject_button.clicked.connect(lambda: self._settle(False))
        settle.addWidget(self.confirm_button)
        settle.addWidget(self.reject_button)
        layout.addLayout(settle)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_settle())
        self.model.modelReset.connect(self._update_settle)
        self._update_settle()
        self.setWidget(panel)

    def set_choices(
        self,
        members: list[Member],
        categories: list[Category],
        labels: dict[int, str] | None = None,
    ) -> None:
        """The members and categories to filter by (the current choice is kept when it still
        exists); `labels` tell apart two members of one name (group.py)."""
        labels = labels or {}
        self.model.labels = labels
        named = [(labels.get(m.id, m.name), m.id) for m in members]
        for box, entries in (
            (self.filter_member, [(self.tr("全部成员"), ALL), *named]),
            (
                self.filter_category,
                [(self.tr("全部类别"), None)]
                + [(category_name(c.name), c.name) for c in categories],
            ),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for label, data in entries:
                box.addItem(label, data)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def filters(self, item_id: int | None) -> dict | None:
        """The library's filters for what is chosen; None when the scope is an article and none is open."""
        found: dict = {}
        if self.scope_box.currentData() == "item":
            if item_id is None:
                return None
            found["item_id"] = item_id
        member = self.filter_member.currentData()
        if isinstance(member, int) and member != ALL:
            found["member_id"] = member
        if self.filter_category.currentData():
            found["category"] = self.filter_category.currentData()
        if self.filter_tag.text().strip():
            found["tag"] = self.filter_tag.text().strip().lstrip("#")
        return found

    def show_annotations(self, annotations: list[Annotation]) -> None:
        self.model.set_annotations(annotations)

    def _current(self) -> Annotation | None:
        index = self.list.currentIndex()
        return index.data(ANNOTATION_ROLE) if index.isValid() else None

    def _update_settle(self) -> None:
        current = self._current()
        waiting = current is not None and current.to_confirm
        self.confirm_button.setVisible(waiting)
        self.reject_button.setVisible(waiting)

    def _settle(self, right: bool) -> None:
        annotation = self._current()
        if annotation is not None and annotation.to_confirm:
            self.settle_requested.emit(annotation, right)

    def _selected_then(self, signal) -> None:
        index = self.list.currentIndex()
        annotation = index.data(ANNOTATION_ROLE) if index.isValid() else None
        if annotation is not None:
            signal.emit(annotation)

    def _clicked(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is not None:
            self.open_requested.emit(annotation)
